import * as z from 'zod/mini';
import { validate } from '../errors/validate.js';
import { cite } from '../citation/citation.js';
import { CIRCULAR_01_2018 } from './sources.js';
import type { Citation } from '../citation/citation.js';
import type { TraceStep } from './trace.js';

/**
 * The facts of a dossier's history that decide 2018 indices 1, 2, 3 and the time part of 7, as
 * plain data. The lifecycle module's clock will fill it (limit and time used from the clock, steps
 * from the hand-over events, requests from the supplementation events, the petition from feedback
 * handling); until then an integrator maps its own records onto it. Every field is optional: an
 * index whose facts are missing is simply not derived (and is asked of the citizen).
 *
 * Times are in one unit of the integrator's choice (working days or working minutes), the same for
 * `limit`, `used` and the steps. The unit decides what "equal" means: in working minutes almost
 * no dossier takes exactly its limit, so feed whole working days (or the day-granular verdict of
 * the metrics module) when "equal" should mean "finished on the appointment day".
 */
export interface DossierFacts {
  /** The time allowed by law (thời hạn giải quyết), net of paused time. Index 1, 7. */
  readonly limit?: number;
  /** The time actually used, counted like `limit`. Index 1, 7. */
  readonly used?: number;
  /** Each inter-agency step (liên thông): the agency, its allotted share and the time it took. Index 2. */
  readonly steps?: readonly DossierStepFacts[];
  /** Supplementation requests issued (at the desk and after appraisal): the extra contacts. Index 3. */
  readonly supplementationRequests?: number;
  /** How many of those requests were caused by the applicant's own fault. Index 3. */
  readonly applicantFaultRequests?: number;
  /**
   * Whether a petition about officials' misconduct was found well-founded (`true`), none was
   * (`false`), or it is not known to the system (absent). Index 7.
   */
  readonly misconductPetition?: boolean;
}

/** One step of an inter-agency procedure (Circular 01/2018 Art. 13(2)). */
export interface DossierStepFacts {
  /** The agency that owns the step (steps of one agency are summed). */
  readonly agency: string;
  /** The step's allotted share of the limit (may be a fraction of a working day). */
  readonly budget: number;
  /** The time the step took, counted like `budget`. */
  readonly used: number;
}

/**
 * Readings of Art. 13 that the text leaves open [U], as named switches:
 * - `contactsByApplicantFault` (index 3: "more than one contact, unless caused by the applicant's
 *   own fault, is 0 points"): `'not-counted'` — contacts caused by the applicant are not counted,
 *   the rest is scored as usual (default); `'not-zero'` — more than one contact of which all but
 *   one were the applicant's fault scores 1, never 0 and never 2.
 * - `lateWithoutPetition` (index 7: 2 points need "earlier than the deadline", 1 point "on time",
 *   0 points "a well-founded petition"; a late dossier without petition meets none): `0` (default,
 *   the conditions of 1 point are not met) or `1` (0 points are reserved for petitions).
 */
export interface DerivationPolicy {
  /** A stable id, e.g. `'tt01-2018-default'`. */
  readonly id: string;
  /** Index 3's exception for the applicant's fault: `'not-counted'` (default) or `'not-zero'`. */
  readonly contactsByApplicantFault: 'not-counted' | 'not-zero';
  /** Index 7's points for a late dossier without petition: `0` (default) or `1`. */
  readonly lateWithoutPetition: 0 | 1;
  /** Circular 01/2018/TT-VPCP Art. 13(3), 13(7), with the reading's mark ([U]). */
  readonly basis: Citation;
}

/**
 * The default readings (see `DerivationPolicy`). Basis: Circular 01/2018/TT-VPCP Art. 13(3), 13(7) [P]; readings [U].
 *
 * @example
 * defaultDerivationPolicy.contactsByApplicantFault // 'not-counted'
 * deriveIndices({ limit: 10, used: 12 }).attitudeCap // 0 — late without petition: lateWithoutPetition 0
 * deriveIndices({ limit: 10, used: 12 }, { ...defaultDerivationPolicy, id: 'lenient', lateWithoutPetition: 1 }).attitudeCap // 1
 */
