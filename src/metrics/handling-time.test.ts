import { describe, expect, it } from 'vitest';
import { vnCalendar } from '../calendar/vn-calendar.js';
import { IncompatibleReportsError } from '../errors/incompatible-reports-error.js';
import { InvalidDossierRecordError } from '../errors/invalid-dossier-record-error.js';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { parseMoment } from '../time/parse.js';
import { buildPeriodReport, createReportAccumulator } from './accumulator.js';
import { buildHandlingTimeReport, createHandlingTimeAccumulator, type HandlingTimeOptions, type HandlingTimeState } from './handling-time.js';
import { decision766Timeliness, resultReturnedTimeliness, standardTimeliness } from './policy.js';
import type { DossierRecord } from './record.js';
import { rec } from './sample.test-support.js';

// Hand-computed, March 2026 (no day off but weekends: Mon 2, 9, 16, 23, 30), office hours
// 07:00–11:30 and 13:30–17:00 (8 working hours a day). Working time counted window by window.
const P1 = 'Đăng ký khai sinh';
const P2 = 'Cấp phép xây dựng';
const DUE = '2026-04-10T17:00';
const MARCH = { from: '2026-03-01', to: '2026-03-31' } as const;
const RECORDS: readonly DossierRecord[] = [
  // A: Mon 2/3 08:00 → Wed 4/3 10:00: Mon 3.5 + 3.5 h, Tue 8 h, Wed 07:00–10:00 3 h = 18 h = 2.25 wd; elapsed 50 h.
  rec({ procedure: P1, received: '2026-03-02T08:00', due: DUE, finished: '2026-03-04T10:00' }),
  // B: Fri 6/3 16:00 → Mon 9/3 09:00: Fri 1 h, the weekend off, Mon 2 h = 3 h = 0.375 wd; elapsed 65 h.
  rec({ procedure: P1, received: '2026-03-06T16:00', due: DUE, finished: '2026-03-09T09:00' }),
  // C: Tue 10/3 10:00 → 15:00: 10:00–11:30 1.5 h + 13:30–15:00 1.5 h = 3 h = 0.375 wd; elapsed 5 h.
  rec({ procedure: P1, received: '2026-03-10T10:00', due: DUE, finished: '2026-03-10T15:00' }),
  // G: received in February: not counted.
  rec({ procedure: P1, received: '2026-02-27T08:00', due: DUE, finished: '2026-03-03T08:00' }),
  // H: Mon 30/3 08:00 → Thu 2/4 10:00: open on 31/3; by 30/4: 7 + 8 + 8 + 3 = 26 h = 3.25 wd.
  rec({ procedure: P1, received: '2026-03-30T08:00', due: DUE, finished: '2026-04-02T10:00' }),
  // D: Wed 11/3 08:00 → Wed 18/3 08:00: 7 + 8 + 8 (Thu, Fri) + 8 + 8 (Mon, Tue) + 1 = 40 h = 5 wd; elapsed 7 d.
  rec({ procedure: P2, received: '2026-03-11T08:00', due: DUE, finished: '2026-03-18T08:00' }),
  // I: Thu 12/3 09:00 → Thu 19/3 09:00 with 2 days paused: excluded, it ends Tue 17/3 09:00:
  //    6 + 8 (Fri) + 8 (Mon) + 2 = 24 h = 3 wd (elapsed 5 d); included: 40 h = 5 wd (7 d).
  rec({ procedure: P2, received: '2026-03-12T09:00', due: DUE, finished: '2026-03-19T09:00', pausedMs: 2 * 86_400_000 }),
  // W: withdrawn, Mon 23/3 08:00 → Tue 24/3 08:00: 7 + 1 = 8 h = 1 wd (elapsed 1 d).
  rec({ procedure: P2, received: '2026-03-23T08:00', due: DUE, finished: '2026-03-24T08:00', kind: 'withdrawn' }),
  // E: open at the end of March.
  rec({ procedure: P2, received: '2026-03-20T08:00', due: DUE }),
  // F: refused at reception: not counted anywhere.
  rec({ procedure: P2, received: '2026-03-05T08:00', due: DUE, refused: true }),
];

