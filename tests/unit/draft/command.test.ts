/**
 * npm run draft as a person runs it: every input kind (a .docx and a .pdf made here, not
 * committed), every bad input (a clear message naming the file and what was expected, exit 1, no
 * stack trace, nothing half-written), --check, and never a byte written into data/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citedText, toPlanText } from '../../../src/lib/draft/plan-text.ts';
import { parseCsv } from '../../../src/lib/read/parse-csv.ts';
import { targetSchema } from '../../../src/lib/validate/schemas.ts';
import { REPO_ROOT } from '../../fixtures/dataset.ts';
import { DATA_DIR, source, SOURCES } from './support.ts';

const work = mkdtempSync(join(tmpdir(), 'draft-command-'));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/draft.ts'), ...args], {
    cwd: work,
    encoding: 'utf8',
    // No tesseract on this PATH: the message for a PDF without text is what is tested.
    env: { ...process.env, PATH: dirname(process.execPath), DATA_DIR },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(`${p} ${statSync(p).size} ${statSync(p).mtimeMs}`);
    }
  };
  walk(dir);
  return out.sort();
}

function expectRefused(r: ReturnType<typeof run>, ...words: string[]) {
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/^draft: /);
  for (const w of words) expect(r.err).toContain(w);
  expect(r.err).not.toMatch(/\n\s+at /);
}

function csvRows(path: string): Record<string, string>[] {
  const parsed = parseCsv(readFileSync(path, 'utf8'), path);
  if (!parsed.ok) throw new Error('unreadable CSV');
  return parsed.table.rows.map((r) => Object.fromEntries(parsed.table.header.map((h, i) => [h, r.cells[i] ?? ''])));
}

function file(name: string, content: string | Uint8Array): string {
  const p = join(work, name);
  writeFileSync(p, content);
  return p;
}

const DOC_XML = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
const tr = (cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${p(c)}</w:tc>`).join('')}</w:tr>`;

/** A minimal Word document (OOXML zip) with the template's heading and target table. */
function docx(): Uint8Array {
  const body = [
    p('KẾ HOẠCH'),
    p('Triển khai Nghị quyết số 57-NQ/TW trên địa bàn xã Thử Nghiệm năm 2027'),
    p('II. MỤC TIÊU'),
    p('2. Mục tiêu cụ thể'),
    `<w:tbl>${[
      tr(['STT', 'Nội dung chỉ tiêu phấn đấu đạt được đến cuối năm 2027', 'Đơn vị tính', 'Kết quả', 'Đơn vị chủ trì theo dõi']),
      tr(['I', 'Về phát triển hạ tầng', '', '', '']),
      tr(['1', 'Tỉ lệ phủ sóng 5G trên địa bàn', '%', '≥ 64%', 'Phòng VHXH']),
      tr(['2', 'Tỷ lệ người dân có tài khoản định danh điện tử (VNeID)', '%', '≥ 83%', 'Công an xã']),
    ].join('')}</w:tbl>`,
    p('III- NHIỆM VỤ TRỌNG TÂM NĂM 2027'),
  ].join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(DOC_XML(body)),
  });
}

/** A PDF with a text layer. Its standard font has no Vietnamese letters, so the text is OCR-like ASCII. */
async function pdf(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  lines.forEach((l, i) => page.drawText(l, { x: 50, y: 800 - i * 16, size: 11, font }));
  return doc.save();
}

async function pdfWithoutText(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawRectangle({ x: 50, y: 50, width: 200, height: 100 });
  return doc.save();
}

let before: string[];
beforeAll(() => {
  before = snapshot(DATA_DIR);
});
afterAll(() => {
  expect(snapshot(DATA_DIR)).toEqual(before);
});

/** Each test spawns the command (0.5–3.5 s here, more on a loaded machine): the default 5 s is too tight. */
const SPAWN_TIMEOUT = 30_000;

