import { InvalidDossierRecordError } from '../errors/invalid-dossier-record-error.js';
import { dayOfMoment, momentAt } from '../time/moment.js';
import { isDateOnlyText, parseMoment } from '../time/parse.js';
import { FINISH_KINDS, type DossierChannel, type DossierRecord, type FinishKind } from './record.js';

/**
 * The columns of an input row (NDJSON keys or CSV header names), in documentation order; any
 * other key or column is an error.
 * @example
 * ROW_COLUMNS.slice(0, 7) // ['code', 'unit', 'field', 'procedure', 'channel', 'received', 'appointment']
 * csvDossierReader(['unit', 'channel', 'received', 'due']) // throws INVALID_DOSSIER_RECORD — "due" is not a column
 */
export const ROW_COLUMNS = Object.freeze([
  'code', 'unit', 'field', 'procedure', 'channel', 'received', 'appointment', 'extendedAppointment',
  'finished', 'finishKind', 'returned', 'status', 'supplementations', 'pendingSupplementSince', 'pausedMinutes', 'refusedAtReception',
] as const);

const COLUMN_SET: ReadonlySet<string> = new Set(ROW_COLUMNS);

/** One input row as read from NDJSON (typed values) or CSV (strings; empty = absent). */
export type DossierRow = Readonly<Partial<Record<(typeof ROW_COLUMNS)[number], unknown>>>;

/** Portal status codes (KenhThucHien-era sync, spec/lifecycle.md) that finish a dossier [X]. */
const FINISH_BY_STATUS: Readonly<Record<string, FinishKind>> = Object.freeze({ '7': 'withdrawn', '8': 'stopped', '9': 'decided', '10': 'returned' });
const CHANNELS: Readonly<Record<string, DossierChannel>> = Object.freeze({
  'in-person': 'in-person', online: 'online', post: 'post', '1': 'in-person', '2': 'online', '3': 'post',
});

type Path = readonly (string | number)[];

function absent(v: unknown): boolean {
  return v === undefined || v === null || v === '';
}

function text(row: DossierRow, key: keyof DossierRow, path: Path): string | undefined {
  const v = row[key];
  if (absent(v)) return undefined;
  if (typeof v !== 'string' && typeof v !== 'number') throw new InvalidDossierRecordError(`${key} must be text`, [...path, key]);
  return String(v);
}

function moment(row: DossierRow, key: keyof DossierRow, path: Path): number | undefined {
  const v = row[key];
  if (absent(v)) return undefined;
  return parseMoment(v as string, [...path, key]);
}

/**
 * An appointment column: a moment, or a date only (`2025-09-05`, as many exports write "ngày hẹn
 * trả") meaning the last instant of that day — a row carries no office hours, so the whole
 * appointment day is on time (`spec/metrics.md`: on time = finished on the appointment day, not
 * after the appointment moment) [U]. Read as 00:00, every dossier finished on its appointment day
 * would be late, and every open one overdue from the first minute of that day.
 */
function appointment(row: DossierRow, key: 'appointment' | 'extendedAppointment', path: Path): number | undefined {
  const ms = moment(row, key, path);
  return ms !== undefined && isDateOnlyText(row[key]) ? momentAt(dayOfMoment(ms), 1440) - 1 : ms;
}

function wholeNumber(row: DossierRow, key: keyof DossierRow, path: Path): number | undefined {
  const v = row[key];
  if (absent(v)) return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < 0) throw new InvalidDossierRecordError(`${key} must be a non-negative whole number`, [...path, key]);
  return n;
}