const build = (options: Partial<HandlingTimeOptions> = {}, records: readonly DossierRecord[] = RECORDS) => buildHandlingTimeReport(records, { ...MARCH, ...options });
const rows = (options: Partial<HandlingTimeOptions> = {}) => {
  const r = build(options);
  return [...r.groups.map((g) => [g.key.procedure, g.finished, g.inProgress, g.total, g.average]), ['total', r.total.finished, r.total.inProgress, r.total.total, r.total.average]];
};

describe('buildHandlingTimeReport — March 2026, by hand', () => {
  it('working days (default): per procedure, received in the period and finished by its end', () => {
    // P1: A + B + C = 2.25 + 0.375 + 0.375 = 3 wd over 3; H open. P2: D + I + W = 5 + 3 + 1 = 9 over 3; E open.
    expect(rows()).toEqual([
      [P2, 3, 1, 9, 3],
      [P1, 3, 1, 3, 1],
      ['total', 6, 2, 12, 2],
    ]);
    const r = build();
    expect(r).toMatchObject({ timeUnit: 'working-days', hoursPerWorkingDay: 8, policy: 'standard', pausedTime: 'exclude', groupBy: ['procedure'], asOf: '2026-03-31T23:59:59+07:00', provisional: false, estimate: true });
    expect(r.definition.id).toBe('decision766-2.2');
    expect(r.definition.description).toContain('no points formula');
    expect(r.definition.numerator).toBe('Σ handling time in working days (working minutes inside office hours ÷ minutes per working day): receipt → finish under policy standard, paused time (pausedMs) excluded');
    expect(r.definition.basis.map((b) => b.mark)).toEqual(['X', 'U', 'U', 'U', 'U']);
  });

  it('working hours and calendar days', () => {
    expect(rows({ timeUnit: 'working-hours' })).toEqual([[P2, 3, 1, 72, 24], [P1, 3, 1, 24, 8], ['total', 6, 2, 96, 16]]);
    // Elapsed: P1 50 + 65 + 5 = 120 h = 5 d; P2 7 + 5 + 1 = 13 d.
    expect(rows({ timeUnit: 'calendar-days' })).toEqual([[P2, 3, 1, 13, 13 / 3], [P1, 3, 1, 5, 5 / 3], ['total', 6, 2, 18, 3]]);
    expect(build({ timeUnit: 'calendar-days' })).not.toHaveProperty('hoursPerWorkingDay');
  });

  it('paused time: excluded by default (the policy’s pausedTime), included on request', () => {
    expect(rows({ pausedTime: 'ignore' })[0]).toEqual([P2, 3, 1, 11, 11 / 3]); // I: 5 wd instead of 3
    expect(build({ pausedTime: 'ignore' }).definition.numerator).toContain('paused time (pausedMs) included');
    expect(build({ policy: { ...standardTimeliness, pausedTime: 'ignore' } }).pausedTime).toBe('ignore');
  });

  it('as of a later moment: the period’s dossiers finished since count (H: 3.25 wd)', () => {
    expect(rows({ asOf: '2026-04-30T17:00' })[1]).toEqual([P1, 4, 0, 6.25, 1.5625]);
    // As of a moment inside the period: only what was received by then, finished by then.
    expect(rows({ asOf: '2026-03-09T12:00', groupBy: [] })).toEqual([[undefined, 2, 0, 2.625, 1.3125], ['total', 2, 0, 2.625, 1.3125]]);
  });

  it('a finish kind the policy leaves out is not counted, nor in progress', () => {
    const noWithdrawn = { ...standardTimeliness, id: 'no-withdrawn', finishes: { ...standardTimeliness.finishes, withdrawn: false } };
    expect(rows({ policy: noWithdrawn })[0]).toEqual([P2, 2, 1, 8, 4]);
  });

  it('grouping like the period report: none, or unit and procedure', () => {
    expect(build({ groupBy: [] }).groups.map((g) => g.key)).toEqual([{}]);
    expect(build({ groupBy: ['unit', 'procedure'] }).groups.map((g) => g.key)).toEqual([{ unit: 'UBND xã A', procedure: P2 }, { unit: 'UBND xã A', procedure: P1 }]);
    expect(build({ groupBy: ['field'] }).groups.map((g) => g.key)).toEqual([{ field: '(none)' }]);
  });

  it('the period report agrees: finished + in progress = received − refused at reception', () => {
    const report = buildPeriodReport(RECORDS, { ...MARCH, groupBy: [] });
    const h = build({ groupBy: [] });
    expect(h.total.finished + h.total.inProgress).toBe(report.total.counts.received - report.total.counts.refusedAtReception);
  });
});

