/**
 * Synthetic data for benchmarks: a complete data folder (the layout of data/) for N made-up
 * communes, so that the build can be timed at the scale of the whole country (3,321 commune-level
 * units). NEVER part of the real site: the real build reads data/.
 *
 * Everything generated is marked as synthetic where a reader would see it: ids "synthetic-0001",
 * names "Mẫu 0001 (dữ liệu giả lập)" (pages prefix the unit type: "Xã Mẫu 0001 (dữ liệu giả
 * lập)"), unit codes 9xxxx (real codes of Decision 19/2025/QĐ-TTg are below 40000), plan titles
 * and every notes cell "SYNTHETIC — generated for benchmarks, not a real plan", and two made-up
 * plan texts, sources/900_synthetic.txt and 901_synthetic-ocr.txt, each saying on its first line
 * that it is synthetic, with one line per figure the synthetic targets cite: every citation of the
 * synthetic data is checked like the real data's (src/lib/validate/check-citations.ts), and the
 * site has two source pages at any N (real plans would add one per commune: see README).
 *
 * Realism, so that pages and the search index do the work they will do with real plans:
 * - targets are sampled from the real transcriptions (text, unit column, target as written,
 *   responsible units as written, their crosswalk mapping), so every raw form of the real plans
 *   occurs ("≥ 60%", "> 65%" in OCR plans, "Trên 90%", "tối thiểu 95%", "15-17%", "≥ 0.8" with
 *   "Chỉ số", "≥ 01" with "Sáng kiến", "Có triển khai", qualitative text, a bare "80%"); single
 *   percentages, counts and indexes are moved a little so communes differ;
 * - ~40 targets and ~20 tasks per commune (the real plans have 17–40 targets, 9–27 tasks);
 * - provinces: the 34 provinces after the 2025 reorganisation, with their real numbers of
 *   commune-level units (they add up to 3,321); Đồng Nai (95) and Nghệ An (130) come first and are
 *   complete as soon as N ≥ 225; smaller N are spread in proportion;
 * - target years: 2026 for most plans, 2030 for about one in five (like Nghĩa Đàn's);
 * - about a third of the plans are "OCR" (their seed file has the OCR reading rule for ">").
 *
 * Deterministic: the same real data, N and seed give the same bytes (mulberry32 PRNG).
 * Pure: real data files in, { relative path → CSV text } out.
 */
import { createHash } from 'node:crypto';
import { decodeText } from '../../../src/lib/read/decode-text.ts';
import { parseCsv } from '../../../src/lib/read/parse-csv.ts';

export type DataFiles = ReadonlyMap<string, Uint8Array>;
type Row = Record<string, string>;
interface Table {
  header: string[];
  rows: Row[];
}

export const SYNTHETIC_NOTE = 'SYNTHETIC — generated for benchmarks, not a real plan';
export const SYNTHETIC_NAME_MARK = '(dữ liệu giả lập)';
export const CLEAN_SEED = '900_synthetic.txt';
export const OCR_SEED = '901_synthetic-ocr.txt';

/** The 34 provinces and centrally-run cities since 1 July 2025, with their numbers of commune-level
 * units (xã, phường, đặc khu; 3,321 in all). Đồng Nai and Nghệ An — the provinces of the real
 * plans — first. Codes for provinces other than Đồng Nai (75) and Nghệ An (40) are given for
 * realism of the synthetic rows only. */
