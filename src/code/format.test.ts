import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidMomentError, SchemeNotInForceError, UnknownDossierCodeSchemeError } from '../errors/index.js';
import { formatDossierCode, type DossierCodeInput } from './format.js';
import { parseDossierCode } from './parse.js';
import type { DossierCodeSchemeId } from './schemes.js';

function inputError(input: unknown): InvalidInputError {
  try {
    formatDossierCode(input as DossierCodeInput);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return error as InvalidInputError;
  }
  throw new Error('expected formatDossierCode to throw');
}

describe('formatDossierCode', () => {
  it('writes the examples of the spec (Circular 01/2018/TT-VPCP Art. 19 [P])', () => {
    expect(formatDossierCode({ agency: '000.17.22.H56', receivedAt: '2021-05-31T08:15', sequence: 1 })).toBe('000.17.22.H56-210531-0001');
    expect(formatDossierCode({ agency: '000.00.14.H56', receivedAt: '2020-02-03', sequence: 118 })).toBe('000.00.14.H56-200203-0118');
  });

  it('writes the Vietnamese day of the moment (UTC+7), whatever the host time zone', () => {
    // 17:30 UTC on 30 May is 00:30 on 31 May in Vietnam.
    expect(formatDossierCode({ agency: 'H56', receivedAt: Date.UTC(2021, 4, 30, 17, 30), sequence: 1 })).toBe('H56-210531-0001');
    expect(formatDossierCode({ agency: 'H56', receivedAt: new Date('2021-05-30T16:59:59.999Z'), sequence: 1 })).toBe('H56-210530-0001');
    expect(formatDossierCode({ agency: 'H56', receivedAt: '2021-05-30T20:00:00-05:00', sequence: 1 })).toBe('H56-210531-0001');
  });

  it('widens sequences past 9999, never wraps [X]', () => {
    const at = (sequence: number) => formatDossierCode({ agency: 'H56', receivedAt: '2021-05-31', sequence });
    expect(at(9)).toBe('H56-210531-0009');
    expect(at(9999)).toBe('H56-210531-9999');
    expect(at(10_000)).toBe('H56-210531-10000');
    expect(at(123_456_789)).toBe('H56-210531-123456789');
  });

  it('writes AA before the sequence under tt04-2025-centralised (Circular 04/2025/TT-VPCP Art. 23(2) [P])', () => {
    const input = { agency: 'H56.22.17.000', receivedAt: '2026-03-01T09:00', scheme: 'tt04-2025-centralised', systemCode: '12' } as const;
    expect(formatDossierCode({ ...input, sequence: 1 })).toBe('H56.22.17.000-260301-120001');
    expect(formatDossierCode({ ...input, sequence: 12_345 })).toBe('H56.22.17.000-260301-1212345');
  });

  it('writes only the Code 39-safe alphabet 0-9 A-Z . - (Circular 01/2018 Art. 19(2) [P])', () => {
    const code = formatDossierCode({ agency: 'T02.BD.22.H29', receivedAt: '2023-01-04', sequence: 77 });
    expect(code).toMatch(/^[0-9A-Z.-]+$/);
  });

  it('writes the agency as given and checks it against the scheme order', () => {
    expect(formatDossierCode({ agency: 'H56.22.17.000', receivedAt: '2025-08-15', sequence: 42, scheme: 'qd20-2020' })).toBe('H56.22.17.000-250815-0042');
    expect(inputError({ agency: '000.17.22.H56', receivedAt: '2025-08-15', sequence: 42, scheme: 'qd20-2020' }).message).toMatch(
      /agency: .*writes the level-1 unit group \(e\.g\. H56\) first/,
    );
    expect(inputError({ agency: 'H56.22.17.000', receivedAt: '2021-05-31', sequence: 1, scheme: 'tt01-2018' }).issues[0]?.path).toEqual(['agency']);
  });

  it('refuses agencies that are not identifiers, naming the problem', () => {
    const base = { receivedAt: '2021-05-31', sequence: 1 };
    expect(inputError({ ...base, agency: '000.17.22.h56' }).message).toMatch(/capitals: 000\.17\.22\.H56/);
    expect(inputError({ ...base, agency: '' }).message).toMatch(/empty/);
    expect(inputError({ ...base, agency: '000-17-22-H56' }).message).toMatch(/"-" at position 4/);
    expect(inputError({ ...base, agency: '000..H56' }).message).toMatch(/empty group/);
    expect(inputError({ ...base, agency: '000.17.22' }).message).toMatch(/no level-1 unit group/);
    expect(inputError({ ...base, agency: 'X'.repeat(33) + '.H56' }).message).toMatch(/at most 35/);
  });

  it('refuses sequences that are not whole numbers from 1', () => {
    for (const sequence of [0, -1, 1.5, Number.NaN, Infinity, 1e16, '1']) {
      const error = inputError({ agency: 'H56', receivedAt: '2021-05-31', sequence });
      expect(error.issues.map((i) => i.path)).toContainEqual(['sequence']);
    }
  });

  it('refuses years the two-digit YYMMDD cannot carry', () => {
    expect(inputError({ agency: 'H56', receivedAt: '1999-12-31', sequence: 1 }).message).toMatch(/2000–2099, not 1999/);
    expect(inputError({ agency: 'H56', receivedAt: '2100-01-01', sequence: 1 }).message).toMatch(/2000–2099, not 2100/);
    expect(formatDossierCode({ agency: 'H56', receivedAt: '2000-01-01', sequence: 1 })).toBe('H56-000101-0001');
  });

  it('checks systemCode against the scheme', () => {
    const base = { agency: 'H56', receivedAt: '2026-03-01', sequence: 1 };
    expect(inputError({ ...base, scheme: 'tt04-2025-centralised' }).message).toMatch(/needs systemCode/);
    expect(inputError({ ...base, scheme: 'tt04-2025-centralised', systemCode: '1' }).message).toMatch(/2 digits/);
    expect(inputError({ ...base, scheme: 'tt04-2025-centralised', systemCode: 'AB' }).message).toMatch(/2 digits/);
    expect(inputError({ ...base, systemCode: '12' }).message).toMatch(/tt04-2025-centralised only/);
  });

  it('refuses unknown schemes and malformed input objects', () => {
    expect(() => formatDossierCode({ agency: 'H56', receivedAt: '2021-05-31', sequence: 1, scheme: 'tt99' as DossierCodeSchemeId })).toThrow(
      UnknownDossierCodeSchemeError,
    );
    expect(inputError({ agency: 'H56', receivedAt: '2021-05-31', sequence: 1, scheme: 5 }).issues[0]?.path).toEqual(['scheme']);
    expect(inputError(null)).toBeInstanceOf(InvalidInputError);
    expect(inputError({ agency: 56, receivedAt: '2021-05-31', sequence: 1 }).issues[0]?.path).toEqual(['agency']);
  });

  it('refuses moments that are not real instants', () => {
    expect(() => formatDossierCode({ agency: 'H56', receivedAt: '2021-02-29T10:00', sequence: 1 })).toThrow(InvalidMomentError);
    expect(() => formatDossierCode({ agency: 'H56', receivedAt: new Date(Number.NaN), sequence: 1 })).toThrow(InvalidMomentError);
  });

  it('refuses unknown fields, naming each path, instead of ignoring them', () => {
    const base = { agency: 'H56.22.17.000', receivedAt: '2025-08-15', sequence: 42 };
    const error = inputError({ ...base, sheme: 'qd20-2020' });
    expect(error.issues).toEqual([{ path: ['sheme'], message: expect.stringMatching(/^unknown field "sheme" \(did you mean scheme\?\); allowed: agency, receivedAt, sequence, scheme, systemCode, allowOutsideValidity$/) }]);
    expect(error.message).toMatch(/^Invalid dossier code input: sheme: unknown field "sheme"/);
    expect(inputError({ ...base, allowOutsideValidty: true }).issues[0]?.path).toEqual(['allowOutsideValidty']);
    expect(inputError({ ...base, sheme: undefined }).issues[0]?.path).toEqual(['sheme']);
    expect(inputError({ ...base, a: 1, b: 2 }).issues.map((i) => i.path)).toEqual([['a'], ['b']]);
    // Unknown fields are reported with the other problems.
    expect(inputError({ ...base, sequence: 0, foo: 1 }).issues.map((i) => i.path)).toEqual(expect.arrayContaining([['sequence'], ['foo']]));
    // Known optional fields set to undefined are fine.
    expect(formatDossierCode({ ...base, scheme: undefined, systemCode: undefined, allowOutsideValidity: undefined })).toBe('H56.22.17.000-250815-0042');
  });
});

