import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent, replay } from '../lifecycle/apply.js';
import { timelinessOf } from '../lifecycle/clock.js';
import { createDossier, type Dossier, type DossierInput } from '../lifecycle/dossier.js';
import { EVENT_TYPES, type EventType } from '../lifecycle/events.js';
import { timelinessFacts } from '../lifecycle/facts.js';
import { lateSteps } from '../lifecycle/steps.js';
import { parseMoment } from '../time/parse.js';
import { deriveIndices } from './derive.js';
import { dossierFactsFromDossier } from './from-dossier.js';
import { toEvent, UNITS, type Spec } from '../lifecycle/event-specs.test-support.js';

const DESK = 'UBND phường Ba Đình';
const who = { unit: DESK, officer: 'Lan' };
const base: DossierInput = { procedure: '1.004227', field: 'Đất đai', unit: DESK, limit: '10 ngày làm việc' };
const accepted = () => replay([{ type: 'accept', at: '2026-03-09T09:00', ...who, code: 'C1' }], base);
const decideAt = (at: string) => deriveIndices(dossierFactsFromDossier(applyEvent(accepted(), { type: 'decide', at, ...who })));

describe('dossierFactsFromDossier (Circular 01/2018 Art. 13(1)–(3) from the event log)', () => {
  it('index 1: before the appointment day 2, on it 1, after the appointment moment 0 (due Mon 2026-03-23 17:00)', () => {
    expect(dossierFactsFromDossier(applyEvent(accepted(), { type: 'decide', at: '2026-03-20T09:00', ...who }))).toEqual({ limit: 10, used: 9, supplementationRequests: 0 });
    expect(decideAt('2026-03-20T09:00').totalTime).toBe(2);
    expect(decideAt('2026-03-23T16:59').totalTime).toBe(1);
    expect(decideAt('2026-03-23T17:30').totalTime).toBe(0);
    expect(decideAt('2026-03-24T08:00').totalTime).toBe(0);
  });

  it('index 1 ignores the extension and follows the restart (worked example 3)', () => {
    const ext = replay([
      { type: 'accept', at: '2026-03-09T09:00', ...who, code: 'C1' },
      { type: 'extend', at: '2026-03-20T16:00', ...who, reason: 'r', newAppointment: '2026-03-27T17:00' },
      { type: 'decide', at: '2026-03-25T10:00', ...who },
    ], base);
    expect(deriveIndices(dossierFactsFromDossier(ext)).totalTime).toBe(0);
    const restart = replay([
      { type: 'accept', at: '2026-03-09T09:00', ...who, code: 'C1' },
      { type: 'request-supplement', at: '2026-03-13T10:00', ...who, items: ['x'] },
      { type: 'supplement-received', at: '2026-03-18T09:00', ...who },
      { type: 'decide', at: '2026-04-01T10:00', ...who },
    ], { ...base, policy: { supplementRequestWithinWorkingDays: null } });
    expect(dossierFactsFromDossier(restart)).toEqual({ limit: 10, used: 10, supplementationRequests: 1 });
    expect(deriveIndices(dossierFactsFromDossier(restart))).toMatchObject({ totalTime: 1, contacts: 1 });
  });

  it('index 2: three agencies, the middle one overran → 0; index 3 counts desk corrections too', () => {
    const d = replay([
      { type: 'accept', at: '2026-03-09T09:00', unit: 'Một cửa', officer: 'a', code: 'X' },
      { type: 'hand-over', at: '2026-03-09T09:00', unit: 'Một cửa', officer: 'a', toUnit: 'A' },
      { type: 'hand-over', at: '2026-03-09T16:00', unit: 'A', officer: 'b', toUnit: 'B' },
      { type: 'hand-over', at: '2026-03-13T10:00', unit: 'B', officer: 'c', toUnit: 'C' },
      { type: 'decide', at: '2026-03-17T09:00', unit: 'C', officer: 'd' },
    ], { ...base, unit: 'Một cửa', limit: '5 ngày làm việc', steps: [{ id: 'a', agency: 'A', budget: 1 }, { id: 'b', agency: 'B', budget: 2 }, { id: 'c', agency: 'C', budget: 2 }] });
    const f = dossierFactsFromDossier(d);
    expect(f.steps!.map((s) => [s.agency, s.budget, s.used < s.budget ? '<' : s.used === s.budget ? '=' : '>'])).toEqual([['A', 1, '<'], ['B', 2, '>'], ['C', 2, '=']]);
    expect(deriveIndices(f)).toMatchObject({ agencyTime: 0, totalTime: 0, contacts: 2 });
    const online = replay([
      { type: 'submit', at: '2026-03-06T20:00', ...who },
      { type: 'request-supplement', at: '2026-03-09T08:00', ...who, items: ['Ảnh'] },
      { type: 'supplement-received', at: '2026-03-09T08:30', ...who },
      { type: 'accept', at: '2026-03-09T09:00', ...who, code: 'C3' },
    ], { ...base, channel: 'online' });
    expect(dossierFactsFromDossier(online)).toEqual({ supplementationRequests: 1 });
  });

  it('no index 1 for a withdrawal; nothing for a dossier refused at reception', () => {
    expect(dossierFactsFromDossier(applyEvent(accepted(), { type: 'withdraw', at: '2026-03-10T09:00', ...who }))).toEqual({ supplementationRequests: 0 });
    expect(dossierFactsFromDossier(replay([{ type: 'refuse-at-reception', at: '2026-03-09T10:00', ...who, reasons: ['r'] }], base))).toEqual({});
  });
});