describe('npm run draft refuses bad input with a message, exit 1 and nothing written', { timeout: SPAWN_TIMEOUT }, () => {
  it('names a missing file', () => {
    expectRefused(run('missing.txt', '--commune', 'xa-a', '--out', 'out-missing'), 'missing.txt', 'no such file', 'expected a plan file');
    expect(existsSync(join(work, 'out-missing'))).toBe(false);
  });

  it('names an unknown kind of file and the kinds it reads', () => {
    expectRefused(
      run(file('plan.rtf', 'x'), '--commune', 'xa-a', '--out', 'out-rtf'),
      'plan.rtf',
      '".rtf"',
      '.txt or .md',
      '.docx',
      '.pdf',
    );
    expect(existsSync(join(work, 'out-rtf'))).toBe(false);
  });

  it('refuses an empty file', () => {
    expectRefused(
      run(file('empty.txt', ''), '--commune', 'xa-a', '--out', 'out-empty'),
      'empty.txt',
      'is empty',
      'expected the text of a plan',
    );
    expect(existsSync(join(work, 'out-empty'))).toBe(false);
  });

  it('refuses a .txt that is not UTF-8, saying where and what it looks like', () => {
    const bytes = new Uint8Array([0x4b, 0xea, 0x20, 0x68, 0x6f, 0x61, 0x63, 0x68, 0x0a]); // "Kê hoach" in Windows-1258
    expectRefused(run(file('legacy.txt', bytes), '--commune', 'xa-a', '--out', 'out-legacy'), 'legacy.txt:1', 'not valid UTF-8', 'UTF-8');
    expect(existsSync(join(work, 'out-legacy'))).toBe(false);
  });

  it('refuses a commune id that is not a slug', () => {
    expectRefused(
      run(file('ok.txt', 'KẾ HOẠCH\n'), '--commune', 'Nhơn Trạch', '--out', 'out-slug'),
      '"Nhơn Trạch" is not a slug',
      'nhon-trach',
    );
    expectRefused(run(file('ok.txt', 'KẾ HOẠCH\n'), '--out', 'out-slug'), '--commune is missing');
    expect(existsSync(join(work, 'out-slug'))).toBe(false);
  });

  it('never writes into data/: an --out inside it is refused', () => {
    expectRefused(
      run(file('ok.txt', 'KẾ HOẠCH\n'), '--commune', 'xa-a', '--out', join(DATA_DIR, 'drafts', 'xa-a')),
      'inside',
      'never written into data/',
    );
    expect(existsSync(join(DATA_DIR, 'drafts'))).toBe(false);
  });

  it('says how to get text from a PDF without a text layer: OCR with Vietnamese data', async () => {
    const path = file('scan.pdf', await pdfWithoutText());
    expectRefused(
      run(path, '--commune', 'xa-a', '--out', 'out-scan'),
      'scan.pdf',
      'no text layer',
      'tesseract -l vie',
      'expected a PDF with text',
    );
    expect(existsSync(join(work, 'out-scan'))).toBe(false);
  });

  it('refuses to replace a folder that is not a draft', () => {
    mkdirSync(join(work, 'not-a-draft'), { recursive: true });
    writeFileSync(join(work, 'not-a-draft', 'keep.txt'), 'mine');
    expectRefused(run(file('plan.md', source(SOURCES.pa)), '--commune', 'xa-a', '--out', 'not-a-draft'), 'not a draft folder');
    expect(readdirSync(join(work, 'not-a-draft'))).toEqual(['keep.txt']);
  });
});

