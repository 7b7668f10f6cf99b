// Property tests of the appointment engine (spec/deadline.md): receipts drawn 2016–2027 in
// Vietnamese time (biased towards office-hour edges and days next to holidays), limits 1–60
// working days, 1–200 working hours, 1–120 calendar days (plus same-day and months where the
// property is about every unit), modes A/B/B′/C, every channel, with and without the 15:00 cut-off.
// The naive references below use only `vnCalendar().isWorkingDay` (ISO strings) and the
// standard office-hour windows, with their own UTC+7 arithmetic — never src/time.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { vnCalendar } from '../calendar/vn-calendar.js';
import { computeDeadline, type DeadlineInput } from './compute-deadline.js';
import type { Deadline } from './deadline.js';
import { deadlineStatus, remainingTime } from './desk.js';
import type { Limit, LimitUnit } from './limit.js';
import { STANDARD_OFFICE_HOURS } from './office-hours.js';
import type { Channel, CountingMode } from './policy.js';
import type { PresetId } from './presets.js';
import { splitLimit } from './steps.js';

// ---------------------------------------------------------------------------------------------
// Independent UTC+7 arithmetic on "absolute Vietnamese minutes" (minutes since 1970-01-01 00:00 VN).
const MIN_PER_DAY = 1440;
const VN_OFFSET_MIN = 7 * 60;
const msToVnMinute = (ms: number): number => ms / 60_000 + VN_OFFSET_MIN;
const vnMinuteToMs = (m: number): number => (m - VN_OFFSET_MIN) * 60_000;
const isoOfDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
const weekdayOfDay = (day: number): number => new Date(day * 86_400_000).getUTCDay();
const dayOfIso = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
/** `YYYY-MM-DDTHH:mm` wall time in Vietnam of an absolute VN minute. */
const wallOf = (m: number): string => new Date(m * 60_000).toISOString().slice(0, 16);

const calendar = vnCalendar();
const workingCache = new Map<number, boolean>();
function working(day: number): boolean {
  let w = workingCache.get(day);
  if (w === undefined) workingCache.set(day, (w = calendar.isWorkingDay(isoOfDay(day))));
  return w;
}
function nextWorkingDay(day: number): number {
  let d = day + 1;
  while (!working(d)) d++;
  return d;
}

/** The standard windows (07:00–11:30, 13:30–17:00) per weekday, as minutes of the day. */
const WINDOWS = STANDARD_OFFICE_HOURS.byWeekday;
const OPENING = 7 * 60;
const CLOSING = 17 * 60;
function windowsOf(day: number): readonly (readonly [number, number])[] {
  return working(day) ? WINDOWS[weekdayOfDay(day)]! : [];
}
function isOpenMinute(m: number): boolean {
  const day = Math.floor(m / MIN_PER_DAY);
  const t = m - day * MIN_PER_DAY;
  return windowsOf(day).some(([o, c]) => t >= o && t < c);
}
/** The first open minute at or after `m`, minute by minute (skipping whole days off). */
function nextOpenMinute(m: number): number {
  let x = m;
  for (;;) {
    const day = Math.floor(x / MIN_PER_DAY);
    if (!working(day)) {
      x = (day + 1) * MIN_PER_DAY;
      continue;
    }
    if (isOpenMinute(x)) return x;
    x++;
  }
}

// ---------------------------------------------------------------------------------------------
// Generators.
const FIRST_DAY = dayOfIso('2016-01-01');
const LAST_DAY = dayOfIso('2027-12-31');
/** Days within 3 days of a day off that is not a plain weekend, where the rules matter most. */
const NEAR_DAYS_OFF: number[] = (() => {
  const set = new Set<number>();
  for (let year = 2016; year <= 2027; year++) {
    for (const info of calendar.notableDays(year)) {
      const d = dayOfIso(info.date);
      for (let k = -3; k <= 3; k++) if (d + k >= FIRST_DAY && d + k <= LAST_DAY) set.add(d + k);
    }
  }
  return [...set].sort((a, b) => a - b);
})();
/** Minutes of the day at the edges that matter: opening, lunch, the 15:00 cut-off, closing, midnight. */
const EDGE_MINUTES = [0, 1, 419, 420, 421, 600, 689, 690, 691, 750, 809, 810, 811, 899, 900, 901, 970, 1019, 1020, 1021, 1200, 1439];

