import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { UnknownReportDefinitionError } from '../errors/unknown-report-definition-error.js';
import { thrown } from '../../test/support/thrown.js';
import { buildPeriodReport } from './accumulator.js';
import { reportDefinitions, resolveReportDefinition, toHandle, type ReportDefinition } from './definitions.js';

const Q3 = { from: '2025-07-01', to: '2025-09-30' } as const;
const KNOWN = ['solved-based', 'due-based', 'to-handle', 'decision766-progress'];

describe('resolveReportDefinition: ids are looked up as own keys only', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])('%s is an unknown definition, not a TypeError', (id) => {
    for (const error of [thrown(() => resolveReportDefinition(id)), thrown(() => buildPeriodReport([], { ...Q3, definition: id }))]) {
      expect(error).toBeInstanceOf(UnknownReportDefinitionError);
      expect(error).toMatchObject({ code: 'UNKNOWN_REPORT_DEFINITION', id, known: KNOWN, path: [] });
      expect((error as Error).message).toBe(`Unknown report definition "${id}" (known: ${KNOWN.join(', ')})`);
    }
  });

  it('the presets resolve to themselves', () => {
    for (const id of KNOWN) expect(resolveReportDefinition(id)).toBe(reportDefinitions[id]);
  });
});

describe('resolveReportDefinition: a custom definition is validated', () => {
  it('missing fields are named (the one without a policy used to crash with a TypeError)', () => {
    const error = thrown(() => buildPeriodReport([], { ...Q3, definition: { id: 'x', rates: [] } as unknown as ReportDefinition }));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', path: ['name'] });
    expect((error as InvalidInputError).issues).toEqual([
      { path: ['name'], message: 'required' },
      { path: ['description'], message: 'required' },
      { path: ['policy'], message: 'expected a timeliness policy (e.g. standardTimeliness)' },
      { path: ['lateIncludesOverdue'], message: 'required' },
      { path: ['basis'], message: 'required' },
    ]);
    expect((error as Error).message).toMatch(/^Invalid report definition: name: required; /);
  });

  it('a policy that is not one, a term that is not a counter and a misspelt field are refused', () => {
    const bad = {
      ...toHandle,
      id: 'mine',
      policy: 'standard',
      rates: [{ id: 'onTime', label: 'x', numerator: ['erly'], denominator: [] }],
    } as unknown as ReportDefinition;
    const error = thrown(() => resolveReportDefinition(bad)) as InvalidInputError;
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toEqual([
      { path: ['policy'], message: 'expected a timeliness policy (e.g. standardTimeliness)' },
      { path: ['rates', 0, 'numerator', 0], message: expect.stringMatching(/^expected a counter \(carriedOver, received, .*, toHandle, handled\), with "-" before one to subtract it$/) },
      { path: ['rates', 0, 'denominator'], message: 'expected at least 1 items' },
    ]);
    const misspelt = thrown(() => resolveReportDefinition({ ...toHandle, lateIncludesOverdu: true } as unknown as ReportDefinition)) as InvalidInputError;
    expect(misspelt.issues).toEqual([{ path: ['lateIncludesOverdu'], message: expect.stringMatching(/^unknown field "lateIncludesOverdu" \(did you mean lateIncludesOverdue\?\); allowed: /) }]);
  });

  it('a well-formed custom definition is used as given', () => {
    const mine: ReportDefinition = { ...toHandle, id: 'mine', rates: [{ id: 'net', label: 'net', numerator: ['toHandle', '-late'], denominator: ['handled'] }] };
    expect(resolveReportDefinition(mine)).toBe(mine);
    expect(buildPeriodReport([], { ...Q3, definition: mine }).total.rates).toEqual([{ id: 'net', label: 'net', numerator: 0, denominator: 0, value: null, definition: 'mine' }]);
  });
});