export const PROVINCES: readonly { name: string; code: string; units: number }[] = [
  { name: 'Đồng Nai', code: '75', units: 95 },
  { name: 'Nghệ An', code: '40', units: 130 },
  { name: 'Hà Nội', code: '01', units: 126 },
  { name: 'Cao Bằng', code: '04', units: 56 },
  { name: 'Tuyên Quang', code: '08', units: 124 },
  { name: 'Điện Biên', code: '11', units: 45 },
  { name: 'Lai Châu', code: '12', units: 38 },
  { name: 'Sơn La', code: '14', units: 75 },
  { name: 'Lào Cai', code: '15', units: 99 },
  { name: 'Thái Nguyên', code: '19', units: 92 },
  { name: 'Lạng Sơn', code: '20', units: 65 },
  { name: 'Quảng Ninh', code: '22', units: 54 },
  { name: 'Bắc Ninh', code: '24', units: 99 },
  { name: 'Phú Thọ', code: '25', units: 148 },
  { name: 'Hải Phòng', code: '31', units: 114 },
  { name: 'Hưng Yên', code: '33', units: 104 },
  { name: 'Ninh Bình', code: '37', units: 129 },
  { name: 'Thanh Hóa', code: '38', units: 166 },
  { name: 'Hà Tĩnh', code: '42', units: 69 },
  { name: 'Quảng Trị', code: '44', units: 78 },
  { name: 'Huế', code: '46', units: 40 },
  { name: 'Đà Nẵng', code: '48', units: 94 },
  { name: 'Quảng Ngãi', code: '51', units: 96 },
  { name: 'Gia Lai', code: '52', units: 135 },
  { name: 'Khánh Hòa', code: '56', units: 65 },
  { name: 'Đắk Lắk', code: '66', units: 102 },
  { name: 'Lâm Đồng', code: '68', units: 124 },
  { name: 'Hồ Chí Minh', code: '79', units: 168 },
  { name: 'Tây Ninh', code: '80', units: 96 },
  { name: 'Đồng Tháp', code: '82', units: 102 },
  { name: 'Vĩnh Long', code: '86', units: 124 },
  { name: 'An Giang', code: '91', units: 102 },
  { name: 'Cần Thơ', code: '92', units: 103 },
  { name: 'Cà Mau', code: '96', units: 64 },
];
const CITIES = new Set(['Hà Nội', 'Hải Phòng', 'Huế', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ']);

/** Higher documents each synthetic plan cites (ids of the real documents.csv, when present). */
const CITED: Record<string, string[]> = {
  'Đồng Nai': ['nq-57-nq-tw', 'nq-71-nq-cp', 'kh-469-kh-tu-dong-nai', 'kh-91-kh-ubnd-dong-nai'],
  'Nghệ An': ['nq-57-nq-tw', 'nq-71-nq-cp', 'kh-348-kh-ubnd-nghe-an', 'kh-328-kh-tu-nghe-an'],
  '': ['nq-57-nq-tw', 'nq-71-nq-cp'],
};

/** The first lines of each synthetic plan text: what it is, then numbered lines the tasks cite (up to 30 per plan). */
const SOURCE_HEADER: readonly string[] = [
  `${SYNTHETIC_NOTE}.`,
  'Văn bản giả lập cho đo hiệu năng, không phải kế hoạch thật.',
  ...Array.from({ length: 30 }, (_, i) => `- Nhiệm vụ giả lập (SYNTHETIC) ${i + 1}.`),
];

/** mulberry32: small, fast, good enough to sample; deterministic for a seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * How many of n communes each province gets: Đồng Nai 95 and Nghệ An 130 in full once n ≥ 225,
 * the rest in proportion to the real counts (largest remainder; ties in list order). n = 3,321
 * gives every province its real count.
 *
 * `firstProvince` gives Đồng Nai that many instead and spreads the others the same way: a small
 * build (the browser tests' 14 communes) then still has one province with more communes than a
 * table shows, as every province has at national scale.
 */
export function allocateProvinces(n: number, firstProvince?: number): { name: string; code: string; count: number }[] {
  const [dongNai, ngheAn] = PROVINCES as [(typeof PROVINCES)[0], (typeof PROVINCES)[0]];
  if (firstProvince !== undefined) {
    if (!Number.isInteger(firstProvince) || firstProvince < 1 || firstProvince > Math.min(n, dongNai.units))
      throw new Error(`synthetic: firstProvince must be a whole number from 1 to ${Math.min(n, dongNai.units)}, got ${firstProvince}`);
    const rest = PROVINCES.slice(1);
    const share = largestRemainder(
      n - firstProvince,
      rest.map((p) => p.units),
    );
    return PROVINCES.map((p, i) => ({ name: p.name, code: p.code, count: i === 0 ? firstProvince : share[i - 1]! }));
  }
  const fixed = n >= dongNai.units + ngheAn.units;
  const pool = fixed ? PROVINCES.slice(2) : PROVINCES;
  const share = largestRemainder(
    fixed ? n - dongNai.units - ngheAn.units : n,
    pool.map((p) => p.units),
  );
  const counts = new Map(pool.map((p, i) => [p.name, share[i]!]));
  if (fixed) {
    counts.set(dongNai.name, dongNai.units);
    counts.set(ngheAn.name, ngheAn.units);
  }
  return PROVINCES.map((p) => ({ name: p.name, code: p.code, count: counts.get(p.name) ?? 0 }));
}

function largestRemainder(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    out[i]!++;
  }
  return out;
}

function readTable(files: DataFiles, rel: string): Table {
  const bytes = files.get(rel);
  if (!bytes) throw new Error(`synthetic: the real data has no ${rel}`);
  const decoded = decodeText(bytes, rel);
  if (!decoded.ok) throw new Error(`synthetic: ${rel} cannot be decoded`);
  const parsed = parseCsv(decoded.text, rel);
  if (!parsed.ok) throw new Error(`synthetic: ${rel} cannot be parsed`);
  const { header, rows } = parsed.table;
  return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r.cells[i] ?? '']))) };
}

