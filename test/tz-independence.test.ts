// Results must not depend on the host time zone (spec/calendar.md, "Time zone"). Node re-reads
// process.env.TZ when it is assigned, so one process can compare several zones; .ci/run also runs
// the whole suite under TZ=UTC, Asia/Ho_Chi_Minh and America/Los_Angeles.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { vnCalendar } from '../src/calendar/index.js';
import { formatMoment, formatVietnameseDay, parseDay, parseMoment } from '../src/time/index.js';

const ZONES = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

function underEachZone<T>(fn: () => T): T[] {
  return ZONES.map((zone) => {
    process.env.TZ = zone;
    return fn();
  });
}

describe('host time zone independence', () => {
  it('changing TZ really changes what Date reports (the test is meaningful)', () => {
    const offsets = underEachZone(() => new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset());
    expect(new Set(offsets).size).toBeGreaterThan(2);
  });

  it('parsing, formatting and calendar answers are identical in every zone', () => {
    const cal = vnCalendar();
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 1, 1), max: Date.UTC(2098, 0, 1) }),
        fc.integer({ min: -30, max: 30 }),
        (ms, n) => {
          const results = underEachZone(() => {
            const date = new Date(ms);
            const wall = formatMoment(ms);
            return [
              parseDay(date), parseMoment(wall), wall, formatVietnameseDay(parseDay(ms)),
              cal.isWorkingDay(date), cal.addWorkingDays(date, n), parseDay(wall.slice(0, 16)),
            ].join('|');
          });
          expect(new Set(results).size).toBe(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
