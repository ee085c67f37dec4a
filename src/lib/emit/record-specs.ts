import { type Spec, LINES } from './record-columns.ts';

/** The columns of each table published as transcribed: name, type and description, in data/'s order. */

export const COMMUNE_SPECS: Spec[] = [
  ['id', 'string', 'Stable commune id'],
  ['unit_code', 'string', 'Code in the list of Decision 19/2025/QĐ-TTg (text: leading zeros matter)'],
  ['name', 'string', 'Name with diacritics'],
  ['unit_type_at_plan', 'string', 'xã | phường | đặc khu, when the plan was issued'],
  ['unit_type_now', 'string', 'xã | phường | đặc khu, today'],
  ['unit_type_change', 'string', 'When and by which act the type changed; empty if unchanged'],
  ['province', 'string', 'Province name'],
  ['province_code', 'string', 'Province code (Decision 19/2025/QĐ-TTg), text'],
  ['plan_number', 'string', 'Plan number as written; /KH-UBND when left blank'],
  ['plan_date_raw', 'string', 'Plan date as written; illegible parts as ..'],
  ['plan_date', 'string', 'YYYY-MM-DD, only when the full date is legible'],
  ['plan_year', 'integer', 'The year the plan is for'],
  ['horizon_years', 'string', 'Years its targets are set for, ;-separated'],
  ['title', 'string', 'Plan title'],
  ['signer', 'string', 'Signer as written; empty if not legible'],
  ['signer_title', 'string', 'Signer’s title, e.g. Chủ tịch'],
  ['cited_documents', 'string', 'documents.csv ids the plan cites as its basis, ;-separated'],
  ['reporting_cadence', 'string', 'The reporting duty as written'],
  ['source_files', 'string', 'Seed files of this plan, primary first, ;-separated'],
  ['source_lines', 'string', 'Where the header facts are: <file number>:<lines>, ;-separated'],
  ['text_quality', 'string', 'clean | ocr: quality of the primary file’s text'],
  ['notes', 'string', 'Readings and caveats'],
];

export const DOCUMENT_SPECS: Spec[] = [
  ['id', 'string', 'Stable document id'],
  ['number', 'string', 'Number as written, e.g. 57-NQ/TW'],
  ['date', 'string', 'Date of issue, YYYY-MM-DD'],
  ['issuer', 'string', 'Issuing body'],
  ['level', 'string', 'party-central | government | province-party | province | commune-party | commune'],
  ['province', 'string', 'Province, for provincial and commune documents'],
  ['title', 'string', 'Short title'],
  ['implements', 'string', 'Ids of the documents this one implements, ;-separated'],
  ['source', 'string', 'Where it is cited: <file number>:<lines> or research.md, ;-separated'],
];

export const SOURCE_TARGET_SPECS: Spec[] = [
  ['target_id', 'string', 'Stable id, <commune>-NN in plan order'],
  ['commune_id', 'string', 'Commune id'],
  ['section', 'string', 'Section path in the plan, e.g. II.2'],
  ['group', 'string', 'Group heading as written with its number'],
  ['item', 'string', 'STT as written, or -N for the Nth bullet, -N.M for the Mth measure of the Nth bullet'],
  ['text', 'string', 'The target as the plan words it, diacritics restored'],
  ['unit_raw', 'string', 'Unit column as written; empty if the plan has none'],
  ['target_raw', 'string', 'The target as written (OCR symbols kept as the OCR shows them)'],
  ['target_year', 'integer', 'The year the target is for'],
  ['lead_units', 'string', 'Lead unit(s) as written'],
  ['cooperating_units', 'string', 'Cooperating unit(s) as written'],
  ['deadline_raw', 'string', 'Deadline as written'],
  ['seed_file', 'string', 'Primary seed file'],
  ['seed_lines', 'string', `Lines of the primary file holding this row: ${LINES}`],
  ['seed_text', 'string', 'The figure exactly as the characters appear in the seed'],
  ['alt_seed_file', 'string', 'A second statement of the same target'],
  ['alt_seed_lines', 'string', 'Its lines'],
  ['alt_seed_text', 'string', 'The figure as it appears there'],
  ['notes', 'string', 'The reading chosen and its evidence; ambiguities'],
];

