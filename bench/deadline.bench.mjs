// computeDeadline through the public API, against naive implementations measured in the same run:
// a day loop over a Set of days off (mode A) and a day loop over the office-hour windows (mode C).
// Targets: mode A (working days, string limits, string receipts) ≥ 1 M ops/s; mode C (working
// hours) ≥ 300 k ops/s. The ≥ 1× ratio against the naive loops is a floor proposed here, not a
// design target. Reading the lazy `.trace` (a replay with tracing on) is measured apart, and so
// is a policy literal written inline in each call (it misses the policy cache).
import { vnCalendar } from '../dist/calendar/index.js';
import { computeDeadline } from '../dist/deadline/index.js';
import { measure, report } from './harness.mjs';

const DAY_MS = 86_400_000;
const VN_MS = 7 * 3_600_000;
const pad = (n) => String(n).padStart(2, '0');

export default async function deadlineBench() {
  const cal = vnCalendar();
  const N = 1024;
  const receipts = [];
  const dayLimits = [];
  const hourLimits = [];
  const base = Date.UTC(2018, 0, 1);
  for (let i = 0; i < N; i++) {
    // Days 2018–2026 and minutes across the whole day (before opening, lunch, after closing included).
    const day = base + ((i * 7919) % 3200) * DAY_MS;
    const minute = (i * 613) % 1440;
    receipts.push(`${new Date(day).toISOString().slice(0, 10)}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`);
    dayLimits.push(`${pad(1 + ((i * 31) % 20))} ngày làm việc`);
    hourLimits.push(`${pad(1 + ((i * 37) % 80))} giờ làm việc`);
  }
  const MODE_C = Object.freeze({ mode: 'C' });
  const inputsA = receipts.map((receivedAt, i) => ({ receivedAt, limit: dayLimits[i] }));
  const inputsC = receipts.map((receivedAt, i) => ({ receivedAt, limit: hourLimits[i], policy: MODE_C }));
  computeDeadline(inputsA[0]); // build the calendar index outside the timing

  // Naive baselines on the same data: day numbers (UTC+7), a Set<number> of days off and one of
  // make-up Saturdays, taken from the calendar's notable days.
  const offDays = new Set();
  const makeUpDays = new Set();
  for (let year = 2015; year <= 2027; year++) {
    for (const d of cal.notableDays(year)) {
      const n = Date.parse(`${d.date}T00:00:00Z`) / DAY_MS;
      if (!d.working) offDays.add(n);
      else if (d.kind === 'make-up-working-day') makeUpDays.add(n);
    }
  }
  const isWorkingDay = (day) => {
    if (makeUpDays.has(day)) return true;
    const wd = (((day + 4) % 7) + 7) % 7;
    return wd !== 0 && wd !== 6 && !offDays.has(day);
  };
  const WINDOWS = [[420, 690], [810, 1020]];
  const parseReceipt = (s) => Date.parse(`${s}:00+07:00`);
  const parseCount = (s) => Number.parseInt(s, 10);
  // Mode A: the receipt day is not counted; walk day by day; due at 17:00 of day n.
  const naiveDays = (receivedAt, limit) => {
    const ms = parseReceipt(receivedAt);
    let day = Math.floor((ms + VN_MS) / DAY_MS);
    for (let n = parseCount(limit); n > 0; ) if (isWorkingDay(++day)) n--;
    return day * DAY_MS - VN_MS + 1020 * 60_000;
  };
  // Mode C: clamp into the windows, then consume minutes window by window, day by day.
  const naiveHours = (receivedAt, limit) => {
    const ms = parseReceipt(receivedAt);
    let day = Math.floor((ms + VN_MS) / DAY_MS);
    let t = (ms + VN_MS - day * DAY_MS) / 60_000;
    let left = parseCount(limit) * 60;
    for (;;) {
      if (isWorkingDay(day)) {
        for (const [o, c] of WINDOWS) {
          if (t >= c) continue;
          const from = t > o ? t : o;
          if (left <= c - from) return day * DAY_MS - VN_MS + (from + left) * 60_000;
          left -= c - from;
          t = c;
        }
      }
      day++;
      t = 0;
    }
  };
  for (let i = 0; i < N; i++) {
    const a = computeDeadline(inputsA[i]).dueMs;
    if (a !== naiveDays(receipts[i], dayLimits[i])) throw new Error(`day baseline disagrees at ${receipts[i]} ${dayLimits[i]}`);
    const c = computeDeadline(inputsC[i]).dueMs;
    if (c !== naiveHours(receipts[i], hourLimits[i])) throw new Error(`hour baseline disagrees at ${receipts[i]} ${hourLimits[i]}`);
  }

  const M = N - 1;
  const rows = [
    { name: 'computeDeadline, working days (mode A)', opsPerSec: measure((i) => computeDeadline(inputsA[i & M]).dueMs) },
    { name: 'naive day loop over a Set (mode A)', opsPerSec: measure((i) => naiveDays(receipts[i & M], dayLimits[i & M])) },
    { name: 'computeDeadline, working hours (mode C)', opsPerSec: measure((i) => computeDeadline(inputsC[i & M]).dueMs) },
    { name: 'naive window loop over a Set (mode C)', opsPerSec: measure((i) => naiveHours(receipts[i & M], hourLimits[i & M])) },
    {
      name: 'computeDeadline, mode C, inline policy literal',
      opsPerSec: measure((i) => computeDeadline({ receivedAt: receipts[i & M], limit: hourLimits[i & M], policy: { mode: 'C' } }).dueMs, { batch: 100 }),
    },
    { name: 'computeDeadline + .trace (mode A)', opsPerSec: measure((i) => computeDeadline(inputsA[i & M]).trace.length, { batch: 100 }) },
    { name: 'computeDeadline + .trace (mode C)', opsPerSec: measure((i) => computeDeadline(inputsC[i & M]).trace.length, { batch: 100 }) },
    { name: 'computeDeadline + .dueWallTime (mode A)', opsPerSec: measure((i) => computeDeadline(inputsA[i & M]).dueWallTime) },
  ];
  report('deadline: computeDeadline (receipts 2018–2026 as strings, 1–20 working days / 1–80 working hours)', rows, {
    'computeDeadline, working days (mode A)': { minOpsPerSec: 1e6, vs: [{ baseline: 'naive day loop over a Set (mode A)' }] },
    'computeDeadline, working hours (mode C)': { minOpsPerSec: 3e5, vs: [{ baseline: 'naive window loop over a Set (mode C)' }] },
    'computeDeadline + .trace (mode A)': { vs: [{ baseline: 'computeDeadline, working days (mode A)' }] },
    'computeDeadline + .trace (mode C)': { vs: [{ baseline: 'computeDeadline, working hours (mode C)' }] },
    'computeDeadline, mode C, inline policy literal': { vs: [{ baseline: 'computeDeadline, working hours (mode C)' }] },
  });
}
