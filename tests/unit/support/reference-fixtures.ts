import type { HarmonizedTarget } from '../../../src/lib/harmonize/harmonize-targets.ts';
import type { Reference } from '../../../src/lib/validate/reference-schema.ts';

/** Fixtures of the comparison and reference tests: one 2026 target "≥ 60%" of indicator x, one national goal of 60% for 2026. */
export function target(over: Partial<HarmonizedTarget> = {}): HarmonizedTarget {
  return {
    targetId: 'a-01',
    communeId: 'a',
    indicatorId: 'x',
    match: 'same',
    matchNote: { vi: '', en: '' },
    targetYear: 2026,
    comparator: '>=',
    value: 60,
    valueMax: null,
    unit: 'percent',
    ceiling: false,
    comparatorSource: 'symbol',
    comparatorAsWritten: '≥',
    targetRaw: '≥ 60%',
    unitRaw: '%',
    text: 't',
    section: 'II.2',
    group: '',
    item: '1',
    leadUnitsRaw: '',
    leadUnitIds: [],
    cooperatingUnitsRaw: '',
    cooperatingUnitIds: [],
    deadlineRaw: '',
    seedFile: 's.txt',
    seedLines: '1',
    seedText: '60',
    altSeedFile: '',
    altSeedLines: '',
    altSeedText: '',
    seedAnchor: 'L1',
    altSeedAnchor: '',
    notes: '',
    ...over,
  };
}

export function reference(over: Partial<Reference> = {}): Reference {
  return {
    indicator_id: 'x',
    kind: 'target',
    level: 'national',
    scope: 'Việt Nam',
    year: 2026,
    comparator: '>=',
    value: 60,
    value_max: null,
    unit: 'percent',
    denominator_note: '',
    denominator_note_en: '',
    document: 'D',
    document_date: '',
    source_url: 'https://example.org/d',
    source_kind: 'secondary',
    source_quote: 'đạt 60%',
    accessed: '2026-12-07',
    notes: '',
    ...over,
  };
}
