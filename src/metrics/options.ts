/**
 * The zod fields the period options of the metrics accumulators share (`ReportOptions`,
 * `HandlingTimeOptions`): checked once per accumulator, never per record. Internal.
 */
import * as z from 'zod/mini';
import { oneOf } from '../errors/schemas.js';
import type { DayInput } from '../time/parse.js';
import { REPORT_DIMENSIONS } from './groups.js';
import type { TimelinessPolicy } from './policy.js';

const day = z.custom<DayInput>((v) => v !== undefined, 'required: a day (YYYY-MM-DD)');

/** `from`, `to` (days, parsed where used), `groupBy` (known dimensions) and `asOf` (a moment, parsed where used). */
export const periodFields = {
  from: day,
  to: day,
  groupBy: z.optional(z.array(oneOf(REPORT_DIMENSIONS))),
  asOf: z.optional(z.unknown()),
};

/** Whether `v` looks like a `TimelinessPolicy` (an id and the finish kinds it counts). */
export const isTimelinessPolicy = (v: unknown): v is TimelinessPolicy =>
  typeof v === 'object' && v !== null && typeof (v as TimelinessPolicy).id === 'string' && typeof (v as TimelinessPolicy).finishes === 'object';
