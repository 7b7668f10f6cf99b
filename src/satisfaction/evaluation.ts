import * as z from 'zod/mini';
import type { MomentInput } from '../time/parse.js';
import { dossierFactsSchema, isValidFacts, type DossierFacts } from './derive.js';
import type { Answers } from './scheme.js';

/**
 * One evaluation form, the input of `summarizeEvaluations` and of `motcua evaluate` (one NDJSON
 * line). Every field is optional, but grouping by a dimension needs it on every form.
 *
 * ```json
 * {"dossier":"000.00.01.H53-250701-0001","unit":"UBND xã A","procedure":"1.001234","field":"Hộ tịch",
 *  "officer":"cb01","at":"2025-07-03T10:15","answers":{"4":2,"5":2},"levels":{"overall":"hai-long"},
 *  "facts":{"limit":3,"used":2,"supplementationRequests":0,"misconductPetition":false}}
 * ```
 */
export interface Evaluation {
  /**
   * `'form'` (default): a citizen's evaluation of one dossier. `'unit'`: the one-stop system's
   * values of the per-unit indices for a unit and period (2018 indices 5, 6, 8, 9 are scored per
   * unit, Circular 01/2018 Art. 14 [P]); averaged with the forms' answers but not counted as a
   * form, and carrying only `answers`.
   */
  readonly kind?: 'form' | 'unit';
  /** The dossier code (mã số hồ sơ), for reference only. */
  readonly dossier?: string;
  /** The unit evaluated (đơn vị). */
  readonly unit?: string;
  /** The procedure (thủ tục hành chính), e.g. its code in the national database. */
  readonly procedure?: string;
  /** The field (lĩnh vực). */
  readonly field?: string;
  /** The official who handled the dossier (for the officials' assessment). */
  readonly officer?: string;
  /** When the form was filled in (or the dossier finished): decides the period. */
  readonly at?: MomentInput;
  /** Answers to the scheme's questions by key (2018: `'1'`…`'9'`, values 0 / 1 / 2). */
  readonly answers?: Answers;
  /** Answers to the three-level questions (`convenience`, `overall`): `'rat-hai-long'` … */
  readonly levels?: Answers;
  /** Facts of the dossier's history from which indices are derived (see `DossierFacts`). */
  readonly facts?: DossierFacts;
}

const label = () => z.optional(z.string().check(z.minLength(1)));
const answersSchema = z.optional(z.record(z.string(), z.union([z.number(), z.string(), z.null()])));

/**
 * Zod schema of an evaluation's envelope (strict: unknown fields are errors). Answers are checked
 * against the scheme separately, so that the errors are `UnknownIndexError` / `InvalidAnswerError`.
 * @example
 * evaluationSchema.safeParse({ unit: 'UBND xã A', answers: { '4': 2 }, levels: { overall: 'hai-long' } }).success // true
 * evaluationSchema.safeParse({ unti: 'UBND xã A' }).success // false — unknown field
 */
export const evaluationSchema = z.strictObject({
  /** `Evaluation.kind`: `'form'` or `'unit'`. */
  kind: z.optional(z.enum(['form', 'unit'])),
  /** `Evaluation.dossier`: a non-empty string. */
  dossier: label(),
  /** `Evaluation.unit`: a non-empty string. */
  unit: label(),
  /** `Evaluation.procedure`: a non-empty string. */
  procedure: label(),
  /** `Evaluation.field`: a non-empty string. */
  field: label(),
  /** `Evaluation.officer`: a non-empty string. */
  officer: label(),
  /** `Evaluation.at`: a string, epoch ms or a `Date` (read as a moment later). */
  at: z.optional(z.union([z.string(), z.number(), z.date()])),
  /** `Evaluation.answers`: numbers, strings or `null` by key (checked against the scheme later). */
  answers: answersSchema,
  /** `Evaluation.levels`: as `answers`, for the three-level questions. */
  levels: answersSchema,
  /** `Evaluation.facts`: `dossierFactsSchema`. */
  facts: z.optional(dossierFactsSchema),
});

function isAnswerRecord(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  for (const key in v) {
    const a = (v as Record<string, unknown>)[key];
    if (a !== null && typeof a !== 'string' && !(typeof a === 'number' && Number.isFinite(a))) return false;
  }
  return true;
}

/**
 * A fast check that `e` satisfies `evaluationSchema` (never looser: when in doubt it answers false
 * and the schema gives the detailed error). Internal: keeps zod off the hot path.
 */
export function isValidEvaluation(e: unknown): e is Evaluation {
  if (e === null || typeof e !== 'object' || Array.isArray(e)) return false;
  const r = e as Record<string, unknown>;
  for (const key in r) {
    const v = r[key];
    if (v === undefined) continue;
    switch (key) {
      case 'kind':
        if (v !== 'form' && v !== 'unit') return false;
        break;
      case 'dossier':
      case 'unit':
      case 'procedure':
      case 'field':
      case 'officer':
        if (typeof v !== 'string' || v.length === 0) return false;
        break;
      case 'at':
        if (typeof v !== 'string' && !(typeof v === 'number' && Number.isFinite(v)) && !(v instanceof Date)) return false;
        break;
      case 'answers':
      case 'levels':
        if (!isAnswerRecord(v)) return false;
        break;
      case 'facts':
        if (!isValidFacts(v)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
