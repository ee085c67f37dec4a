/**
 * The evidence the drafter may use, gathered from data/ and always without the commune being
 * drafted (leave-one-out): the clean wording the restorer learns from, and the wordings of
 * other communes' mapped targets that help suggest an indicator. Measuring a seed file with its
 * own commune's rows as evidence would measure memory, not drafting.
 */
import type { CatalogueEntry } from './suggest-indicator.ts';

export interface EvidenceData {
  catalogue: { id: string; name_vi: string; definition_vi: string; related_terms: string }[];
  spellings: string[];
  unitNames: string[];
  /** Rows of data/targets/ and data/tasks/ (text, group, units), with their commune. */
  rows: { communeId: string; text: string; group: string; units: string[] }[];
  crosswalk: { target_id: string; indicator_id: string; match: string }[];
  targets: { target_id: string; commune_id: string; text: string }[];
  /** Clean plan texts of data/sources/ (kind "clean"), with their commune. */
  cleanSources: { communeId: string; text: string }[];
}

/** Clean Vietnamese phrases to restore diacritics from, leaving out one commune's rows and plan texts. */
export function restorationEvidence(data: EvidenceData, exclude: string): string[] {
  const out: string[] = [];
  for (const c of data.catalogue) out.push(c.name_vi, ...c.related_terms.split(';'), c.definition_vi);
  // Unit spellings only as far as other communes write them: a spelling seen only in the
  // excluded commune's plan is its own evidence.
  const others = new Set(
    data.rows.filter((r) => r.communeId !== exclude).flatMap((r) => r.units.flatMap((u) => u.split(';').map((p) => p.trim()))),
  );
  out.push(...data.spellings.filter((s) => others.has(s)), ...data.unitNames);
  for (const r of data.rows) if (r.communeId !== exclude) out.push(r.text, r.group, ...r.units);
  for (const s of data.cleanSources) if (s.communeId !== exclude) out.push(...s.text.split('\n'));
  return out.filter((t) => t.trim() !== '');
}

/** The catalogue with, per indicator, the wordings of other communes' targets mapped to it as same/comparable. */
export function catalogueWithWordings(data: EvidenceData, exclude: string): CatalogueEntry[] {
  const text = new Map(data.targets.filter((t) => t.commune_id !== exclude).map((t) => [t.target_id, t.text]));
  const wordings = new Map<string, string[]>();
  for (const x of data.crosswalk) {
    const t = text.get(x.target_id);
    if (t === undefined || (x.match !== 'same' && x.match !== 'comparable')) continue;
    const list = wordings.get(x.indicator_id) ?? [];
    list.push(t);
    wordings.set(x.indicator_id, list);
  }
  return data.catalogue.map((c) => ({ ...c, wordings: wordings.get(c.id) ?? [] }));
}