export const TASK_SPECS: Spec[] = [
  ['task_id', 'string', 'Stable id, <commune>-task-NN in plan order'],
  ['commune_id', 'string', 'Commune id'],
  ['kind', 'string', 'appendix-row (a row of the task appendix) | unit-assignment (a duty given to a unit)'],
  ['section', 'string', 'Section, e.g. Phụ lục I.1'],
  ['group', 'string', 'Group heading as written'],
  ['item', 'string', 'STT as written or bullet position'],
  ['text', 'string', 'The task as written, diacritics restored'],
  ['presiding_unit', 'string', 'Cơ quan chủ trì column, where the plan has one'],
  ['lead_units', 'string', 'Unit that leads or carries it out, as written'],
  ['cooperating_units', 'string', 'Cooperating unit(s) as written'],
  ['deadline_raw', 'string', 'Deadline as written'],
  ['target_ids', 'string', 'Targets this task row restates, ;-separated'],
  ['seed_file', 'string', 'Seed file'],
  ['seed_lines', 'string', `Lines: ${LINES}`],
  ['notes', 'string', 'Readings and caveats'],
];

export const PILLAR_SPECS: Spec[] = [
  ['id', 'string', 'Pillar id'],
  ['order', 'integer', 'Display order'],
  ['name_vi', 'string', 'Name in Vietnamese'],
  ['name_en', 'string', 'Name in English'],
];

export const CATALOGUE_SPECS: Spec[] = [
  ['id', 'string', 'Stable indicator id'],
  ['pillar', 'string', 'Pillar id (pillars.csv)'],
  ['unit', 'string', 'percent | count | index | boolean | text'],
  ['name_vi', 'string', 'Name in Vietnamese'],
  ['name_en', 'string', 'Name in English'],
  ['definition_vi', 'string', 'What is measured, and what the plans leave unsaid (Vietnamese)'],
  ['definition_en', 'string', 'What is measured, and what the plans leave unsaid (English)'],
  ['related_terms', 'string', 'Official Vietnamese terms, ;-separated'],
  ['definition_source', 'string', 'The legal text that defines the term, where there is one'],
];

export const CROSSWALK_SPECS: Spec[] = [
  ['target_id', 'string', 'Source target id'],
  ['indicator_id', 'string', 'Catalogue id; empty exactly when match is unmapped'],
  ['match', 'string', 'same | comparable | related | unmapped'],
  ['note_vi', 'string', 'How the target differs (Vietnamese); required unless same'],
  ['note_en', 'string', 'How the target differs (English); required unless same'],
];

export const UNIT_SPECS: Spec[] = [
  ['id', 'string', 'Responsible unit id'],
  ['name_vi', 'string', 'Name in Vietnamese'],
  ['name_en', 'string', 'Name in English'],
  ['kind', 'string', 'government | public-service | community | party-mass | external'],
];

export const SPELLING_SPECS: Spec[] = [
  ['spelling', 'string', 'A unit cell, or one ;-separated piece of it, exactly as written in the plans'],
  ['unit_ids', 'string', 'Canonical ids (responsible-units.csv), ;-separated'],
  ['note', 'string', 'Note on the reading'],
];

export const REFERENCE_SPECS: Spec[] = [
  ['indicator_id', 'string', 'Catalogue indicator id (catalogue.csv)'],
  ['kind', 'string', 'target (a goal) | context (a published score such as the DTI: never a goal)'],
  ['level', 'string', 'national | province'],
  ['scope', 'string', 'Việt Nam, or the province'],
  ['year', 'integer', 'The year the figure is for'],
  ['comparator', 'string', '>= | > | = | <= | < | between'],
  ['value', 'number', 'The figure (lower bound for between)'],
  ['value_max', 'number', 'Upper bound for between; empty otherwise'],
  ['unit', 'string', 'percent | count | index'],
  ['denominator_note', 'string', 'What the figure is a share of, when it differs from what the communes write (Vietnamese)'],
  ['denominator_note_en', 'string', 'The same in English'],
  ['document', 'string', 'The document the figure is set in'],
  ['document_date', 'string', 'Its date (YYYY-MM-DD), when known'],
  ['source_url', 'string', 'The page the figure was read in'],
  ['source_kind', 'string', 'official (the document itself on a government site) | secondary (a news report or a transcription)'],
  ['source_quote', 'string', 'The page’s words the figure was read from'],
  ['accessed', 'string', 'The date the page was read (YYYY-MM-DD)'],
  ['notes', 'string', 'How the words were read'],
];

export const OCR_SPECS: Spec[] = [
  ['seed_file', 'string', 'OCR seed file the rule applies to'],
  ['symbol_as_read', 'string', 'The symbol as the OCR shows it'],
  ['read_as', 'string', 'How it is read'],
  ['evidence', 'string', 'Why: the same figures in a clean copy or in the plan’s own words'],
];