describe('across the Quốc khánh break (30/8 – 2/9/2025 off)', () => {
  const Q = { from: '2025-08-01', to: '2025-09-30', groupBy: [] } as const;
  // Fri 29/8 16:00 → Wed 3/9 09:00: Fri 1 h, 30/8 … 2/9 off, Wed 2 h = 3 h = 0.375 wd; elapsed 4 d 17 h.
  const across = rec({ received: '2025-08-29T16:00', due: '2025-09-05T17:00', finished: '2025-09-03T09:00' });
  // Filed online on 1/9 (a holiday) 10:00 → Thu 4/9 10:00: 2/9 off, Wed 8 h, Thu 3 h = 11 h = 1.375 wd.
  const onHoliday = rec({ channel: 'online', received: '2025-09-01T10:00', due: '2025-09-08T17:00', finished: '2025-09-04T10:00' });
  it('counts only working time', () => {
    expect(buildHandlingTimeReport([across], Q).total).toMatchObject({ finished: 1, total: 0.375, average: 0.375 });
    expect(buildHandlingTimeReport([across], { ...Q, timeUnit: 'calendar-days' }).total.total).toBeCloseTo(4 + 17 / 24, 12);
    expect(buildHandlingTimeReport([across, onHoliday], { ...Q, timeUnit: 'working-hours' }).total).toMatchObject({ finished: 2, total: 14, average: 7 });
  });
  it('the calendar is an option: with Saturdays worked, March gains them', () => {
    // B gains Sat 7/3 (1 + 8 + 2 = 11 h); D and I gain Sat 14/3 (48 h, 32 h): 96 + 8 + 8 + 8 = 120 h.
    const saturdays = vnCalendar({ weeklyRestDays: [0] });
    expect(build({ calendar: saturdays, groupBy: [], timeUnit: 'working-hours' }).total).toMatchObject({ finished: 6, total: 120 });
  });
});

