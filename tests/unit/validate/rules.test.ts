/**
 * The harmonization rules (data/harmonize/): each refusal of src/lib/validate/check-rules.ts and
 * src/lib/validate/rule-schemas.ts, one mutation of the small valid dataset each, with the
 * complete list of errors. A row refused for one of its cells is reported there alone: the rows
 * that name it are not blamed for it.
 */
import { describe, expect, it } from 'vitest';
import { dataset, errorsOf, replaceOnce } from '../../fixtures/dataset.ts';

const H = 'harmonize';

describe('pillars.csv and catalogue.csv', () => {
  it('refuses a display order that is not a whole number, and only there (the catalogue’s rows in that pillar are not blamed)', () => {
    const files = dataset((t) => replaceOnce(t, `${H}/pillars.csv`, 'digital-infrastructure,1,', 'digital-infrastructure,first,'));
    expect(errorsOf(files)).toEqual([
      'data/harmonize/pillars.csv:2, column 2 "order": the value is not in the expected form; found "first"; expected a whole number giving the display order',
    ]);
  });

  it('refuses an indicator in a pillar that pillars.csv does not list', () => {
    const files = dataset((t) => replaceOnce(t, `${H}/catalogue.csv`, '5g-coverage,digital-infrastructure,', '5g-coverage,digital-infra,'));
    expect(errorsOf(files)).toEqual([
      'data/harmonize/catalogue.csv:2, column 2 "pillar": "digital-infra" does not match; found "digital-infra"; expected a pillar id from data/harmonize/pillars.csv',
    ]);
  });

  it('refuses a catalogue without an indicator the site relies on, and the rows that name it', () => {
    const files = dataset((t) => replaceOnce(t, `${H}/catalogue.csv`, '\n5g-coverage,', '\nfiveg-coverage,'));
    expect(errorsOf(files)).toEqual([
      'data/harmonize/catalogue.csv: the catalogue lacks required indicator ids: 5g-coverage; expected a row for each id the site relies on (src/lib/validate/required-indicators.ts)',
      'data/harmonize/crosswalk.csv:2, column 2 "indicator_id": "5g-coverage" does not match; found "5g-coverage"; expected an id from data/harmonize/catalogue.csv',
      'data/harmonize/crosswalk.csv:4, column 2 "indicator_id": "5g-coverage" does not match; found "5g-coverage"; expected an id from data/harmonize/catalogue.csv',
      'data/harmonize/references.csv:2, column 1 "indicator_id": "5g-coverage" does not match; found "5g-coverage"; expected an id from data/harmonize/catalogue.csv',
      'data/harmonize/references.csv:3, column 1 "indicator_id": "5g-coverage" does not match; found "5g-coverage"; expected an id from data/harmonize/catalogue.csv',
    ]);
  });

  it('refuses a catalogue row for its cell alone: the indicator is not also missing, nor its crosswalk and reference rows unknown', () => {
    const files = dataset((t) =>
      replaceOnce(t, `${H}/catalogue.csv`, '5g-coverage,digital-infrastructure,percent,', '5g-coverage,digital-infrastructure,percentage,'),
    );
    expect(errorsOf(files)).toEqual([
      'data/harmonize/catalogue.csv:2, column 3 "unit": the value is not in the expected form; found "percentage"; expected one of "percent", "count", "index", "boolean", "text"',
    ]);
  });
});

