import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { defaultDerivationPolicy, deriveIndices, type DerivationPolicy, type DossierStepFacts } from './derive.js';

const lenient: DerivationPolicy = { ...defaultDerivationPolicy, id: 'lenient', contactsByApplicantFault: 'not-zero', lateWithoutPetition: 1 };

describe('deriveIndices', () => {
  it('index 1: total time shorter / equal / longer than the limit → 2 / 1 / 0 (Art. 13(1))', () => {
    expect(deriveIndices({ limit: 10, used: 9 }).totalTime).toBe(2);
    expect(deriveIndices({ limit: 10, used: 10 }).totalTime).toBe(1);
    expect(deriveIndices({ limit: 10, used: 10.5 }).totalTime).toBe(0);
    expect(deriveIndices({ limit: 10, used: 9 }).trace[0]!.basis).toMatchObject({ article: 'Art. 13(1)', mark: 'P' });
  });

  it('index 2: each agency vs its share; the lowest agency decides (Art. 13(2))', () => {
    const steps = (...s: [string, number, number][]): DossierStepFacts[] => s.map(([agency, budget, used]) => ({ agency, budget, used }));
    expect(deriveIndices({ steps: steps(['desk', 0.5, 0.25], ['dept', 5, 4]) }).agencyTime).toBe(2);
    expect(deriveIndices({ steps: steps(['desk', 0.5, 0.5], ['dept', 5, 4]) }).agencyTime).toBe(1);
    expect(deriveIndices({ steps: steps(['desk', 0.5, 0.25], ['dept', 5, 6]) }).agencyTime).toBe(0);
    // two steps of one agency are added up: 1 + 3 = 4 of 2 + 2 = 4 → equal
    expect(deriveIndices({ steps: steps(['dept', 2, 1], ['desk', 1, 0.5], ['dept', 2, 3]) }).agencyTime).toBe(1);
  });

  it('index 3: supplementation requests 0 / 1 / more → 2 / 1 / 0 (Art. 13(3))', () => {
    expect(deriveIndices({ supplementationRequests: 0 }).contacts).toBe(2);
    expect(deriveIndices({ supplementationRequests: 1 }).contacts).toBe(1);
    expect(deriveIndices({ supplementationRequests: 2 }).contacts).toBe(0);
  });

  it('index 3, applicant\'s fault [U]: not counted (default) or never zero (policy)', () => {
    const facts = (requests: number, fault: number) => ({ supplementationRequests: requests, applicantFaultRequests: fault });
    expect(deriveIndices(facts(2, 1)).contacts).toBe(1);
    expect(deriveIndices(facts(2, 2)).contacts).toBe(2);
    expect(deriveIndices(facts(3, 1)).contacts).toBe(0);
    expect(deriveIndices(facts(2, 1), lenient).contacts).toBe(1);
    expect(deriveIndices(facts(2, 2), lenient).contacts).toBe(1);
    expect(deriveIndices(facts(1, 1), lenient).contacts).toBe(1);
    expect(deriveIndices(facts(3, 1), lenient).contacts).toBe(0);
    expect(deriveIndices(facts(2, 1)).trace[0]!.basis.mark).toBe('U');
  });

  it('index 7: petition → 0; otherwise earlier 2, on time 1, late per policy [U] (Art. 13(7))', () => {
    expect(deriveIndices({ limit: 5, used: 4, misconductPetition: false }).attitude).toBe(2);
    expect(deriveIndices({ limit: 5, used: 5, misconductPetition: false }).attitude).toBe(1);
    expect(deriveIndices({ limit: 5, used: 6, misconductPetition: false }).attitude).toBe(0);
    expect(deriveIndices({ limit: 5, used: 6, misconductPetition: false }, lenient).attitude).toBe(1);
    expect(deriveIndices({ limit: 5, used: 4, misconductPetition: true }).attitude).toBe(0);
    expect(deriveIndices({ misconductPetition: true }).attitude).toBe(0);
  });

  it('index 7 without the petition fact: only the cap from the timing', () => {
    const d = deriveIndices({ limit: 5, used: 5 });
    expect(d.attitude).toBeUndefined();
    expect(d.attitudeCap).toBe(1);
    expect(d.timing).toBe('equal');
  });

  it('derives nothing from no facts', () => {
    expect(deriveIndices({})).toEqual({ trace: [] });
  });

  it('validates facts with paths: pairs, counts, unknown fields', () => {
    const path = (facts: unknown) => {
      try {
        deriveIndices(facts as never);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInputError);
        return (error as InvalidInputError).path;
      }
      return undefined;
    };
    expect(path({ limit: 3 })).toEqual(['used']);
    expect(path({ limit: 3, used: -1 })).toEqual(['used']);
    expect(path({ supplementationRequests: 1.5 })).toEqual(['supplementationRequests']);
    expect(path({ supplementationRequests: 1, applicantFaultRequests: 2 })).toEqual(['applicantFaultRequests']);
    expect(path({ steps: [{ agency: 'a', budget: 1 }] })).toEqual(['steps', 0, 'used']);
    expect(path({ limt: 3 })).toEqual(['limt']); // the unknown field is named
  });
});