describe('finish moment: the timeliness policy’s, as 2.1 and the period report use it', () => {
  const G = { ...MARCH, groupBy: [] } as const;
  // Waiting on one supplementation request since Tue 3/3 08:00 (received Mon 2/3 08:00): 7 + 1 = 8 h.
  const waiting: DossierRecord = { ...rec({ received: '2026-03-02T08:00', due: DUE, requests: 1 }), pendingSupplementSince: parseMoment('2026-03-03T08:00') };
  // Decided Wed 4/3 10:00 (18 h), result returned Thu 5/3 10:00 (26 h = 3.25 wd).
  const returned: DossierRecord = { ...rec({ received: '2026-03-02T08:00', due: DUE, finished: '2026-03-04T10:00' }), returnedAt: parseMoment('2026-03-05T10:00') };
  const decided = rec({ received: '2026-03-02T08:00', due: DUE, finished: '2026-03-04T10:00' });
  it('decision766: a single pending request finishes at the request; standard: still in progress', () => {
    expect(buildHandlingTimeReport([waiting], { ...G, policy: decision766Timeliness }).total).toMatchObject({ finished: 1, inProgress: 0, total: 1 });
    expect(buildHandlingTimeReport([waiting], G).total).toMatchObject({ finished: 0, inProgress: 1, total: 0, average: null });
  });
  it('result-returned: the return of the result ends it; decided but not returned is in progress', () => {
    expect(buildHandlingTimeReport([returned], { ...G, policy: resultReturnedTimeliness }).total).toMatchObject({ finished: 1, total: 3.25 });
    expect(buildHandlingTimeReport([returned], G).total).toMatchObject({ finished: 1, total: 2.25 });
    expect(buildHandlingTimeReport([decided], { ...G, policy: resultReturnedTimeliness }).total).toMatchObject({ finished: 0, inProgress: 1 });
  });
  it('a pause longer than the handling time counts as 0, not negative', () => {
    const r = rec({ received: '2026-03-02T08:00', due: DUE, finished: '2026-03-02T09:00', pausedMs: 5 * 3_600_000 });
    expect(buildHandlingTimeReport([r], G).total).toMatchObject({ finished: 1, total: 0 });
  });
  it('working days of other office hours: their day by default, or hoursPerWorkingDay', () => {
    const hours = { default: ['07:30-11:30', '13:30-17:00'] }; // 7.5 h
    const r = rec({ received: '2026-03-02T07:30', due: DUE, finished: '2026-03-03T07:30' }); // one full office day
    expect(buildHandlingTimeReport([r], { ...G, officeHours: hours })).toMatchObject({ hoursPerWorkingDay: 7.5, total: { total: 1 } });
    expect(buildHandlingTimeReport([r], { ...G, officeHours: hours, hoursPerWorkingDay: 8 }).total.total).toBe(0.9375);
    expect(buildHandlingTimeReport([r], { ...G, officeHours: hours, timeUnit: 'working-hours' }).state.officeHours![1]).toEqual(['07:30-11:30', '13:30-17:00']);
  });
  it('working days are not always fewer than calendar days: 8 hours on one day are 0.75 of each kind', () => {
    const r = rec({ received: '2026-03-02T08:00', due: DUE, finished: '2026-03-02T16:00' }); // 3.5 + 2.5 = 6 working hours
    expect(buildHandlingTimeReport([r], G).total.total).toBe(0.75);
    expect(buildHandlingTimeReport([r], { ...G, timeUnit: 'calendar-days' }).total.total).toBeCloseTo(1 / 3, 12);
  });
  it('marks working times that reach a projected year provisional', () => {
    const late = rec({ received: '2026-03-02T08:00', due: DUE, finished: '2029-01-05T08:00' });
    expect(buildHandlingTimeReport([late], { ...G, asOf: '2030-01-01' }).provisional).toBe(true);
    expect(buildHandlingTimeReport([late], { ...G, asOf: '2030-01-01', timeUnit: 'calendar-days' }).provisional).toBe(false);
  });
});

