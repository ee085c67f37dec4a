import type { Bilingual, Lang } from '../lib/site/i18n.ts';
import { capitalize, listWords, namesCapped, numberWord } from '../lib/site/words.ts';
import { MAX_NAMED } from '../lib/dataset/scope.ts';
import { seedNumber } from '../lib/site/source-names.ts';
import type { Match } from '../lib/validate/rule-schemas.ts';
import type { FormKey, RuleUnused } from '../lib/view/methodology.ts';

/**
 * The prose of the methodology page, Vietnamese first. Figures that come from the data are
 * parameters (the page passes them in), so the text never states a count the data does not.
 */

type Text = Bilingual;

export const MT = {
  title: { vi: 'Phương pháp', en: 'Methodology' },
  intro: {
    vi: 'Mỗi kế hoạch đặt chỉ tiêu theo cách riêng: cùng một việc nhưng khác câu chữ, khác phạm vi, khác năm, và mức phấn đấu cũng được ghi theo nhiều kiểu (“≥ 60%”, “trên 90%”, “tối thiểu 95%”, “đạt 100%”, hay chỉ “80%”). Trang này giải thích chúng tôi đã đọc, ghép và so sánh các chỉ tiêu ấy như thế nào, để người đọc có thể tự kiểm tra lại từng con số.',
    en: 'Each plan sets its targets its own way: the same thing in different words, scopes and years, with the level to reach written in many forms (“≥ 60%”, “trên 90%” – above 90%, “tối thiểu 95%” – at least 95%, “đạt 100%” – reach 100%, or just “80%”). This page explains how we read, mapped and compared those targets, so that a reader can check every figure.',
  },
  contents: { vi: 'Nội dung', en: 'Contents' },

  withOcrCopy: { vi: '; kèm bản OCR', en: '; with an OCR copy' },
  sourcesH: { vi: '1. Nguồn và cách chép', en: '1. Sources and transcription' },
  /** The texts behind the plans: how many plans, OCR texts and clean texts, and the plans held in both forms. */
  sourcesText: (f: { plans: number; ocr: number; clean: number; both: string[] }): Text => ({
    vi: [
      `Dữ liệu được chép tay từ văn bản của ${numberWord(f.plans, 'vi')} kế hoạch.`,
      f.ocr > 0 &&
        `${capitalize(numberWord(f.ocr, 'vi'))} văn bản là bản nhận dạng ký tự (OCR) từ bản chụp: dấu tiếng Việt bị mất và một số ký hiệu bị đọc sai.`,
      f.clean > 0 && `${capitalize(numberWord(f.clean, 'vi'))} văn bản là văn bản sạch.`,
      f.both.length > 0 && `Kế hoạch của ${listWords(f.both, 'vi')} có cả hai loại, nhờ vậy ta biết được OCR đã làm sai những gì (mục 4).`,
    ]
      .filter(Boolean)
      .join(' '),
    en: [
      `The data is transcribed by hand from the texts of the ${numberWord(f.plans, 'en')} ${f.plans === 1 ? 'plan' : 'plans'}.`,
      f.ocr > 0 &&
        `${capitalize(numberWord(f.ocr, 'en'))} ${f.ocr === 1 ? 'text is' : 'texts are'} OCR of scans: the Vietnamese diacritics are lost and some symbols are misread.`,
      f.clean > 0 && `${capitalize(numberWord(f.clean, 'en'))} ${f.clean === 1 ? 'is' : 'are'} clean text.`,
      f.both.length > 0 &&
        `${f.both.length === 1 ? `${f.both[0]}’s plan exists` : `The plans of ${listWords(f.both, 'en')} exist`} in both forms, which shows what the OCR got wrong (section 4).`,
    ]
      .filter(Boolean)
      .join(' '),
  }),
  sources: [
    {
      vi: 'Mỗi dòng dữ liệu ghi tên tệp nguồn và số dòng; một phép kiểm tra tự động xác nhận con số có mặt đúng ở dòng được dẫn. Dấu tiếng Việt bị mất được khôi phục theo chính câu chữ của kế hoạch ở chỗ khác (một chỉ tiêu thường được nêu hai lần, ở phần mục tiêu và ở phụ lục). Chúng tôi không làm tròn, không sửa và không đoán: chỗ nào văn bản để trống hoặc không đọc được thì để trống và ghi chú.',
      en: 'Every data row names its source file and line; an automated check confirms the figure stands at the cited line. Lost diacritics are restored from the plan’s own wording elsewhere (a target is usually stated twice, in the objectives and in the appendix). We never round, correct or guess: what the text leaves blank or what cannot be read stays blank, with a note.',
    },
  ] as Text[],
  sourcesListLabel: { vi: 'Các kế hoạch và tệp nguồn', en: 'The plans and their source files' },

  chainH: { vi: '2. Chuỗi văn bản', en: '2. The chain of documents' },
  chain: (citing57: number, total: number): Text => ({
    vi: `${citing57 === total ? `Cả ${numberWord(total, 'vi')}` : `${citing57}/${total}`} kế hoạch đều căn cứ trực tiếp vào Nghị quyết 57-NQ/TW của Bộ Chính trị, đồng thời căn cứ vào chương trình hành động của Chính phủ (Nghị quyết 03/NQ-CP, được sửa đổi, bổ sung bởi Nghị quyết 71/NQ-CP rồi 11/NQ-CP) và các kế hoạch của tỉnh. Sơ đồ xếp văn bản theo cấp, từ Trung ương (bên trái) đến kế hoạch của xã (bên phải); danh sách ngay dưới sơ đồ có cùng nội dung.`,
    en: `${citing57 === total ? `All ${numberWord(total, 'en')}` : `${citing57} of ${total}`} plans build directly on the Politburo’s Resolution 57-NQ/TW, and on the Government’s action programme (Resolution 03/NQ-CP, amended by 71/NQ-CP and then 11/NQ-CP) and their province’s plans. The chart sets the documents out by level, from the centre (left) to the commune plans (right); the list under it says the same.`,
  }),
  chainTitle: { vi: 'Từ Nghị quyết 57-NQ/TW đến các kế hoạch cấp xã', en: 'From Resolution 57-NQ/TW to the commune plans' },

  formsH: { vi: '3. Cách đọc từng dạng chỉ tiêu', en: '3. How each form of target is read' },
  forms: {
    vi: 'Mỗi chỉ tiêu được đọc thành một dấu so sánh, một con số và một đơn vị. Bảng dưới đây liệt kê mọi cách ghi gặp trong các kế hoạch, cách chúng tôi đọc, số chỉ tiêu được đọc theo cách ấy và ví dụ lấy từ dữ liệu. Dữ liệu công bố ghi lại, cho từng chỉ tiêu, dấu so sánh được lấy từ đâu: ký hiệu, chữ, ký hiệu của bản OCR, hay ngầm hiểu.',
    en: 'Each target is read into a comparator, a figure and a unit. The table lists every form met in the plans, how we read it, how many targets were read that way, and examples from the data. For every target, the published data records where its comparator came from: a symbol, a word, an OCR symbol, or implied.',
  },
  formsCaption: { vi: 'Các dạng ghi chỉ tiêu và cách đọc', en: 'Forms of targets and how they are read' },
  formCol: { vi: 'Kế hoạch ghi', en: 'The plan writes' },
  ruleCol: { vi: 'Cách đọc', en: 'Read as' },
  examplesCol: { vi: 'Ví dụ', en: 'Examples' },
  form: {
    'symbol-min': {
      form: { vi: 'Dấu “≥” (“≥ 60%”)', en: 'The sign “≥” (“≥ 60%”)' },
      rule: { vi: 'tối thiểu: đạt từ con số này trở lên', en: 'at least: this figure or more' },
    },
    'symbol-strict': {
      form: { vi: 'Dấu “>” trong văn bản sạch', en: 'The sign “>” in clean text' },
      rule: { vi: 'lớn hơn hẳn con số (trên)', en: 'strictly more than the figure (above)' },
    },
    'ocr-symbol': {
      form: { vi: 'Dấu “>” trong bản OCR (“> 65%”)', en: 'The sign “>” in OCR text (“> 65%”)' },
      rule: {
        vi: 'đọc là “≥” theo quy tắc OCR (mục 4); con số được đánh dấu “OCR”',
        en: 'read as “≥” under the OCR rule (section 4); the figure is marked “OCR”',
      },
    },
    'word-strict': {
      form: { vi: 'Chữ “trên” (“Trên 90%”)', en: 'The word “trên” (“Trên 90%”)' },
      rule: {
        vi: 'lớn hơn hẳn (>): đây là chữ viết ra, không phải lỗi OCR, nên giữ nguyên',
        en: 'strictly above (>): a written word, never an OCR error, so it is kept',
      },
    },
    'word-min': {
      form: {
        vi: 'Chữ “tối thiểu”, “ít nhất”, “không dưới”, “từ … trở lên”',
        en: 'The words “tối thiểu”, “ít nhất”, “không dưới”, “từ … trở lên” (at least)',
      },
      rule: { vi: 'tối thiểu (≥)', en: 'at least (≥)' },
    },
    verb: {
      form: { vi: '“đạt” trước con số (“đạt 100%”)', en: '“đạt” (reach) before the figure (“đạt 100%”)' },
      rule: {
        vi: '“đạt” là động từ, không phải dấu so sánh: đọc như một con số không kèm dấu',
        en: '“đạt” is a verb, not a comparator: read like a bare figure',
      },
    },
    bare: {
      form: { vi: 'Con số không kèm dấu (“80%”)', en: 'A bare figure (“80%”)' },
      rule: {
        vi: 'hiểu là mức tối thiểu cần đạt (≥), vì vượt chỉ tiêu không bao giờ là không đạt; được đánh dấu “*” (ngầm hiểu)',
        en: 'read as a minimum to reach (≥), since exceeding a target is never a failure; marked “*” (implied)',
      },
    },
    ceiling: {
      form: { vi: '“≥ 100%” hoặc “100%” cho một tỷ lệ', en: '“≥ 100%” or “100%” for a share' },
      rule: {
        vi: 'mức trần: một tỷ lệ không thể vượt 100%, nên hai cách ghi có cùng nghĩa và được coi là bằng nhau khi so sánh',
        en: 'a ceiling: a share cannot exceed 100%, so both forms mean the same and compare as equal',
      },
    },
    range: {
      form: { vi: 'Khoảng (“15-17%”, “từ 15 đến 17%”)', en: 'A range (“15-17%”, “từ 15 đến 17%”)' },
      rule: { vi: 'trong khoảng; khi so sánh dùng cận dưới', en: 'between; compared by its lower bound' },
    },
    yes: {
      form: { vi: '“Có”, “Có triển khai”', en: '“Có” (yes), “Có triển khai” (deployed)' },
      rule: { vi: 'có/không: hiển thị, không xếp hạng', en: 'yes/no: shown, not ranked' },
    },
    text: {
      form: { vi: 'Câu chữ không có con số (“Hoàn thành”)', en: 'Words without a figure (“Hoàn thành” – completed)' },
      rule: { vi: 'định tính: hiển thị nguyên văn, không xếp hạng', en: 'qualitative: shown as written, not ranked' },
    },
  } satisfies Record<FormKey, { form: Text; rule: Text }>,
  ceilingCounted: {
    vi: 'Dòng “mức trần” đếm lại những chỉ tiêu 100% đã có ở các dòng khác.',
    en: 'The “ceiling” row counts again 100% targets already counted in other rows.',
  },
  numbers: {
    vi: 'Về con số: “0.8” và “0,8” đều là 0,8 (các bản chép dùng cả hai dấu thập phân); số 0 đứng đầu chỉ là cách viết (“01” là 1). Một dấu tách trước đúng ba chữ số (“1.000”) bị từ chối vì có thể là dấu thập phân hoặc dấu tách hàng nghìn: đoán sai sẽ làm con số lệch một nghìn lần. Một con số chỉ đọc được một nửa (“≥ 6O%”) là lỗi dữ liệu, không bao giờ được công bố.',
    en: 'On figures: “0.8” and “0,8” both mean 0.8 (the transcriptions use both decimal marks); leading zeros are typography (“01” is 1). A separator before exactly three digits (“1.000”) is refused: it could be a decimal or a thousands separator, and a wrong guess would shift the figure a thousandfold. A half-read figure (“≥ 6O%”) is a data error and is never published.',
  },
  vocabulary: {
    vi: 'Các dấu và chữ so sánh là dữ liệu, trong tệp harmonize/comparator-words.csv: gặp cách ghi mới thì thêm một dòng vào tệp ấy, không phải sửa chương trình.',
    en: 'The comparator signs and words are data, in harmonize/comparator-words.csv: a new phrasing is a new row there, not a code change.',
  },
  vocabSymbols: { vi: 'Dấu', en: 'Signs' },
  vocabWords: { vi: 'Chữ', en: 'Words' },
  vocabVerbs: { vi: 'Động từ (không phải dấu so sánh)', en: 'Verbs (not comparators)' },

  ocrH: { vi: '4. Quy tắc đọc dấu trong bản OCR', en: '4. The OCR reading rule' },
  ocr: (e: {
    commune: string;
    cleanFile: string;
    ocrFile: string;
    withSign: number;
    signAsGreater: number;
    signLost: number;
    withoutSign: number;
    greaterWithoutSign: number;
  }): Text => ({
    vi: `Trong các bản OCR, ký hiệu “≥” thường bị đọc thành “>”. Bằng chứng đến từ ${e.commune}, vì cùng một kế hoạch có cả bản văn bản sạch (tệp ${seedNumber(e.cleanFile)}) và bản OCR (tệp ${seedNumber(e.ocrFile)}). Trong ${e.withSign} chỉ tiêu ghi “≥” ở bản sạch, bản OCR cho thấy “>” ở ${e.signAsGreater} chỉ tiêu${e.signLost > 0 ? ` và mất hẳn dấu ở ${e.signLost} chỉ tiêu còn lại (đều là “≥ 100%”)` : ''}; còn trong ${e.withoutSign} chỉ tiêu không có dấu ở bản sạch, bản OCR ${e.greaterWithoutSign === 0 ? 'không thêm dấu “>” nào' : `thêm dấu “>” ở ${e.greaterWithoutSign}`}. Vì vậy, trong các bản OCR, dấu “>” được đọc là “≥”.`,
    en: `In the OCR texts the sign “≥” is usually read as “>”. The evidence is ${e.commune}’s, whose plan exists as clean text (file ${seedNumber(e.cleanFile)}) and as OCR (file ${seedNumber(e.ocrFile)}). Of the ${e.withSign} targets written “≥” in the clean text, the OCR shows “>” for ${e.signAsGreater}${e.signLost > 0 ? ` and drops the sign altogether for the other ${e.signLost} (all “≥ 100%”)` : ''}; of the ${e.withoutSign} targets without a sign in the clean text, the OCR ${e.greaterWithoutSign === 0 ? 'adds no “>”' : `adds “>” to ${e.greaterWithoutSign}`}. So in OCR texts “>” is read as “≥”.`,
  }),
  ocrWords: {
    vi: 'Quy tắc chỉ áp dụng cho ký hiệu. Chữ như “trên”, “tối thiểu” là chữ viết ra, không phải lỗi OCR: “Trên 90%” vẫn là lớn hơn hẳn 90%. Mỗi con số được đọc theo quy tắc này mang dấu “OCR” ở bên cạnh, và dữ liệu tải về ghi rõ nguồn của dấu so sánh.',
    en: 'The rule applies to symbols only. Words such as “trên” (above) and “tối thiểu” (at least) are written words, not OCR errors: “Trên 90%” stays strictly above 90%. Every figure read under the rule is marked “OCR” beside it, and the downloads record the comparator’s source.',
  },
  ocrInside: (communes: string[], words: string[]): Text => ({
    vi: `Bản OCR của ${namesCapped(communes, 'vi', MAX_NAMED)} cũng tự cho thấy điều này: cùng một chỉ tiêu, phần mục tiêu viết bằng chữ ${listWords(
      words.map((w) => `“${w}”`),
      'vi',
    )} còn phụ lục viết “>”:`,
    en: `${communes.length === 1 ? `${communes[0]}’s OCR shows` : `The OCR of ${namesCapped(communes, 'en', MAX_NAMED)} show`} it too: for the same target, the objectives write ${words.length === 1 ? 'the word' : 'the words'} ${listWords(
      words.map((w) => `“${w}”`),
      'en',
    )} where the appendix writes “>”:`,
  }),
  ocrStrictWord: {
    vi: 'Khi mục tiêu viết “Trên 90%” mà phụ lục viết “>90%”, không thể biết dấu của phụ lục là “>” hay “≥”; trang này giữ theo chữ của mục tiêu.',
    en: 'Where the objective says “Trên 90%” and the appendix “>90%”, the appendix sign could be “>” or “≥”; this site keeps the objective’s words.',
  },
  ocrEvidenceCaption: (commune: string, clean: string, ocr: string): Text => ({
    vi: `Bằng chứng: cùng một chỉ tiêu trong bản sạch (${clean}) và bản OCR (${ocr}) của ${commune}`,
    en: `Evidence: the same targets in ${commune}’s clean copy (${clean}) and its OCR copy (${ocr})`,
  }),
  ocrItem: { vi: 'STT', en: 'No.' },
  ocrTarget: { vi: 'Chỉ tiêu', en: 'Target' },
  ocrClean: (file: string): Text => ({ vi: `Bản sạch ${file}`, en: `Clean text ${file}` }),
  ocrOcr: (file: string): Text => ({ vi: `Bản OCR ${file}`, en: `OCR ${file}` }),
  ocrUse: { vi: 'Quy tắc theo từng tệp OCR', en: 'The rule, file by file' },
  ocrUsed: (commune: string, file: string, used: number, unused: RuleUnused): Text => {
    const quoted = (l: Lang) =>
      unused && 'words' in unused
        ? listWords(
            unused.words.map((w) => `“${w}”`),
            l,
          )
        : '';
    return {
      vi:
        `${commune} (tệp ${file}): “>” đọc là “≥”; áp dụng cho ${used} chỉ tiêu` +
        (unused === null
          ? '.'
          : 'cleanCopy' in unused
            ? `: chỉ tiêu được lấy từ bản sạch (tệp ${seedNumber(unused.cleanCopy)}), nên không cần đến quy tắc.`
            : `: kế hoạch ghi chỉ tiêu bằng chữ (${quoted('vi')}).`),
      en:
        `${commune} (file ${file}): “>” read as “≥”; applied to ${used} ${used === 1 ? 'target' : 'targets'}` +
        (unused === null
          ? '.'
          : 'cleanCopy' in unused
            ? `: the targets are taken from the clean text (file ${seedNumber(unused.cleanCopy)}), so the rule is not needed.`
            : `: the plan writes its targets in words (${quoted('en')}).`),
    };
  },

  matchH: { vi: '5. Ghép vào danh mục chung', en: '5. Mapping onto one catalogue' },
  match: (indicators: number, pillars: number, targets: number): Text => ({
    vi: `Để so sánh được, ${targets} chỉ tiêu của các kế hoạch được ghép vào một danh mục chung gồm ${indicators} chỉ tiêu, chia thành ${pillars} trụ cột (theo cách chia của Nghị quyết 57-NQ/TW và bảng chỉ tiêu của các tỉnh). Mỗi chỉ tiêu nguồn được ghép vào đúng một chỉ tiêu của danh mục, hoặc được ghi là chưa ghép kèm lý do; không chỉ tiêu nào bị bỏ sót. Mức độ tương đồng có bốn bậc:`,
    en: `To be compared, the ${targets} targets of the plans are mapped onto one catalogue of ${indicators} indicators in ${pillars} pillars (the grouping of Resolution 57-NQ/TW and the provinces’ target tables). Every source target maps onto exactly one catalogue indicator, or is listed as unmapped with a reason; none is dropped. There are four degrees of match:`,
  }),
  matchDef: {
    same: {
      vi: 'cùng một đại lượng, cùng phạm vi: so sánh trực tiếp.',
      en: 'the same quantity and scope: compared directly.',
    },
    comparable: {
      vi: 'cùng đại lượng nhưng phạm vi hoặc câu chữ khác (ví dụ chỉ tính cán bộ, công chức, không tính viên chức). Vẫn được xếp hạng; ghi chú nói rõ khác ở đâu.',
      en: 'the same quantity with a different scope or wording (e.g. officials only, without public employees). Still ranked; a note says how it differs.',
    },
    related: {
      vi: 'không cùng đại lượng nhưng cùng chủ đề (ví dụ mục tiêu định tính “triển khai phủ sóng 5G” bên cạnh tỷ lệ phủ sóng 5G). Hiển thị cạnh nhau, không bao giờ xếp hạng.',
      en: 'not the same quantity but the same subject (e.g. the qualitative aim “roll out 5G” beside a 5G coverage rate). Shown together, never ranked.',
    },
    unmapped: {
      vi: 'mục tiêu định tính chung, không có thước đo tương ứng trong danh mục. Vẫn hiển thị trên trang của xã, kèm lý do.',
      en: 'a broad qualitative aim with no matching measure in the catalogue. Still shown on the commune’s page, with the reason.',
    },
  } satisfies Record<Match, Text>,
  matchCount: { vi: 'chỉ tiêu', en: 'targets' },
  matchExample: { vi: 'Ví dụ', en: 'For example' },

  compareH: { vi: '6. Quy tắc so sánh', en: '6. Comparison rules' },
  compare: [
    {
      vi: 'Chỉ so sánh các chỉ tiêu “cùng thước đo” hoặc “so sánh được” có con số, cùng đơn vị và cùng năm mục tiêu. Chỉ tiêu đặt cho năm 2026 và chỉ tiêu đặt cho năm 2030 không bao giờ được xếp hạng chung: mỗi năm là một nhóm riêng, và trang chỉ tiêu nói rõ điều đó.',
      en: 'Only “same” or “comparable” targets with a figure, the same unit and the same target year are compared. A 2026 target and a 2030 target are never ranked together: each year is its own group, and the indicator page says so.',
    },
    {
      vi: 'Chỉ các mức tối thiểu được xếp hạng (≥, >, =, và khoảng theo cận dưới): với chúng, con số cao hơn là đòi hỏi cao hơn. Mức tối đa (≤, <), chỉ tiêu có/không và chỉ tiêu định tính được hiển thị nhưng không xếp hạng.',
      en: 'Only lower bounds are ranked (≥, >, =, and a range by its lower bound): for these a higher figure asks more. Upper limits (≤, <), yes/no and qualitative targets are shown, not ranked.',
    },
    {
      vi: 'Ở cùng một con số, “trên” (>) đòi hỏi cao hơn “tối thiểu” (≥) một chút, và trang so sánh ghi chú điều này, vì trong các kế hoạch này hai cách ghi khác nhau chủ yếu ở quy tắc OCR và ở chữ “trên”/“tối thiểu”. Riêng mức trần thì khác: “≥ 100%” và “100%” là như nhau.',
      en: 'At the same figure, “above” (>) asks a little more than “at least” (≥), and the comparison says so, because in these plans the two differ mostly through the OCR rule and the words “trên”/“tối thiểu”. A ceiling is the exception: “≥ 100%” and “100%” are the same.',
    },
    {
      vi: 'Vị trí của một xã trong nhóm: cao hơn (không xã nào đòi hỏi cao hơn, và có xã thấp hơn), thấp hơn, bằng, ở giữa, chỉ xã này đặt (không có xã nào cùng nhóm để so), hoặc không xếp hạng. Mỗi vị trí có ký hiệu riêng (▲ ▼ = ◆ ● ○) đi kèm chữ, không bao giờ chỉ dựa vào màu.',
      en: 'A commune’s standing in a group: above (none asks more, and some ask less), below, equal, in between, only this commune (no other in the group), or not ranked. Each has its own symbol (▲ ▼ = ◆ ● ○) with words, never colour alone.',
    },
    {
      vi: 'Chênh lệch của một nhóm là con số cao nhất trừ con số thấp nhất, theo đơn vị của chỉ tiêu (điểm phần trăm với tỷ lệ).',
      en: 'A group’s spread is its highest figure minus its lowest, in the indicator’s unit (percentage points for shares).',
    },
    {
      vi: 'Mục tiêu quốc gia và của tỉnh được đặt cạnh chỉ tiêu của xã theo đúng các quy tắc trên (mục 7), không xếp hạng cùng các xã.',
      en: 'National and provincial goals are set beside the communes’ targets by these same rules (section 7), never ranked with the communes.',
    },
  ] as Text[],

  referencesH: { vi: '7. Mục tiêu quốc gia và của tỉnh', en: '7. National and provincial goals' },
  references: [
    {
      vi: 'Một mục tiêu cấp trên là con số mà một văn bản trung ương hoặc của tỉnh đặt cho cùng chỉ tiêu, cho một năm. Trang chỉ tiêu vẽ mỗi mục tiêu thành một đường đứt có nhãn (“Quốc gia 2026: ≥ 70% dân số”), bảng ghi vị trí của từng chỉ tiêu xã so với nó, trang xã tóm tắt xã thấp hơn, bằng hay cao hơn mục tiêu quốc gia ở bao nhiêu chỉ tiêu.',
      en: 'A higher-level goal is a figure that a central or provincial document sets for the same indicator, for one year. The indicator page draws each as a labelled dashed rule (“National 2026: ≥ 70% of the population”), its table gives each commune target’s standing against it, and the commune page sums up on how many indicators the commune is below, at or above the national goals.',
    },
    {
      vi: 'So theo cùng quy tắc như giữa các xã: chỉ so chỉ tiêu cùng thước đo (hoặc so sánh được), có con số, cùng đơn vị và cùng năm — khi đó là cao hơn, bằng hoặc thấp hơn; khác năm (2026 so với 2030) thì đặt cạnh, không xếp hạng; chỉ tiêu liên quan, có/không hay định tính thì không so. Số liệu tham khảo (như chỉ số DTI cả nước, của tỉnh) không phải mục tiêu, chỉ để biết mức chung.',
      en: 'They are compared by the same rules as between communes: only targets of the same (or a comparable) measure, with a figure, in the same unit and for the same year — then above, at or below; another year (2026 against 2030) is shown side by side, not ranked; related, yes/no and qualitative targets are not compared. Context figures (such as the national and provincial DTI scores) are not goals, only the general level.',
    },
    {
      vi: 'Nguồn: mỗi con số ghi văn bản đặt ra nó, trang đã đọc (đường dẫn), nguyên văn câu hoặc ô chứa con số và ngày đọc; bước kiểm tra dữ liệu từ chối con số không có trong nguyên văn của nó. “Chính thức” là văn bản gốc trên trang của cơ quan nhà nước; “thứ cấp” là tin báo hoặc bản chép lại của người khác — đọc đúng con số, nhưng nên đối chiếu với văn bản gốc khi có.',
      en: 'Sources: each figure records the document that sets it, the page it was read in (a link), the exact words of the sentence or cell holding it and the date it was read; the data check refuses a figure that is not in its own words. “Official” is the document itself on a government site; “secondary” is a news report or someone else’s transcription — the figure as read, but worth checking against the document where it can be had.',
    },
    {
      vi: 'Lưu ý khi đọc: mẫu số của mục tiêu cấp trên có thể khác với của kế hoạch xã (danh sách dưới), và lưu ý đó đi kèm mỗi lần so sánh. “Đạt 70%” và một con số trần trong bảng được đọc là mức tối thiểu (≥), như cách đọc trong kế hoạch xã. Hai văn bản có thể đặt cùng một con số cho cùng năm: biểu đồ vẽ một đường, danh sách ghi cả hai văn bản.',
      en: 'When reading: a goal’s base may differ from the plans’ (list below), and that caveat goes with every comparison. “Đạt 70%” (reach 70%) and a bare figure in a table are read as lower bounds (≥), as in the commune plans. Two documents may set the same figure for the same year: the chart draws one rule, the list names both documents.',
    },
  ] as Text[],
  referencesCounts: {
    vi: 'Trong dữ liệu: {figures} con số từ {documents} văn bản ({official} đọc từ văn bản gốc, {secondary} từ nguồn thứ cấp), cho {indicators} chỉ tiêu của danh mục.',
    en: 'In the data: {figures} figures from {documents} documents ({official} read in the document itself, {secondary} in a secondary source), for {indicators} catalogue indicators.',
  },
  referencesCaveatsH: { vi: 'Mẫu số khác với kế hoạch xã', en: 'Bases that differ from the plans’' },
  referencesListH: { vi: 'Tất cả mục tiêu cấp trên, theo chỉ tiêu', en: 'Every higher-level goal, by indicator' },
  rulesAtWork: { vi: 'Trong dữ liệu hiện có:', en: 'In the data as it stands:' },

  unitsH: { vi: '8. Đơn vị phụ trách', en: '8. Responsible units' },
  units: (spellings: number, units: number): Text => ({
    vi: `Các kế hoạch viết tên cùng một đơn vị theo nhiều cách (“Phòng VH-XH”, “Phòng VHXH”, “Phòng Văn hóa - Xã hội”), có khi viết sai (“Phòng VHXXH”). Để trả lời câu hỏi “ở mỗi xã, ai phụ trách chỉ tiêu này”, ${spellings} cách viết gặp trong các kế hoạch được quy về ${units} đơn vị chuẩn theo bảng dưới đây. Một ô có thể nêu nhiều đơn vị. Chỉ dấu chấm phẩy “;” mới tách các đơn vị; dấu phẩy là một phần của tên (“Các ban, ngành, đoàn thể”), nên một ô viết nhiều đơn vị bằng dấu phẩy hay chữ “và” được giữ nguyên văn và quy về từng đơn vị trong bảng.`,
    en: `The plans spell the same unit in many ways (“Phòng VH-XH”, “Phòng VHXH”, “Phòng Văn hóa - Xã hội”), sometimes wrongly (“Phòng VHXXH”). To answer “who is responsible for this target in each commune”, the ${spellings} spellings found in the plans map onto ${units} canonical units in the table below. A cell may name several units. Only a semicolon “;” separates units; a comma is part of a name (“Các ban, ngành, đoàn thể”), so a cell listing units with commas or “và” (and) is kept as written and mapped to each unit in the table.`,
  }),
  unitsCaption: {
    vi: 'Cách viết tên đơn vị trong các kế hoạch và đơn vị chuẩn tương ứng',
    en: 'Unit names as the plans spell them, and the canonical unit(s)',
  },
  spellingCol: { vi: 'Cách viết trong kế hoạch', en: 'Spelling in the plans' },
  canonicalCol: { vi: 'Đơn vị chuẩn', en: 'Canonical unit(s)' },
  usedByCol: { vi: 'Xã dùng', en: 'Used by' },
  usesCol: { vi: 'Số ô', en: 'Cells' },
  noteCol: { vi: 'Ghi chú', en: 'Note' },

  discrepanciesH: { vi: '9. Những điểm chưa thống nhất', en: '9. Known discrepancies' },
  discrepancies: {
    vi: 'Khi đọc, chúng tôi ghi lại những chỗ các kế hoạch còn thiếu hoặc ghi chưa thống nhất. Danh sách đầy đủ, kèm dòng nguồn và những gì được tính từ dữ liệu (số không kèm dấu, dấu OCR, chỉ tiêu không có đơn vị chủ trì…), ở trang',
    en: 'While reading we noted where the plans are incomplete or inconsistent. The full list, with source lines and what is computed from the data (bare figures, OCR signs, targets without a lead unit…), is on the',
  },
  dqLink: { vi: 'Chất lượng dữ liệu', en: 'Data quality page' },
};