describe('npm run draft on each kind of input', { timeout: SPAWN_TIMEOUT }, () => {
  it('drafts a .md plan into drafts/<id>/ by default, in the codebook’s columns, UTF-8, NFC, LF', () => {
    const r = run(file('phuoc-moi.md', source(SOURCES.pa)), '--commune', 'phuoc-moi');
    expect(r.code, r.err).toBe(0);
    const out = join(work, 'drafts', 'phuoc-moi');
    const targets = readFileSync(join(out, 'targets', 'phuoc-moi.csv'), 'utf8');
    expect(targets.split('\n')[0]).toBe(Object.keys(targetSchema.shape).join(','));
    expect(targets).not.toContain('\r');
    expect(targets.charCodeAt(0)).not.toBe(0xfeff);
    expect(targets.normalize('NFC')).toBe(targets);
    expect(csvRows(join(out, 'targets', 'phuoc-moi.csv'))).toHaveLength(40);
    for (const f of ['crosswalk.csv', 'unit-spellings.csv', 'review.md', 'communes.csv', 'sources.csv', 'sources/005_phuoc-moi.txt'])
      expect(existsSync(join(out, f)), f).toBe(true);
  });

  it('drafts a .docx: its text is written as sources/<name>.txt and every row cites its lines', () => {
    const r = run(file('Kế hoạch xã mới.docx', docx()), '--commune', 'xa-moi', '--out', 'out-docx');
    expect(r.code, r.err).toBe(0);
    const out = join(work, 'out-docx');
    const text = readFileSync(join(out, 'sources', '005_Ke-hoach-xa-moi.txt'), 'utf8');
    const rows = csvRows(join(out, 'targets', 'xa-moi.csv'));
    expect(rows.map((t) => [t.seed_file, t.target_raw, t.lead_units])).toEqual([
      ['005_Ke-hoach-xa-moi.txt', '≥ 64%', 'Phòng VHXH'],
      ['005_Ke-hoach-xa-moi.txt', '≥ 83%', 'Công an xã'],
    ]);
    const plan = toPlanText('x', text);
    for (const t of rows) expect(citedText(plan, parseRanges(t.seed_lines!))).toContain(t.seed_text);
  });

  it('drafts a .pdf with a text layer, citing the lines of its extracted text', async () => {
    const path = file(
      'plan-scan-ocr.pdf',
      await pdf([
        'KE HOACH',
        'Trien khai Nghi quyet so 57-NQ/TW tren dia ban xa Thu Nghiem nam 2027',
        'I. MUC TIEU',
        '2. Muc tieu cu the',
        'a) Chinh quyen so',
        '- Tren 92% nguoi dan, doanh nghiep hai long doi voi dich vu cong truc tuyen;',
        '- So hoa 100% ho so, ket qua giai quyet thu tuc hanh chinh;',
        'II. NHIEM VU TRONG TAM',
      ]),
    );
    const r = run(path, '--commune', 'xa-pdf', '--out', 'out-pdf');
    expect(r.code, r.err).toBe(0);
    const out = join(work, 'out-pdf');
    const text = readFileSync(join(out, 'sources', '005_plan-scan-ocr.txt'), 'utf8');
    const rows = csvRows(join(out, 'targets', 'xa-pdf.csv'));
    expect(rows.map((t) => t.target_raw)).toEqual(['Tren 92%', '100%']);
    const plan = toPlanText('x', text);
    for (const t of rows) expect(citedText(plan, parseRanges(t.seed_lines!))).toContain(t.seed_text);
    expect(readFileSync(join(out, 'review.md'), 'utf8')).toContain('OCR comparator word');
  });
});

describe('npm run draft -- --check', { timeout: SPAWN_TIMEOUT }, () => {
  it('runs the data check over data/ plus the draft and says so when it passes', () => {
    const r = run(
      file('moi.txt', source(SOURCES.pa).replaceAll('Phước An', 'Phước Mới')),
      '--commune',
      'phuoc-moi',
      '--out',
      'out-check',
      '--check',
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('check OK');
  });

  it('points each error at the draft’s own file and line, as for a finished commune', () => {
    const r = run(file('ocr.txt', source(SOURCES.xt)), '--commune', 'xa-ocr', '--out', 'out-check-ocr', '--check');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/out-check-ocr\/targets\/xa-ocr\.csv:\d+, column \S+ "target_raw": the target cannot be read; found "Trén 90%"/);
    expect(r.err).not.toMatch(/\n\s+at /);
    // The draft is written all the same, for the reviewer to fix.
    expect(existsSync(join(work, 'out-check-ocr', 'review.md'))).toBe(true);
  });
});

function parseRanges(cell: string) {
  return cell.split(';').map((p) => {
    const [a, b] = p.split('-').map(Number);
    return { from: a!, to: b ?? a! };
  });
}
