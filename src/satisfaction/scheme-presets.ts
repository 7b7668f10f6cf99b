import { bandSets } from './band-presets.js';
import { cite } from '../citation/citation.js';
import { CIRCULAR_01_2018, DECREE_118_2025 } from './sources.js';
import type { Citation } from '../citation/citation.js';
import { defineScheme, type AnswerOption, type EvaluationScheme, type Question } from './scheme.js';

const art13 = (clause: number): Citation => cite(CIRCULAR_01_2018, `Art. 13(${clause})`, 'P');
const levels2018 = (two: string, one: string, zero: string): AnswerOption[] => [
  { value: 2, label: two, points: 2 },
  { value: 1, label: one, points: 1 },
  { value: 0, label: zero, points: 0 },
];

/** The nine indices of Circular 01/2018/TT-VPCP Art. 13 [P], scope and data source from Art. 14 [P]. */
const indices2018: Question[] = [
  {
    key: '1',
    label: 'Tổng thời gian giải quyết hồ sơ TTHC so với thời gian quy định',
    options: levels2018('Ít hơn thời gian quy định', 'Bằng thời gian quy định', 'Dài hơn thời gian quy định'),
    basis: art13(1), scope: ['dossier'], collectedFrom: 'citizen', derive: 'total-time',
  },
  {
    key: '2',
    label: 'Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết so với thời gian quy định',
    options: levels2018(
      'Tất cả các cơ quan, đơn vị giải quyết sớm hơn thời gian quy định',
      'Có cơ quan, đơn vị đúng thời gian quy định, không có cơ quan, đơn vị nào chậm',
      'Có cơ quan, đơn vị giải quyết chậm hơn thời gian quy định',
    ),
    basis: art13(2), scope: ['dossier'], collectedFrom: 'system', derive: 'agency-time',
  },
  {
    key: '3',
    label: 'Số lần phải liên hệ với nơi tiếp nhận hồ sơ để hoàn thiện hồ sơ (kể cả trực tuyến)',
    options: levels2018(
      'Không phải liên hệ',
      'Liên hệ một lần',
      'Liên hệ quá một lần (trừ trường hợp do lỗi của người nộp hồ sơ)',
    ),
    basis: art13(3), scope: ['dossier'], collectedFrom: 'citizen', derive: 'contacts',
  },
  {
    key: '4',
    label: 'Số cơ quan, đơn vị phải liên hệ để hoàn thiện hồ sơ',
    options: levels2018(
      'Không phải liên hệ',
      'Chỉ liên hệ Bộ phận Một cửa (và cơ quan chủ trì khi pháp luật yêu cầu có mặt để thẩm định, kiểm tra)',
      'Phải liên hệ nhiều hơn một cơ quan, đơn vị',
    ),
    basis: art13(4), scope: ['dossier'], collectedFrom: 'citizen',
  },
  {
    key: '5',
    label: 'Thực hiện tiếp nhận, giải quyết, trả kết quả tại Bộ phận Một cửa',
    options: levels2018(
      'Bộ phận Một cửa tiếp nhận, thẩm định, phê duyệt ≥ 20% (bộ, tỉnh), ≥ 50% (huyện), 100% (xã) số TTHC',
      '100% TTHC không thuộc trường hợp loại trừ được tiếp nhận và trả kết quả tại Bộ phận Một cửa',
      'Dưới mức trên',
    ),
    basis: art13(5), scope: ['unit'],
  },
  {
    key: '6',
    label: 'Công khai các TTHC tại nơi tiếp nhận',
    options: levels2018(
      'Đầy đủ, chính xác, kịp thời, niêm yết và điện tử',
      'Đầy đủ, chính xác, kịp thời, niêm yết hoặc điện tử',
      'Không đầy đủ, chính xác, kịp thời',
    ),
    basis: art13(6), scope: ['dossier', 'unit'], collectedFrom: 'system',
  },
  {
    key: '7',
    label: 'Thái độ của cán bộ, công chức, viên chức khi hướng dẫn, tiếp nhận, giải quyết hồ sơ',
    options: levels2018(
      'Giải quyết sớm hơn thời hạn và không có phản ánh, kiến nghị về hành vi, thái độ',
      'Giải quyết đúng hạn và không có phản ánh, kiến nghị về hành vi, thái độ',
      'Có phản ánh, kiến nghị về hành vi, thái độ nhũng nhiễu, gây phiền hà được xác định là đúng',
    ),
    basis: art13(7), scope: ['dossier'], collectedFrom: 'citizen', derive: 'attitude-time',
  },
  {
    key: '8',
    label: 'Tiếp nhận, xử lý phản ánh, kiến nghị đối với TTHC',
    options: levels2018(
      'Không có phản ánh, kiến nghị, hoặc 100% xử lý đúng hạn, không có kéo dài',
      '≥ 90% xử lý đúng hạn, không có kéo dài',
      'Dưới 90% đúng hạn, hoặc có phản ánh, kiến nghị kéo dài',
    ),
    basis: art13(8), scope: ['unit'], collectedFrom: 'system',
  },
  {
    key: '9',
    label: 'Cung cấp dịch vụ công trực tuyến',
    options: levels2018(
      '≥ 20% TTHC mức độ 3, 4; tỷ lệ hồ sơ trực tuyến ≥ 30%; không có hồ sơ trực tuyến chưa xử lý hoặc trễ hạn',
      'Có TTHC mức độ 3, 4; tỷ lệ hồ sơ trực tuyến 15% – < 30%; không có hồ sơ trực tuyến chưa xử lý hoặc trễ hạn',
      'Các trường hợp khác',
    ),
    basis: art13(9), scope: ['unit'], collectedFrom: 'system',
  },
];

