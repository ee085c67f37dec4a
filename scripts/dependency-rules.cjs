/**
 * What may import what (`npm run check:structure`, part of `npm test`; dependency-cruiser).
 *
 * src/lib/ is a pipeline of stages, each a folder that imports only the ones before it:
 *
 *   core → read → validate → harmonize → compare → dataset → site → view | emit | search | load | draft → chart
 *
 *   core      DataError, how values are shown, text folding: used by every stage
 *   read      bytes → text → CSV rows with line numbers
 *   validate  zod schemas, the checks of each table and across tables
 *   harmonize the target parser and the crosswalk onto the catalogue
 *   compare   rankings per indicator, standings, tallies, the main year, reference standings
 *   dataset   the checked, harmonized, compared Dataset and its indexes; province scopes
 *   site      the site's words in each language, formats, paths, citation labels
 *   view      page view models         emit    published files       search  search records, finder
 *   load      reading data/ from disk  draft   plan text → draft rows
 *   chart     build-time SVG (Plot, d3), drawn from view models
 *
 * view, emit, search, load and draft are siblings: none imports another. Pages and components
 * (src/pages, src/components, src/layouts) may import any stage. Browser code — the `.client.ts`
 * modules that `<script>` tags load — may import only what runs in a browser: words, formats,
 * search, the comparison rules and the view helpers written for it; never the checks, the
 * dataset, Node's modules or the data libraries (type-only imports are free: they vanish).
 */
const STAGES = [
  'core',
  'read',
  'validate',
  'harmonize',
  'compare',
  'dataset',
  'site',
  ['view', 'emit', 'search', 'load', 'draft'],
  'chart',
];

const levelOf = new Map(STAGES.flatMap((s, i) => (Array.isArray(s) ? s : [s]).map((name) => [name, i])));
const names = [...levelOf.keys()];
const lib = (folders) => `^src/lib/(${folders.join('|')})/`;

/** For each stage: the stages it must not import (the later ones, and its siblings). */
const stageRules = names.map((name) => {
  const level = levelOf.get(name);
  const forbidden = names.filter((other) => other !== name && levelOf.get(other) >= level);
  return {
    name: `stage-order:${name}`,
    comment: `src/lib/${name}/ imports only earlier stages (${names.filter((o) => levelOf.get(o) < level).join(', ') || 'none'})`,
    severity: 'error',
    from: { path: `^src/lib/${name}/` },
    to: { path: lib(forbidden), dependencyTypesNot: ['type-only'] },
  };
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No runtime import cycle: a module and what it imports never lead back to it.',
      severity: 'error',
      from: { path: '^(src|scripts)/' },
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
    ...stageRules,
    {
      name: 'stage-types-only-downward',
      comment: 'A stage may name a later stage’s types only where it must (none today): keep even type imports downward.',
      severity: 'error',
      from: { path: '^src/lib/(core|read|validate|harmonize|compare)/' },
      to: { path: lib(['dataset', 'site', 'view', 'emit', 'search', 'load', 'draft', 'chart']) },
    },
    {
      name: 'browser-code',
      comment: 'Browser code (*.client.ts) loads only what runs in a browser: no checks, no dataset, no Node modules, no data libraries.',
      severity: 'error',
      from: { path: '\\.client\\.ts$' },
      to: {
        dependencyTypesNot: ['type-only'],
        path: [
          lib(['read', 'validate', 'harmonize', 'dataset', 'emit', 'load', 'draft', 'chart']),
          '^src/lib/view/(?!(matrix|compare|compare-live)\\.ts$)',
          '^src/lib/search/(records|search-view)\\.ts$',
          'node_modules/(zod|papaparse|linkedom|@observablehq|d3|fflate|mammoth|unpdf|pdf-lib|dictionary-vi)/',
        ],
      },
    },
    {
      name: 'browser-no-node',
      comment: 'Browser code never imports a Node built-in.',
      severity: 'error',
      from: { path: '\\.client\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'lib-no-pages',
      comment: 'src/lib/ never imports pages, components or scripts: they are built on it.',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { path: '^(src/(pages|components|layouts)|scripts)/' },
    },
    {
      name: 'not-to-tests',
      comment: 'Nothing shipped imports the tests.',
      severity: 'error',
      from: { path: '^(src|scripts)/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
