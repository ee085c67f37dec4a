import { describe, expect, it } from 'vitest';
import { emitTables } from '../../../src/lib/emit/emit-tables.ts';
import { realDataset } from '../support/real-dataset.ts';
import { readCsv } from './read-back.ts';

const COLUMNS = [
  'commune_id',
  'indicator_id',
  'match',
  'target_year',
  'comparator',
  'value',
  'value_max',
  'unit',
  'target_raw',
  'target_id',
  'comparator_source',
  'comparator_as_written',
  'ceiling',
  'unit_raw',
  'text',
  'section',
  'group',
  'item',
  'lead_units',
  'lead_unit_ids',
  'cooperating_units',
  'cooperating_unit_ids',
  'deadline',
  'seed_file',
  'seed_lines',
  'source_url',
  'seed_text',
  'alt_seed_file',
  'alt_seed_lines',
  'alt_source_url',
  'alt_seed_text',
  'match_note_en',
  'notes',
];

async function targets() {
  const ds = await realDataset();
  const file = emitTables(ds).find((f) => f.path === 'targets.csv')!;
  return { ds, csv: readCsv(file.bytes) };
}

describe('targets.csv, the harmonized long table', () => {
  it('has the required columns first, in the published order, and nothing else', async () => {
    const { csv } = await targets();
    expect(csv.fields).toEqual(COLUMNS);
  });

  it('has one row per source target: all 103, each exactly once', async () => {
    const { ds, csv } = await targets();
    expect(csv.rows.length).toBe(103);
    expect(csv.rows.map((r) => r.target_id).sort()).toEqual(ds.raw.targets.map((t) => t.target_id).sort());
  });

  it('orders rows by the commune order of communes.csv, then by plan order', async () => {
    const { ds, csv } = await targets();
    const communeOrder = ds.raw.communes.map((c) => c.id);
    const keys = csv.rows.map((r) => [communeOrder.indexOf(r.commune_id!), Number(r.target_id!.split('-').pop())]);
    const sorted = [...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    expect(keys).toEqual(sorted);
    expect(csv.rows[0]!.commune_id).toBe('nhon-trach');
  });

  it('uses only the documented comparators and units', async () => {
    const { csv } = await targets();
    for (const r of csv.rows) {
      expect(['>=', '>', '=', '<=', '<', 'between', 'yes', 'text'], r.target_id).toContain(r.comparator!.replace(/^'/, ''));
      expect(['percent', 'count', 'index', 'boolean', 'text'], r.target_id).toContain(r.unit);
    }
  });

  it('fills value for figures only and value_max for ranges only', async () => {
    const { csv } = await targets();
    for (const r of csv.rows) {
      const figure = !['yes', 'text'].includes(r.comparator!);
      expect(r.value !== '', `${r.target_id} value`).toBe(figure);
      expect(r.value_max !== '', `${r.target_id} value_max`).toBe(r.comparator === 'between');
      if (r.comparator === 'between') expect(Number(r.value_max)).toBeGreaterThan(Number(r.value));
    }
  });

  it('writes the 5G targets and the digital-economy range as the plans set them', async () => {
    const { csv } = await targets();
    const five = csv.rows
      .filter((r) => r.indicator_id === '5g-coverage' && r.match === 'same')
      .map((r) => [r.commune_id, r.comparator, r.value, r.unit, r.target_year]);
    expect(five).toEqual([
      ['nhon-trach', '>=', '60', 'percent', '2026'],
      ['xuan-thanh', '>=', '65', 'percent', '2026'],
      ['phuoc-an', '>=', '60', 'percent', '2026'],
    ]);
    const grdp = csv.rows.find((r) => r.indicator_id === 'digital-economy-grdp')!;
    expect([grdp.comparator, grdp.value, grdp.value_max, grdp.unit]).toEqual(['between', '15', '17', 'percent']);
  });

  it('keeps the OCR sign as written in target_raw while reading it as >=', async () => {
    const { csv } = await targets();
    const ocr = csv.rows.filter((r) => r.comparator_source === 'ocr-symbol');
    expect(ocr.length).toBeGreaterThan(0);
    for (const r of ocr) {
      expect(r.target_raw, r.target_id).toMatch(/^>/);
      expect(r.comparator).toBe('>=');
    }
  });

  it('writes the same rows in every per-commune and per-indicator slice', async () => {
    const ds = await realDataset();
    const files = emitTables(ds);
    const all = readCsv(files.find((f) => f.path === 'targets.csv')!.bytes).rows;
    const byCommune = ds.raw.communes.flatMap((c) => readCsv(files.find((f) => f.path === `communes/${c.id}.csv`)!.bytes).rows);
    expect(byCommune).toEqual(all);
    const byIndicator = ds.rules.indicators.flatMap((i) => readCsv(files.find((f) => f.path === `indicators/${i.id}.csv`)!.bytes).rows);
    expect(byIndicator.length).toBe(all.filter((r) => r.indicator_id !== '').length);
    for (const i of ds.rules.indicators) {
      const rows = readCsv(files.find((f) => f.path === `indicators/${i.id}.csv`)!.bytes).rows;
      expect(rows, i.id).toEqual(all.filter((r) => r.indicator_id === i.id));
    }
  });
});

describe('comparison-wide.csv', () => {
  it('has one row per catalogue indicator and one column per commune between unit and n_communes', async () => {
    const ds = await realDataset();
    const csv = readCsv(emitTables(ds).find((f) => f.path === 'comparison-wide.csv')!.bytes);
    expect(csv.fields).toEqual([
      'indicator_id',
      'pillar',
      'unit',
      ...ds.raw.communes.map((c) => c.id),
      'n_communes',
      'most',
      'least',
      'spread',
      'flags',
    ]);
    expect(csv.rows.map((r) => r.indicator_id)).toEqual(ds.rules.indicators.map((i) => i.id));
  });

  it('shows each commune’s normalized target, the ranking and the flags of an indicator', async () => {
    const ds = await realDataset();
    const csv = readCsv(emitTables(ds).find((f) => f.path === 'comparison-wide.csv')!.bytes);
    const five = csv.rows.find((r) => r.indicator_id === '5g-coverage')!;
    expect(five['xuan-thanh']).toBe('≥ 65% (2026)');
    expect(five['nhon-trach']).toBe('≥ 60% (2026)');
    expect([five.n_communes, five.most, five.least, five.spread]).toEqual([
      '3',
      '2026:percent=xuan-thanh',
      '2026:percent=nhon-trach;phuoc-an',
      '5',
    ]);
    expect(five.flags!.split(';')).toContain('ocr');
  });

  it('joins several rows of one commune with " | "', async () => {
    const ds = await realDataset();
    const csv = readCsv(emitTables(ds).find((f) => f.path === 'comparison-wide.csv')!.bytes);
    const several = ds.comparisons.flatMap((c) =>
      ds.raw.communes
        .filter((k) => c.rows.filter((r) => r.communeId === k.id).length > 1)
        .map((k) => [c.indicatorId, k.id, c.rows.filter((r) => r.communeId === k.id).length] as const),
    );
    expect(several.length).toBeGreaterThan(0);
    for (const [indicator, commune, n] of several) {
      expect(csv.rows.find((r) => r.indicator_id === indicator)![commune]!.split(' | ').length).toBe(n);
    }
  });
});
