import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { decision766Satisfaction, DEFAULT_NO_DOSSIERS_READING, noDossiersReadings } from './decision766.js';

describe('decision766Satisfaction', () => {
  it('100% − (late share + complained-or-not-satisfied share); full points at ≥ 90%', () => {
    const r = decision766Satisfaction({ dossiers: 200, late: 10, complainedOrNotSatisfied: 6 });
    expect(r.rate).toBeCloseTo(0.92, 12);
    expect(r.points).toBe(6);
    expect(r.maxPoints).toBe(6);
    expect(decision766Satisfaction({ dossiers: 10, late: 1, complainedOrNotSatisfied: 0 }).points).toBe(6); // exactly 90%
  });

  it('below 90%: rate × max ÷ 90%', () => {
    expect(decision766Satisfaction({ dossiers: 100, late: 15, complainedOrNotSatisfied: 5 }).points).toBeCloseTo((0.8 * 6) / 0.9, 12);
    expect(decision766Satisfaction({ dossiers: 1000, late: 101, complainedOrNotSatisfied: 0 }).points).toBeLessThan(6);
    expect(decision766Satisfaction({ dossiers: 100, late: 45, complainedOrNotSatisfied: 0, maxPoints: 18 }).points).toBeCloseTo(11, 12); // 55% × 18 ÷ 90%
  });

  it('floors the rate at 0 when both shares overlap beyond 100%', () => {
    expect(decision766Satisfaction({ dossiers: 10, late: 8, complainedOrNotSatisfied: 7 })).toMatchObject({ rate: 0, points: 0 });
  });

  it('carries its evidence: [S] for the indicator, [X] for the formula, marked as an estimate', () => {
    const r = decision766Satisfaction({ dossiers: 10, late: 0, complainedOrNotSatisfied: 0 });
    expect(r.estimate).toBe(true);
    expect(r.basis.map((b) => b.mark)).toEqual(['S', 'X']);
    expect(r.noDossiers).toBeUndefined();
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('a period without dossiers is a named [U] reading: full points (default), no score, or zero', () => {
    const none = { dossiers: 0, late: 0, complainedOrNotSatisfied: 0 } as const;
    const full = decision766Satisfaction(none);
    expect(full).toMatchObject({ rate: 1, points: 6, noDossiers: 'full-points' });
    expect(full.basis.map((b) => b.mark)).toEqual(['S', 'X', 'U']);
    expect(full.basis[2]!.note).toMatch(/full points/);
    expect(decision766Satisfaction({ ...none, noDossiers: 'no-score' })).toMatchObject({ rate: null, points: null, maxPoints: 6, noDossiers: 'no-score' });
    expect(decision766Satisfaction({ ...none, noDossiers: 'zero', maxPoints: 18 })).toMatchObject({ rate: 0, points: 0, maxPoints: 18, noDossiers: 'zero' });
    expect(DEFAULT_NO_DOSSIERS_READING).toBe('full-points');
    expect(Object.values(noDossiersReadings).every((c) => c.mark === 'U')).toBe(true);
    expect(() => decision766Satisfaction({ ...none, noDossiers: 'half' as 'zero' })).toThrow(/noDossiers/);
    // The reading only applies to an empty period.
    expect(decision766Satisfaction({ dossiers: 10, late: 10, complainedOrNotSatisfied: 0, noDossiers: 'no-score' })).toMatchObject({ rate: 0, points: 0 });
  });

  it('validates the counts', () => {
    expect(() => decision766Satisfaction({ dossiers: 5, late: 6, complainedOrNotSatisfied: 0 })).toThrow(InvalidInputError);
    expect(() => decision766Satisfaction({ dossiers: 5, late: 0, complainedOrNotSatisfied: 6 })).toThrow(/complainedOrNotSatisfied/);
    expect(() => decision766Satisfaction({ dossiers: 1.5, late: 0, complainedOrNotSatisfied: 0 })).toThrow(/dossiers/);
  });
});

describe('decision766Satisfaction input is strict', () => {
  it('refuses a misspelt reading instead of applying the default', () => {
    expect(() => decision766Satisfaction({ dossiers: 0, late: 0, complainedOrNotSatisfied: 0, noDossier: 'zero' } as never)).toThrow(
      /noDossier: unknown field "noDossier" \(did you mean noDossiers\?\)/,
    );
    expect(() => decision766Satisfaction({ dossiers: 1, late: 0 } as never)).toThrow(/complainedOrNotSatisfied: required/);
    expect(() => decision766Satisfaction({ dossiers: 1, late: 0, complainedOrNotSatisfied: 0, noDossiers: 'none' } as never)).toThrow(
      /noDossiers: expected one of full-points, no-score, zero/,
    );
  });
});
