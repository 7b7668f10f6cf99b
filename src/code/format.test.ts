import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidMomentError } from '../errors/index.js';
import { formatDossierCode, type DossierCodeInput } from './format.js';
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
    expect(inputError({ agency: 'H56', receivedAt: '2021-05-31', sequence: 1, scheme: 'tt99' as DossierCodeSchemeId }).issues[0]?.path).toEqual(['scheme']);
    expect(inputError(null)).toBeInstanceOf(InvalidInputError);
    expect(inputError({ agency: 56, receivedAt: '2021-05-31', sequence: 1 }).issues[0]?.path).toEqual(['agency']);
  });

  it('refuses moments that are not real instants', () => {
    expect(() => formatDossierCode({ agency: 'H56', receivedAt: '2021-02-29T10:00', sequence: 1 })).toThrow(InvalidMomentError);
    expect(() => formatDossierCode({ agency: 'H56', receivedAt: new Date(Number.NaN), sequence: 1 })).toThrow(InvalidMomentError);
  });
});