export const defaultDerivationPolicy: DerivationPolicy = Object.freeze({
  id: 'tt01-2018-default',
  contactsByApplicantFault: 'not-counted',
  lateWithoutPetition: 0,
  basis: cite(CIRCULAR_01_2018, 'Art. 13(3), 13(7)', 'U', 'readings of the exceptions; the indices themselves are [P]'),
});

/** Points of one derived index. */
export type IndexPoints = 0 | 1 | 2;

/** What the facts decide: points per derivable index (absent when the facts are missing). */
export interface DerivedIndices {
  /** Index 1: total time vs the limit. */
  readonly totalTime?: IndexPoints;
  /** Index 2: each agency vs its share (the lowest of the agencies). */
  readonly agencyTime?: IndexPoints;
  /** Index 3: contacts needed to complete the dossier. */
  readonly contacts?: IndexPoints;
  /** Index 7 in full, when the petition fact is known. */
  readonly attitude?: IndexPoints;
  /** Index 7's time part: the most it can score given the timing (caps a citizen's answer). */
  readonly attitudeCap?: IndexPoints;
  /** The timing that index 1 and 7 read. */
  readonly timing?: 'earlier' | 'equal' | 'later';
  /** How each index was derived, step by step, with its basis. */
  readonly trace: readonly TraceStep[];
}

const nonNegative = () => z.number().check(z.nonnegative());
const count = () => z.int().check(z.nonnegative());

/**
 * Zod schema of `DossierFacts` (strict: a misspelt field is an error, not a silent omission).
 * @example
 * dossierFactsSchema.safeParse({ limit: 3, used: 2, supplementationRequests: 0 }).success // true
 * dossierFactsSchema.safeParse({ limit: 3 }).error?.issues[0]?.message // 'limit and used go together'
 * dossierFactsSchema.safeParse({ limit: 3, used: 2, petition: true }).success // false — unknown field
 */
export const dossierFactsSchema = z
  .strictObject({
    /** `DossierFacts.limit`: a number ≥ 0; given with `used` or not at all. */
    limit: z.optional(nonNegative()),
    /** `DossierFacts.used`: a number ≥ 0; given with `limit` or not at all. */
    used: z.optional(nonNegative()),
    /** `DossierFacts.steps`: at least one step when given. */
    steps: z.optional(
      z.array(z.strictObject({
        /** `DossierStepFacts.agency`: a non-empty string. */
        agency: z.string().check(z.minLength(1)),
        /** `DossierStepFacts.budget`: a number ≥ 0. */
        budget: nonNegative(),
        /** `DossierStepFacts.used`: a number ≥ 0. */
        used: nonNegative()
      })).check(z.minLength(1)),
    ),
    /** `DossierFacts.supplementationRequests`: a whole number ≥ 0. */
    supplementationRequests: z.optional(count()),
    /** `DossierFacts.applicantFaultRequests`: a whole number ≥ 0, at most `supplementationRequests` (which it needs). */
    applicantFaultRequests: z.optional(count()),
    /** `DossierFacts.misconductPetition`: a boolean. */
    misconductPetition: z.optional(z.boolean()),
  })
  .check(
    z.refine((f) => (f.limit === undefined) === (f.used === undefined), { message: 'limit and used go together', path: ['used'] }),
    z.refine((f) => f.applicantFaultRequests === undefined || f.supplementationRequests !== undefined, {
      message: 'applicantFaultRequests needs supplementationRequests',
      path: ['applicantFaultRequests'],
    }),
    z.refine((f) => (f.applicantFaultRequests ?? 0) <= (f.supplementationRequests ?? 0), {
      message: 'cannot exceed supplementationRequests',
      path: ['applicantFaultRequests'],
    }),
  );

function compare(used: number, allowed: number): IndexPoints {
  return used < allowed ? 2 : used === allowed ? 1 : 0;
}

const WORD = { 2: 'shorter than', 1: 'equal to', 0: 'longer than' } as const;

