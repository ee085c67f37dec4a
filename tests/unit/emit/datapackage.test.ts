import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emitAll, type EmittedFile } from '../../../src/lib/emit/emit-bundle.ts';
import { prettyJson } from '../../../src/lib/emit/datapackage.ts';
import { realDataset } from '../support/real-dataset.ts';
import { readCsv, textOf } from './read-back.ts';

/** The official Frictionless profiles, vendored (see tests/fixtures/frictionless/README.md). */
function validator(profile: string) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('textarea', true);
  const validate = ajv.compile(JSON.parse(readFileSync(`tests/fixtures/frictionless/${profile}.json`, 'utf8')));
  return (value: unknown) => {
    const ok = validate(value);
    return ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

interface Field {
  name: string;
  type: string;
  description: string;
}
interface Resource {
  name: string;
  path: string;
  profile: string;
  encoding: string;
  bytes: number;
  dialect: Record<string, unknown>;
  schema: { fields: Field[] };
}

async function published(): Promise<{ files: EmittedFile[]; pkg: { resources: Resource[] } & Record<string, unknown> }> {
  const files = await emitAll(await realDataset(), { date: '2026-11-23' });
  const pkg = JSON.parse(textOf(files.find((f) => f.path === 'datapackage.json')!.bytes));
  return { files, pkg };
}

describe('datapackage.json', () => {
  it('is a valid Data Package (not a tabular one: it also describes the plan texts)', async () => {
    const { pkg } = await published();
    expect(validator('data-package')(pkg)).toEqual([]);
    expect(pkg.profile).toBe('data-package');
  });

  it('has every CSV valid as a Tabular Data Resource with a valid Table Schema, and every plan text a text resource', async () => {
    const { pkg } = await published();
    const tabular = validator('tabular-data-resource');
    const tableSchema = validator('table-schema');
    const csvs = pkg.resources.filter((r) => r.path.endsWith('.csv'));
    for (const r of csvs) {
      expect(tabular(r), r.path).toEqual([]);
      expect(tableSchema(r.schema), r.path).toEqual([]);
    }
    const texts = pkg.resources.filter((r) => r.path.startsWith('sources/'));
    expect(texts.length + csvs.length).toBe(pkg.resources.length);
    // The package profile validates each of its resources as a Data Resource (checked above).
    for (const r of texts) {
      expect(r).toMatchObject({ profile: 'data-resource', format: 'txt', mediatype: 'text/plain', encoding: 'utf-8' });
    }
  });

  it('lists each plan text the data cites, with its exact bytes and hash', async () => {
    const ds = await realDataset();
    const { files, pkg } = await published();
    const texts = pkg.resources.filter((r) => r.path.startsWith('sources/'));
    expect(texts.map((r) => r.path)).toEqual(ds.raw.sources.map((s) => `sources/${s.seed_file}`));
    for (const r of texts) {
      const f = files.find((x) => x.path === r.path)!;
      expect(r.bytes).toBe(f.bytes.length);
      expect((r as unknown as { hash: string }).hash).toBe(`sha256:${ds.raw.sources.find((s) => r.path.endsWith(s.seed_file))!.sha256}`);
    }
  });

  it('rejects a descriptor that breaks the profile, so the validation can fail', () => {
    expect(validator('tabular-data-package')({ profile: 'tabular-data-package', resources: [{ name: 'X Y', path: 'a.csv' }] })).not.toEqual(
      [],
    );
  });

  it('describes every all-communes CSV (what the zip holds) and no other table, with the CSV dialect and its exact size', async () => {
    const { files, pkg } = await published();
    const csvs = files.filter((f) => f.path.endsWith('.csv') && f.table!.group === 'all');
    expect(csvs.length).toBe(13);
    const tables = pkg.resources.filter((r) => r.path.endsWith('.csv'));
    expect(tables.map((r) => r.path)).toEqual(csvs.map((f) => f.path));
    expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
    for (const r of tables) {
      expect(r.profile).toBe('tabular-data-resource');
      expect(r.encoding).toBe('utf-8');
      expect(r.dialect).toMatchObject({ header: true, delimiter: ',', lineTerminator: '\r\n' });
      expect(r.bytes, r.path).toBe(files.find((f) => f.path === r.path)!.bytes.length);
      for (const field of r.schema.fields) expect(field.description.length, `${r.path} ${field.name}`).toBeGreaterThan(5);
    }
  });

  it('matches each CSV: header equal to the field names, every value of the field’s type', async () => {
    const { files, pkg } = await published();
    const ok: Record<string, (v: string) => boolean> = {
      string: () => true,
      number: (v) => /^-?\d+(\.\d+)?$/.test(v),
      integer: (v) => /^-?\d+$/.test(v),
      boolean: (v) => v === 'true' || v === 'false',
    };
    for (const r of pkg.resources.filter((x) => x.path.endsWith('.csv'))) {
      const csv = readCsv(files.find((f) => f.path === r.path)!.bytes);
      expect(csv.fields, r.path).toEqual(r.schema.fields.map((f) => f.name));
      for (const row of csv.rows) {
        for (const field of r.schema.fields) {
          const v = row[field.name]!;
          if (v !== '') expect(ok[field.type]!(v), `${r.path} ${field.name} ${JSON.stringify(v)}`).toBe(true);
        }
      }
    }
  });

  it('types the harmonized figures as numbers and years as integers', async () => {
    const { pkg } = await published();
    const fields = pkg.resources.find((r) => r.path === 'targets.csv')!.schema.fields;
    const type = (name: string) => fields.find((f) => f.name === name)!.type;
    expect([type('value'), type('value_max'), type('target_year'), type('ceiling'), type('text')]).toEqual([
      'number',
      'number',
      'integer',
      'boolean',
      'string',
    ]);
  });
});

describe('prettyJson', () => {
  it('puts objects and arrays of primitives on one line and indents the rest', () => {
    expect(prettyJson({ a: [{ name: 'x', type: 'string' }], b: ['k', 1], c: {} })).toBe(
      '{\n  "a": [\n    {"name": "x", "type": "string"}\n  ],\n  "b": ["k", 1],\n  "c": {}\n}',
    );
  });

  it('reads back as the same value', () => {
    const v = { x: [1, { y: null, z: 'a"b' }], w: { q: [[]] } };
    expect(JSON.parse(prettyJson(v))).toEqual(v);
  });
});