/**
 * Maps one input row (the CLI's NDJSON object or CSV record) onto a `DossierRecord`. Moments are
 * Vietnamese wall times (`2025-09-05T17:00`) or ISO strings with an offset (`parseMoment`);
 * `channel` is `in-person | online | post` or the portal's `KenhThucHien` 1 / 2 / 3; `status` is
 * the portal code 1–10 (3 = refused at reception; 7, 8, 9, 10 give the finish kind when
 * `finishKind` is absent); a finished row needs `finishKind` or such a status. `returned` is the
 * moment the result was handed to the applicant (`returnedAt`: the finish under the `due-based`
 * definition); `pendingSupplementSince` the moment of the supplementation request the dossier is
 * waiting on (a single one is finished at that moment under Decision 766 [X]). A key that is not
 * one of `ROW_COLUMNS` is an error (as an unknown CSV column is). Throws a `MotcuaError` naming
 * `path` and the column.
 *
 * @example
 * const record = dossierRecordFromRow({ unit: 'UBND xã A', channel: 'online', received: '2025-09-01T08:00',
 *   appointment: '2025-09-05T17:00', finished: '2025-09-04T10:00', status: 10 });
 * record
 * // { receivedAt: 1756688400000, originalDueMs: 1757066400000, finishedAt: 1756954800000, finishKind: 'returned', supplementRequests: 0, channel: 'online', unit: 'UBND xã A', status: '10' }
 * record.finishedAt === parseMoment('2025-09-04T10:00') // true — Vietnamese wall time
 * record.finishKind // 'returned' — from status 10
 * const decided = dossierRecordFromRow({ unit: 'UBND xã A', channel: 'online', received: '2025-09-01T08:00', appointment: '2025-09-05T17:00',
 *   finished: '2025-09-04T10:00', finishKind: 'decided', returned: '2025-09-08T09:00' });
 * formatMoment(decided.returnedAt!) // '2025-09-08T09:00:00+07:00'
 * const waiting = dossierRecordFromRow({ unit: 'UBND xã A', channel: 'online', received: '2025-09-01T08:00', appointment: '2025-09-05T17:00',
 *   supplementations: 1, pendingSupplementSince: '2025-09-03T10:00', status: 5 });
 * classifyTimeliness(waiting, { asOf: '2025-09-30T17:00', policy: decision766Timeliness }) // 'early' — finished at the request (3/9)
 */