/**
 * Derives the 2018 indices that follow from a dossier's own history, so an integrator asks the
 * citizen only what the system cannot know. Validates `facts` (`InvalidInputError` with the path).
 *
 * - Index 1: used < limit → 2, = → 1, > → 0 (Art. 13(1) [P]).
 * - Index 2: per agency, the sum of its steps' time vs the sum of their shares, 2 / 1 / 0 the same
 *   way; the index is the lowest over the agencies — all earlier 2, none later but one equal 1,
 *   any later 0 (Art. 13(2) [P]).
 * - Index 3: contacts = supplementation requests (each one sends the applicant back); 0 → 2,
 *   1 → 1, more → 0, with the applicant-fault exception read by `policy` (Art. 13(3) [P], reading [U]).
 * - Index 7: a well-founded misconduct petition → 0; otherwise earlier → 2, on time → 1, later →
 *   `policy.lateWithoutPetition` (Art. 13(7) [P], reading [U]). Without the petition fact only the
 *   cap (`attitudeCap`) is known.
 *
 * @example
 * const { trace, ...points } = deriveIndices({ limit: 10, used: 8, supplementationRequests: 1 });
 * points // { totalTime: 2, contacts: 1, attitudeCap: 2, timing: 'earlier' }
 * trace.map((t) => t.detail) // ['used 8 shorter than the limit 10: 2 points', '1 request(s): 1 points']
 * deriveIndices({ limit: 10, used: 10, misconductPetition: false }).attitude // 1 — on time, no petition
 */
export function deriveIndices(facts: DossierFacts, policy: DerivationPolicy = defaultDerivationPolicy, path: readonly (string | number)[] = []): DerivedIndices {
  const f = isValidFacts(facts) ? facts : validate(dossierFactsSchema, facts, path.length ? `dossier facts at ${path.join('.')}` : 'dossier facts');
  return deriveFromValid(f, policy, true);
}