describe('crosswalk.csv', () => {
  it('refuses an indicator id that is not in the catalogue', () => {
    const files = dataset((t) => replaceOnce(t, `${H}/crosswalk.csv`, 'nhon-trach-02,public-wifi,', 'nhon-trach-02,public-wi-fi,'));
    expect(errorsOf(files)).toEqual([
      'data/harmonize/crosswalk.csv:3, column 2 "indicator_id": "public-wi-fi" does not match; found "public-wi-fi"; expected an id from data/harmonize/catalogue.csv',
    ]);
  });

  it('refuses an indicator id that is not written as an id', () => {
    const files = dataset((t) => replaceOnce(t, `${H}/crosswalk.csv`, 'nhon-trach-02,public-wifi,', 'nhon-trach-02,Public Wifi,'));
    expect(errorsOf(files)).toEqual([
      'data/harmonize/crosswalk.csv:3, column 2 "indicator_id": the value is not in the expected form; found "Public Wifi"; expected a catalogue id, or empty for an unmapped target',
    ]);
  });

  it('refuses an "unmapped" row that names an indicator', () => {
    const files = dataset((t) =>
      replaceOnce(t, `${H}/crosswalk.csv`, 'nhon-trach-02,public-wifi,same,,', 'nhon-trach-02,public-wifi,unmapped,Không có,None'),
    );
    expect(errorsOf(files)).toEqual([
      'data/harmonize/crosswalk.csv:3, column 2 "indicator_id": the value is not in the expected form; found "public-wifi"; expected an indicator id for same/comparable/related, and an empty cell exactly when match is "unmapped"',
    ]);
  });

  it('refuses a "related" row without its notes in both languages', () => {
    const files = dataset((t) =>
      replaceOnce(t, `${H}/crosswalk.csv`, 'nhon-trach-02,public-wifi,same,,', 'nhon-trach-02,public-wifi,related,,'),
    );
    expect(errorsOf(files)).toEqual([
      'data/harmonize/crosswalk.csv:3, column 4 "note_vi": a required cell is empty; found ""; expected a Vietnamese note saying how the target differs (required when match is "related")',
      'data/harmonize/crosswalk.csv:3, column 5 "note_en": a required cell is empty; found ""; expected an English note saying how the target differs (required when match is "related")',
    ]);
  });
});

describe('responsible units and their spellings', () => {
  it('refuses a unit spelling in a plan that the synonym file does not list', () => {
    const files = dataset((t) => replaceOnce(t, 'targets/phuoc-an.csv', 'Phòng VHXH', 'Phòng Văn hóa'));
    expect(errorsOf(files)).toEqual([
      'data/targets/phuoc-an.csv:2, column 10 "lead_units": unit spelling "Phòng Văn hóa" is not in the synonym file; found "Phòng Văn hóa"; expected a spelling listed in data/harmonize/unit-spellings.csv (add it there with its canonical unit ids)',
    ]);
  });

  it('refuses a spelling without unit ids, or with an id that responsible-units.csv does not list', () => {
    const empty = dataset((t) =>
      replaceOnce(t, `${H}/unit-spellings.csv`, 'Chi nhánh Ngân hàng nhà nước,ngan-hang-nha-nuoc,', 'Chi nhánh Ngân hàng nhà nước,,'),
    );
    expect(errorsOf(empty)).toEqual([
      'data/harmonize/unit-spellings.csv:2, column 2 "unit_ids": a required cell is empty; found ""; expected one or more responsible-unit ids separated by ";"',
    ]);
    const unknown = dataset((t) =>
      replaceOnce(
        t,
        `${H}/unit-spellings.csv`,
        'Chi nhánh Ngân hàng nhà nước,ngan-hang-nha-nuoc,',
        'Chi nhánh Ngân hàng nhà nước,ngan-hang,',
      ),
    );
    expect(errorsOf(unknown)).toEqual([
      'data/harmonize/unit-spellings.csv:2, column 2 "unit_ids": "ngan-hang" does not match; found "ngan-hang"; expected an id from data/harmonize/responsible-units.csv',
    ]);
  });

  it('refuses a responsible unit for its cell alone: the spellings that name it are not blamed', () => {
    const files = dataset((t) =>
      replaceOnce(
        t,
        `${H}/responsible-units.csv`,
        'ubnd-xa,UBND xã,Commune People’s Committee,government',
        'ubnd-xa,UBND xã,Commune People’s Committee,state',
      ),
    );
    expect(errorsOf(files)).toEqual([
      'data/harmonize/responsible-units.csv:2, column 4 "kind": the value is not in the expected form; found "state"; expected one of "government", "public-service", "community", "party-mass", "external"',
    ]);
  });
});

