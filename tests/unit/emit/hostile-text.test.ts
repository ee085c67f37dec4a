import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { emitAll } from '../../../src/lib/emit/emit-bundle.ts';
import { emitTables } from '../../../src/lib/emit/emit-tables.ts';
import { realDataset } from '../support/real-dataset.ts';
import { readCsv, textOf } from './read-back.ts';

/** Text a transcriber could paste, each written as the CSV must hold it. */
const HOSTILE: [text: string, written: string][] = [
  ['=HYPERLINK("http://evil.invalid","click")', `"'=HYPERLINK(""http://evil.invalid"",""click"")"`],
  ['+1', "'+1"],
  ['-2 ngày', "'-2 ngày"],
  ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
  ['\tcmd', "'\tcmd"],
  ['\rcmd', `"'\rcmd"`],
  ['\ncmd', `"'\ncmd"`],
  ['<script>alert(1)</script>', '<script>alert(1)</script>'],
];

async function hostileDataset() {
  const ds = structuredClone(await realDataset());
  HOSTILE.forEach(([text], i) => {
    ds.targets[i]!.notes = text;
  });
  ds.targets[0]!.value = -5;
  ds.targets[1]!.comparator = '=';
  return ds;
}

describe('hostile text in the published files', () => {
  it('is neutralized exactly in every text cell of targets.csv, and a numeric -5 stays -5', async () => {
    const ds = await hostileDataset();
    const csv = textOf(emitTables(ds).find((f) => f.path === 'targets.csv')!.bytes);
    HOSTILE.forEach(([, written], i) => {
      const id = ds.targets[i]!.targetId;
      // The notes column is the last one: the row ends with the written cell.
      const row = csv.split(/\r\n(?=[a-z-]+,)/).find((l) => l.includes(`,${id},`))!;
      expect(row.endsWith(`,${written}`), `${id}: ${JSON.stringify(row.slice(-60))}`).toBe(true);
    });
    const first = readCsv(emitTables(ds).find((f) => f.path === 'targets.csv')!.bytes).rows[0]!;
    expect(first.value).toBe('-5');
    expect(readCsv(emitTables(ds).find((f) => f.path === 'targets.csv')!.bytes).rows[1]!.comparator).toBe("'=");
  });

  it('leaves no cell of any CSV starting with a formula character unless it is a number', async () => {
    const ds = await hostileDataset();
    for (const f of emitTables(ds).filter((x) => x.path.endsWith('.csv'))) {
      const numeric = new Set(f.table!.columns.filter((c) => c.type === 'number' || c.type === 'integer').map((c) => c.name));
      for (const row of readCsv(f.bytes).rows) {
        for (const [name, v] of Object.entries(row)) {
          if (numeric.has(name)) expect(v, `${f.path} ${name}`).toMatch(/^(-?\d+(\.\d+)?)?$/);
          else expect(v, `${f.path} ${name}`).not.toMatch(/^[=+\-@\t\r\n]/);
        }
      }
    }
  });

  it('is carried unchanged, without the apostrophe, by the JSON and the workbook', async () => {
    const ds = await hostileDataset();
    const files = await emitAll(ds, { date: '2026-11-23' });
    const json = JSON.parse(textOf(files.find((f) => f.path === 'targets.json')!.bytes));
    HOSTILE.forEach(([text], i) => expect(json[i].notes).toBe(text));
    expect(json[0].value).toBe(-5);
    const xlsx = unzipSync(files.find((f) => f.path.endsWith('.xlsx'))!.bytes);
    const sheets = Object.entries(xlsx)
      .filter(([k]) => k.startsWith('xl/worksheets/'))
      .map(([, v]) => strFromU8(v))
      .join('');
    expect(sheets).not.toMatch(/<f[ >]/);
    expect(strFromU8(xlsx['xl/sharedStrings.xml']!)).toContain('<t>=HYPERLINK("http://evil.invalid","click")</t>');
  });
});
