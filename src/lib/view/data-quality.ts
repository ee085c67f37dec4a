import type { Dataset } from '../validate/check-dataset.ts';

export interface CommuneQuality {
  communeId: string;
  targets: number;
  implied: number;
  ocrRead: number;
  qualitative: number;
  unmapped: number;
  withoutLeadUnit: number;
  /** Targets stated twice where the two statements word the comparator differently. */
  wordingDiffers: string[];
}

/** Per-commune counts of what a reader should know about the data's quality. */
export function dataQuality(ds: Dataset): CommuneQuality[] {
  return ds.raw.communes.map((c) => {
    const rows = ds.targets.filter((t) => t.communeId === c.id);
    return {
      communeId: c.id,
      targets: rows.length,
      implied: rows.filter((t) => t.comparatorSource === 'implied').length,
      ocrRead: rows.filter((t) => t.comparatorSource === 'ocr-symbol').length,
      qualitative: rows.filter((t) => t.comparator === 'text').length,
      unmapped: rows.filter((t) => t.match === 'unmapped').length,
      withoutLeadUnit: rows.filter((t) => t.leadUnitsRaw === '').length,
      // A comparator word in one statement, a bare symbol in the other (objective vs appendix).
      wordingDiffers: rows
        .filter((t) => t.comparatorSource === 'word' && t.altSeedText !== '' && /[>≥]/.test(t.altSeedText) && !/[>≥]/.test(t.seedText))
        .map((t) => t.targetId),
    };
  });
}