const dayArb = fc.oneof(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), fc.constantFrom(...NEAR_DAYS_OFF));
const minuteOfDayArb = fc.oneof(fc.integer({ min: 0, max: 1439 }), fc.constantFrom(...EDGE_MINUTES));
/** A receipt as an absolute VN minute. */
const receiptArb = fc.tuple(dayArb, minuteOfDayArb).map(([d, t]) => d * MIN_PER_DAY + t);
const channelArb = fc.constantFrom<Channel>('in-person', 'online', 'post');
type CutoffChoice = '15:00' | 'none' | undefined;

interface Case {
  /** Absolute VN minute of the receipt. */
  readonly minute: number;
  /** The receipt as passed to the library: wall-time string or epoch ms. */
  readonly receivedAt: string | number;
  readonly channel: Channel;
  readonly mode: CountingMode;
  readonly cutoff: CutoffChoice;
}

const cutoffFor = (mode: CountingMode): fc.Arbitrary<CutoffChoice> =>
  mode === 'A' ? fc.constantFrom<CutoffChoice>(undefined, 'none') : fc.constantFrom<CutoffChoice>(undefined, '15:00', 'none');

function caseArb(modes: readonly CountingMode[] = ['A', 'B', 'B-prime', 'C']): fc.Arbitrary<Case> {
  return fc
    .record({ minute: receiptArb, asString: fc.boolean(), channel: channelArb, mode: fc.constantFrom(...modes) })
    .chain((r) =>
      cutoffFor(r.mode).map((cutoff) => ({
        minute: r.minute,
        receivedAt: r.asString ? wallOf(r.minute) : vnMinuteToMs(r.minute),
        channel: r.channel,
        mode: r.mode,
        cutoff,
      })),
    );
}

const limitArb = (unit: LimitUnit): fc.Arbitrary<number> => {
  switch (unit) {
    case 'working-days': return fc.integer({ min: 1, max: 60 });
    case 'working-hours': return fc.integer({ min: 1, max: 200 });
    case 'calendar-days': return fc.integer({ min: 1, max: 120 });
    case 'months': return fc.integer({ min: 1, max: 12 });
    case 'same-day': return fc.constant(0);
  }
};
const MAIN_UNITS: readonly LimitUnit[] = ['working-days', 'working-hours', 'calendar-days'];
const ALL_UNITS: readonly LimitUnit[] = [...MAIN_UNITS, 'same-day', 'months'];
const unitLimitArb = (units: readonly LimitUnit[]): fc.Arbitrary<Limit> =>
  fc.constantFrom(...units).chain((unit) => limitArb(unit).map((value) => ({ value, unit })));

function inputOf(c: Case, limit: Limit | string, mode: CountingMode = c.mode, cutoff: CutoffChoice = c.cutoff): DeadlineInput {
  return {
    receivedAt: c.receivedAt,
    limit,
    channel: c.channel,
    policy: { mode, ...(cutoff !== undefined && (mode !== 'A' || cutoff === 'none') ? { cutoff } : {}) },
  };
}
const compute = (c: Case, limit: Limit | string, mode?: CountingMode, cutoff?: CutoffChoice): Deadline =>
  computeDeadline(inputOf(c, limit, mode ?? c.mode, mode === undefined ? c.cutoff : cutoff));

/**
 * Whether B/B′ move a receipt at minute `t` of a working day: at or after closing always; after
 * the cut-off (15:00 by default, strictly after) unless the cut-off is none.
 */
const isLateForDayCount = (cutoff: CutoffChoice, t: number): boolean => t >= CLOSING || (cutoff !== 'none' && t > 15 * 60);

/** The receipt after the off-hours rule of its channel (online: next opening; others as received). */
function naiveDeemed(c: Case): number {
  return c.channel === 'online' && !isOpenMinute(c.minute) ? nextOpenMinute(c.minute) : c.minute;
}