describe('formatDossierCode: the scheme must govern the receipt day', () => {
  function notInForce(input: DossierCodeInput): SchemeNotInForceError {
    try {
      formatDossierCode(input);
    } catch (error) {
      expect(error).toBeInstanceOf(SchemeNotInForceError);
      return error as SchemeNotInForceError;
    }
    throw new Error('expected SchemeNotInForceError');
  }

  it('refuses the centralised variant before 2026-01-25 (Circular 04/2025/TT-VPCP Art. 23(2))', () => {
    const error = notInForce({ agency: 'H56', receivedAt: '2025-03-01', sequence: 1, scheme: 'tt04-2025-centralised', systemCode: '12' });
    expect(error).toMatchObject({
      code: 'SCHEME_NOT_IN_FORCE',
      scheme: 'tt04-2025-centralised',
      receivedDate: '2025-03-01',
      validFrom: '2026-01-25',
      validTo: undefined,
      inForce: ['tt01-2018'],
      path: ['receivedAt'],
    });
    expect(error.message).toMatch(/scheme tt04-2025-centralised \(Circular 04\/2025\/TT-VPCP .*\) governs receipts from 2026-01-25; the receipt day 2025-03-01 is before it applies/);
    expect(error.message).toMatch(/Schemes in force on 2025-03-01: tt01-2018\./);
    expect(error.message).toMatch(/allowOutsideValidity: true/);
    // The day before and the first day.
    notInForce({ agency: 'H56', receivedAt: '2026-01-24T23:59', sequence: 1, scheme: 'tt04-2025-centralised', systemCode: '12' });
    expect(formatDossierCode({ agency: 'H56', receivedAt: '2026-01-25', sequence: 1, scheme: 'tt04-2025-centralised', systemCode: '12' })).toBe('H56-260125-120001');
  });

  it('refuses tt01-2018 after 2025-06-30 and before 2019-01-06, and qd20-2020 before 2025-07-01', () => {
    const error = notInForce({ agency: '000.17.22.H56', receivedAt: '2026-03-01', sequence: 1, scheme: 'tt01-2018' });
    expect(error).toMatchObject({ validFrom: '2019-01-06', validTo: '2025-06-30', inForce: ['qd20-2020', 'tt04-2025-centralised'] });
    expect(error.message).toMatch(/governs receipts from 2019-01-06 to 2025-06-30; the receipt day 2026-03-01 is after it ceased to apply/);
    expect(notInForce({ agency: '000.17.22.H56', receivedAt: '2019-01-05', sequence: 1, scheme: 'tt01-2018' }).message).toMatch(/No built-in scheme governs 2019-01-05/);
    // The Vietnamese day decides: 17:00 UTC on 30 June 2025 is 1 July in Vietnam.
    notInForce({ agency: '000.17.22.H56', receivedAt: '2025-06-30T17:00:00Z', sequence: 1, scheme: 'tt01-2018' });
    expect(formatDossierCode({ agency: '000.17.22.H56', receivedAt: '2025-06-30T16:59:59Z', sequence: 1, scheme: 'tt01-2018' })).toBe('000.17.22.H56-250630-0001');
    notInForce({ agency: 'H56.22', receivedAt: '2025-06-30', sequence: 1, scheme: 'qd20-2020' });
  });

  it('writes outside the dates with allowOutsideValidity: true (back-filling legacy data), and parse reports it', () => {
    const code = formatDossierCode({ agency: 'H56', receivedAt: '2025-03-01', sequence: 1, scheme: 'tt04-2025-centralised', systemCode: '12', allowOutsideValidity: true });
    expect(code).toBe('H56-250301-120001');
    expect(parseDossierCode(code, { scheme: 'tt04-2025-centralised' }).schemeInForce).toBe(false);
    expect(formatDossierCode({ agency: '000.17.22.H56', receivedAt: '2026-03-01', sequence: 1, scheme: 'tt01-2018', allowOutsideValidity: true })).toBe('000.17.22.H56-260301-0001');
    // allowOutsideValidity: false is the default.
    notInForce({ agency: '000.17.22.H56', receivedAt: '2026-03-01', sequence: 1, scheme: 'tt01-2018', allowOutsideValidity: false });
    expect(inputError({ agency: 'H56', receivedAt: '2026-03-01', sequence: 1, allowOutsideValidity: 'yes' }).issues[0]?.path).toEqual(['allowOutsideValidity']);
  });

  it('checks no dates without a scheme (the plain layout is common to tt01-2018 and qd20-2020)', () => {
    expect(formatDossierCode({ agency: '000.17.22.H56', receivedAt: '2026-03-01', sequence: 1 })).toBe('000.17.22.H56-260301-0001');
    expect(formatDossierCode({ agency: 'H56', receivedAt: '2018-12-03', sequence: 1 })).toBe('H56-181203-0001');
  });
});