describe('merge', () => {
  it('shards merge to the one-pass report; the provisional flag survives a state', () => {
    const a = createHandlingTimeAccumulator(MARCH);
    const b = createHandlingTimeAccumulator(MARCH);
    RECORDS.forEach((r, i) => (i % 2 ? a : b).add(r));
    const merged = a.merge(JSON.parse(JSON.stringify(b.state())) as HandlingTimeState).result();
    expect(merged.groups).toEqual(build().groups);
    expect(merged.total).toEqual(build().total);
    expect(a.records).toBe(5);
    const p = createHandlingTimeAccumulator({ ...MARCH, asOf: '2030-01-01' });
    p.add(rec({ received: '2026-03-02T08:00', due: DUE, finished: '2029-01-05T08:00' }));
    expect(createHandlingTimeAccumulator({ ...MARCH, asOf: '2030-01-01' }).merge(p.state()).result().provisional).toBe(true);
  });

  it('refuses other settings, a period report’s state, and a bad state (atomically)', () => {
    const a = createHandlingTimeAccumulator(MARCH);
    RECORDS.forEach((r) => a.add(r));
    expect(() => a.merge(createHandlingTimeAccumulator({ ...MARCH, timeUnit: 'working-hours' }))).toThrow(IncompatibleReportsError);
    expect(() => a.merge(createHandlingTimeAccumulator({ ...MARCH, groupBy: [] }))).toThrow(/different groupBy/);
    expect(() => a.merge(createHandlingTimeAccumulator({ ...MARCH, officeHours: { default: ['07:30-11:30', '13:30-17:00'] } }))).toThrow(/different officeHours/);
    expect(() => a.merge(createReportAccumulator(MARCH).state() as unknown as HandlingTimeState)).toThrow(/different indicator/);
    const before = JSON.stringify(a.state());
    const good = a.state();
    const [first, second] = Object.keys(good.groups);
    const bad = { ...good, groups: { [first!]: good.groups[first!]!, [second!]: { key: good.groups[second!]!.key, totals: { finished: 1, inProgress: 0, seconds: -5 } } } };
    expect(() => a.merge(bad)).toThrow(/groups\..*\.totals\.seconds: must be a non-negative integer/);
    expect(() => a.merge({ ...good, provisional: 'no' } as unknown as HandlingTimeState)).toThrow(InvalidInputError);
    expect(JSON.stringify(a.state())).toBe(before);
  });
});

describe('input validation', () => {
  const bad = (options: unknown) => () => buildHandlingTimeReport([], options as HandlingTimeOptions);
  it('options: named, with their path', () => {
    expect(bad({ ...MARCH, timeUnit: 'months' })).toThrow(/timeUnit: expected one of working-days, working-hours, calendar-days/);
    expect(bad({ ...MARCH, unit: 'working-days' })).toThrow(/unit: unknown field/);
    expect(bad({ from: '2026-03-31', to: '2026-03-01' })).toThrow(/to: the period ends before it starts/);
    expect(bad({ ...MARCH, asOf: '2026-02-28T17:00' })).toThrow(/asOf: before the period starts/);
    expect(bad({ ...MARCH, groupBy: ['officer'] })).toThrow(/groupBy\.0/);
    expect(bad({ ...MARCH, groupBy: ['unit', 'unit'] })).toThrow(/groupBy: a dimension is listed twice/);
    expect(bad({ ...MARCH, hoursPerWorkingDay: 0 })).toThrow(/hoursPerWorkingDay: expected more than 0/);
    expect(bad({ ...MARCH, calendar: {} })).toThrow(/calendar: expected a WorkCalendar/);
    expect(bad({ ...MARCH, policy: 'standard' })).toThrow(/policy: expected a timeliness policy/);
    expect(bad({ ...MARCH, pausedTime: 'subtract' })).toThrow(/pausedTime/);
    expect(bad({ ...MARCH, officeHours: '07:00-17:00' })).toThrow(/officeHours: expected office hours/);
    expect(bad({ ...MARCH, officeHours: { default: ['17:00-07:00'] } })).toThrow(/a window must end after it starts/);
    expect(bad({ to: '2026-03-31' })).toThrow(/from: required: a day/);
    expect(bad({ ...MARCH, from: '2026-02-30' })).toThrow(/^from: Not a calendar day/);
    expect(bad(undefined)).toThrow(InvalidInputError);
  });
  it('records: checked with their position', () => {
    const broken = { ...RECORDS[0]!, finishedAt: parseMoment('2026-03-01T08:00') };
    expect(() => build({}, [RECORDS[0]!, broken])).toThrow(InvalidDossierRecordError);
    expect(() => build({}, [RECORDS[0]!, broken])).toThrow(/^1\.finishedAt: /);
  });
});
