import { parseMoment } from '../time/parse.js';
import type { DossierRecord, FinishKind, DossierChannel } from './record.js';

/** Builds a record from Vietnamese wall times (tests only). */
export function rec(o: {
  unit?: string; field?: string; procedure?: string; channel?: DossierChannel; received: string; due: string; extended?: string;
  finished?: string; kind?: FinishKind; requests?: number; pausedMs?: number; refused?: boolean; code?: string;
}): DossierRecord {
  return {
    receivedAt: parseMoment(o.received),
    originalDueMs: parseMoment(o.due),
    ...(o.extended ? { currentDueMs: parseMoment(o.extended) } : {}),
    ...(o.finished ? { finishedAt: parseMoment(o.finished), finishKind: o.kind ?? 'decided' } : {}),
    supplementRequests: o.requests ?? 0,
    ...(o.pausedMs !== undefined ? { pausedMs: o.pausedMs } : {}),
    channel: o.channel ?? 'in-person',
    unit: o.unit ?? 'UBND xã A',
    ...(o.field ? { field: o.field } : {}),
    ...(o.procedure ? { procedure: o.procedure } : {}),
    ...(o.refused ? { refusedAtReception: true } : {}),
    ...(o.code ? { code: o.code } : {}),
  };
}

/**
 * The hand-computed sample of `accumulator.test.ts` and `docs/metrics.md` (period 2025-Q3): the
 * records of `examples/data/dossiers.ndjson` (finish kinds as its statuses give them: 10 returned,
 * 9 decided).
 */
export const SAMPLE: readonly DossierRecord[] = [
  rec({ received: '2025-06-20T09:00', due: '2025-07-03T17:00', finished: '2025-07-02T10:00', kind: 'returned' }), // 1 carried, early (status 10)
  rec({ channel: 'online', received: '2025-07-10T08:00', due: '2025-07-15T17:00', finished: '2025-07-15T16:00' }), // 2 on time
  rec({ received: '2025-07-10T08:00', due: '2025-07-15T17:00', finished: '2025-07-15T17:01' }), // 3 late by a minute
  rec({ channel: 'post', received: '2025-09-20T08:00', due: '2025-10-05T17:00' }), // 4 within
  rec({ channel: 'online', received: '2025-09-25T08:00', due: '2025-09-29T17:00' }), // 5 overdue
  rec({ channel: 'online', received: '2025-08-01T08:00', due: '2025-08-05T17:00', refused: true }), // 6 refused at reception
  rec({ channel: 'online', received: '2025-08-01T09:00', due: '2025-08-10T17:00', finished: '2025-08-05T10:00', kind: 'withdrawn' }), // 7 early (withdrawn)
  rec({ received: '2025-05-01T08:00', due: '2025-05-10T17:00', finished: '2025-05-09T08:00' }), // 8 before the period
  rec({ received: '2025-10-02T08:00', due: '2025-10-10T17:00' }), // 9 after the period
  rec({ received: '2025-08-01T08:00', due: '2025-08-06T17:00', finished: '2025-08-04T08:00', requests: 2 }), // 10 early; late for Decision 766
  rec({ received: '2025-06-25T08:00', due: '2025-07-20T17:00' }), // 11 carried, overdue
  rec({ unit: 'UBND xã B', channel: 'online', received: '2025-07-01T07:30', due: '2025-10-01T10:00' }), // 12 due soon
  rec({ unit: 'UBND xã B', channel: 'online', received: '2025-09-29T08:00', due: '2025-10-03T17:00', finished: '2025-10-01T08:00', kind: 'returned' }), // 13 within at the end
];
