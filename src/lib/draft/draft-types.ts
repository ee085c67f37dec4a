/**
 * The shapes the drafter passes between its steps. A drafted row carries, beside the codebook's
 * cells, the reasons a reviewer must look at it (`flags`): the drafter never resolves a doubt
 * silently, it writes the row as read and says what to check, at which line.
 */
import type { LineRange } from './plan-text.ts';

export type FlagKind =
  | 'ocr-symbol'
  | 'ocr-comparator'
  | 'restored'
  | 'not-restored'
  | 'no-indicator'
  | 'weak-indicator'
  | 'no-figure'
  | 'spans-lines'
  | 'several-figures'
  | 'unit-spelling'
  | 'no-unit'
  | 'no-lead'
  | 'from-appendix'
  | 'guessed-order'
  | 'unreadable-target';

export interface Flag {
  kind: FlagKind;
  line: number;
  message: string;
}

export interface DraftTarget {
  section: string;
  group: string;
  item: string;
  /** The wording as written, spaces collapsed; `restoredText` is set for OCR text. */
  text: string;
  restoredText?: string;
  unitRaw: string;
  targetRaw: string;
  targetYear: number | null;
  leadUnits: string;
  cooperatingUnits: string;
  deadlineRaw: string;
  seedLines: LineRange[];
  seedText: string;
  /** The lines that hold seed_text. */
  figureLines: LineRange;
  flags: Flag[];
}

export type TaskKind = 'appendix-row' | 'unit-assignment';

export interface DraftTask {
  kind: TaskKind;
  section: string;
  group: string;
  item: string;
  text: string;
  restoredText?: string;
  presidingUnit: string;
  leadUnits: string;
  cooperatingUnits: string;
  deadlineRaw: string;
  /** Indexes into the drafted targets that this appendix row restates. */
  targets: number[];
  seedLines: LineRange[];
  /** A figure in the row ("100%"), used to link it to a target. */
  figures: string[];
  flags: Flag[];
}

/** The rules of the provincial template (data/harmonize/plan-template.csv), folded. */
export interface TemplateRules {
  targetsSection: string[];
  tasksSection: string[];
  appendix: string[];
  columns: Record<string, string[]>;
  deadlineWords: string[];
}