const art15 = cite(CIRCULAR_01_2018, 'Art. 15', 'P');

/**
 * The 2018 nine-index scheme: every index 2 / 1 / 0 points, maximum 18.
 * Basis: Circular 01/2018/TT-VPCP Art. 13 (indices and points) [P], Art. 14 (per dossier / per unit,
 * data sources) [P], Art. 15 (totals and bands) [P]. Two assessments: `unit` (all nine indices,
 * max 18, bands `tt01-2018-unit`, the default) and `officer` (indices 1, 2, 3, 4, 7, max 10, bands
 * `tt01-2018-officer`).
 *
 * @example
 * tt01_2018_evaluation.questions.map((q) => q.key) // ['1', '2', '3', '4', '5', '6', '7', '8', '9']
 * tt01_2018_evaluation.assessments.map((a) => [a.id, a.max]) // [['unit', 18], ['officer', 10]]
 * bandOf(scoreEvaluation({ '1': 2, '7': 1 }).total, tt01_2018_evaluation.assessments[0].bands!).label // 'Yếu'
 */
export const tt01_2018_evaluation: EvaluationScheme = defineScheme({
  id: 'tt01-2018',
  title: 'Đánh giá giải quyết TTHC — 9 chỉ số (Circular 01/2018/TT-VPCP)',
  basis: cite(CIRCULAR_01_2018, 'Art. 13–15', 'P'),
  questions: indices2018,
  assessments: [
    { id: 'unit', title: 'Cơ quan, đơn vị (9 chỉ số, tối đa 18 điểm)', indices: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], bands: bandSets.tt01_2018_unit, basis: art15 },
    { id: 'officer', title: 'Cán bộ, công chức, viên chức (chỉ số 1, 2, 3, 4, 7, tối đa 10 điểm)', indices: ['1', '2', '3', '4', '7'], bands: bandSets.tt01_2018_officer, basis: art15 },
  ],
});

/**
 * The three satisfaction levels printed on real slips: Rất hài lòng / Hài lòng / Không hài lòng [X].
 *
 * @example
 * satisfactionLevels.map((l) => l.value) // ['rat-hai-long', 'hai-long', 'khong-hai-long']
 * satisfactionLevels[2].value === NOT_SATISFIED // true
 */
export const satisfactionLevels: readonly AnswerOption[] = Object.freeze([
  Object.freeze({ value: 'rat-hai-long', label: 'Rất hài lòng' }),
  Object.freeze({ value: 'hai-long', label: 'Hài lòng' }),
  Object.freeze({ value: 'khong-hai-long', label: 'Không hài lòng' }),
]);

