import type { CellValue } from './csv.ts';
import type { Table } from './table.ts';
import { ByteWriter, estimateBytes } from './bytes.ts';
import { prepareEntryLater, zipFilesLater, type PreparedEntry } from './zip.ts';

/**
 * The Excel workbook: one sheet per table, a bold frozen header row, column widths fitted to the
 * text. Strings are written as string cells (shared strings) — never as formulas, so no
 * apostrophe is needed here — and numbers as numbers.
 *
 * Written directly as SpreadsheetML (ECMA-376) rather than with write-excel-file: at 3,321
 * communes the workbook holds ~130,000-row sheets, and the library took over a minute for a
 * third of that. The parts are the ones the library wrote (content types, workbook, styles with
 * a bold font, shared strings, one worksheet per table). Each sheet is written straight into
 * bytes and compressed before the next one is made, so only one sheet is ever held uncompressed.
 * Every zip entry carries the fixed `mtime`, so the same tables give the same bytes. Deflated on
 * the thread pool (zip.ts, prepareEntryLater): the build renders pages while it waits.
 */
export async function workbook(tables: Table[], mtime: Date): Promise<Uint8Array> {
  const strings = new Map<string, number>();
  let references = 0;
  const shared = (text: string): number => {
    references++;
    let i = strings.get(text);
    if (i === undefined) strings.set(text, (i = strings.size));
    return i;
  };
  // One scratch buffer for every sheet: each is compressed before the next is written into it.
  const scratch = new ByteWriter(0);
  // One after the other: the scratch buffer is reused once its sheet is deflated.
  const sheets: PreparedEntry[] = [];
  for (const [i, t] of tables.entries())
    sheets.push(await prepareEntryLater({ name: `xl/worksheets/sheet${i + 1}.xml`, bytes: sheetXml(t, shared, scratch), level: LEVEL }));
  const names = tables.map((t) => sheetName(t.path));
  let textLength = 0;
  for (const text of strings.keys()) textLength += text.length;
  const sst = new ByteWriter(textLength * 1.6 + strings.size * 16 + 256);
  sst.write(`${XML}<sst xmlns="${MAIN}" count="${references}" uniqueCount="${strings.size}">`);
  for (const text of strings.keys()) sst.write(`<si>${textElement(text)}</si>`);
  sst.write('</sst>');
  strings.clear();
  const files: [string, string][] = [
    [
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default ContentType="application/xml" Extension="xml"/>' +
        '<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>' +
        '<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" PartName="/xl/workbook.xml"/>' +
        '<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" PartName="/xl/sharedStrings.xml"/>' +
        '<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml" PartName="/xl/styles.xml"/>' +
        names
          .map(
            (_, i) =>
              `<Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml" PartName="/xl/worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        '</Types>',
    ],
    [
      '_rels/.rels',
      `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><bookViews><workbookView/></bookViews><sheets>` +
        names.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="${RELS}">` +
        names
          .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
          .join('') +
        `<Relationship Id="rId${names.length + 1}" Type="${DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/>` +
        `<Relationship Id="rId${names.length + 2}" Type="${DOC_RELS}/styles" Target="styles.xml"/>` +
        '</Relationships>',
    ],
    ['xl/styles.xml', STYLES],
  ];
  const encoder = new TextEncoder();
  return zipFilesLater(
    [
      ...files.map(([name, text]) => ({ name, bytes: encoder.encode(text), level: LEVEL })),
      { name: 'xl/sharedStrings.xml', bytes: sst.result(), level: LEVEL },
      ...sheets,
    ],
    mtime,
  );
}

/** Deflate level of the parts: for this XML, half the time of level 6 for about a tenth more bytes. */
const LEVEL = 4;

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Style 0: the default font; style 1: bold (the header row). */
const STYLES =
  `${XML}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/**
 * One worksheet as bytes, written into `out` (the view returned is valid until `out` is reused):
 * rows written as they are made, the header and column widths put in front.
 */
function sheetXml(t: Table, shared: (text: string) => number, out: ByteWriter): Uint8Array {
  const letters = t.columns.map((_, i) => columnLetters(i));
  const widths = t.columns.map((c) => c.name.length);
  const rowXml = (r: unknown, n: number): string => {
    const line = n + 2;
    let cells = '';
    t.columns.forEach((c, i) => {
      const v: CellValue = c.value(r);
      const length = String(v ?? '').length;
      if (length > widths[i]!) widths[i] = length;
      cells += cell(`${letters[i]}${line}`, v, shared);
    });
    return `<row r="${line}">${cells}</row>`;
  };
  const sample = t.rows.slice(0, 200).map(rowXml);
  // Room in front for the worksheet's opening and its <cols> (at most ~70 bytes a column),
  // which can only be written once every row has been measured.
  const reserve = 1024 + 80 * t.columns.length;
  out.reset(reserve + estimateBytes(sample, t.rows.length) + 64);
  out.skip(reserve);
  out.write(`<row r="1">${t.columns.map((c, i) => `<c r="${letters[i]}1" s="1" t="s"><v>${shared(c.name)}</v></c>`).join('')}</row>`);
  t.rows.forEach((r, n) => out.write(n < sample.length ? sample[n]! : rowXml(r, n)));
  out.write('</sheetData></worksheet>');
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.min(60, w + 2)}" customWidth="1"/>`).join('');
  const head = new TextEncoder().encode(
    `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${DOC_RELS}">` +
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
      `<cols>${cols}</cols><sheetData>`,
  );
  if (head.length > reserve) throw new Error(`the worksheet head of ${t.path} outgrew its ${reserve} bytes`);
  const bytes = out.view();
  bytes.set(head, reserve - head.length);
  return bytes.subarray(reserve - head.length);
}

function cell(ref: string, v: CellValue, shared: (text: string) => number): string {
  if (v === null || v === '') return '';
  if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}" t="s"><v>${shared(v)}</v></c>`;
}

/** 0 → A, 25 → Z, 26 → AA: the column part of a cell reference. */
export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'));
}

/** A shared string's text element; leading or trailing white space is kept only when marked so. */
function textElement(text: string): string {
  const escaped = text.replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'));
  return /^\s|\s$/.test(text) ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

/** Excel allows 31 characters and none of []:*?/\ in a sheet name. */
export function sheetName(path: string): string {
  return path.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
}