/** Naive modes A/B/B′ for working days and calendar days: due at closing of the last day. */
function naiveDayCount(c: Case, n: number, unit: 'working-days' | 'calendar-days', mode: CountingMode = c.mode, cutoff: CutoffChoice = c.cutoff): number {
  const deemed = naiveDeemed(c);
  let from = Math.floor(deemed / MIN_PER_DAY);
  let k = n;
  if (mode === 'B' || mode === 'B-prime') {
    const t = deemed - from * MIN_PER_DAY;
    if (!working(from) || isLateForDayCount(cutoff, t)) {
      from = nextWorkingDay(from);
      if (mode === 'B-prime') k = n - 1;
    }
  }
  let last: number;
  if (unit === 'working-days') {
    last = from;
    // Civil Code Art. 147(2) on working days: the receipt day is not counted.
    while (k > 0) if (working(++last)) k--;
  } else {
    // Art. 147(2): the first day is not counted; Art. 148(5): a last day off → the next working day.
    last = from + k;
    while (!working(last)) last++;
  }
  return vnMinuteToMs(last * MIN_PER_DAY + CLOSING);
}

/** Naive mode C: deemed receipt, optional 15:00 cut-off, then minute by minute inside the windows. */
function naiveWorkingMinutes(c: Case, minutes: number): number {
  let m = naiveDeemed(c);
  const day = Math.floor(m / MIN_PER_DAY);
  if (c.cutoff === '15:00' && working(day) && m - day * MIN_PER_DAY > 15 * 60) {
    m = nextWorkingDay(day) * MIN_PER_DAY + OPENING;
  }
  let left = minutes;
  while (left > 0) {
    const d = Math.floor(m / MIN_PER_DAY);
    if (!working(d)) {
      m = (d + 1) * MIN_PER_DAY;
      continue;
    }
    if (isOpenMinute(m)) left--;
    m++;
  }
  return vnMinuteToMs(m);
}

const RUNS = 400;