function isNonNegative(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

function isCount(v: unknown): boolean {
  return Number.isSafeInteger(v) && (v as number) >= 0;
}

function isStep(s: unknown): boolean {
  if (s === null || typeof s !== 'object' || Array.isArray(s)) return false;
  let n = 0;
  for (const key in s) {
    const v = (s as Record<string, unknown>)[key];
    if (key === 'agency') {
      if (typeof v !== 'string' || v.length === 0) return false;
    } else if (key === 'budget' || key === 'used') {
      if (!isNonNegative(v)) return false;
    } else return false;
    n++;
  }
  return n === 3;
}

/**
 * A fast check that `f` satisfies `dossierFactsSchema` (never looser: when in doubt it answers
 * false and the schema gives the detailed error). Internal: keeps zod off the hot path.
 */
export function isValidFacts(f: unknown): f is DossierFacts {
  if (f === null || typeof f !== 'object' || Array.isArray(f)) return false;
  const facts = f as Record<string, unknown>;
  for (const key in facts) {
    const v = facts[key];
    if (v === undefined) continue;
    switch (key) {
      case 'limit':
      case 'used':
        if (!isNonNegative(v)) return false;
        break;
      case 'supplementationRequests':
      case 'applicantFaultRequests':
        if (!isCount(v)) return false;
        break;
      case 'misconductPetition':
        if (typeof v !== 'boolean') return false;
        break;
      case 'steps':
        if (!Array.isArray(v) || v.length === 0) return false;
        for (const step of v) if (!isStep(step)) return false;
        break;
      default:
        return false;
    }
  }
  if ((facts.limit === undefined) !== (facts.used === undefined)) return false;
  if (facts.applicantFaultRequests !== undefined) {
    if (facts.supplementationRequests === undefined) return false;
    if ((facts.applicantFaultRequests as number) > (facts.supplementationRequests as number)) return false;
  }
  return true;
}

const NO_TRACE: TraceStep[] = [];
const ART_13_1 = cite(CIRCULAR_01_2018, 'Art. 13(1)', 'P');
const ART_13_2 = cite(CIRCULAR_01_2018, 'Art. 13(2)', 'P');
const ART_13_3 = cite(CIRCULAR_01_2018, 'Art. 13(3)', 'P');
const ART_13_3_FAULT = cite(CIRCULAR_01_2018, 'Art. 13(3)', 'U', 'the applicant-fault exception, read by the derivation policy');
const ART_13_7 = cite(CIRCULAR_01_2018, 'Art. 13(7)', 'P');
const ART_13_7_LATE = cite(CIRCULAR_01_2018, 'Art. 13(7)', 'U', 'late without petition, read by the derivation policy');
const ART_13_7_C = cite(CIRCULAR_01_2018, 'Art. 13(7)(c)', 'P');
const HANDLED = { earlier: 'earlier than the limit', equal: 'exactly in the limit', later: 'later than the limit' } as const;

/**
 * `deriveIndices` on facts already validated; without `withTrace` no explanation is built (the
 * summary's hot path). Internal.
 */
export function deriveFromValid(f: DossierFacts, policy: DerivationPolicy, withTrace: boolean): DerivedIndices {
  const trace: TraceStep[] = withTrace ? [] : NO_TRACE;
  const out: { -readonly [K in keyof DerivedIndices]: DerivedIndices[K] } = { trace };
  if (f.limit !== undefined && f.used !== undefined) {
    const points = compare(f.used, f.limit);
    out.totalTime = points;
    out.timing = points === 2 ? 'earlier' : points === 1 ? 'equal' : 'later';
    if (withTrace) trace.push({ rule: 'index 1 from the total time', basis: ART_13_1, detail: `used ${f.used} ${WORD[points]} the limit ${f.limit}: ${points} points` });
    const cap: IndexPoints = points === 0 ? policy.lateWithoutPetition : points;
    out.attitudeCap = cap;
    if (f.misconductPetition === false) {
      out.attitude = cap;
      if (withTrace) trace.push({ rule: 'index 7 from the timing, no petition', basis: points === 0 ? ART_13_7_LATE : ART_13_7, detail: `no well-founded petition, handled ${HANDLED[out.timing!]}: ${cap} points` });
    }
  }
  if (f.misconductPetition === true) {
    out.attitude = 0;
    out.attitudeCap = 0;
    if (withTrace) trace.push({ rule: 'index 7: well-founded misconduct petition', basis: ART_13_7_C, detail: 'a well-founded petition about misconduct: 0 points' });
  }
  if (f.steps !== undefined) {
    const byAgency = new Map<string, { budget: number; used: number }>();
    for (const step of f.steps) {
      const a = byAgency.get(step.agency);
      if (a) {
        a.budget += step.budget;
        a.used += step.used;
      } else byAgency.set(step.agency, { budget: step.budget, used: step.used });
    }
    let lowest: IndexPoints = 2;
    const parts: string[] = [];
    for (const [agency, a] of byAgency) {
      const p = compare(a.used, a.budget);
      if (p < lowest) lowest = p;
      if (withTrace) parts.push(`${agency} ${a.used}/${a.budget} → ${p}`);
    }
    out.agencyTime = lowest;
    if (withTrace) trace.push({ rule: 'index 2 from each agency\'s share', basis: ART_13_2, detail: `${parts.join('; ')}: lowest ${lowest} points` });
  }
  if (f.supplementationRequests !== undefined) {
    const requests = f.supplementationRequests;
    const fault = f.applicantFaultRequests ?? 0;
    const counted = requests - fault;
    let points: IndexPoints;
    if (policy.contactsByApplicantFault === 'not-counted') points = counted === 0 ? 2 : counted === 1 ? 1 : 0;
    else points = requests === 0 ? 2 : requests === 1 ? 1 : counted <= 1 ? 1 : 0;
    out.contacts = points;
    if (withTrace) trace.push({
      rule: 'index 3 from supplementation requests',
      basis: fault > 0 ? ART_13_3_FAULT : ART_13_3,
      detail: `${requests} request(s)${fault ? `, ${fault} by the applicant's fault (${policy.contactsByApplicantFault})` : ''}: ${points} points`,
    });
  }
  return out;
}
