// Benchmark of the dossier lifecycle: replaying 100 k dossiers of 10 events each (1 M events) with
// `replay`, and applying the same events one by one with `applyEvent` (a new frozen dossier per
// event). Baseline: a naive fold that re-validates every event with zod-like checks, deep-copies
// the dossier with structuredClone on each event and recomputes the appointment each time.
// Timings are printed, never asserted.
import { createDossier, createEvent, replay, applyEvent } from '../dist/lifecycle/index.js';
import { computeDeadline } from '../dist/deadline/index.js';

const DOSSIERS = 100_000;
const DESK = 'Bộ phận Một cửa';
const AGENCIES = ['Phòng TN&MT', 'Chi cục Thuế', 'Văn phòng ĐKĐĐ'];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-03-09T02:00:00Z'); // Mon 09:00 in Vietnam

const header = Object.freeze({ procedure: '1.003003', field: 'Đất đai', unit: DESK, limit: '10 ngày làm việc' });
const policy = Object.freeze({ supplementRequestWithinWorkingDays: null });
const headerWithPolicy = Object.freeze({ ...header, policy });

/** Ten events per dossier: accept, three hand-overs, supplement round trip, payment round trip, decide, return. */
function eventsOf(i) {
  const at = T0 + (i % 200) * DAY / 4;
  const who = { unit: DESK, officer: 'cb' };
  const [a, b, c] = AGENCIES;
  return [
    createEvent({ id: `${i}-0`, type: 'accept', at, ...who, code: `H-${i}` }),
    createEvent({ id: `${i}-1`, type: 'hand-over', at: at + HOUR, ...who, toUnit: a }),
    createEvent({ id: `${i}-2`, type: 'request-supplement', at: at + 2 * HOUR, unit: a, officer: 'cb', items: ['x'] }),
    createEvent({ id: `${i}-3`, type: 'supplement-received', at: at + DAY, unit: a, officer: 'cb' }),
    createEvent({ id: `${i}-4`, type: 'hand-over', at: at + 2 * DAY, unit: a, officer: 'cb', toUnit: b }),
    createEvent({ id: `${i}-5`, type: 'request-payment', at: at + 3 * DAY, unit: b, officer: 'cb', amount: 100000 }),
    createEvent({ id: `${i}-6`, type: 'payment-received', at: at + 4 * DAY, unit: b, officer: 'cb' }),
    createEvent({ id: `${i}-7`, type: 'hand-over', at: at + 5 * DAY, unit: b, officer: 'cb', toUnit: c }),
    createEvent({ id: `${i}-8`, type: 'decide', at: at + 6 * DAY, unit: c, officer: 'cb' }),
    createEvent({ id: `${i}-9`, type: 'return-result', at: at + 7 * DAY, ...who }),
  ];
}

/** The naive fold: validate each event by hand, deep-copy the dossier, recompute the appointment on every event. */
function naiveReplay(events) {
  let d = { state: 'new', events: [], due: undefined, requests: 0 };
  for (const e of events) {
    if (typeof e.id !== 'string' || typeof e.at !== 'number' || typeof e.unit !== 'string') throw new Error('bad event');
    if (d.events.some((x) => x.id === e.id)) throw new Error('duplicate');
    d = structuredClone(d);
    d.events.push({ ...e });
    const received = d.events[0].at;
    d.due = computeDeadline({ receivedAt: received, limit: header.limit }).dueMs;
    if (e.type === 'request-supplement') d.requests++;
    d.state = e.type;
  }
  return d;
}

export default async function () {
  console.log(`\n## lifecycle: ${DOSSIERS.toLocaleString('en')} dossiers × 10 events = ${(DOSSIERS * 10).toLocaleString('en')} events`);
  let t = performance.now();
  const logs = Array.from({ length: DOSSIERS }, (_, i) => eventsOf(i));
  const build = performance.now() - t;
  console.log(`createEvent (validate + freeze)     ${((build * 1e6) / (DOSSIERS * 10)).toFixed(0).padStart(6)} ns/event`);

  // Warm up.
  for (let i = 0; i < 2000; i++) replay(logs[i], headerWithPolicy);

  t = performance.now();
  let finished = 0;
  for (let i = 0; i < DOSSIERS; i++) if (replay(logs[i], headerWithPolicy).state === 'returned') finished++;
  const replayMs = performance.now() - t;
  if (finished !== DOSSIERS) throw new Error(`expected every dossier returned, got ${finished}`);
  console.log(`replay (1 M events)                 ${((replayMs * 1e6) / (DOSSIERS * 10)).toFixed(0).padStart(6)} ns/event  (${(replayMs / 1000).toFixed(2)} s total)`);

  const start = createDossier(headerWithPolicy);
  t = performance.now();
  for (let i = 0; i < DOSSIERS; i++) {
    let d = start;
    for (const e of logs[i]) d = applyEvent(d, e);
  }
  const applyMs = performance.now() - t;
  console.log(`applyEvent one by one (1 M events)  ${((applyMs * 1e6) / (DOSSIERS * 10)).toFixed(0).padStart(6)} ns/event  (${(applyMs / 1000).toFixed(2)} s total)`);

  const N = 10_000;
  t = performance.now();
  for (let i = 0; i < N; i++) naiveReplay(logs[i]);
  const naiveMs = performance.now() - t;
  const naiveNs = (naiveMs * 1e6) / (N * 10);
  console.log(`naive fold (structuredClone + recompute, 100 k events) ${naiveNs.toFixed(0).padStart(6)} ns/event`);
  const ratio = naiveNs / ((replayMs * 1e6) / (DOSSIERS * 10));
  console.log(`${ratio >= 1 ? 'MET ' : 'MISS'}  replay / naive fold = ${ratio.toFixed(1)}× (module target ≥ 1×)`);
}
