// Test support: reads the team's shared calendar data (../shared) to check the shipped copy and
// the calendar's answers against it independently of the library's own conversion.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export interface SharedOccasion {
  year: number;
  occasion: string;
  offFrom: string;
  offTo: string;
  statutoryHolidays: string[];
  compensationDaysOff: string[];
  swappedDaysOff: string[];
  makeUpWorkingDays: string[];
  status: string;
  sources: string[];
  notes?: string;
}

const path = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data', 'vn-civil-service-calendar.json');

export function sharedOccasions(): SharedOccasion[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { occasions: SharedOccasion[] }).occasions;
}

/** ISO dates from..to inclusive, computed with UTC Date arithmetic (independent of src/time). */
export function isoRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/** 0 Sunday … 6 Saturday of an ISO date, via UTC. */
export function isoWeekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/**
 * What the shared data says about every day it names: 'off' (a day off on a weekday, or a listed
 * holiday) or 'work' (a make-up Saturday). Weekends in a break without a listing are left out.
 */
export function expectedFromSharedData(options: { swaps: boolean } = { swaps: true }): Map<string, { working: boolean; kind: string }> {
  const map = new Map<string, { working: boolean; kind: string }>();
  for (const o of sharedOccasions()) {
    for (const d of isoRange(o.offFrom, o.offTo)) {
      const weekend = isoWeekday(d) === 0 || isoWeekday(d) === 6;
      let kind: string | undefined;
      if (o.statutoryHolidays.includes(d)) kind = 'statutory-holiday';
      else if (o.compensationDaysOff.includes(d)) kind = 'compensation-day';
      else if (o.swappedDaysOff.includes(d)) kind = options.swaps ? 'swapped-day-off' : 'ordinary';
      else if (!weekend) kind = 'statutory-holiday';
      if (kind) map.set(d, { working: kind === 'ordinary', kind });
    }
    for (const d of o.statutoryHolidays) if (!map.has(d)) map.set(d, { working: false, kind: 'statutory-holiday' });
    for (const d of o.makeUpWorkingDays) {
      map.set(d, options.swaps ? { working: true, kind: 'make-up-working-day' } : { working: false, kind: 'weekly-rest' });
    }
  }
  return map;
}
