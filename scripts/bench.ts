/**
 * Scale and speed benchmark (issue #9). Builds the site, unmodified, for the real data and for
 * synthetic sets of N communes, and prints per N: wall time, peak RSS, pages, output size, the
 * Pagefind index, time per commune, render time per page type, page weight per page type, the
 * bytes a search query fetches and the finder's query time; then Lighthouse (real build, one page
 * per type), the Observable Framework side-by-side (same 5G chart, same CSV) and the budgets.
 *
 *   npm run bench                                           (sizes real,100,1000,3321; everything)
 *   npm run bench -- --sizes real,100 --skip-lighthouse     (a quick run)
 *
 * Options: --sizes (comma list; "real" or the real commune count = data/, others synthetic),
 * --skip-lighthouse, --skip-search (no search report, no finder timing), --skip-framework,
 * --build-timeout <s> (default 900: a build still running then is killed, reported as such, and
 * the bench goes on), --profile-emit (also time the data-file stage's parts in this process),
 * --seed (synthetic PRNG seed, default 57), --out (results folder, default bench-results/).
 *
 * Builds go to dist-bench-<N>/ (gitignored), synthetic data to $TMPDIR/synthetic-<N>/, the
 * Framework project to $TMPDIR/bench-observable-framework/ (never in the repository), results to
 * bench-results/bench-<time>.{txt,json} (gitignored). The report never contains build logs: the
 * build's stage names go to stderr as progress only.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readDataFiles } from '../src/lib/load/read-data-files.ts';
import { checkDataset } from '../src/lib/dataset/check-dataset.ts';
import { launch } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import {
  lighthouse,
  lighthouseCli,
  LH_CATEGORIES,
  searchReport,
  timeFinder,
  type FinderTiming,
  type LighthouseRow,
  type SearchReport,
} from './lib/bench/browser-measures.ts';
import { BUDGET, evaluateBudgets, type SizeOutcome } from './lib/bench/budgets.ts';
import { distStats, mb, type DistStats } from './lib/bench/dist-stats.ts';
import { profileEmit } from './lib/bench/emit-profile.ts';
import { compareFramework, shipped, type FrameworkResult, type Shipped } from './lib/bench/framework.ts';
import { formatPageWeights, pageWeights, type PageWeight } from './lib/bench/page-weight.ts';
import { runBuild, type BuildMeasure } from './lib/bench/run-build.ts';
import { writeSynthetic } from './generate-synthetic.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'real,100,1000,3321' },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    'skip-framework': { type: 'boolean', default: false },
    'build-timeout': { type: 'string', default: '900' },
    'profile-emit': { type: 'boolean', default: false },
    seed: { type: 'string', default: '57' },
    out: { type: 'string', default: 'bench-results' },
  },
});

const repo = process.cwd();
const timeoutS = Number(values['build-timeout']);
if (!(timeoutS > 0)) throw new Error(`--build-timeout: "${values['build-timeout']}" is not a number of seconds`);
const realChecked = checkDataset(await readDataFiles(resolve('data')), 'data');
const realCount = realChecked.ok ? realChecked.value.raw.communes.length : NaN;
const sizes = [
  ...new Set(
    values
      .sizes!.split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => (s === 'real' || Number(s) === realCount ? 'real' : s)),
  ),
];
for (const s of sizes)
  if (s !== 'real' && !(Number.isInteger(Number(s)) && Number(s) > 0))
    throw new Error(`--sizes: "${s}" is neither "real" nor a number of communes`);

const lines: string[] = [];
const say = (s = '') => {
  lines.push(s);
  console.log(s);
};
/** Progress, not report: stderr only, never in the .txt. */
const progress = (s: string) => process.stderr.write(`  … ${s}\n`);
const sec = (ms: number) => (ms / 1000).toFixed(1);
const gb = (kb: number | null) => (kb === null ? '?' : (kb / 1024 / 1024).toFixed(2));
const kb = (b: number) => (b / 1024).toFixed(1);
const head = (title: string) => {
  say('');
  say(`══ ${title} ${'═'.repeat(Math.max(0, 76 - title.length))}`);
};

