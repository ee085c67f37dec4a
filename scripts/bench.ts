/**
 * Scale and speed benchmark: builds the site for the real data and for synthetic sets of N
 * communes, and prints, per N, wall time, peak memory, pages, output size, the Pagefind index,
 * time per commune, render time per page type, page weight per page type, the finder's query
 * time and the search report; then the budgets, Lighthouse (real build) and, with --framework,
 * the Observable Framework comparison.
 *
 *   npm run bench                                   (sizes real,100,1000,3321)
 *   npx node scripts/bench.ts --sizes 4,100 --skip-lighthouse
 *   npx node scripts/bench.ts --sizes real --framework
 *
 * Options: --sizes (comma list; "real" or the real commune count = data/, others synthetic),
 * --skip-lighthouse, --skip-search (no search report / finder timing), --framework,
 * --no-lift (do not retry in a copy with the 5 MB data-file limit lifted, see lifted-tree.ts),
 * --exclude-pages compare,… (synthetic sizes only: build in a copy of the project without these
 * pages — for pages that cannot be built at scale, so the rest can be measured; labelled),
 * --build-timeout <s> (default 1500: a build still running is killed and reported as such),
 * --profile-emit (also time the data-file stage's parts — tables, xlsx, zip — in this process),
 * --seed (synthetic PRNG seed, default 57), --out (results folder, default bench-results/).
 *
 * Builds go to dist-bench-<N>/ (gitignored), synthetic data to $TMPDIR/synthetic-<N>/ (never in
 * the repository), results to bench-results/bench-<time>.{txt,json} (gitignored).
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readDataFiles } from '../src/lib/load/read-data-files.ts';
import { checkDataset } from '../src/lib/validate/check-dataset.ts';
import { launch } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import {
  lighthouse,
  lighthouseAvailable,
  LH_CATEGORIES,
  searchReport,
  timeFinder,
  type FinderTiming,
  type LighthouseRow,
  type SearchReport,
  type SearchRow,
} from './lib/bench/browser-measures.ts';
import { distStats, mb, type DistStats } from './lib/bench/dist-stats.ts';
import { compareFramework, shipped, type FrameworkResult, type Shipped } from './lib/bench/framework.ts';
import { liftedTree } from './lib/bench/lifted-tree.ts';
import { profileEmit } from './lib/bench/emit-profile.ts';
import { formatPageWeights, pageWeights, PAGE_TYPES, type PageWeight } from './lib/bench/page-weight.ts';
import { runBuild, type BuildMeasure } from './lib/bench/run-build.ts';
import { writeSynthetic } from './generate-synthetic.ts';

const BUDGET = {
  realBuildS: 20,
  fullBuildS: 120,
  fullRssGb: 2,
  ratio: 3.6,
  pagefindKbPerQuery: 150,
  fuseMs: 50,
};

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'real,100,1000,3321' },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    framework: { type: 'boolean', default: false },
    'no-lift': { type: 'boolean', default: false },
    'exclude-pages': { type: 'string', default: '' },
    'build-timeout': { type: 'string', default: '1500' },
    'profile-emit': { type: 'boolean', default: false },
    seed: { type: 'string', default: '57' },
    out: { type: 'string', default: 'bench-results' },
  },
});

const repo = process.cwd();
const realFiles = await readDataFiles(resolve('data'));
const realChecked = checkDataset(realFiles, 'data');
const realCount = realChecked.ok ? realChecked.value.raw.communes.length : NaN;
const sizes = values
  .sizes!.split(',')
  .map((s) => s.trim())
  .filter(Boolean);

const lines: string[] = [];
const say = (s = '') => {
  lines.push(s);
  console.log(s);
};
const sec = (ms: number) => (ms / 1000).toFixed(1);
const gb = (kb: number | null) => (kb === null ? '?' : (kb / 1024 / 1024).toFixed(2));
const kb = (b: number) => (b / 1024).toFixed(1);
const pass = (ok: boolean | null) => (ok === null ? 'n/a ' : ok ? 'PASS' : 'FAIL');

interface SizeResult {
  label: string;
  n: number;
  real: boolean;
  dataDir: string;
  dist: string;
  lifted: boolean;
  excluded: string[];
  build: BuildMeasure;
  stats?: DistStats;
  weights?: PageWeight[];
  finder?: FinderTiming | null;
  search?: SearchReport;
}

say(
  `bench ${new Date().toISOString()} — machine: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM (${(freemem() / 2 ** 30).toFixed(0)} GB free), Node ${process.version}`,
);
say(`sizes: ${sizes.join(', ')}; real data/: ${realCount} communes`);

const browser = values['skip-search'] && values['skip-lighthouse'] && !values.framework ? null : await launch();
const results: SizeResult[] = [];
try {
  for (const s of sizes) {
    const real = s === 'real' || Number(s) === realCount;
    const n = real ? realCount : Number(s);
    if (!real && !(Number.isInteger(n) && n > 0)) throw new Error(`--sizes: "${s}" is not a number of communes`);
    const label = real ? `N = ${n} (real data/)` : `N = ${n} (SYNTHETIC)`;
    say('');
    say(`══ ${label} ${'═'.repeat(Math.max(0, 70 - label.length))}`);
    let dataDir = resolve('data');
    if (!real) {
      dataDir = join(tmpdir(), `synthetic-${n}`);
      const t0 = performance.now();
      await writeSynthetic({ n, out: dataDir, seed: Number(values.seed) });
      say(`synthetic data: ${dataDir} (${sec(performance.now() - t0)} s to generate)`);
    }
    if (values['profile-emit']) {
      const checked = checkDataset(await readDataFiles(dataDir), dataDir);
      if (checked.ok) {
        const p = await profileEmit(checked.value);
        say(
          `data files, timed alone: tables ${sec(p.tablesMs)} s (${p.tableFiles} files, ${mb(p.tableBytes)} MB), ` +
            `xlsx ${sec(p.xlsxMs)} s (${mb(p.xlsxBytes)} MB), zip ${sec(p.zipMs)} s (${mb(p.zipBytes)} MB)`,
        );
      } else say('data files: the data does not pass the checks here (see the build below)');
    }
    const dist = resolve(`dist-bench-${real ? 'real' : n}`);
    const exclude = real
      ? []
      : values['exclude-pages']!.split(',')
          .map((x) => x.trim())
          .filter(Boolean);
    const timeoutMs = Number(values['build-timeout']) * 1000;
    const log = (l: string) => console.log(`   ${l}`);
    let lifted = false;
    let build: BuildMeasure;
    if (exclude.length > 0) {
      const tree = await liftedTree(repo, join(tmpdir(), 'bench-lifted-tree'), { excludePages: exclude });
      say(
        `building in a copy of the project WITHOUT ${exclude.map((x) => `/${x}/`).join(', ')} and with the 5 MB data-file limit lifted (${tree}); figures marked [copy]`,
      );
      build = await runBuild({ cwd: tree, env: { DATA_DIR: dataDir, DIST_DIR: dist }, log, timeoutMs });
      lifted = true;
    } else {
      build = await runBuild({ cwd: repo, env: { DATA_DIR: dataDir, DIST_DIR: dist }, log, timeoutMs });
      if (!build.ok && /larger than the 5 MB limit/.test(build.failure)) {
        say(`BUILD REFUSED THE DATA: ${build.failure.split('\n').find((l) => l.includes('5 MB')) ?? ''}`);
        if (!values['no-lift']) {
          const tree = await liftedTree(repo, join(tmpdir(), 'bench-lifted-tree'));
          say(`→ measuring again in a copy of the project with only the 5 MB file limit lifted (${tree}); figures marked [copy]`);
          build = await runBuild({ cwd: tree, env: { DATA_DIR: dataDir, DIST_DIR: dist }, log, timeoutMs });
          lifted = true;
        }
      }
    }
    const r: SizeResult = { label, n, real, dataDir, dist, lifted, excluded: exclude, build };
    results.push(r);
    const tag = lifted ? ' [copy]' : '';
    const printRender = () => {
      const render = [...build.renderByType].sort((a, b) => b[1].ms - a[1].ms);
      const renderTotal = render.reduce((a, [, v]) => a + v.ms, 0);
      say(`Astro render time by page type (sum over vi+en pages; share of ${sec(renderTotal)} s rendering):`);
      for (const [type, v] of render.slice(0, 12)) {
        say(
          `   ${type.padEnd(22)} ${String(v.n).padStart(6)} pages ${sec(v.ms).padStart(7)} s (${((100 * v.ms) / renderTotal).toFixed(0).padStart(3)}%)  ` +
            `avg ${(v.ms / v.n).toFixed(0).padStart(5)} ms  max ${v.maxMs.toFixed(0).padStart(6)} ms ${v.maxPage}`,
        );
      }
    };
    if (!build.ok) {
      say(
        `BUILD ${build.timedOut ? `KILLED AFTER THE ${values['build-timeout']} s LIMIT` : `FAILED (exit ${build.exitCode})`} after ${sec(build.wallMs)} s` +
          `${build.unfinishedPage ? `, while rendering ${build.unfinishedPage}` : ''}; peak ${gb(build.maxRssKb)} GB max RSS, ${gb(build.treeRssKb)} GB tree`,
      );
      for (const l of build.failure.split('\n').slice(0, 6)) say(`   ${l}`);
      if (build.renderByType.size > 0) printRender();
      continue;
    }
    const stageText = build.stages
      .map((st, i) => `${st.label.replace(/:.*$/, '')} ${(st.atS - (build.stages[i - 1]?.atS ?? 0)).toFixed(1)} s`)
      .join(', ');
    say(`build${tag}: ${sec(build.wallMs)} s wall — stages: ${stageText}`);
    say(
      `peak memory${tag}: ${gb(build.maxRssKb)} GB max RSS (${build.maxRssSource}); ${gb(build.treeRssKb)} GB process tree (VmRSS summed over the build's processes, polled every 100 ms)`,
    );
    r.stats = await distStats(dist);
    say(
      `output${tag}: ${r.stats.pages} HTML pages, ${r.stats.files} files, ${mb(r.stats.bytes)} MB; Pagefind index ${mb(r.stats.pagefindBytes)} MB (${r.stats.pagefindFiles} files); ${(build.wallMs / 1000 / n).toFixed(3)} s per commune`,
    );
    const sections = [...r.stats.sections].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 8);
    say(
      `largest sections (vi+en): ${sections.map(([k, v]) => `${k} ${mb(v.bytes)} MB${v.pages ? ` (${v.pages} pages)` : ''}`).join(', ')}`,
    );
    printRender();
    r.weights = await pageWeights(dist, '/', PAGE_TYPES);
    say('page weight:');
    for (const l of formatPageWeights(r.weights)) say(`   ${l}`);
    if (browser && !values['skip-search']) {
      const site = await serveStatic(dist, '/');
      try {
        r.finder = await timeFinder(browser, site, dist);
      } finally {
        await site.close();
      }
      if (r.finder) {
        say(
          `finder (${r.finder.page}): list ${kb(r.finder.listBytes)} KB (${kb(r.finder.listGz)} KB gzip), loaded with Fuse.js on first focus`,
        );
        for (const q of r.finder.queries)
          say(
            `   “${q.q}”: ${q.ms === null ? 'no DOM update' : `${q.ms.toFixed(1)} ms`} (CPU ×4: ${q.ms4x === null ? '—' : `${q.ms4x.toFixed(1)} ms`}), ${q.hits} suggestions`,
          );
      } else say('finder: no built page carries src/components/IndicatorFinder.astro');
      r.search = await searchReport(repo, dist);
      say(`search report (scripts/search-report.ts)${r.search.ran ? '' : ' — did not run'}:`);
      for (const l of r.search.text.split('\n').filter((x) => x.trim() !== '')) say(`   ${l}`);
    }
  }

  // ── Summary and budgets ──────────────────────────────────────────────────────────────
  say('');
  say('══ summary ' + '═'.repeat(62));
  say(
    `${'N'.padEnd(28)} ${'wall s'.padStart(7)} ${'s/commune'.padStart(9)} ${'maxRSS GB'.padStart(9)} ${'tree GB'.padStart(8)} ${'pages'.padStart(7)} ${'dist MB'.padStart(8)} ${'pagefind MB'.padStart(11)}`,
  );
  for (const r of results) {
    const b = r.build;
    say(
      `${(r.label + (r.lifted ? ' [copy]' : '')).padEnd(28)} ${(b.ok ? sec(b.wallMs) : b.timedOut ? 'KILLED' : 'FAILED').padStart(7)} ${(b.ok ? (b.wallMs / 1000 / r.n).toFixed(3) : '').padStart(9)} ` +
        `${gb(b.maxRssKb).padStart(9)} ${gb(b.treeRssKb).padStart(8)} ${String(r.stats?.pages ?? '').padStart(7)} ${(r.stats ? mb(r.stats.bytes) : '').padStart(8)} ${(r.stats ? mb(r.stats.pagefindBytes) : '').padStart(11)}`,
    );
  }
  const realR = results.find((r) => r.real && r.build.ok);
  const full = results.find((r) => !r.real && r.n === 3321);
  const thousand = results.find((r) => !r.real && r.n === 1000);
  say('');
  say('budgets:');
  say(
    `   ${pass(realR ? realR.build.wallMs / 1000 <= BUDGET.realBuildS : null)}  real build ≤ ${BUDGET.realBuildS} s incl. search index: ${realR ? `${sec(realR.build.wallMs)} s` : 'not run'}`,
  );
  const fullOk = full?.build.ok && !full.lifted;
  say(
    `   ${pass(full ? (fullOk ? full.build.wallMs / 1000 <= BUDGET.fullBuildS : false) : null)}  3,321 communes ≤ ${BUDGET.fullBuildS} s: ` +
      (full
        ? full.build.ok
          ? `${sec(full.build.wallMs)} s${full.lifted ? ` [copy: the unmodified build refuses the data (5 MB file limit)${full.excluded.length ? `; without ${full.excluded.join(', ')}` : ''}]` : ''}`
          : 'build failed'
        : 'not run'),
  );
  const rssKb = full?.build.ok ? Math.max(full.build.treeRssKb, full.build.maxRssKb ?? 0) : null;
  say(
    `   ${pass(full && rssKb !== null ? rssKb / 1024 / 1024 <= BUDGET.fullRssGb : full ? false : null)}  3,321 communes ≤ ${BUDGET.fullRssGb} GB RSS (the larger of max RSS and tree): ${rssKb !== null ? `${gb(rssKb)} GB` : 'n/a'}`,
  );
  const ratio = full?.build.ok && thousand?.build.ok ? full.build.wallMs / thousand.build.wallMs : null;
  say(
    `   ${pass(ratio === null ? null : ratio <= BUDGET.ratio)}  time(3321)/time(1000) ≤ ${BUDGET.ratio} (linear = 3.32): ${ratio === null ? 'n/a' : ratio.toFixed(2)}`,
  );
  for (const r of results.filter((x) => x.search?.cold.length)) {
    const worst = (rows: SearchRow[], k: 'pfBytes' | 'pfGz') => (rows.length ? Math.max(...rows.map((c) => c[k])) : 0);
    const { cold, warm } = r.search!;
    say(
      `   ${pass(worst(cold, 'pfGz') / 1024 <= BUDGET.pagefindKbPerQuery)}  Pagefind bytes per query ≤ ${BUDGET.pagefindKbPerQuery} KB, ${r.label}: ` +
        `worst first query ${kb(worst(cold, 'pfGz'))} KB with a gzipping server (${kb(worst(cold, 'pfBytes'))} KB as served, ` +
        `${pass(worst(cold, 'pfBytes') / 1024 <= BUDGET.pagefindKbPerQuery).trim()} without compression); worst later query ${kb(worst(warm, 'pfGz'))} KB`,
    );
  }
  for (const r of results.filter((x) => x.finder)) {
    const ms = r.finder!.queries.map((q) => q.ms ?? Infinity);
    const ms4 = r.finder!.queries.map((q) => q.ms4x ?? Infinity);
    say(
      `   ${pass(Math.max(...ms) < BUDGET.fuseMs)}  Fuse query < ${BUDGET.fuseMs} ms, ${r.label}: worst ${Math.max(...ms).toFixed(1)} ms (CPU ×4: ${Math.max(...ms4).toFixed(1)} ms), list ${kb(r.finder!.listGz)} KB gzip`,
    );
  }

  // ── Lighthouse on the real build ─────────────────────────────────────────────────────
  let lh: LighthouseRow[] | null = null;
  if (!values['skip-lighthouse'] && realR?.weights) {
    say('');
    if (!(await lighthouseAvailable(repo))) say('lighthouse: not installed (add it as a devDependency)');
    else {
      const site = await serveStatic(realR.dist, '/');
      try {
        const wanted = ['home', 'matrix', 'indicator', 'commune', 'compare', 'methodology', 'downloads', 'search', 'embed (indicator)'];
        const pages = realR.weights.filter((w) => wanted.includes(w.type)).map((w) => ({ type: w.type, url: site.url(w.page) }));
        say(`Lighthouse (mobile preset: simulated slow 4G, 4× CPU slowdown), real build, ${pages.length} pages — scores 0–100:`);
        lh = await lighthouse(repo, pages);
        say(`   ${'page type'.padEnd(19)} ${LH_CATEGORIES.map((c) => c.padStart(15)).join('')}`);
        for (const row of lh)
          say(
            `   ${row.type.padEnd(19)} ${row.scores ? LH_CATEGORIES.map((c) => String(row.scores![c] === null ? '—' : Math.round(row.scores![c]! * 100)).padStart(15)).join('') : `error: ${row.error}`}`,
          );
      } finally {
        await site.close();
      }
    }
  }

  // ── Observable Framework, side by side ───────────────────────────────────────────────
  let fw: (FrameworkResult & { ours: Shipped | null; oursBuildS: number | null }) | null = null;
  if (values.framework && browser) {
    say('');
    const csv = realR ? join(realR.dist, 'data/targets.csv') : '';
    if (!realR || !existsSync(csv)) say('framework: needs a successful real build with dist/data/targets.csv (run with --sizes real)');
    else {
      const dir = join(tmpdir(), 'bench-observable-framework');
      const result = await compareFramework(browser, dir, csv);
      const site = await serveStatic(realR.dist, '/');
      let ours: Shipped | null = null;
      try {
        ours = await shipped(browser, site.url('indicators/5g-coverage/'));
      } finally {
        await site.close();
      }
      const oursRender = realR.build.renderByType.get('indicator');
      fw = { ...result, ours, oursBuildS: realR.build.wallMs / 1000 };
      say(
        `Observable Framework ${result.version} (in ${dir}, npm install ${sec(result.installMs)} s) vs ours — the 5G dot chart from the same CSV (${result.csvRows} 5G rows):`,
      );
      if (!result.ok || !result.framework) say(`   framework: ${result.error}`);
      else {
        const f = result.framework;
        say(
          `   ${''.padEnd(34)} ${'build s'.padStart(8)} ${'JS gz KB'.padStart(9)} ${'JS files'.padStart(8)} ${'CSS gz'.padStart(7)} ${'HTML gz'.padStart(8)} ${'data gz'.padStart(8)} ${'chart at'.padStart(9)}`,
        );
        const row = (name: string, build: string, x: Shipped) =>
          say(
            `   ${name.padEnd(34)} ${build.padStart(8)} ${kb(x.js).padStart(9)} ${String(x.jsFiles).padStart(8)} ${kb(x.css).padStart(7)} ${kb(x.html).padStart(8)} ${kb(x.data).padStart(8)} ${(x.chartMs === null ? '—' : `${x.chartMs} ms`).padStart(9)}`,
          );
        row('Framework, 1 page', sec(result.buildMs), f);
        if (ours) row(`ours, /indicators/5g-coverage/`, `${sec(realR.build.wallMs)}*`, ours);
        say(
          `   * ours = the whole site (${realR.stats?.pages ?? '?'} pages, data files and search index); the 5G page itself rendered in ` +
            `${oursRender ? `~${(oursRender.ms / oursRender.n).toFixed(0)} ms (average indicator page)` : '?'}. Bytes measured in Chromium until network idle, gzip level 9 per response.`,
        );
      }
    }
  }

  await mkdir(values.out!, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const json = {
    date: new Date().toISOString(),
    machine: { cores: cpus().length, model: cpus()[0]?.model, memGb: totalmem() / 2 ** 30 },
    budgets: BUDGET,
    results: results.map((r) => ({
      ...r,
      build: { ...r.build, renderByType: Object.fromEntries(r.build.renderByType) },
      stats: r.stats ? { ...r.stats, sections: Object.fromEntries(r.stats.sections) } : undefined,
    })),
    lighthouse: lh,
    framework: fw,
  };
  await writeFile(join(values.out!, `bench-${stamp}.json`), JSON.stringify(json, null, 2));
  await writeFile(join(values.out!, `bench-${stamp}.txt`), lines.join('\n') + '\n');
  console.log(`\nresults: ${join(values.out!, `bench-${stamp}`)}.{txt,json}`);
} finally {
  await browser?.close();
}