export function dossierRecordFromRow(row: DossierRow, path: Path = []): DossierRecord {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new InvalidDossierRecordError('expected an object', path);
  for (const key in row) {
    // Unknown fields are errors, as unknown CSV columns are: a typo ("supplementation") would
    // otherwise silently read as 0 requests.
    if (!COLUMN_SET.has(key)) throw new InvalidDossierRecordError(`unknown field ${JSON.stringify(key)} (fields: ${ROW_COLUMNS.join(', ')})`, [...path, key]);
  }
  const unit = text(row, 'unit', path);
  if (unit === undefined) throw new InvalidDossierRecordError('unit is required', [...path, 'unit']);
  const channelText = text(row, 'channel', path);
  const channel = channelText === undefined ? undefined : CHANNELS[channelText];
  if (channel === undefined) throw new InvalidDossierRecordError('channel must be in-person, online, post (or 1, 2, 3)', [...path, 'channel']);
  const receivedAt = moment(row, 'received', path);
  if (receivedAt === undefined) throw new InvalidDossierRecordError('received is required', [...path, 'received']);
  const originalDueMs = appointment(row, 'appointment', path);
  if (originalDueMs === undefined) throw new InvalidDossierRecordError('appointment is required', [...path, 'appointment']);
  const currentDueMs = appointment(row, 'extendedAppointment', path);
  const finishedAt = moment(row, 'finished', path);
  const returnedAt = moment(row, 'returned', path);
  const pendingSupplementSince = moment(row, 'pendingSupplementSince', path);
  const status = text(row, 'status', path);
  if (status !== undefined && !/^(?:[1-9]|10)$/.test(status)) throw new InvalidDossierRecordError('status must be a portal code 1–10', [...path, 'status']);
  let finishKind = text(row, 'finishKind', path) as FinishKind | undefined;
  if (finishKind !== undefined && !FINISH_KINDS.includes(finishKind)) throw new InvalidDossierRecordError(`finishKind must be one of ${FINISH_KINDS.join(', ')}`, [...path, 'finishKind']);
  if (finishedAt !== undefined && finishKind === undefined) {
    finishKind = status === undefined ? undefined : FINISH_BY_STATUS[status];
    if (finishKind === undefined) throw new InvalidDossierRecordError('a finished row needs finishKind or a finishing status (7, 8, 9, 10)', [...path, 'finishKind']);
  }
  const refusedValue = row.refusedAtReception;
  let refusedAtReception: boolean | undefined;
  if (!absent(refusedValue)) {
    if (refusedValue === true || refusedValue === 'true') refusedAtReception = true;
    else if (refusedValue === false || refusedValue === 'false') refusedAtReception = false;
    else throw new InvalidDossierRecordError('refusedAtReception must be true or false', [...path, 'refusedAtReception']);
  }
  if (status === '3') refusedAtReception = true;
  const pausedMinutes = wholeNumber(row, 'pausedMinutes', path);
  const record: {
    -readonly [K in keyof DossierRecord]: DossierRecord[K];
  } = { receivedAt, originalDueMs, supplementRequests: wholeNumber(row, 'supplementations', path) ?? 0, channel, unit };
  if (currentDueMs !== undefined) record.currentDueMs = currentDueMs;
  if (finishedAt !== undefined) record.finishedAt = finishedAt;
  if (finishKind !== undefined) record.finishKind = finishKind;
  if (returnedAt !== undefined) record.returnedAt = returnedAt;
  if (pendingSupplementSince !== undefined) record.pendingSupplementSince = pendingSupplementSince;
  if (pausedMinutes !== undefined) record.pausedMs = pausedMinutes * 60_000;
  const field = text(row, 'field', path);
  if (field !== undefined) record.field = field;
  const procedure = text(row, 'procedure', path);
  if (procedure !== undefined) record.procedure = procedure;
  if (status !== undefined) record.status = status;
  if (refusedAtReception !== undefined) record.refusedAtReception = refusedAtReception;
  const code = text(row, 'code', path);
  if (code !== undefined) record.code = code;
  return record;
}

/**
 * A reader of CSV records given the header row: returns a function mapping the cells of one line
 * to a `DossierRecord`. Unknown columns are an error (a typo would silently drop data).
 *
 * @example
 * const read = csvDossierReader(['unit', 'channel', 'received', 'appointment']);
 * read(['UBND xã A', 'online', '2025-09-01T08:00', '2025-09-05T17:00'], [2])
 * // { receivedAt: 1756688400000, originalDueMs: 1757066400000, supplementRequests: 0, channel: 'online', unit: 'UBND xã A' }
 * read(['UBND xã A', 'fax', '2025-09-01T08:00', '2025-09-05T17:00'], [3]) // throws INVALID_DOSSIER_RECORD — at 3.channel
 * csvDossierReader(['unit', 'chanel']) // throws INVALID_DOSSIER_RECORD — unknown column
 */
export function csvDossierReader(header: readonly string[]): (cells: readonly string[], path?: Path) => DossierRecord {
  const columns = header.map((h) => h.trim());
  columns.forEach((c, i) => {
    if (!(ROW_COLUMNS as readonly string[]).includes(c)) throw new InvalidDossierRecordError(`unknown column ${JSON.stringify(c)} (columns: ${ROW_COLUMNS.join(', ')})`, ['header', i]);
  });
  if (new Set(columns).size !== columns.length) throw new InvalidDossierRecordError('a column is listed twice', ['header']);
  return (cells, path = []) => {
    if (cells.length !== columns.length) throw new InvalidDossierRecordError(`expected ${columns.length} cells, got ${cells.length}`, path);
    const row: Record<string, string> = {};
    for (let i = 0; i < columns.length; i++) row[columns[i]!] = cells[i]!;
    return dossierRecordFromRow(row, path);
  };
}

