// addWorkingDays through the public API against date-fns addBusinessDays (weekends only — it
// knows no holidays), a naive day loop over a holiday Set, and a loop over date-holidays'
// isHoliday for VN, all in one run. Targets (design.md): ≥ 5 M ops/s, ≥ 3× the naive loop,
// ≥ 1000× the date-holidays loop.
import { addBusinessDays } from 'date-fns';
import Holidays from 'date-holidays';
import { vnCalendar } from '../dist/calendar/index.js';
import { measure, report } from './harness.mjs';

export default async function calendarBench() {
  const cal = vnCalendar();
  const N = 1024;
  const starts = [];
  const counts = [];
  const startMs = Date.UTC(2018, 0, 1);
  for (let i = 0; i < N; i++) {
    const ms = startMs + ((i * 7919) % 3000) * 86_400_000;
    starts.push(new Date(ms).toISOString().slice(0, 10));
    counts.push(1 + ((i * 31) % 20));
  }
  cal.addWorkingDays(starts[0], 1); // build the index outside the timing

  // Naive baseline: a vendor-style day loop over a Set of ISO day-off strings from the same data.
  const daysOff = new Set();
  const makeUp = new Set();
  for (let year = 2015; year <= 2027; year++) {
    for (const d of cal.notableDays(year)) {
      if (!d.working) daysOff.add(d.date);
      else if (d.kind === 'make-up-working-day') makeUp.add(d.date);
    }
  }
  const naive = (iso, n) => {
    let t = Date.parse(`${iso}T00:00:00Z`);
    while (n > 0) {
      t += 86_400_000;
      const s = new Date(t).toISOString().slice(0, 10);
      const wd = new Date(t).getUTCDay();
      if (makeUp.has(s) || (wd !== 0 && wd !== 6 && !daysOff.has(s))) n--;
    }
    return new Date(t).toISOString().slice(0, 10);
  };
  for (let i = 0; i < 200; i++) {
    if (naive(starts[i], counts[i]) !== cal.addWorkingDays(starts[i], counts[i])) throw new Error(`baseline disagrees at ${starts[i]}`);
  }

  // A stronger naive baseline: the same loop on integer day numbers over a Set<number>.
  const offNums = new Set([...daysOff].map((s) => Date.parse(`${s}T00:00:00Z`) / 86_400_000));
  const makeUpNums = new Set([...makeUp].map((s) => Date.parse(`${s}T00:00:00Z`) / 86_400_000));
  const naiveNumbers = (day, n) => {
    while (n > 0) {
      day++;
      const wd = (((day + 4) % 7) + 7) % 7;
      if (makeUpNums.has(day) || (wd !== 0 && wd !== 6 && !offNums.has(day))) n--;
    }
    return day;
  };
  const startNums = starts.map((s) => Date.parse(`${s}T00:00:00Z`) / 86_400_000);

  const hd = new Holidays('VN');
  const dateHolidays = (iso, n) => {
    let t = Date.parse(`${iso}T00:00:00Z`);
    while (n > 0) {
      t += 86_400_000;
      const date = new Date(t);
      const wd = date.getUTCDay();
      if (wd !== 0 && wd !== 6 && !hd.isHoliday(date)) n--;
    }
    return t;
  };
  const dates = starts.map((s) => new Date(`${s}T00:00:00Z`));

  const rows = [
    { name: 'motcua addWorkingDays (ISO string in/out)', opsPerSec: measure((i) => cal.addWorkingDays(starts[i & (N - 1)], counts[i & (N - 1)])) },
    { name: 'motcua days.addWorkingDays (day numbers)', opsPerSec: measure((i) => cal.days.addWorkingDays(startNums[i & (N - 1)], counts[i & (N - 1)])) },
    { name: 'date-fns addBusinessDays (no holidays)', opsPerSec: measure((i) => addBusinessDays(dates[i & (N - 1)], counts[i & (N - 1)]).getTime()) },
    { name: 'naive day loop over a holiday Set', opsPerSec: measure((i) => naive(starts[i & (N - 1)], counts[i & (N - 1)])) },
    { name: 'naive loop, day numbers, Set<number>', opsPerSec: measure((i) => naiveNumbers(startNums[i & (N - 1)], counts[i & (N - 1)])) },
    { name: 'date-holidays isHoliday loop (VN)', opsPerSec: measure((i) => dateHolidays(starts[i & (N - 1)], counts[i & (N - 1)]), { ms: 1500, warmupMs: 200, batch: 5 }) },
  ];
  report('calendar: addWorkingDays (n = 1…20, starts 2018–2026)', rows, {
    'motcua addWorkingDays (ISO string in/out)': {
      minOpsPerSec: 5e6,
      vs: [
        { baseline: 'naive day loop over a holiday Set', minRatio: 3 },
        { baseline: 'date-holidays isHoliday loop (VN)', minRatio: 1000 },
        { baseline: 'date-fns addBusinessDays (no holidays)', minRatio: 1 },
      ],
    },
    'motcua days.addWorkingDays (day numbers)': { vs: [{ baseline: 'naive loop, day numbers, Set<number>', minRatio: 3 }] },
  });
}
