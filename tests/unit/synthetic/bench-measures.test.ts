import { describe, expect, it } from 'vitest';
import { partSizes, staticImports } from '../../../scripts/lib/bench/page-weight.ts';
import { stageName } from '../../../scripts/lib/bench/run-build.ts';
import { lighthouseMisses, median, parseSearchReport } from '../../../scripts/lib/bench/browser-measures.ts';
import { whyFailed } from '../../../scripts/lib/bench/framework.ts';

describe('the JS a page loads on load', () => {
  it('follows static imports, minified or not, and re-exports', () => {
    const code =
      'import{a as b}from"./i18n.DLspbDte.js";import "./side.js";\nimport * as X from \'/_astro/x.js\';export{c}from"./c.js";export * from "./d.js"';
    expect(staticImports(code)).toEqual(['./i18n.DLspbDte.js', './side.js', '/_astro/x.js', './c.js', './d.js']);
  });

  it('does not follow dynamic import(), which runs on a reader action, not on load', () => {
    expect(staticImports('const m = await import("./fuse.basic.js"); x.import("./y.js")')).toEqual([]);
  });
});

describe('what fills a page', () => {
  it('measures the HTML under each h2 of main, largest first', () => {
    const html = `<header>nav</header><main><h1>T</h1><h2 id="a">Small</h2><p>x</p><h2>Big <span>part</span></h2><table>${'<tr><td>1</td></tr>'.repeat(50)}</table></main><footer>f</footer>`;
    const parts = partSizes(html);
    expect(parts.map((p) => p.heading)).toEqual(['Big part', 'Small', '(top of page)']);
    expect(parts[0]!.bytes).toBeGreaterThan(50 * 19);
    const inMain = html.slice(html.indexOf('<main'), html.indexOf('</main>')).length;
    expect(parts.reduce((a, p) => a + p.bytes, 0)).toBe(inMain); // header and footer are not counted
  });
});

describe('build stages', () => {
  it('keeps a lap line’s stage name without its details (the data line lists every commune)', () => {
    expect(stageName('data OK: 3321 communes (synthetic-0001, synthetic-0002, …)')).toBe('data OK');
    expect(stageName('done → /tmp/dist-bench-100')).toBe('done');
    expect(stageName('pages built')).toBe('pages built');
  });
});

describe('the search report’s figures', () => {
  const out = [
    'Full-text search, first query on a fresh page (Pagefind loaded on demand):',
    '  cold  vi “phu song”                  212 ms to first result (“Tỷ lệ phủ sóng 5G”)    95.0 KB fetched,  60.0 KB gzipped',
    '      pf fragments                     3 files     6.0 KB  (gzip 6.0 KB)',
    '      pf index chunks                  1 files    20.0 KB  (gzip 20.0 KB)',
    '      pf runtime (js, wasm, meta)      4 files    60.0 KB  (gzip 30.0 KB)',
    '      finder list                      1 files     9.0 KB  (gzip 4.0 KB)',
    '  warm  vi “dinh danh”                  30 ms to first result (“x”)     8.0 KB fetched,   8.0 KB gzipped',
    '      pf index chunks                  1 files     8.0 KB  (gzip 8.0 KB)',
  ].join('\n');

  it('sums only the Pagefind groups of each query, as served and gzip', () => {
    const { cold, warm } = parseSearchReport(out);
    expect(cold).toEqual([{ label: 'cold  vi “phu song”', ms: 212, totalBytes: 95 * 1024, pfBytes: 86 * 1024, pfGz: 56 * 1024 }]);
    expect(warm.map((w) => [w.label, w.pfGz])).toEqual([['warm  vi “dinh danh”', 8 * 1024]]);
  });
});

describe('why the Framework side could not be measured', () => {
  it('keeps npm’s code and reason, not its boilerplate', () => {
    const err = [
      'npm warn Unknown user config "nodedir".',
      'npm error code E404',
      'npm error 404 Not Found - GET https://registry.example/@observablehq%2fframework - Not found',
      'npm error 404',
      'npm error A complete log of this run can be found in: /root/.npm/_logs/x.log',
    ].join('\n');
    expect(whyFailed(err)).toBe(
      'npm error code E404 | npm error 404 Not Found - GET https://registry.example/@observablehq%2fframework - Not found',
    );
  });
});

describe('what keeps a Lighthouse score below 100', () => {
  it('lists weighted audits below 1 once, worst first, and ignores unweighted or unscored ones', () => {
    const lhr = {
      categories: {
        seo: {
          score: 0.91,
          auditRefs: [
            { id: 'hreflang', weight: 1 },
            { id: 'is-crawlable', weight: 4.04 },
          ],
        },
        performance: {
          score: 0.86,
          auditRefs: [
            { id: 'cumulative-layout-shift', weight: 25 },
            { id: 'diagnostics', weight: 0 },
            { id: 'interactive', weight: 10 },
          ],
        },
      },
      audits: {
        hreflang: { score: 0 },
        'is-crawlable': { score: 1 },
        'cumulative-layout-shift': { score: 0.5 },
        diagnostics: { score: 0 },
        interactive: { score: null },
      },
    };
    expect(lighthouseMisses(lhr)).toEqual(['hreflang 0', 'cumulative-layout-shift 0.5']);
  });
});

describe('finder timing', () => {
  it('takes the median run, so one descheduled run does not decide, and a run that never answered counts as slowest', () => {
    expect(median([3.1, 59.7, 2.9, 3.4, 3.0])).toBe(3.1);
    expect(median([3, null, null])).toBe(null);
    expect(median([4, 2])).toBe(2);
  });
});