function readAll(files: DataFiles, dir: string): Table {
  const rels = [...files.keys()].filter((k) => k.startsWith(`${dir}/`) && k.endsWith('.csv')).sort();
  const tables = rels.map((rel) => readTable(files, rel));
  if (tables.length === 0) throw new Error(`synthetic: the real data has no ${dir}/*.csv`);
  return { header: tables[0]!.header, rows: tables.flatMap((t) => t.rows) };
}

const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Rows → CSV text in data/'s own format (UTF-8, LF, RFC 4180 quoting where needed). */
export function writeCsv(header: string[], rows: Row[]): string {
  return [header.join(','), ...rows.map((r) => header.map((h) => cell(r[h] ?? '')).join(','))].join('\n') + '\n';
}

const pad = (i: number, width = 4) => String(i).padStart(width, '0');

/** A realistic neighbour of a figure: same form, the number moved a little. */
function nudge(targetRaw: string, unitRaw: string, rand: () => number): string {
  if (rand() < 0.4) return targetRaw; // many plans copy the provincial figure: keep ties
  // One whole percentage: "≥ 60%", "Trên 90%", "tối thiểu 95%", "> 65%", "80%"
  const pct = /^(\D*?)(\d{1,3})%$/.exec(targetRaw);
  if (pct && !/\d/.test(pct[1]!)) {
    const v = Number(pct[2]);
    if (v >= 100) return targetRaw;
    const step = v >= 20 ? 5 : 1;
    const moved = Math.round((v + (rand() - 0.5) * 2 * Math.max(step, v * 0.2)) / step) * step;
    // A share stays a share: at most 100%, and a strict "trên" / ">" below it (no share exceeds 100%).
    const strict = /^(?:trên|>)\s*$/i.test(pct[1]!);
    return `${pct[1]}${Math.min(strict ? 100 - step : 100, Math.max(step, moved))}%`;
  }
  // A count written with a leading zero or not: "≥ 01", "≥ 2"
  const count = /^(\D*?)(0?)(\d)$/.exec(targetRaw);
  if (count && unitRaw !== 'Chỉ số') return `${count[1]}${count[2]}${1 + Math.floor(rand() * 5)}`;
  // An index: "≥ 0.8"
  const index = /^(\D*?)0\.(\d)$/.exec(targetRaw);
  if (index) return `${index[1]}0.${6 + Math.floor(rand() * 4)}`;
  return targetRaw;
}

export interface SyntheticOptions {
  /** Number of communes. */
  n: number;
  /** PRNG seed (default 57). */
  seed?: number;
  /** Communes of the first province (Đồng Nai); the others spread in proportion (allocateProvinces). */
  firstProvince?: number;
}

/**
 * The real data with N synthetic communes added (for tests only, never published): the synthetic
 * communes' own files (targets, tasks, their plan texts) beside the real ones, and their rows
 * appended to the shared tables (communes.csv, sources.csv, crosswalk.csv, ocr-readings.csv) where
 * the real table has no row of that id; every other file is the real one. Pure: files in, files out.
 */
export function withSynthetic(real: DataFiles, opts: SyntheticOptions): Map<string, Uint8Array> {
  const out = new Map(real);
  const encoder = new TextEncoder();
  for (const [rel, text] of generateSynthetic(real, opts)) {
    const mine = real.get(rel);
    if (!mine) {
      out.set(rel, encoder.encode(text));
      continue;
    }
    const theirs = readTableText(text, rel);
    const ours = readTable(real, rel);
    // The generator writes each shared table with the real table's header: a difference is a bug here.
    if (theirs.header.join(',') !== ours.header.join(',')) throw new Error(`synthetic: ${rel} has another header than the real one`);
    const key = ours.header[0]!;
    const known = new Set(ours.rows.map((r) => r[key]));
    const added = theirs.rows.filter((r) => !known.has(r[key]));
    if (added.length > 0) out.set(rel, encoder.encode(writeCsv(ours.header, [...ours.rows, ...added])));
  }
  return out;
}

function readTableText(text: string, rel: string): Table {
  return readTable(new Map([[rel, new TextEncoder().encode(text)]]), rel);
}

