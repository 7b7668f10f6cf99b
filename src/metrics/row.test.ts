import { describe, expect, it } from 'vitest';
import { parseMoment } from '../time/parse.js';
import { checkDossierRecord } from './record.js';
import { classifyTimeliness } from './classify.js';
import { InvalidDossierRecordError } from '../errors/invalid-dossier-record-error.js';
import { csvDossierReader, dossierRecordFromRow, type DossierRow } from './row.js';

const base = { unit: 'UBND xã A', channel: 'online', received: '2025-09-01T08:00', appointment: '2025-09-05T17:00' };

describe('dossierRecordFromRow', () => {
  it('maps a row onto the record, times as Vietnamese wall times or ISO strings', () => {
    const r = dossierRecordFromRow({ ...base, code: 'X', finished: '2025-09-04T03:00:00Z', status: 10, supplementations: 1, pausedMinutes: 90, extendedAppointment: '2025-09-10T17:00' });
    expect(r).toEqual({
      receivedAt: parseMoment('2025-09-01T08:00'), originalDueMs: parseMoment('2025-09-05T17:00'), currentDueMs: parseMoment('2025-09-10T17:00'),
      finishedAt: parseMoment('2025-09-04T10:00'), finishKind: 'returned', supplementRequests: 1, pausedMs: 5_400_000,
      channel: 'online', unit: 'UBND xã A', status: '10', code: 'X',
    });
    expect(checkDossierRecord(r)).toBe(r);
  });
  it('an appointment given as a date only is due at the end of that day, not at 00:00 (a finish on that day is on time)', () => {
    const dated = { ...base, appointment: '2025-09-05', extendedAppointment: ' 2025-09-10 ' };
    const r = dossierRecordFromRow({ ...dated, finished: '2025-09-05T10:00', status: 10 });
    expect(r.originalDueMs).toBe(parseMoment('2025-09-05T23:59:59.999'));
    expect(r.currentDueMs).toBe(parseMoment('2025-09-10T23:59:59.999'));
    // Read as 00:00 this was 'late', and the open dossier below 'overdue' from 00:01 on its appointment day.
    expect(classifyTimeliness(r, { asOf: '2025-09-30T17:00' })).toBe('on-time');
    expect(classifyTimeliness(dossierRecordFromRow(dated), { asOf: '2025-09-05T16:00' })).toBe('due-soon');
    expect(classifyTimeliness(dossierRecordFromRow(dated), { asOf: '2025-09-06T00:00' })).toBe('overdue');
    // A moment with a time of day is kept as given.
    expect(dossierRecordFromRow({ ...base, appointment: '2025-09-05T00:00' }).originalDueMs).toBe(parseMoment('2025-09-05T00:00'));
  });
  it('portal channel codes and status 3 (refused at reception)', () => {
    expect(dossierRecordFromRow({ ...base, channel: 3, status: '3' })).toMatchObject({ channel: 'post', refusedAtReception: true });
  });
  it('rejects bad rows naming the column', () => {
    expect(() => dossierRecordFromRow({ ...base, channel: 'fax' }, [7])).toThrow(/^7\.channel: /);
    expect(() => dossierRecordFromRow({ ...base, received: '2025-02-30T08:00' }, [7])).toThrow(/^7\.received: /);
    expect(() => dossierRecordFromRow({ ...base, finished: '2025-09-02T08:00' })).toThrow(/finishKind/);
    expect(() => dossierRecordFromRow({ ...base, supplementations: -1 })).toThrow(/supplementations/);
    expect(() => dossierRecordFromRow({ ...base, unit: undefined })).toThrow(/unit is required/);
  });
  it('rejects unknown fields naming them, as CSV rejects unknown columns (a typo must not read as 0 requests)', () => {
    const typo = { ...base, supplementation: 3 } as DossierRow;
    expect(() => dossierRecordFromRow(typo, [4])).toThrow(InvalidDossierRecordError);
    expect(() => dossierRecordFromRow(typo, [4])).toThrow(/^4\.supplementation: Invalid dossier record: unknown field "supplementation"/);
    expect(() => dossierRecordFromRow(JSON.parse('{"__proto__":1}') as DossierRow, [1])).toThrow(/unknown field "__proto__"/);
  });
});

describe('csvDossierReader', () => {
  it('reads cells by header; empty cells are absent', () => {
    const read = csvDossierReader(['unit', 'channel', 'received', 'appointment', 'finished', 'finishKind', 'field']);
    expect(read(['UBND xã A', '1', '2025-09-01T08:00', '2025-09-05T17:00', '', '', ''])).toMatchObject({ channel: 'in-person', unit: 'UBND xã A' });
    expect(() => read(['a'], [3])).toThrow(/^3: .*expected 7 cells/);
  });
  it('rejects unknown and duplicate columns', () => {
    expect(() => csvDossierReader(['unit', 'recieved'])).toThrow(/unknown column "recieved"/);
    expect(() => csvDossierReader(['unit', 'unit'])).toThrow(/twice/);
  });
});