/**
 * A dossier's clock as the lifecycle will produce it: consecutive steps, each owned by an agency
 * with a budget (a share of the limit) and an actual duration. The limit is the sum of budgets and
 * the time used the sum of durations.
 */
const clock = fc.array(
  fc.record({ agency: fc.constantFrom('desk', 'dept', 'ubnd'), budget: fc.integer({ min: 1, max: 20 }), used: fc.integer({ min: 0, max: 30 }) }),
  { minLength: 1, maxLength: 6 },
);
const sum = (xs: readonly { budget: number; used: number }[], k: 'budget' | 'used') => xs.reduce((s, x) => s + x[k], 0);

describe('derived indices agree with the dossier\'s clock (properties)', () => {
  it('index 1 is the sign of limit − used; index 7 never exceeds it and follows the petition', () => {
    fc.assert(
      fc.property(clock, fc.option(fc.boolean(), { nil: undefined }), (steps, petition) => {
        const limit = sum(steps, 'budget');
        const used = sum(steps, 'used');
        const d = deriveIndices({ limit, used, steps, ...(petition === undefined ? {} : { misconductPetition: petition }) });
        expect(d.totalTime).toBe(Math.sign(limit - used) + 1);
        expect(d.attitudeCap!).toBeLessThanOrEqual(d.totalTime!);
        if (petition === true) expect(d.attitude).toBe(0);
        if (petition === false) expect(d.attitude).toBe(d.attitudeCap);
        if (petition === undefined) expect(d.attitude).toBeUndefined();
      }),
    );
  });

  it('when every agency kept its share, the whole dossier kept the limit (index 2 ≤ … ≥ index 1)', () => {
    fc.assert(
      fc.property(clock, (steps) => {
        const d = deriveIndices({ limit: sum(steps, 'budget'), used: sum(steps, 'used'), steps });
        if (d.agencyTime === 2) expect(d.totalTime).toBe(2);
        if (d.agencyTime! >= 1) expect(d.totalTime!).toBeGreaterThanOrEqual(1);
        if (d.totalTime === 0) expect(d.agencyTime).toBe(0);
      }),
    );
  });

  it('taking longer never earns more points (monotone in the time used)', () => {
    fc.assert(
      fc.property(clock, fc.nat({ max: 5 }), fc.integer({ min: 1, max: 10 }), (steps, which, extra) => {
        const slower = steps.map((s, i) => (i === which % steps.length ? { ...s, used: s.used + extra } : s));
        const a = deriveIndices({ limit: sum(steps, 'budget'), used: sum(steps, 'used'), steps, misconductPetition: false });
        const b = deriveIndices({ limit: sum(slower, 'budget'), used: sum(slower, 'used'), steps: slower, misconductPetition: false });
        expect(b.totalTime!).toBeLessThanOrEqual(a.totalTime!);
        expect(b.agencyTime!).toBeLessThanOrEqual(a.agencyTime!);
        expect(b.attitude!).toBeLessThanOrEqual(a.attitude!);
      }),
    );
  });

  it('more supplementation requests never earn more points for index 3', () => {
    fc.assert(
      fc.property(fc.nat({ max: 5 }), fc.nat({ max: 5 }), fc.nat({ max: 5 }), fc.constantFrom(defaultDerivationPolicy, lenient), (a, more, fault, policy) => {
        const f = Math.min(fault, a);
        const x = deriveIndices({ supplementationRequests: a, applicantFaultRequests: f }, policy).contacts!;
        const y = deriveIndices({ supplementationRequests: a + more, applicantFaultRequests: f }, policy).contacts!;
        expect(y).toBeLessThanOrEqual(x);
      }),
    );
  });
});