const specArb: fc.Arbitrary<Spec> = fc.record({
  type: fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...EVENT_TYPES) },
    { weight: 3, arbitrary: fc.constantFrom<EventType>('hand-over', 'request-supplement', 'supplement-received', 'request-payment', 'payment-received', 'extend', 'decide', 'refuse') },
  ),
  gapMinutes: fc.oneof(fc.integer({ min: 0, max: 24 * 60 }), fc.noBias(fc.integer({ min: 0, max: 6 * 24 * 60 }))),
  unit: fc.integer({ min: 0, max: UNITS.length - 1 }),
  days: fc.integer({ min: -2, max: 20 }),
});
const headerArb = fc.record({
  year: fc.constantFrom('2019-05-06', '2024-03-11', '2026-03-09'),
  clock: fc.constantFrom(undefined, 'pause' as const, 'restart' as const),
  plan: fc.boolean(),
  limit: fc.constantFrom('10 ngày làm việc', '3 ngày làm việc', '16 giờ làm việc', '30 ngày'),
}).map(({ year, clock, plan, limit }) => ({
  start: parseMoment(`${year}T08:00`),
  input: {
    procedure: 'P', field: 'F', unit: UNITS[0], limit,
    policy: { supplementRequestWithinWorkingDays: null, maxSupplementRequests: 2, ...(clock ? { supplementationClock: clock } : {}) },
    ...(plan ? { steps: UNITS.map((agency, i) => ({ id: `s${i}`, agency, budget: 0.25 + i * 0.25 })) } : {}),
  } satisfies DossierInput,
}));

const POINTS = { early: 2, 'on-time': 1, late: 0 } as const;

describe('property: the derived indices agree with the dossier’s clock', () => {
  it('index 1 = 2 / 1 / 0 exactly as the finish is before the appointment day / on it / after the appointment; index 2 from the step verdicts; index 3 from the requests', () => {
    fc.assert(
      fc.property(headerArb, fc.boolean(), fc.array(specArb, { minLength: 1, maxLength: 25 }), ({ input, start }, acceptFirst, rest) => {
        const specs: Spec[] = acceptFirst ? [{ type: 'accept', gapMinutes: 60, unit: 0, days: 0 }, ...rest] : rest;
        let d: Dossier = createDossier(input);
        let t = start;
        specs.forEach((spec, i) => {
          t += spec.gapMinutes * 60_000;
          try { d = applyEvent(d, toEvent(spec, t, i)); } catch { /* refused */ }
        });
        const facts = dossierFactsFromDossier(d);
        const derived = deriveIndices(facts); // validates the facts
        const c = d.clock;
        const tf = timelinessFacts(d);
        const result = c.finishedAt !== undefined && (c.finishKind === 'decided' || c.finishKind === 'refused');
        if (result && tf) {
          expect(derived.totalTime).toBe(POINTS[timelinessOf(c.finishedAt!, tf.originalDueMs)]);
          if (c.extensions === 0) expect(derived.totalTime).toBe(POINTS[timelinessOf(c.finishedAt!, c.currentDueMs!)]);
        } else expect(derived.totalTime).toBeUndefined();
        const done = d.steps.filter((s) => s.status === 'done');
        if (done.length) {
          expect(derived.agencyTime).toBe(Math.min(...done.map((s) => POINTS[s.verdict!])));
          expect(derived.agencyTime === 0).toBe(lateSteps(d).length > 0);
        } else expect(derived.agencyTime).toBeUndefined();
        const contacts = c.supplementRequests + c.deskRequests;
        if ((tf && !tf.refusedAtReception) || contacts > 0) expect(derived.contacts).toBe(contacts === 0 ? 2 : contacts === 1 ? 1 : 0);
      }),
      { numRuns: 500 },
    );
  });
});
