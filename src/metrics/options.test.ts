import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../test/support/issues.js';
import { InvalidDossierRecordError } from '../errors/invalid-dossier-record-error.js';
import { buildPeriodReport, createReportAccumulator, type ReportOptions } from './accumulator.js';
import { classifyTimeliness, type ClassifyOptions } from './classify.js';
import { buildHandlingTimeReport, type HandlingTimeOptions } from './handling-time.js';
import { rec } from './sample.test-support.js';
import type { DossierRecord } from './record.js';

const Q3 = { from: '2025-07-01', to: '2025-09-30' };
const r = rec({ received: '2025-09-01T08:00', due: '2025-09-05T17:00' });

describe('report options are strict: a misspelt option is refused by name, not ignored', () => {
  it('buildPeriodReport: asof, groupby, definiton', () => {
    expect(issuesOf(() => buildPeriodReport([r], { ...Q3, asof: '2025-09-10T00:00' } as ReportOptions))).toEqual([
      { path: ['asof'], message: 'unknown field "asof" (did you mean asOf?); allowed: from, to, groupBy, asOf, definition' },
    ]);
    expect(() => buildPeriodReport([r], { ...Q3, groupby: ['field'] } as ReportOptions)).toThrow(/groupby: unknown field "groupby" \(did you mean groupBy\?\)/);
    expect(() => createReportAccumulator({ ...Q3, definiton: 'to-handle' } as ReportOptions)).toThrow(/definiton: unknown field "definiton" \(did you mean definition\?\)/);
  });
  it('checks the values once, at creation: a missing day, a definition of the wrong kind', () => {
    expect(issuesOf(() => createReportAccumulator({ to: '2025-09-30' } as ReportOptions))).toEqual([{ path: ['from'], message: 'required: a day (YYYY-MM-DD)' }]);
    expect(() => createReportAccumulator({ ...Q3, definition: 7 } as unknown as ReportOptions)).toThrow(/definition: expected a report definition: one of solved-based/);
    expect(() => createReportAccumulator({ ...Q3, groupBy: ['officer'] } as unknown as ReportOptions)).toThrow(/groupBy\.0: expected one of unit, field, procedure/);
    expect(() => createReportAccumulator(undefined as unknown as ReportOptions)).toThrow(/^Invalid report options: expected object, got undefined$/);
    expect(buildPeriodReport([r], { ...Q3, asOf: '2025-09-10T00:00', groupBy: [] }).asOf).toBe('2025-09-10T00:00:00+07:00');
  });
  it('buildHandlingTimeReport names the allowed options too', () => {
    expect(() => buildHandlingTimeReport([], { ...Q3, timeunit: 'working-hours' } as HandlingTimeOptions)).toThrow(/timeunit: unknown field "timeunit" \(did you mean timeUnit\?\); allowed: /);
  });
});

describe('classifyTimeliness: typed errors, not TypeErrors; the options strict', () => {
  it('refuses missing or misspelt options', () => {
    expect(issuesOf(() => classifyTimeliness(r, undefined as unknown as ClassifyOptions))).toEqual([{ path: [], message: 'expected { asOf, policy? }, got undefined' }]);
    expect(issuesOf(() => classifyTimeliness(r, null as unknown as ClassifyOptions))).toEqual([{ path: [], message: 'expected { asOf, policy? }, got null' }]);
    expect(issuesOf(() => classifyTimeliness(r, {} as ClassifyOptions))).toEqual([{ path: ['asOf'], message: 'required: the moment of judgement' }]);
    expect(issuesOf(() => classifyTimeliness(r, { asOf: '2025-09-30T17:00', polcy: 1 } as ClassifyOptions))).toEqual([
      { path: ['polcy'], message: 'unknown field "polcy" (did you mean policy?); allowed: asOf, policy' },
    ]);
    expect(issuesOf(() => classifyTimeliness(r, { asOf: 0, policy: 'standard' } as unknown as ClassifyOptions))).toEqual([
      { path: ['policy'], message: 'expected a timeliness policy (e.g. standardTimeliness)' },
    ]);
    expect(() => classifyTimeliness(undefined as unknown as DossierRecord, { asOf: 0 })).toThrow(InvalidDossierRecordError);
  });
  it('still classifies with good options, numeric or not', () => {
    expect(classifyTimeliness(r, { asOf: '2025-09-06T08:00' })).toBe('overdue');
    expect(classifyTimeliness(r, { asOf: Date.parse('2025-09-02T08:00:00+07:00'), policy: undefined })).toBe('within');
  });
});

describe('asOf given as a date only means the end of that day (as of 30/9 includes 30/9)', () => {
  const received = rec({ received: '2025-09-30T09:00', due: '2025-10-03T17:00' });
  const finished = rec({ received: '2025-09-01T08:00', due: '2025-09-05T17:00', finished: '2025-09-30T10:00' });
  const Q3 = { from: '2025-07-01', to: '2025-09-30' } as const;

  it('a report as of its last day agrees with its default (before, a receipt on that day was left out)', () => {
    const asLastDay = buildPeriodReport([received, finished], { ...Q3, asOf: '2025-09-30' });
    const byDefault = buildPeriodReport([received, finished], Q3);
    expect(asLastDay.asOf).toBe('2025-09-30T23:59:59+07:00');
    expect(asLastDay.total.counts).toEqual(byDefault.total.counts);
    expect(asLastDay.total.counts).toMatchObject({ received: 2, finished: 1, inProgress: 1 });
  });

  it('classifyTimeliness and the handling-time report read it the same way', () => {
    expect(classifyTimeliness(finished, { asOf: '2025-09-30' })).toBe('late');
    expect(classifyTimeliness(rec({ received: '2025-09-01T08:00', due: '2025-09-30T17:00' }), { asOf: '2025-09-30' })).toBe('overdue');
    expect(buildHandlingTimeReport([finished], { ...Q3, asOf: '2025-09-30' }).asOf).toBe('2025-09-30T23:59:59+07:00');
  });
});