describe('checkDossierRecord', () => {
  const ok = dossierRecordFromRow(base);
  it('names the field', () => {
    expect(() => checkDossierRecord({ ...ok, finishedAt: ok.receivedAt - 1, finishKind: 'decided' })).toThrow(/finishedAt: .*before receivedAt/);
    expect(() => checkDossierRecord({ ...ok, supplementRequests: 1.5 })).toThrow(/supplementRequests/);
    expect(() => checkDossierRecord({ ...ok, finishKind: 'decided' })).toThrow(/finishKind without finishedAt/);
    expect(() => checkDossierRecord(null)).toThrow(/expected an object/);
  });
  it('an appointment before the receipt is an export error, not an overdue dossier (except for a refusal at reception, which has none)', () => {
    expect(() => checkDossierRecord({ ...ok, originalDueMs: ok.receivedAt - 1 })).toThrow(/originalDueMs: .*before receivedAt/);
    expect(() => checkDossierRecord({ ...ok, currentDueMs: ok.receivedAt - 1 })).toThrow(/currentDueMs: .*before receivedAt/);
    expect(() => dossierRecordFromRow({ ...base, appointment: '2025-08-31T17:00' }, [3])).not.toThrow();
    expect(() => checkDossierRecord(dossierRecordFromRow({ ...base, appointment: '2025-08-31T17:00' }), [3])).toThrow(/^3\.originalDueMs: /);
    expect(checkDossierRecord({ ...ok, originalDueMs: ok.receivedAt })).toMatchObject({ originalDueMs: ok.receivedAt });
    expect(checkDossierRecord({ ...ok, originalDueMs: ok.receivedAt - 1, refusedAtReception: true })).toMatchObject({ refusedAtReception: true });
  });
});

describe('the returned and pendingSupplementSince columns (NDJSON keys and CSV columns)', () => {
  // spec/metrics.md: Vĩnh Phúc's "finished" = result returned; Decision 766 indicator 2.1: "a single
  // pending supplementation request → finished at the request moment" — both must be expressible in rows.
  const finished = { ...base, finished: '2025-09-04T10:00', finishKind: 'decided' };
  it('NDJSON: returned is the result hand-over moment, pendingSupplementSince the awaited request', () => {
    expect(dossierRecordFromRow({ ...finished, returned: '2025-09-08T09:00' })).toMatchObject({ finishedAt: parseMoment('2025-09-04T10:00'), returnedAt: parseMoment('2025-09-08T09:00') });
    expect(dossierRecordFromRow({ ...base, supplementations: 1, pendingSupplementSince: '2025-09-03T03:00:00Z', status: 5 }))
      .toMatchObject({ supplementRequests: 1, pendingSupplementSince: parseMoment('2025-09-03T10:00') });
    expect(() => dossierRecordFromRow({ ...finished, returned: '2025-09-31T08:00' }, [2])).toThrow(/^2\.returned: /);
    expect(() => dossierRecordFromRow({ ...base, pendingSupplementSince: 'soon' }, [2])).toThrow(/^2\.pendingSupplementSince: /);
    expect(() => checkDossierRecord(dossierRecordFromRow({ ...finished, returned: '2025-09-04T09:00' }))).toThrow(/returnedAt: .*before finishedAt/);
  });
  it('CSV: the same columns, empty cells absent; files without them still read', () => {
    const read = csvDossierReader(['unit', 'channel', 'received', 'appointment', 'finished', 'finishKind', 'returned', 'supplementations', 'pendingSupplementSince']);
    expect(read(['UBND xã A', 'online', '2025-09-01T08:00', '2025-09-05T17:00', '2025-09-04T10:00', 'decided', '2025-09-08T09:00', '', '']))
      .toEqual({ ...dossierRecordFromRow(finished), returnedAt: parseMoment('2025-09-08T09:00') });
    expect(read(['UBND xã A', 'online', '2025-09-01T08:00', '2025-09-05T17:00', '', '', '', '1', '2025-09-03T10:00']))
      .toEqual({ ...dossierRecordFromRow(base), supplementRequests: 1, pendingSupplementSince: parseMoment('2025-09-03T10:00') });
    const old = csvDossierReader(['unit', 'channel', 'received', 'appointment', 'finished', 'status']);
    const r = old(['UBND xã A', 'online', '2025-09-01T08:00', '2025-09-05T17:00', '2025-09-04T10:00', '9']);
    expect(r).not.toHaveProperty('returnedAt');
    expect(r).not.toHaveProperty('pendingSupplementSince');
  });
});