describe('references.csv against the catalogue and the provinces', () => {
  const DTI = 'commune-dti,context,province,Đồng Nai,2024';

  it('refuses a reference to an indicator that is not in the catalogue, naming the file', () => {
    const files = dataset((t) => replaceOnce(t, `${H}/references.csv`, DTI, 'commune-ddi,context,province,Đồng Nai,2024'));
    expect(errorsOf(files)).toEqual([
      'data/harmonize/references.csv:10, column 1 "indicator_id": "commune-ddi" does not match; found "commune-ddi"; expected an id from data/harmonize/catalogue.csv',
    ]);
  });

  it('refuses a provincial reference scoped to a name that is not a province’s', () => {
    const files = dataset((t) => replaceOnce(t, `${H}/references.csv`, DTI, 'commune-dti,context,province,Dong Nai,2024'));
    expect(errorsOf(files)).toEqual([
      'data/harmonize/references.csv:10, column 4 "scope": "Dong Nai" is not a province; found "Dong Nai"; expected a province as data/harmonize/provinces.csv writes it',
    ]);
  });

  it('refuses a document date that is no calendar day, and an access date that is not a date', () => {
    const files = dataset((t) => {
      const lines = t[`${H}/references.csv`]!.split('\n');
      lines[9] = lines[9]!.replace(',2025-10-21,', ',2025-02-30,').replace(',2026-12-07,', ',07/12/2026,');
      t[`${H}/references.csv`] = lines.join('\n');
    });
    expect(errorsOf(files)).toEqual([
      'data/harmonize/references.csv:10, column 13 "document_date": the value is not in the expected form; found "2025-02-30"; expected a real calendar date as YYYY-MM-DD, or empty when it is not known',
      'data/harmonize/references.csv:10, column 17 "accessed": the value is not in the expected form; found "07/12/2026"; expected the date the page was read, as YYYY-MM-DD',
    ]);
  });

  it('refuses a province row for its cell alone: the references scoped to it are not blamed', () => {
    const files = dataset((t) => replaceOnce(t, `${H}/provinces.csv`, ',Đồng Nai,tỉnh,', ',Đồng Nai,province,'));
    expect(errorsOf(files)).toEqual([
      'data/harmonize/provinces.csv:28, column 3 "kind": the value is not in the expected form; found "province"; expected one of "tỉnh", "thành phố"',
    ]);
  });

  it('refuses a province code that is not two digits', () => {
    const files = dataset((t) => replaceOnce(t, `${H}/provinces.csv`, '04,Cao Bằng,', '4,Cao Bằng,'));
    expect(errorsOf(files)).toEqual([
      'data/harmonize/provinces.csv:3, column 1 "code": the value is not in the expected form; found "4"; expected exactly 2 digits, kept as text (e.g. "75")',
    ]);
  });
});

describe('ocr-readings.csv and plan-template.csv', () => {
  it('refuses an OCR reading of a text that no commune cites', () => {
    const files = dataset((t) => {
      t[`${H}/ocr-readings.csv`] += '003_61e0d19b87fa339e.txt,>,>=,evidence\n';
    });
    expect(errorsOf(files)).toEqual([
      'data/harmonize/ocr-readings.csv:3, column 1 "seed_file": "003_61e0d19b87fa339e.txt" does not match; found "003_61e0d19b87fa339e.txt"; expected a seed file listed in communes.csv',
    ]);
  });

  it('refuses a plan template without the heading that opens the targets', () => {
    const files = dataset((t) => {
      t[`${H}/plan-template.csv`] = t[`${H}/plan-template.csv`]!.split('\n')
        .filter((l) => !l.startsWith('targets-section,'))
        .join('\n');
    });
    expect(errorsOf(files)).toEqual([
      'data/harmonize/plan-template.csv: no row has the role "targets-section"; expected a row naming the heading that opens a plan’s targets (“Mục tiêu cụ thể”)',
    ]);
  });

  it('refuses a role the drafter does not know, listing the roles', () => {
    const files = dataset((t) =>
      replaceOnce(t, `${H}/plan-template.csv`, 'tasks-section,tổ chức thực hiện,', 'task-section,tổ chức thực hiện,'),
    );
    expect(errorsOf(files)).toEqual([
      'data/harmonize/plan-template.csv:3, column 1 "role": the value is not in the expected form; found "task-section"; expected one of "targets-section", "tasks-section", "appendix", "deadline-word", or "column-<name>" (e.g. "column-text")',
    ]);
  });
});
