import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IllegalTransitionError } from '../errors/illegal-transition-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { RuleViolationError } from '../errors/rule-violation-error.js';
import { parseMoment } from '../time/parse.js';
import { applyEvent, replay } from './apply.js';
import { createDossier, type Dossier, type DossierInput } from './dossier.js';
import { EVENT_TYPES, type DossierEvent, type EventType } from './events.js';
import { timelinessFacts } from './facts.js';
import { DOSSIER_STATES, isTerminal, toPortalStatus } from './states.js';
import { allowedEvents } from './transitions.js';
import { toEvent, UNITS, type Spec } from './event-specs.test-support.js';

const MIN = 60_000;

const specOf = (types: readonly EventType[]): fc.Arbitrary<Spec> => fc.record({
  type: fc.constantFrom(...types),
  gapMinutes: fc.oneof(fc.integer({ min: 0, max: 24 * 60 }), fc.noBias(fc.integer({ min: 0, max: 10 * 24 * 60 }))),
  unit: fc.integer({ min: 0, max: UNITS.length - 1 }),
  days: fc.integer({ min: -2, max: 20 }),
});
const specArb = specOf(EVENT_TYPES);
/** Biased towards the long road to `closed-unsupplemented` (accept, request, wait 15 days, close). */
const biasedSpecArb = specOf([...EVENT_TYPES, 'accept', 'request-supplement', 'request-supplement', 'close-unsupplemented', 'close-unsupplemented', 'close-unsupplemented']);
const headerArb: fc.Arbitrary<{ input: DossierInput; start: number }> = fc.record({
  year: fc.constantFrom('2019-05-06', '2024-03-11', '2026-03-09'),
  clock: fc.constantFrom(undefined, 'pause' as const, 'restart' as const),
  plan: fc.boolean(),
  limit: fc.constantFrom('10 ngày làm việc', '3 ngày làm việc', '16 giờ làm việc', '30 ngày'),
}).map(({ year, clock, plan, limit }) => ({
  start: parseMoment(`${year}T08:00`),
  input: {
    procedure: 'P', field: 'F', unit: UNITS[0], limit,
    ...(clock ? { policy: { supplementationClock: clock, supplementRequestWithinWorkingDays: null, maxSupplementRequests: 2 } } : {}),
    ...(plan ? { steps: UNITS.map((agency, i) => ({ id: `s${i}`, agency, budget: 0.25 + i * 0.25 })) } : {}),
  },
}));

/** The comparable content of a dossier (Deadline objects by their due moment). */
function snapshot(d: Dossier): unknown {
  const { originalDeadline, deadline, ...clock } = d.clock;
  return {
    state: d.state, code: d.code, ruleset: d.ruleset?.id, clock, due: deadline?.dueMs, originalDue: originalDeadline?.dueMs,
    steps: d.steps, events: d.events.map((e) => e.id),
  };
}

describe('model-based properties over random event sequences', () => {
  it('legal states only, typed refusals, terminal absorption, a fixed original appointment, a total portal mapping, replay = incremental', () => {
    fc.assert(
      fc.property(headerArb, fc.array(specArb, { minLength: 1, maxLength: 30 }), ({ input, start }, specs) => {
        let d = createDossier(input);
        let at = start;
        const applied: DossierEvent[] = [];
        let original: number | undefined;
        specs.forEach((spec, i) => {
          at += spec.gapMinutes * MIN;
          const event = toEvent(spec, at, i);
          const allowed = allowedEvents(d.state).includes(event.type);
          const wasTerminal = isTerminal(d.state);
          try {
            const next = applyEvent(d, event);
            // The model: only events the table allows are applied, and they lead to a canonical state.
            expect(allowed).toBe(true);
            expect(DOSSIER_STATES).toContain(next.state);
            d = next;
            applied.push(event);
          } catch (error) {
            if (!allowed) expect(error).toBeInstanceOf(IllegalTransitionError);
            else if (!(error instanceof RuleViolationError || error instanceof InvalidInputError)) throw error;
          }
          if (wasTerminal) expect(d.events.length).toBe(applied.length);
          expect(toPortalStatus(d)).toBeGreaterThanOrEqual(1);
          expect(toPortalStatus(d)).toBeLessThanOrEqual(10);
          if (d.clock.originalDueMs !== undefined) {
            original ??= d.clock.originalDueMs;
            expect(d.clock.originalDueMs).toBe(original);
            expect(timelinessFacts(d)?.slipDueMs).toBe(original);
          }
          expect(d.clock.supplementRequests).toBeLessThanOrEqual(d.rules?.maxSupplementRequests.value ?? 0);
          expect(d.clock.extensions).toBeLessThanOrEqual(d.rules?.maxExtensions.value ?? 0);
        });
        if (isTerminal(d.state)) {
          for (const type of EVENT_TYPES) {
            expect(() => applyEvent(d, toEvent({ type, gapMinutes: 0, unit: 0, days: 3 }, at, 999))).toThrow(IllegalTransitionError);
          }
        }
        expect(snapshot(replay(applied, input))).toEqual(snapshot(d));
      }),
      { numRuns: 300 },
    );
  });

  it('reaches every canonical state', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(headerArb, fc.array(biasedSpecArb, { minLength: 1, maxLength: 25 }), ({ input, start }, specs) => {
        let d = createDossier(input);
        let at = start;
        specs.forEach((spec, i) => {
          at += spec.gapMinutes * MIN;
          try { d = applyEvent(d, toEvent(spec, at, i)); } catch { /* refused: stays */ }
          seen.add(d.state);
        });
      }),
      { numRuns: 1500, seed: 42 },
    );
    expect(DOSSIER_STATES.filter((s) => !seen.has(s))).toEqual([]);
  });
});
