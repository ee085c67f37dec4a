/**
 * Finds the parts of a plan by its headings: the top-level roman headings ("II. MỤC TIÊU",
 * OCR "II1. NHIEM VU" for III), the numbered heading that opens the targets ("2. Mục tiêu cụ
 * thể"), the lettered sub-headings under it ("a) Chính quyền số"), the unit assignments ("V. TỔ
 * CHỨC THỰC HIỆN") and the appendix. Headings are recognised on folded text so that an OCR copy
 * is read like a clean one; which words open which part is data (plan-template.csv).
 */
import type { TemplateRules } from './draft-types.ts';
import { foldKey, lineText, looseKey, type PlanText } from './plan-text.ts';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** "III" → 3; OCR's "II1", "11", "l" read their 1/l as I. Null when it is not a roman numeral. */
export function romanValue(token: string): number | null {
  const t = token.replace(/[1l]/g, 'I').toUpperCase();
  const i = ROMAN.indexOf(t);
  return i < 0 ? null : i + 1;
}

export function roman(n: number): string {
  return ROMAN[n - 1] ?? String(n);
}

const TOP = /^\s*([IVXl1]{1,4})\s*[.\-–]\s*(\S.*)$/u;

/** A top-level heading: a roman numeral, "." or "-", and a title mostly in capitals. */
export function topHeading(line: string): { number: number; title: string } | null {
  const m = TOP.exec(line);
  if (!m) return null;
  const n = romanValue(m[1]!);
  const letters = [...m[2]!].filter((c) => /\p{L}/u.test(c));
  const upper = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase());
  if (n === null || letters.length < 4 || upper.length / letters.length < 0.75) return null;
  return { number: n, title: m[2]!.trim() };
}

const NUMBERED = /^\s*(\d{1,2})\s*\.\s*(\S.*)$/u;

export function numberedHeading(line: string): { number: number; title: string } | null {
  const m = NUMBERED.exec(line);
  return m ? { number: Number(m[1]), title: m[2]!.trim() } : null;
}

const LETTERED = /^\s*(\S)\)\s+(\S.{0,90})$/u;

/** "a) Chính quyền số", and OCR's "¢) Xa hoi sé" (the letter is then taken from the order). */
export function letteredHeading(line: string): { letter: string; title: string } | null {
  const m = LETTERED.exec(line);
  if (!m || /\d/.test(m[1]!)) return null;
  return { letter: m[1]!, title: m[2]!.trim() };
}

export interface Part {
  /** First and last line of the part's body (after its heading). */
  from: number;
  to: number;
  headingLine: number;
  /** "II.2" for the targets, "V" for the unit assignments. */
  section: string;
  title: string;
}

export interface PlanParts {
  targets: Part | null;
  tasks: Part | null;
  appendix: Part | null;
  /** The year of the plan, from its title ("… năm 2026"), with the line it is on. */
  planYear: { year: number; line: number } | null;
}

/** "đến cuối năm 2026", "dén nim 2030", "năm 2026": the year, and the words as written. */
export function yearPhrase(text: string): { year: number; phrase: string; start: number } | null {
  const folded = foldKey(text);
  if (folded.length !== text.replace(/\s+/g, ' ').trim().length) return null;
  // "tháng 12 năm 2024" is a date, not the year a target is for.
  const m = /(?<!thang\s*\d{0,2}\s*)(?:\bden\s+(?:cuoi\s+)?)?\bn\S{1,2}m\s+(20\d\d)\b/u.exec(folded);
  if (!m) return null;
  const written = text
    .replace(/\s+/g, ' ')
    .trim()
    .slice(m.index, m.index + m[0].length);
  return { year: Number(m[1]), phrase: written, start: m.index };
}

function mostlyCapitals(line: string): boolean {
  const letters = [...line].filter((c) => /\p{L}/u.test(c));
  const upper = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase());
  return letters.length >= 8 && upper.length / letters.length >= 0.75;
}

function closing(folded: string): boolean {
  return /^tren day [l1]a\b/.test(folded) || folded.startsWith('noi nhan');
}

export function findParts(plan: PlanText, rules: TemplateRules): PlanParts {
  const n = plan.lines.length;
  const folded = plan.lines.map((l) => foldKey(l));
  let planYear: PlanParts['planYear'] = null;
  // The title says "… trên địa bàn xã X năm 2026"; failing that, the first year phrase that is not a date.
  for (const titleOnly of [true, false]) {
    for (let l = 1; l <= Math.min(n, 40) && !planYear; l++) {
      const y = yearPhrase(lineText(plan, l));
      if (y && (!titleOnly || /dia ban/.test(folded[l - 1]!))) planYear = { year: y.year, line: l };
    }
  }

  let lastTop: { number: number; line: number } | null = null;
  let targets: Part | null = null;
  let tasks: Part | null = null;
  let appendix: Part | null = null;
  const endOf = (from: number, stopAtTop: boolean): number => {
    for (let l = from; l <= n; l++) {
      const f = folded[l - 1]!;
      if ((stopAtTop && topHeading(lineText(plan, l))) || closing(f) || isAppendix(l)) return l - 1;
    }
    return n;
  };
  const isAppendix = (l: number) => {
    const f = folded[l - 1]!;
    return rules.appendix.some((p) => f.startsWith(p) || (f.includes(p) && mostlyCapitals(lineText(plan, l))));
  };

  for (let l = 1; l <= n; l++) {
    const line = lineText(plan, l);
    const top = topHeading(line);
    if (top) lastTop = { number: top.number, line: l };
    if (!targets) {
      const num = numberedHeading(line);
      if (num && rules.targetsSection.some((p) => looseKey(num.title).startsWith(p))) {
        const section = lastTop ? `${roman(lastTop.number)}.${num.number}` : `${num.number}`;
        targets = { from: l + 1, to: endOf(l + 1, true), headingLine: l, section, title: num.title };
        continue;
      }
    }
    if (!tasks && top && rules.tasksSection.some((p) => looseKey(top.title).includes(p))) {
      tasks = { from: l + 1, to: endOf(l + 1, true), headingLine: l, section: roman(top.number), title: top.title };
      continue;
    }
    if (!appendix && (tasks || targets) && isAppendix(l)) {
      appendix = { from: l + 1, to: n, headingLine: l, section: 'Phụ lục', title: line.trim() };
    }
  }
  return { targets, tasks, appendix, planYear };
}
