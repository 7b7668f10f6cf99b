import { InvalidInputError } from '../errors/invalid-input-error.js';
import { getNormalized } from '../internal/nfc-key.js';
import type { DossierFacts } from './derive.js';
import type { Evaluation } from './evaluation.js';
import { compileScheme, type AnswerValue, type EvaluationScheme } from './scheme.js';

/** The RFC 4180 line splitter shared with `motcua/metrics` (one implementation, in the core). */
export { parseCsvLine } from '../internal/csv.js';

/**
 * CSV columns that describe the form (all optional).
 * @example
 * CSV_LABEL_COLUMNS // ['dossier', 'unit', 'procedure', 'field', 'officer', 'at']
 * csvEvaluationReader(['unit', 'officer', '1'], tt01_2018_evaluation, threeLevelQuestions)(['UBND xã A', 'cb01', '2'])
 * // { unit: 'UBND xã A', officer: 'cb01', answers: { '1': 2 } }
 */
export const CSV_LABEL_COLUMNS = Object.freeze(['dossier', 'unit', 'procedure', 'field', 'officer', 'at'] as const);
/**
 * CSV columns that carry `DossierFacts` (per-agency steps need NDJSON).
 * @example
 * CSV_FACT_COLUMNS // ['limit', 'used', 'supplementationRequests', 'applicantFaultRequests', 'misconductPetition']
 * csvEvaluationReader(['unit', 'limit', 'used'], tt01_2018_evaluation, threeLevelQuestions)(['UBND xã A', '3', '2'])
 * // { unit: 'UBND xã A', facts: { limit: 3, used: 2 } }
 */
export const CSV_FACT_COLUMNS = Object.freeze(['limit', 'used', 'supplementationRequests', 'applicantFaultRequests', 'misconductPetition'] as const);

type Column =
  | { kind: 'label'; name: (typeof CSV_LABEL_COLUMNS)[number] }
  | { kind: 'fact'; name: (typeof CSV_FACT_COLUMNS)[number] }
  | { kind: 'answer'; key: string; lookup: (cell: string) => AnswerValue }
  | { kind: 'level'; key: string; lookup: (cell: string) => AnswerValue };

function lookupFor(scheme: EvaluationScheme, key: string): (cell: string) => AnswerValue {
  const cq = compileScheme(scheme).byKey.get(key)!;
  const byText = new Map<string, AnswerValue>();
  for (const option of cq.question.options) {
    byText.set(String(option.value), option.value);
    if (!byText.has(option.label)) byText.set(option.label, option.value);
  }
  // A label in another Unicode normal form (decomposed "Rất hài lòng") is the same answer; an
  // unknown cell is passed through as text, to be rejected with the scheme's allowed answers.
  return (cell) => getNormalized(byText, cell) ?? cell;
}

function factValue(name: string, cell: string): unknown {
  if (name === 'misconductPetition') {
    if (cell === 'true' || cell === '1') return true;
    if (cell === 'false' || cell === '0') return false;
    return cell;
  }
  const n = Number(cell);
  return Number.isFinite(n) ? n : cell;
}

/**
 * Builds a reader of CSV records of evaluation forms from the header row. The header names the
 * columns, in any order; each must be one of: the labels `dossier, unit, procedure, field, officer,
 * at`; a question key of `scheme` (2018: `1` … `9`, cells `0` / `1` / `2`); a question key of
 * `levelScheme` (`convenience`, `overall`; cells a level id such as `hai-long` or its label
 * `Hài lòng`); the facts `limit, used, supplementationRequests, applicantFaultRequests,
 * misconductPetition` (`true` / `false`). An empty cell means "not given". Throws
 * `InvalidInputError` (path `['header', column]`) for an unknown or repeated column; the reader
 * throws for a record with the wrong number of cells.
 *
 * @example
 * const read = csvEvaluationReader(['unit', '1', '3', 'overall'], tt01_2018_evaluation, threeLevelQuestions);
 * read(['UBND xã A', '2', '', 'Hài lòng']) // { unit: 'UBND xã A', answers: { '1': 2 }, levels: { overall: 'hai-long' } }
 */
export function csvEvaluationReader(header: readonly string[], scheme: EvaluationScheme, levelScheme: EvaluationScheme): (cells: readonly string[]) => Evaluation {
  const answerKeys = new Set(scheme.questions.map((q) => q.key));
  const levelKeys = new Set(levelScheme.questions.map((q) => q.key));
  const seen = new Set<string>();
  const columns: Column[] = header.map((raw, i) => {
    const name = raw.trim();
    if (seen.has(name)) throw new InvalidInputError('CSV header', [{ path: ['header', i], message: `column ${JSON.stringify(name)} appears twice` }]);
    seen.add(name);
    if ((CSV_LABEL_COLUMNS as readonly string[]).includes(name)) return { kind: 'label', name: name as (typeof CSV_LABEL_COLUMNS)[number] };
    if ((CSV_FACT_COLUMNS as readonly string[]).includes(name)) return { kind: 'fact', name: name as (typeof CSV_FACT_COLUMNS)[number] };
    if (answerKeys.has(name)) return { kind: 'answer', key: name, lookup: lookupFor(scheme, name) };
    if (levelKeys.has(name)) return { kind: 'level', key: name, lookup: lookupFor(levelScheme, name) };
    throw new InvalidInputError('CSV header', [{
      path: ['header', i],
      message: `unknown column ${JSON.stringify(name)} (expected ${[...CSV_LABEL_COLUMNS, ...answerKeys, ...levelKeys, ...CSV_FACT_COLUMNS].join(', ')})`,
    }]);
  });
  return (cells) => {
    if (cells.length !== columns.length) {
      throw new InvalidInputError('CSV record', [{ path: [], message: `${cells.length} cells for ${columns.length} columns` }]);
    }
    const out: Record<string, unknown> = {};
    let answers: Record<string, AnswerValue> | undefined;
    let levels: Record<string, AnswerValue> | undefined;
    let facts: Record<string, unknown> | undefined;
    for (let i = 0; i < columns.length; i++) {
      const cell = cells[i]!;
      if (cell === '') continue;
      const column = columns[i]!;
      switch (column.kind) {
        case 'label':
          out[column.name] = cell;
          break;
        case 'answer':
          (answers ??= {})[column.key] = column.lookup(cell);
          break;
        case 'level':
          (levels ??= {})[column.key] = column.lookup(cell);
          break;
        case 'fact':
          (facts ??= {})[column.name] = factValue(column.name, cell);
          break;
      }
    }
    if (answers) out.answers = answers;
    if (levels) out.levels = levels;
    if (facts) out.facts = facts as DossierFacts;
    return out as Evaluation;
  };
}