interface SizeResult {
  label: string;
  n: number;
  real: boolean;
  dataDir: string;
  dist: string;
  build: BuildMeasure;
  stats?: DistStats;
  weights?: PageWeight[];
  finder?: FinderTiming | null;
  search?: SearchReport;
}

const started = new Date();
say(
  `bench ${started.toISOString()} — ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM (${(freemem() / 2 ** 30).toFixed(0)} GB free), Node ${process.version}`,
);
say(
  `sizes: ${sizes.join(', ')} (real = data/, ${realCount} communes; others SYNTHETIC, seed ${values.seed}); build time limit ${timeoutS} s`,
);

const needBrowser = !values['skip-search'] || !values['skip-framework'];
const browser = needBrowser ? await launch() : null;
const results: SizeResult[] = [];
let lh: LighthouseRow[] | null = null;
let fw: (FrameworkResult & { ours: Shipped | null; oursBuildMs: number | null; oursPages: number | null }) | null = null;
try {
  for (const s of sizes) {
    const real = s === 'real';
    const n = real ? realCount : Number(s);
    const label = real ? `N = ${n} (real data/)` : `N = ${n} (SYNTHETIC)`;
    head(label);
    let dataDir = resolve('data');
    if (!real) {
      dataDir = join(tmpdir(), `synthetic-${n}`);
      const t0 = performance.now();
      await writeSynthetic({ n, out: dataDir, seed: Number(values.seed) });
      say(`synthetic data: ${dataDir} (generated in ${sec(performance.now() - t0)} s)`);
    }
    if (values['profile-emit']) {
      const checked = checkDataset(await readDataFiles(dataDir), dataDir);
      if (checked.ok) {
        const p = await profileEmit(checked.value);
        say(
          `data files, timed alone: tables ${sec(p.tablesMs)} s (${p.tableFiles} files, ${mb(p.tableBytes)} MB), ` +
            `xlsx ${sec(p.xlsxMs)} s (${mb(p.xlsxBytes)} MB), zip ${sec(p.zipMs)} s (${mb(p.zipBytes)} MB)`,
        );
      } else say('data files: the data does not pass the checks (see the build below)');
    }
    const dist = resolve(`dist-bench-${real ? 'real' : n}`);
    // An earlier bench's output (3 GB at 3,321) is not this build's work: removed before the clock starts.
    await rm(dist, { recursive: true, force: true });
    progress(`building ${label} → ${dist}`);
    const build = await runBuild({
      cwd: repo,
      env: { DATA_DIR: dataDir, DIST_DIR: dist },
      onStage: (name, atS) => progress(`${name} (${atS.toFixed(1)} s)`),
      timeoutMs: timeoutS * 1000,
    });
    const r: SizeResult = { label, n, real, dataDir, dist, build };
    results.push(r);
    const printRender = () => {
      const render = [...build.renderByType].sort((a, b) => b[1].ms - a[1].ms);
      const total = render.reduce((a, [, v]) => a + v.ms, 0);
      if (total === 0) return;
      say(
        `render time by page type (vi+en; top 6; several pages render at once (build.concurrency), so times overlap and add up to ${sec(total)} s):`,
      );
      for (const [type, v] of render.slice(0, 6))
        say(
          `   ${type.padEnd(20)} ${String(v.n).padStart(6)} pages ${sec(v.ms).padStart(7)} s ${`${((100 * v.ms) / total).toFixed(0)}%`.padStart(4)}  ` +
            `avg ${(v.ms / v.n).toFixed(0).padStart(5)} ms  max ${v.maxMs.toFixed(0).padStart(6)} ms ${v.maxPage}`,
        );
    };
    if (!build.ok) {
      say(
        `BUILD ${build.timedOut ? `KILLED AT THE ${timeoutS} s TIME LIMIT` : `FAILED (exit ${build.exitCode})`} after ${sec(build.wallMs)} s` +
          `${build.unfinishedPage ? `, while rendering ${build.unfinishedPage}` : ''}; peak ${gb(build.maxRssKb)} GB max RSS, ${gb(build.treeRssKb)} GB tree`,
      );
      say(`reached: ${build.stages.map((st) => `${st.label} (${st.atS.toFixed(1)} s)`).join(', ') || 'no stage'}`);
      if (!build.timedOut) for (const l of build.failure.split('\n').slice(0, 6)) say(`   ${l.slice(0, 160)}`);
      printRender();
      continue;
    }
    const stageText = build.stages.map((st, i) => `${st.label} ${(st.atS - (build.stages[i - 1]?.atS ?? 0)).toFixed(1)} s`).join(', ');
    say(`build: ${sec(build.wallMs)} s wall (${(build.wallMs / 1000 / n).toFixed(3)} s per commune) — ${stageText}`);
    say(
      `peak memory: ${gb(build.maxRssKb)} GB max RSS of one process (${build.maxRssSource}); ${gb(build.treeRssKb)} GB process tree (VmRSS summed, polled every 100 ms)`,
    );
    r.stats = await distStats(dist);
    say(
      `output: ${r.stats.pages} HTML pages, ${r.stats.files} files, ${mb(r.stats.bytes)} MB; Pagefind index ${mb(r.stats.pagefindBytes)} MB (${r.stats.pagefindFiles} files)`,
    );
    const sections = [...r.stats.sections].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 6);
    say(`largest sections (vi+en): ${sections.map(([k, v]) => `${k} ${mb(v.bytes)} MB`).join(', ')}`);
    printRender();
    r.weights = await pageWeights(dist, '/');
    say('page weight (one page per type; KB):');
    // The "what fills the largest page" breakdown stays in `npm run weight` and the JSON.
    for (const l of formatPageWeights(r.weights).filter((l) => !l.startsWith('  ') && !l.startsWith('What fills'))) say(`   ${l}`);
    if (browser && !values['skip-search']) {
      progress('finder timing');
      const site = await serveStatic(dist, '/');
      try {
        r.finder = await timeFinder(browser, site, dist);
      } finally {
        await site.close();
      }
      if (r.finder) {
        const f = r.finder;
        say(
          `finder (Fuse.js, /${f.page.replace(/^\//, '')}): list ${kb(f.listGz)} KB gzip (${kb(f.listBytes)} KB); median ms per query (CPU ×4): ` +
            f.queries
              .map((q) => `“${q.q}” ${q.ms === null ? '—' : q.ms.toFixed(1)} (${q.ms4x === null ? '—' : q.ms4x.toFixed(1)})`)
              .join(', '),
        );
      } else say('finder: no built page carries the finder (src/components/IndicatorFinder.astro)');
      progress('search report');
      r.search = await searchReport(repo, dist);
      if (!r.search.ran) say(`search: ${r.search.text.split('\n')[0]!.slice(0, 200)}`);
      if (r.search.cold.length > 0) {
        say('search (Pagefind), first query on a fresh page — Pagefind KB gzip (as served), all KB fetched, ms to first result:');
        for (const c of r.search.cold)
          say(
            `   ${c.label.replace(/^cold\s+/, '').padEnd(24)} ${kb(c.pfGz).padStart(7)} (${kb(c.pfBytes)})  ${kb(c.totalBytes).padStart(7)}  ${String(c.ms).padStart(5)} ms`,
          );
        const warm = r.search.warm;
        if (warm.length > 0) {
          const worst = warm.reduce((a, b) => (b.pfGz > a.pfGz ? b : a));
          say(`   later queries on the same page: at most ${kb(worst.pfGz)} KB gzip (${worst.label.replace(/^warm\s+/, '')})`);
        }
      }
    }
  }

  // ── Summary ──────────────────────────────────────────────────────────────────────────
  head('summary');
  say(
    `${'N'.padEnd(24)} ${'wall s'.padStart(7)} ${'s/commune'.padStart(9)} ${'RSS GB'.padStart(7)} ${'tree GB'.padStart(7)} ${'pages'.padStart(7)} ${'dist MB'.padStart(8)} ${'pagefind MB'.padStart(11)}`,
  );
  for (const r of results) {
    const b = r.build;
    say(
      `${r.label.padEnd(24)} ${(b.ok ? sec(b.wallMs) : b.timedOut ? `>${timeoutS}` : 'FAILED').padStart(7)} ${(b.ok ? (b.wallMs / 1000 / r.n).toFixed(3) : '').padStart(9)} ` +
        `${gb(b.maxRssKb).padStart(7)} ${gb(b.treeRssKb).padStart(7)} ${String(r.stats?.pages ?? '').padStart(7)} ${(r.stats ? mb(r.stats.bytes) : '').padStart(8)} ${(r.stats ? mb(r.stats.pagefindBytes) : '').padStart(11)}`,
    );
  }
  say('RSS = largest single process (ru_maxrss); tree = the build and its children (pages process, Pagefind) at once.');
  const realR = results.find((r) => r.real && r.build.ok);

  // ── Lighthouse on the real build ─────────────────────────────────────────────────────
  if (!values['skip-lighthouse']) {
    head('Lighthouse (real build)');
    const cli = lighthouseCli(repo);
    if (!realR?.weights) say('not run: needs a successful real build (include "real" in --sizes)');
    else if (!cli) say('not run: node_modules/lighthouse is missing (it is a devDependency: npm install)');
    else {
      const site = await serveStatic(realR.dist, '/');
      try {
        const pages = realR.weights.map((w) => ({ type: w.type, url: site.url(w.page) }));
        say(
          `mobile form factor, simulated slow 4G and 4× CPU (Lighthouse defaults), Chromium headless, served from 127.0.0.1; ${pages.length} pages, scores 0–100:`,
        );
        say(`   ${'page type'.padEnd(19)}${LH_CATEGORIES.map((c) => c.padStart(15)).join('')}   below 1 (weighted audits)`);
        lh = [];
        for (const p of pages) {
          progress(`lighthouse ${p.url}`);
          const [row] = await lighthouse(cli, [p]);
          lh.push(row!);
          const scores = row!.scores;
          say(
            `   ${row!.type.padEnd(19)}${
              scores
                ? LH_CATEGORIES.map((c) => String(typeof scores[c] === 'number' ? Math.round(scores[c] * 100) : '—').padStart(15)).join(
                    '',
                  ) +
                  `   ${row!.misses.slice(0, 4).join(', ')}${row!.misses.length > 4 ? ', …' : ''}${row!.error ? ` (${row!.error})` : ''}`
                : `   error: ${row!.error}`
            }`,
          );
        }
        if (lh.some((r) => r.type.startsWith('embed') && r.misses.some((m) => m.startsWith('is-crawlable'))))
          say('   (embeds carry <meta name="robots" content="noindex"> on purpose: is-crawlable fails there by design)');
      } finally {
        await site.close();
      }
    }
  }

  // ── Observable Framework, side by side ───────────────────────────────────────────────
  if (!values['skip-framework'] && browser) {
    head('Observable Framework, side by side (the 5G chart)');
    const csv = realR ? join(realR.dist, 'data/targets.csv') : '';
    if (!realR || !existsSync(csv)) say('not run: needs a successful real build with dist/data/targets.csv (include "real" in --sizes)');
    else {
      const dir = join(tmpdir(), 'bench-observable-framework');
      progress(`Observable Framework in ${dir}`);
      const result = await compareFramework(browser, dir, csv);
      const site = await serveStatic(realR.dist, '/');
      let ours: Shipped | null = null;
      try {
        ours = await shipped(browser, site.url('indicators/5g-coverage/'));
      } finally {
        await site.close();
      }
      fw = { ...result, ours, oursBuildMs: realR.build.wallMs, oursPages: realR.stats?.pages ?? null };
      const f = result.framework;
      say(
        `same CSV (dist/data/targets.csv, ${result.csvRows} 5G rows), a Plot dot chart; Framework ${result.version || '(not installed)'} in ${dir}` +
          (result.installMs ? ` (npm install ${sec(result.installMs)} s, not counted)` : ''),
      );
      if (!result.ok || !f) say(`Framework: NO FIGURES — ${result.error}`);
      say(
        `   ${''.padEnd(32)} ${'build s'.padStart(8)} ${'JS KB gz'.padStart(9)} ${'JS KB raw'.padStart(10)} ${'JS files'.padStart(12)} ${'chart at'.padStart(9)}`,
      );
      const row = (name: string, build: string, x: Shipped) =>
        say(
          `   ${name.padEnd(32)} ${build.padStart(8)} ${kb(x.js).padStart(9)} ${kb(x.jsRaw).padStart(10)} ${`${x.jsFiles} + ${x.jsInline} inl`.padStart(12)} ${(x.chartMs === null ? '—' : `${x.chartMs} ms`).padStart(9)}`,
        );
      if (result.ok && f) row('Framework, 1 page (cold build)', sec(result.buildMs), f);
      if (ours) row('ours, /indicators/5g-coverage/', `${sec(realR.build.wallMs)}*`, ours);
      const oursRender = realR.build.renderByType.get('indicator');
      say(
        `   * ours = the whole site: ${realR.stats?.pages ?? '?'} pages, data files, search index; an indicator page renders in ` +
          `~${oursRender ? (oursRender.ms / oursRender.n).toFixed(0) : '?'} ms. JS = script files Chromium fetched until network idle + inline scripts (gzip -9 each); our chart is SVG in the HTML, chart at = in the DOM, from navigation start.`,
      );
    }
  }

  // ── Budgets ──────────────────────────────────────────────────────────────────────────
  head('budgets');
  const outcomes: SizeOutcome[] = results.map((r) => {
    const b = r.build;
    const fuse = r.finder ? Math.max(...r.finder.queries.map((q) => q.ms ?? Infinity)) : null;
    const pf = r.search && r.search.cold.length > 0 ? Math.max(...r.search.cold.map((c) => c.pfGz)) : null;
    return {
      n: r.n,
      real: r.real,
      status: b.ok ? 'ok' : b.timedOut ? 'timeout' : 'failed',
      wallMs: b.wallMs,
      peakRssKb: b.maxRssKb === null && b.treeRssKb === 0 ? null : Math.max(b.maxRssKb ?? 0, b.treeRssKb),
      pagefindGzBytes: pf,
      fuseWorstMs: fuse,
    };
  });
  const budgets = evaluateBudgets(outcomes, { timeoutS });
  for (const b of budgets) say(`   ${b.verdict.padEnd(4)}  ${b.budget}: ${b.measured}`);
  const failed = budgets.filter((b) => b.verdict === 'FAIL').length;
  const na = budgets.filter((b) => b.verdict === 'n/a').length;
  say(`${budgets.length - failed - na} PASS, ${failed} FAIL, ${na} not measured — timings on a shared machine: see the load above.`);

  await mkdir(values.out!, { recursive: true });
  const stamp = started.toISOString().replace(/[:.]/g, '-');
  const json = {
    date: started.toISOString(),
    argv: process.argv.slice(2),
    machine: { cores: cpus().length, model: cpus()[0]?.model, memGb: totalmem() / 2 ** 30, load: loadavg(), node: process.version },
    budgets: { limits: BUDGET, rows: budgets },
    results: results.map((r) => ({
      ...r,
      build: { ...r.build, renderByType: Object.fromEntries(r.build.renderByType) },
      stats: r.stats ? { ...r.stats, sections: Object.fromEntries(r.stats.sections) } : undefined,
      search: r.search ? { ...r.search, text: undefined } : undefined,
    })),
    lighthouse: lh,
    framework: fw,
  };
  const base = join(values.out!, `bench-${stamp}`);
  await writeFile(`${base}.json`, JSON.stringify(json, null, 2));
  await writeFile(`${base}.txt`, lines.join('\n') + '\n');
  console.log(`\nresults: ${base}.{txt,json}`);
} finally {
  await browser?.close();
}