/** Generates the synthetic data folder: relative path (as in data/) → CSV text. */
export function generateSynthetic(real: DataFiles, opts: SyntheticOptions): Map<string, string> {
  const { n } = opts;
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new Error(`synthetic: n must be a whole number from 1 to 9999, got ${n}`);
  const rand = prng(opts.seed ?? 57);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const shuffled = <T>(xs: readonly T[]): T[] => {
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  };

  const communes = readTable(real, 'communes.csv');
  const documents = readTable(real, 'documents.csv');
  const targets = readAll(real, 'targets');
  const tasks = readAll(real, 'tasks');
  const crosswalk = readTable(real, 'harmonize/crosswalk.csv');
  const ocrReadings = readTable(real, 'harmonize/ocr-readings.csv');
  const mapping = new Map(crosswalk.rows.map((r) => [r.target_id!, r]));
  const ocrSeeds = new Set(ocrReadings.rows.filter((r) => r.symbol_as_read === '>').map((r) => r.seed_file!));
  const templates = targets.rows.filter((t) => mapping.has(t.target_id!));
  const documentIds = new Set(documents.rows.map((d) => d.id!));
  const cadences = communes.rows.map((c) => c.reporting_cadence!).filter((c) => c !== '');

  const out = new Map<string, string>();
  // The two synthetic plan texts: a header, then one line per distinct figure cited (numbered
  // after the header lines, which tasks cite).
  const sourceLines = new Map<string, string[]>([
    [CLEAN_SEED, [...SOURCE_HEADER]],
    [OCR_SEED, [...SOURCE_HEADER]],
  ]);
  const lineIndex = new Map<string, number>();
  const lineOf = (seed: string, text: string): number => {
    const key = `${seed}\u0000${text}`;
    let at = lineIndex.get(key);
    if (at === undefined) {
      const lines = sourceLines.get(seed)!;
      lines.push(`- Chỉ tiêu giả lập (SYNTHETIC): ${text}`);
      lineIndex.set(key, (at = lines.length));
    }
    return at;
  };
  const communeRows: Row[] = [];
  const crosswalkRows: Row[] = [];
  let anyOcr = false;
  let i = 0;
  for (const province of allocateProvinces(n, opts.firstProvince)) {
    for (let k = 0; k < province.count; k++) {
      i++;
      const id = `synthetic-${pad(i)}`;
      const city = CITIES.has(province.name);
      const r = rand();
      const type = r < 0.004 ? 'đặc khu' : r < (city ? 0.5 : 0.12) ? 'phường' : 'xã';
      const ocr = rand() < 0.35;
      anyOcr ||= ocr;
      const seed = ocr ? OCR_SEED : CLEAN_SEED;
      const year = rand() < 0.8 ? 2026 : 2030;
      const planYear = year === 2026 ? 2026 : 2025;
      const month = year === 2026 ? 1 + Math.floor(rand() * 3) : 6 + Math.floor(rand() * 6);
      const day = 1 + Math.floor(rand() * 28);
      const dated = rand() < 0.85;
      const cited = (CITED[province.name] ?? CITED['']!).filter((d) => documentIds.has(d));
      communeRows.push({
        id,
        unit_code: String(90000 + i),
        name: `Mẫu ${pad(i)} ${SYNTHETIC_NAME_MARK}`,
        unit_type_at_plan: type,
        unit_type_now: type,
        unit_type_change: '',
        province: province.name,
        province_code: province.code,
        plan_number: dated ? `${1 + (i % 150)}/KH-UBND` : '/KH-UBND',
        plan_date_raw: dated ? `${pad(day, 2)}/${pad(month, 2)}/${planYear}` : `../../${planYear}`,
        plan_date: dated ? `${planYear}-${pad(month, 2)}-${pad(day, 2)}` : '',
        plan_year: String(planYear),
        horizon_years: year === 2030 ? '2030;2045' : '2026',
        title: `Kế hoạch giả lập (SYNTHETIC, không phải kế hoạch thật) triển khai Nghị quyết số 57-NQ/TW trên địa bàn ${type} Mẫu ${pad(i)} năm ${planYear}`,
        signer: '',
        signer_title: 'Chủ tịch',
        cited_documents: cited.join(';'),
        reporting_cadence: cadences.length > 0 ? pick(cadences) : '',
        source_files: seed,
        source_lines: `${seed.slice(0, 3)}:1-${SOURCE_HEADER.length}`,
        text_quality: ocr ? 'ocr' : 'clean',
        notes: `${SYNTHETIC_NOTE}. Made-up commune for load tests; figures sampled from real plans and changed at random.`,
      });

      // Targets: a sample of the real ones, in a fresh plan order.
      const count = Math.min(templates.length, 36 + Math.floor(rand() * 9));
      const chosen = shuffled(templates).slice(0, count);
      const rows: Row[] = [];
      chosen.forEach((t, j) => {
        const targetId = `${id}-${pad(j + 1, 2)}`;
        let raw = nudge(t.target_raw!, t.unit_raw!, rand);
        // ">" means "≥" only under an OCR reading rule; in a clean synthetic plan write "≥".
        if (!ocr && ocrSeeds.has(t.seed_file!) && raw.includes('>')) raw = raw.replace(/>\s*/, '≥ ');
        rows.push({
          ...Object.fromEntries(targets.header.map((h) => [h, ''])),
          target_id: targetId,
          commune_id: id,
          section: t.section!,
          group: t.group!,
          item: String(j + 1),
          text: t.text!,
          unit_raw: t.unit_raw!,
          target_raw: raw,
          target_year: String(Number(t.target_year) === 2045 ? 2045 : year),
          lead_units: t.lead_units!,
          cooperating_units: t.cooperating_units!,
          deadline_raw: t.deadline_raw!.replace(/20(26|30)/, String(year)),
          seed_file: seed,
          seed_lines: String(lineOf(seed, raw !== '' ? raw : t.seed_text!)),
          seed_text: raw !== '' ? raw : t.seed_text!,
          notes: SYNTHETIC_NOTE,
        });
        const m = mapping.get(t.target_id!)!;
        crosswalkRows.push({ ...m, target_id: targetId });
      });
      out.set(`targets/${id}.csv`, writeCsv(targets.header, rows));

      const taskCount = Math.min(tasks.rows.length, 15 + Math.floor(rand() * 11));
      const taskRows = shuffled(tasks.rows)
        .slice(0, taskCount)
        .map((t, j) => ({
          ...t,
          task_id: `${id}-task-${pad(j + 1, 2)}`,
          commune_id: id,
          item: t.item!,
          target_ids: '',
          seed_file: seed,
          seed_lines: String(SOURCE_HEADER.length + 1 + j),
          notes: SYNTHETIC_NOTE,
        }));
      out.set(`tasks/${id}.csv`, writeCsv(tasks.header, taskRows));
    }
  }

  out.set('communes.csv', writeCsv(communes.header, communeRows));
  const sourceRows: Row[] = [];
  for (const [file, lines] of sourceLines) {
    const text = `${lines.join('\n')}\n`;
    out.set(`sources/${file}`, text);
    sourceRows.push({
      seed_file: file,
      commune_id: '',
      plan: 'SYNTHETIC',
      kind: file === OCR_SEED ? 'ocr' : 'clean',
      obtained: `${SYNTHETIC_NOTE}: written by scripts/lib/bench/synthetic.ts, one line per figure the synthetic plans cite.`,
      sha256: createHash('sha256').update(text).digest('hex'),
      notes: SYNTHETIC_NOTE,
    });
  }
  out.set('sources/sources.csv', writeCsv(['seed_file', 'commune_id', 'plan', 'kind', 'obtained', 'sha256', 'notes'], sourceRows));
  // The real documents, citing the synthetic text: the real plan texts are not part of synthetic data.
  out.set(
    'documents.csv',
    writeCsv(
      documents.header,
      documents.rows.map((d) => ({ ...d, source: `${CLEAN_SEED.slice(0, 3)}:1` })),
    ),
  );
  out.set('harmonize/crosswalk.csv', writeCsv(crosswalk.header, crosswalkRows));
  out.set(
    'harmonize/ocr-readings.csv',
    writeCsv(
      ocrReadings.header,
      anyOcr
        ? [
            {
              seed_file: OCR_SEED,
              symbol_as_read: '>',
              read_as: '>=',
              evidence: `${SYNTHETIC_NOTE}: the OCR rule of the real plans, applied to the synthetic OCR plans.`,
            },
          ]
        : [],
    ),
  );
  // The other rules as they are: the real catalogue, vocabulary, units and references.
  for (const rel of [...real.keys()].sort()) {
    if (!rel.startsWith('harmonize/') || out.has(rel)) continue;
    const decoded = decodeText(real.get(rel)!, rel);
    if (!decoded.ok) throw new Error(`synthetic: ${rel} cannot be decoded`);
    out.set(rel, decoded.text);
  }
  return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** Text for a README beside the generated CSVs (not read by the build: it reads only .csv). */
export function syntheticReadme(n: number, seed: number): string {
  return (
    `${SYNTHETIC_NOTE}.\n\n` +
    `${n} made-up communes (seed ${seed}), written by scripts/generate-synthetic.ts for load tests of the build.\n` +
    'Do not publish, do not commit. The real data is in data/ of the repository.\n'
  );
}