// ---------------------------------------------------------------------------------------------
describe('computeDeadline properties', () => {
  it('due ≥ start ≥ start of the receipt day (every unit); due ≥ receivedAt for working days and hours', () => {
    fc.assert(
      fc.property(caseArb(), unitLimitArb(ALL_UNITS), (c, limit) => {
        const d = compute(c, limit);
        const receiptDayStart = vnMinuteToMs(Math.floor(c.minute / MIN_PER_DAY) * MIN_PER_DAY);
        expect(d.startMs).toBeGreaterThanOrEqual(receiptDayStart);
        expect(d.dueMs).toBeGreaterThanOrEqual(d.startMs);
        if (limit.unit === 'working-days' || limit.unit === 'working-hours') {
          expect(d.dueMs).toBeGreaterThanOrEqual(vnMinuteToMs(c.minute));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('is monotone in the limit, for every unit and mode', () => {
    fc.assert(
      fc.property(caseArb(), fc.constantFrom(...ALL_UNITS).chain((u) => fc.tuple(fc.constant(u), limitArb(u), limitArb(u))), (c, [unit, a, b]) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(compute(c, { value: lo, unit }).dueMs).toBeLessThanOrEqual(compute(c, { value: hi, unit }).dueMs);
      }),
      { numRuns: 2000 },
    );
  });

  it('mode B and mode B′ are never earlier than mode A; B′ never later than B', () => {
    fc.assert(
      fc.property(caseArb(['B']), unitLimitArb(ALL_UNITS), (c, limit) => {
        const a = compute(c, limit, 'A', undefined).dueMs;
        const b = compute(c, limit, 'B', c.cutoff).dueMs;
        const bPrime = compute(c, limit, 'B-prime', c.cutoff).dueMs;
        expect(b).toBeGreaterThanOrEqual(a);
        expect(bPrime).toBeGreaterThanOrEqual(a);
        expect(bPrime).toBeLessThanOrEqual(b);
      }),
      { numRuns: 2000 },
    );
  });

  it('mode C: 8 working hours from an opening time equal 1 working day, and end at that day’s closing', () => {
    fc.assert(
      fc.property(dayArb, channelArb, fc.constantFrom<CutoffChoice>(undefined, '15:00', 'none'), (day0, channel, cutoff) => {
        const day = working(day0) ? day0 : nextWorkingDay(day0);
        const c: Case = { minute: day * MIN_PER_DAY + OPENING, receivedAt: wallOf(day * MIN_PER_DAY + OPENING), channel, mode: 'C', cutoff };
        const hours = compute(c, '8 giờ làm việc');
        expect(hours.dueMs).toBe(compute(c, '1 ngày làm việc').dueMs);
        expect(hours.dueMs).toBe(vnMinuteToMs(day * MIN_PER_DAY + CLOSING));
      }),
      { numRuns: 1000 },
    );
  });

  it('mode C: N × 8 working hours equal N working days from any moment', () => {
    fc.assert(
      fc.property(caseArb(['C']), fc.integer({ min: 1, max: 25 }), (c, n) => {
        expect(compute(c, { value: 8 * n, unit: 'working-hours' }).dueMs).toBe(compute(c, { value: n, unit: 'working-days' }).dueMs);
      }),
      { numRuns: 1000 },
    );
  });

  it('the trace’s day moves chain from the receipt day to the due day, and every step cites its basis', () => {
    const presetArb = fc.constantFrom<PresetId | undefined>(undefined, undefined, undefined, 'thanh-hoa', 'opencps');
    fc.assert(
      fc.property(caseArb(), unitLimitArb(ALL_UNITS), presetArb, (c, limit, preset) => {
        const input = inputOf(c, limit);
        const d = computeDeadline(preset ? { receivedAt: c.receivedAt, limit, channel: c.channel, preset } : input);
        const moves = d.trace.filter((s) => s.from !== undefined || s.to !== undefined);
        expect(moves[0]?.to).toBe(isoOfDay(Math.floor(c.minute / MIN_PER_DAY)));
        let previous = moves[0]!.to!;
        for (const step of moves.slice(1)) {
          if (step.from !== undefined && step.to !== undefined) {
            expect(step.from, `${step.rule}: ${step.message}`).toBe(previous);
          }
          if (step.to !== undefined) previous = step.to;
        }
        expect(previous).toBe(d.dueDay);
        for (const step of d.trace) expect(step.basis, `${step.rule}: ${step.message}`).toBeDefined();
      }),
      { numRuns: 1500 },
    );
  });

  it('mode C agrees with a naive minute-by-minute walk through the office windows', () => {
    fc.assert(
      fc.property(
        caseArb(['C']),
        fc.oneof(
          fc.integer({ min: 1, max: 200 }).map((value): Limit => ({ value, unit: 'working-hours' })),
          fc.integer({ min: 1, max: 60 }).map((value): Limit => ({ value, unit: 'working-days' })),
        ),
        (c, limit) => {
          const minutes = limit.unit === 'working-hours' ? limit.value * 60 : limit.value * 8 * 60;
          const expected = naiveWorkingMinutes(c, minutes);
          const d = compute(c, limit);
          expect(wallOf(msToVnMinute(d.dueMs))).toBe(wallOf(msToVnMinute(expected)));
        },
      ),
      { numRuns: 600 },
    );
  });

  it('working hours in modes A, B and B′ agree with the naive walk too (no cut-off applies outside mode C)', () => {
    fc.assert(
      fc.property(caseArb(['A', 'B', 'B-prime']), fc.integer({ min: 1, max: 200 }), (c, hours) => {
        const expected = naiveWorkingMinutes({ ...c, cutoff: undefined }, hours * 60);
        expect(wallOf(msToVnMinute(compute(c, { value: hours, unit: 'working-hours' }).dueMs))).toBe(wallOf(msToVnMinute(expected)));
      }),
      { numRuns: 300 },
    );
  });

  it('modes A, B, B′ with working days agree with a naive day loop', () => {
    fc.assert(
      fc.property(caseArb(['A', 'B', 'B-prime']), fc.integer({ min: 1, max: 60 }), (c, n) => {
        const d = compute(c, { value: n, unit: 'working-days' });
        expect(wallOf(msToVnMinute(d.dueMs))).toBe(wallOf(msToVnMinute(naiveDayCount(c, n, 'working-days'))));
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('calendar days agree with a naive Civil Code Art. 147(2)/148(5) count (all modes)', () => {
    fc.assert(
      fc.property(caseArb(), fc.integer({ min: 1, max: 120 }), (c, n) => {
        const d = compute(c, { value: n, unit: 'calendar-days' });
        // Mode C has no day shifting for calendar days: it counts as mode A does.
        const expected = c.mode === 'C' ? naiveDayCount(c, n, 'calendar-days', 'A', undefined) : naiveDayCount(c, n, 'calendar-days');
        expect(wallOf(msToVnMinute(d.dueMs))).toBe(wallOf(msToVnMinute(expected)));
      }),
      { numRuns: RUNS * 3 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('step budgets (splitLimit)', () => {
  /** Budgets as internal procedures write them: quarters, and one-decimal days (0,5; 1,5; 4,1 …). */
  const budgetArb = fc.oneof(
    fc.integer({ min: 1, max: 40 }).map((k) => k / 4),
    fc.integer({ min: 1, max: 100 }).map((k) => k / 10),
  );
  const stepsArb = fc.array(budgetArb, { minLength: 1, maxLength: 6 }).map((budgets) => budgets.map((budget, i) => ({ agency: `agency ${i + 1}`, budget })));

  it('the last step’s due equals the total; each step is due no earlier than it starts; the steps chain; the budgets add up', () => {
    fc.assert(
      fc.property(caseArb(['C']), stepsArb, (c, steps) => {
        const { cutoff } = c;
        const split = splitLimit({ receivedAt: c.receivedAt, channel: c.channel, steps, ...(cutoff ? { policy: { cutoff } } : {}) });
        expect(split.steps.length).toBe(steps.length);
        expect(split.steps[split.steps.length - 1]!.dueMs).toBe(split.total.dueMs);
        expect(split.steps[0]!.startsMs).toBe(split.total.startMs);
        split.steps.forEach((s, i) => {
          expect(s.dueMs).toBeGreaterThanOrEqual(s.startsMs);
          if (i > 0) expect(s.startsMs).toBe(split.steps[i - 1]!.dueMs);
        });
        const budgetMinutes = steps.reduce((sum, s) => sum + Math.round(s.budget * 480), 0);
        expect(Math.round(split.total.limit.value * 480)).toBe(budgetMinutes);
        expect(remainingTime(split.total, split.total.startMs).workingMinutes).toBe(budgetMinutes);
        expect(split.total.dueMs).toBe(naiveWorkingMinutes(c, budgetMinutes));
      }),
      { numRuns: 500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('desk helpers', () => {
  it('remainingTime at the receipt moment (mode C, receipt inside office hours, before any cut-off) is the whole limit', () => {
    fc.assert(
      fc.property(caseArb(['C']), unitLimitArb(['working-days', 'working-hours']), (c, limit) => {
        fc.pre(isOpenMinute(c.minute) && !(c.cutoff === '15:00' && c.minute % MIN_PER_DAY >= 15 * 60));
        const d = compute(c, limit);
        const minutes = limit.unit === 'working-hours' ? limit.value * 60 : limit.value * 480;
        const remaining = remainingTime(d, c.receivedAt);
        expect(remaining.overdue).toBe(false);
        expect(remaining.workingMinutes).toBe(minutes);
        expect(remaining.days * 480 + remaining.hours * 60 + remaining.minutes).toBe(minutes);
      }),
      { numRuns: 1000 },
    );
  });

  it('deadlineStatus is overdue exactly when at > due', () => {
    const deltaArb = fc.oneof(fc.integer({ min: -20 * 1440, max: 20 * 1440 }).map((m) => m * 60_000), fc.constantFrom(-1, 0, 1, -1000, 1000));
    fc.assert(
      fc.property(caseArb(), unitLimitArb(ALL_UNITS), deltaArb, (c, limit, delta) => {
        const d = compute(c, limit);
        const at = d.dueMs + delta;
        expect(deadlineStatus(d, at) === 'overdue').toBe(at > d.dueMs);
        expect(remainingTime(d, at).overdue).toBe(at > d.dueMs);
      }),
      { numRuns: 1000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('host time zone independence', () => {
  const ZONES = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles'];
  const original = process.env.TZ;
  const restore = () => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  };
  afterAll(restore);

  it('gives identical results, traces and desk answers under UTC, Asia/Ho_Chi_Minh and America/Los_Angeles', () => {
    fc.assert(
      fc.property(caseArb(), unitLimitArb(ALL_UNITS), fc.integer({ min: -5 * 1440, max: 5 * 1440 }), (c, limit, delta) => {
        try {
          const results = ZONES.map((zone) => {
            process.env.TZ = zone;
            const d = compute(c, limit);
            const at = d.dueMs + delta * 60_000;
            return JSON.stringify([
              d.dueMs, d.startMs, d.dueWallTime, d.dueDay, d.startedAt, d.receivedAt, d.provisional, d.due.getTime(),
              d.toJSON(), remainingTime(d, at).text, deadlineStatus(d, at), remainingTime(d, new Date(at)).workingMinutes,
            ]);
          });
          expect(new Set(results).size).toBe(1);
        } finally {
          restore();
        }
      }),
      { numRuns: 300 },
    );
  });
});