/**
 * The level value meaning "not satisfied" (counted by the Decision 766/QĐ-TTg satisfaction
 * indicator [X, a vendor's formula document]).
 * @example
 * NOT_SATISFIED // 'khong-hai-long'
 * summarizeEvaluations([{ levels: { overall: NOT_SATISFIED } }, { levels: { overall: 'hai-long' } }]).groups[0].notSatisfied
 * // { count: 1, share: 0.5 }
 */
export const NOT_SATISFIED = 'khong-hai-long';

const slipPractice = cite('provincial evaluation slips', 'convenience and overall questions', 'X');

/**
 * The two three-level questions of real slips [X]: convenience (`convenience`) and overall
 * assessment (`overall`), each Rất hài lòng / Hài lòng / Không hài lòng. No points: portals publish
 * the share of each level with the number of forms as denominator [X].
 *
 * @example
 * threeLevelQuestions.questions.map((q) => q.key) // ['convenience', 'overall']
 * threeLevelQuestions.scored // false — shares only, no points
 */
export const threeLevelQuestions: EvaluationScheme = defineScheme({
  id: 'three-level',
  title: 'Mức độ hài lòng (Rất hài lòng / Hài lòng / Không hài lòng)',
  basis: slipPractice,
  questions: [
    { key: 'convenience', label: 'Sự thuận tiện khi thực hiện TTHC', options: [...satisfactionLevels], basis: slipPractice, collectedFrom: 'citizen' },
    { key: 'overall', label: 'Đánh giá chung về việc giải quyết TTHC', options: [...satisfactionLevels], basis: slipPractice, collectedFrom: 'citizen' },
  ],
});

const art33 = cite(DECREE_118_2025, 'Art. 33(1)', 'P');
const nd118Scale = cite(DECREE_118_2025, 'Art. 33(1)', 'U', 'the decree names the criteria only; the three-level answer scale is this library\'s default');
const criterion = (key: string, label: string): Question => ({
  key, label, options: [...satisfactionLevels], basis: art33, collectedFrom: 'citizen',
});

/**
 * The nine citizen criteria of Decree 118/2025/NĐ-CP Art. 33(1) [P], as an answer schema. The
 * decree sets **no points** and no answer scale: each criterion is answered on the three
 * satisfaction levels [U — a default, not the law]; the scheme is unscored, so `scoreEvaluation`
 * refuses it until a province's points are supplied with `withScoring`.
 *
 * @example
 * nd118_2025_evaluation.questions.length // 9
 * nd118_2025_evaluation.questions[0].key // 'returnTime'
 * nd118_2025_evaluation.scored // false
 * scoreEvaluation({ returnTime: 'hai-long' }, nd118_2025_evaluation) // throws UnscoredSchemeError
 */
export const nd118_2025_evaluation: EvaluationScheme = defineScheme({
  id: 'nd118-2025',
  title: 'Tiêu chí đánh giá của tổ chức, cá nhân (Decree 118/2025/NĐ-CP Art. 33)',
  basis: art33,
  note: `Answer scale: ${nd118Scale.note}.`,
  questions: [
    criterion('returnTime', 'Thời gian trả kết quả so với quy định'),
    criterion('agenciesContacted', 'Số lượng cơ quan, đơn vị phải liên hệ'),
    criterion('contacts', 'Số lần phải liên hệ để hoàn thiện hồ sơ'),
    criterion('publishedInfo', 'Sự chính xác của thông tin công khai về TTHC'),
    criterion('staffAttitude', 'Thái độ của cán bộ, công chức, viên chức'),
    criterion('legalityAndCosts', 'Tính hợp pháp của kết quả, chi phí thực hiện, chi phí phát sinh ngoài quy định'),
    criterion('explanations', 'Tốc độ và chất lượng giải thích, hướng dẫn'),
    criterion('onlineService', 'Chất lượng dịch vụ công trực tuyến'),
    criterion('other', 'Tiêu chí khác'),
  ],
});

/**
 * The scheme presets by id, for configuration files and the CLI (`--scheme`).
 *
 * @example
 * evaluationSchemes['tt01-2018'] === tt01_2018_evaluation // true
 */
export const evaluationSchemes: Readonly<Record<string, EvaluationScheme>> = Object.freeze({
  [tt01_2018_evaluation.id]: tt01_2018_evaluation,
  [nd118_2025_evaluation.id]: nd118_2025_evaluation,
  [threeLevelQuestions.id]: threeLevelQuestions,
});
