import { describe, expect, it } from 'vitest';
import { InvalidDossierCodeError, InvalidInputError, UnknownDossierCodeSchemeError, type DossierCodeRejection } from '../errors/index.js';
import { parseDay } from '../time/parse.js';
import { isDossierCode } from './is.js';
import { parseDossierCode, type ParseDossierCodeOptions } from './parse.js';
import type { DossierCodeSchemeId } from './schemes.js';

/** The error `parseDossierCode` throws for `code`, checked to be an `InvalidDossierCodeError`. */
function rejection(code: unknown, options?: ParseDossierCodeOptions): InvalidDossierCodeError {
  try {
    parseDossierCode(code as string, options);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidDossierCodeError);
    return error as InvalidDossierCodeError;
  }
  throw new Error(`expected ${String(code)} to be rejected`);
}

describe('parseDossierCode: real codes (spec/dossier-code.md)', () => {
  it('reads a ward office code of Thanh Hóa, 31/5/2021, first dossier of the day [X]', () => {
    expect(parseDossierCode('000.17.22.H56-210531-0001')).toEqual({
      code: '000.17.22.H56-210531-0001',
      scheme: 'tt01-2018',
      schemeInForce: true,
      agency: { id: '000.17.22.H56', groups: ['000', '17', '22', 'H56'], level1: 'H56', order: 'lowest-first' },
      receivedOn: parseDay('2021-05-31'),
      receivedDate: '2021-05-31',
      sequence: 1,
      systemCode: undefined,
      unit: undefined,
    });
  });

  it('reads a provincial department code, 03/02/2020, sequence 118 [X]', () => {
    const parsed = parseDossierCode('000.00.14.H56-200203-0118');
    expect(parsed.agency.level1).toBe('H56');
    expect(parsed.receivedDate).toBe('2020-02-03');
    expect(parsed.sequence).toBe(118);
    expect(parsed.scheme).toBe('tt01-2018');
  });

  it('reads the Decision 20/2020 order (level-1 group first) and reports it', () => {
    const parsed = parseDossierCode('H56.22.17.000-250815-0042');
    expect(parsed.agency).toEqual({ id: 'H56.22.17.000', groups: ['H56', '22', '17', '000'], level1: 'H56', order: 'highest-first' });
    expect(parsed.scheme).toBe('qd20-2020');
    expect(parsed.sequence).toBe(42);
  });

  it('is permissive on the agency: 1–4 groups, letters in lower groups, ministries [X]', () => {
    expect(parseDossierCode('H56-210531-0001').agency.groups).toEqual(['H56']);
    expect(parseDossierCode('22.H56-210531-0001').agency.level1).toBe('H56');
    expect(parseDossierCode('G01.99-250902-0003').agency).toMatchObject({ level1: 'G01', order: 'highest-first' });
    expect(parseDossierCode('T02.BD.22.H29-230104-0007').agency).toMatchObject({ level1: 'H29', order: 'lowest-first' });
    expect(parseDossierCode('A1B2C.X.H56-230104-0007').agency.groups).toEqual(['A1B2C', 'X', 'H56']);
    // 35 characters, the Decision 20/2020 maximum.
    expect(parseDossierCode('000.000.000.000.000.000.000.000.H56-230104-0007').agency.id).toHaveLength(35);
  });

  it('reads a level-1-looking group at both ends by the receipt date (Decree 118/2025 from 2025-07-01)', () => {
    expect(parseDossierCode('T02.BD.H29-250630-0001').agency).toMatchObject({ level1: 'H29', order: 'lowest-first' });
    expect(parseDossierCode('T02.BD.H29-250701-0001').agency).toMatchObject({ level1: 'T02', order: 'highest-first' });
    expect(parseDossierCode('H56-250701-0001').scheme).toBe('qd20-2020');
    expect(parseDossierCode('H56-250630-0001').scheme).toBe('tt01-2018');
    // … unless the caller names the scheme.
    expect(parseDossierCode('T02.BD.H29-250701-0001', { scheme: 'tt01-2018' }).agency.level1).toBe('H29');
  });

  it('widens sequences past 9999 and keeps leading zeros of fabricated 5-digit sequences [X]', () => {
    expect(parseDossierCode('000.17.22.H56-210531-10000').sequence).toBe(10_000);
    expect(parseDossierCode('000.17.22.H56-210531-03817').sequence).toBe(3817);
    expect(parseDossierCode('000.17.22.H56-210531-999999999999999').sequence).toBe(999_999_999_999_999);
  });

  it('accepts real calendar dates only: 29 February in leap years', () => {
    expect(parseDossierCode('000.17.22.H56-240229-0001').receivedDate).toBe('2024-02-29');
    expect(rejection('000.17.22.H56-230229-0001').reason).toBe('not-a-date');
    expect(rejection('000.17.22.H56-211301-0001').reason).toBe('not-a-date');
    expect(rejection('000.17.22.H56-210100-0001').reason).toBe('not-a-date');
  });

  it('keeps codes of units dissolved on 2025-07-01 valid: no list of current units by default', () => {
    expect(isDossierCode('000.17.22.H56-250630-0001')).toBe(true);
    expect(parseDossierCode('000.00.11.H27-190301-0005').agency.level1).toBe('H27');
  });
});

describe('parseDossierCode: schemes named by the caller', () => {
  it('reads AA and the sequence under tt04-2025-centralised (Circular 04/2025 Art. 23(2) [P])', () => {
    const parsed = parseDossierCode('H56.22.17.000-260301-120001', { scheme: 'tt04-2025-centralised' });
    expect(parsed).toMatchObject({ scheme: 'tt04-2025-centralised', systemCode: '12', sequence: 1, receivedDate: '2026-03-01' });
    expect(parseDossierCode('000.17.22.H56-260301-0712345', { scheme: 'tt04-2025-centralised' })).toMatchObject({
      systemCode: '07',
      sequence: 12_345,
      agency: { order: 'lowest-first' },
    });
  });

  it('reads the same string as a plain long sequence without the scheme named (no guessing)', () => {
    const parsed = parseDossierCode('H56.22.17.000-260301-120001');
    expect(parsed).toMatchObject({ scheme: 'qd20-2020', sequence: 120_001, systemCode: undefined });
  });

  it('refuses the other agency order when the scheme fixes it', () => {
    expect(rejection('000.17.22.H56-250815-0001', { scheme: 'qd20-2020' }).reason).toBe('agency-order');
    expect(rejection('H56.22.17.000-210531-0001', { scheme: 'tt01-2018' }).reason).toBe('agency-order');
    expect(rejection('H56.22.17.000-210531-0001', { scheme: 'tt01-2018' }).message).toMatch(/writes the level-1 unit group \(e\.g\. H56\) last/);
  });

  it('needs AA and at least 4 sequence digits under the centralised scheme', () => {
    expect(rejection('H56-260301-0001', { scheme: 'tt04-2025-centralised' }).reason).toBe('system-code-missing');
    expect(rejection('H56-260301-12001', { scheme: 'tt04-2025-centralised' }).reason).toBe('system-code-missing');
    expect(rejection('H56-260301-120000', { scheme: 'tt04-2025-centralised' }).reason).toBe('sequence-zero');
  });

  it('refuses unknown schemes with UnknownDossierCodeSchemeError and bad options with InvalidInputError', () => {
    expect(() => parseDossierCode('H56-210531-0001', { scheme: 'tt99' as DossierCodeSchemeId })).toThrow(UnknownDossierCodeSchemeError);
    expect(() => parseDossierCode('H56-210531-0001', { scheme: 'tt99' as DossierCodeSchemeId })).toThrow(
      /Unknown dossier code scheme "tt99"; known: tt01-2018, qd20-2020, tt04-2025-centralised/,
    );
    expect(() => parseDossierCode('H56-210531-0001', { registry: {} as never })).toThrow(InvalidInputError);
    expect(() => parseDossierCode('H56-210531-0001', 'tt01-2018' as never)).toThrow(InvalidInputError);
  });

  it('refuses unknown option fields instead of ignoring them (a misspelt scheme would change the reading)', () => {
    let error: InvalidInputError | undefined;
    try {
      parseDossierCode('H56.22.17.000-260301-120001', { shceme: 'tt04-2025-centralised' } as never);
    } catch (e) {
      error = e as InvalidInputError;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error?.issues).toEqual([{ path: ['shceme'], message: expect.stringMatching(/unknown field "shceme" \(did you mean scheme\?\)/) }]);
    expect(() => isDossierCode('H56-210531-0001', { scheme: 'qd20-2020', strict: true } as never)).toThrow(InvalidInputError);
    // Known fields set to undefined are fine.
    expect(parseDossierCode('H56-210531-0001', { scheme: undefined, registry: undefined }).sequence).toBe(1);
  });
});

describe('parseDossierCode: validity of the scheme on the receipt day, reported not enforced', () => {
  it('says the scheme read was in force for codes within its dates', () => {
    expect(parseDossierCode('000.17.22.H56-210531-0001').schemeInForce).toBe(true);
    expect(parseDossierCode('H56.22.17.000-250815-0042').schemeInForce).toBe(true);
    expect(parseDossierCode('H56.22.17.000-260301-120001', { scheme: 'tt04-2025-centralised' }).schemeInForce).toBe(true);
    // The first and last days count.
    expect(parseDossierCode('000.17.22.H56-190106-0001').schemeInForce).toBe(true);
    expect(parseDossierCode('000.17.22.H56-250630-0001').schemeInForce).toBe(true);
    expect(parseDossierCode('H56.22.17.000-250701-0001').schemeInForce).toBe(true);
    expect(parseDossierCode('H56-260125-120001', { scheme: 'tt04-2025-centralised' }).schemeInForce).toBe(true);
  });

  it('parses codes outside their scheme\'s dates and says so (old and odd codes exist in the wild [X])', () => {
    // QCVN 102 order after Decree 61/2018 ended: read as tt01-2018, which no longer governed.
    expect(parseDossierCode('000.17.22.H56-260301-0001')).toMatchObject({ scheme: 'tt01-2018', schemeInForce: false });
    // Before Circular 01/2018 applied.
    expect(parseDossierCode('000.17.22.H56-181203-0001')).toMatchObject({ scheme: 'tt01-2018', schemeInForce: false });
    expect(parseDossierCode('000.17.22.H56-190105-0001').schemeInForce).toBe(false);
    // Named schemes outside their dates.
    expect(parseDossierCode('H56-250301-120001', { scheme: 'tt04-2025-centralised' })).toMatchObject({ sequence: 1, schemeInForce: false });
    expect(parseDossierCode('H56-260124-120001', { scheme: 'tt04-2025-centralised' }).schemeInForce).toBe(false);
    expect(parseDossierCode('H56.22.17.000-250630-0001', { scheme: 'qd20-2020' }).schemeInForce).toBe(false);
    expect(parseDossierCode('000.17.22.H56-250701-0001', { scheme: 'tt01-2018' }).schemeInForce).toBe(false);
    expect(isDossierCode('000.17.22.H56-260301-0001')).toBe(true);
  });
});

describe('parseDossierCode: rejections say why, in a way a person can act on', () => {
  const cases: [string, DossierCodeRejection, RegExp][] = [
    ['', 'empty', /empty/],
    ['   ', 'empty', /empty/],
    [' 000.17.22.H56-210531-0001', 'whitespace', /remove the spaces/],
    ['000.17.22.H56-210531-0001\n', 'whitespace', /remove the spaces/],
    ['000.17.22.h56-210531-0001', 'lowercase', /capitals: 000\.17\.22\.H56-210531-0001/],
    ['000.17.22.H56-210531-0001é', 'invalid-character', /"é" at position 26/],
    ['000.17.22.H56_210531_0001', 'wrong-separator', /"_" is not a separator.*: 000\.17\.22\.H56-210531-0001/],
    ['000.17.22.H56/210531/0001', 'wrong-separator', /"\/" is not a separator/],
    ['000.17.22.H56 - 210531 - 0001', 'wrong-separator', /" " is not a separator/],
    ['000.17.22.H56–210531–0001', 'wrong-separator', /"–" is not a separator/],
    ['000-17-22-H56-210531-0001', 'wrong-separator', /"\." between the groups.*: 000\.17\.22\.H56-210531-0001/],
    ['000.17.22.H56.210531.0001', 'wrong-separator', /: 000\.17\.22\.H56-210531-0001/],
    ['12345/2024/00001', 'social-insurance-number', /social-insurance file number/],
    ['0101234567-001', 'tax-code', /tax identification number/],
    ['202405310000123456', 'bare-number', /bare number/],
    ['2021-05-31', 'iso-date', /this is a date/],
    ['000.17.22.H56-210531', 'missing-sequence', /sequence is missing/],
    ['000.17.22.H56-210531-', 'missing-sequence', /sequence is missing/],
    ['000.17.22.H56', 'missing-part', /three parts/],
    ['000.17.22.H56-0001', 'missing-part', /three parts/],
    ['000.17.22.H56-210531-0001-2', 'too-many-parts', /exactly two "-"/],
    ['-210531-0001', 'missing-agency', /empty/],
    ['000..22.H56-210531-0001', 'empty-agency-group', /empty group/],
    ['.000.17.22.H56-210531-0001', 'empty-agency-group', /empty group/],
    ['000.17.22.H56.-210531-0001', 'empty-agency-group', /empty group/],
    ['000.000.000.000.000.000.000.000.000.H56-210531-0001', 'agency-too-long', /at most 35/],
    ['000.17.22.56-210531-0001', 'no-level-1-group', /no level-1 unit group/],
    ['000.17.22.H5-210531-0001', 'no-level-1-group', /no level-1 unit group/],
    ['000.17.22.H56-20210531-0001', 'date-format', /8 digits; write it as YYMMDD: 210531/],
    ['000.17.22.H56-21053-0001', 'date-format', /not 6 digits/],
    ['000.17.22.H56-2105A1-0001', 'date-format', /not 6 digits/],
    ['000.17.22.H56-210231-0001', 'not-a-date', /2021-02-31 does not exist/],
    ['000.17.22.H56-210531-00A1', 'sequence-not-digits', /digits only/],
    ['000.17.22.H56-210531-1', 'sequence-too-short', /zero-padded, e\.g\. 0001/],
    ['000.17.22.H56-210531-001', 'sequence-too-short', /fewer than 4 digits/],
    ['000.17.22.H56-210531-1234567890123456', 'sequence-too-long', /more than 15 digits/],
    ['000.17.22.H56-210531-0000', 'sequence-zero', /start at 1/],
  ];

  it.each(cases)('%j → %s', (code, reason, message) => {
    const error = rejection(code);
    expect(error.reason).toBe(reason);
    expect(error.code).toBe('INVALID_DOSSIER_CODE');
    expect(error.input).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(JSON.stringify(code));
    expect(isDossierCode(code)).toBe(false);
  });

  it('refuses non-strings without throwing anything else', () => {
    for (const input of [undefined, null, 20210531, {}, ['H56-210531-0001']]) {
      const error = rejection(input);
      expect(error.reason).toBe('not-a-string');
      expect(error.message).toMatch(/expected a string, got (undefined|null|number|object)\)$/);
      expect(isDossierCode(input)).toBe(false);
    }
  });
});

describe('isDossierCode', () => {
  it('never throws because of the code, whatever it is', () => {
    for (const code of [undefined, null, 42, {}, [], Symbol('x'), 10n, '', 'H56-210231-0001', '12345/2024/00001']) {
      expect(isDossierCode(code)).toBe(false);
      expect(isDossierCode(code, { scheme: 'qd20-2020' })).toBe(false);
    }
  });

  it('reports an unknown scheme id as a programming mistake, whatever the code (not false for every code)', () => {
    for (const code of ['H56-210531-0001', 'not a code', 42]) {
      expect(() => isDossierCode(code, { scheme: 'nope' as DossierCodeSchemeId })).toThrow(UnknownDossierCodeSchemeError);
    }
    try {
      isDossierCode('H56-210531-0001', { scheme: 'nope' as DossierCodeSchemeId });
    } catch (error) {
      expect(error).toMatchObject({ code: 'UNKNOWN_DOSSIER_CODE_SCHEME', id: 'nope', path: ['scheme'], known: ['tt01-2018', 'qd20-2020', 'tt04-2025-centralised'] });
    }
  });

  it('agrees with parseDossierCode on examples', () => {
    expect(isDossierCode('000.17.22.H56-210531-0001')).toBe(true);
    expect(isDossierCode('H56.22.17.000-260301-120001', { scheme: 'tt04-2025-centralised' })).toBe(true);
    expect(isDossierCode('H56-260301-0001', { scheme: 'tt04-2025-centralised' })).toBe(false);
    expect(isDossierCode('000.17.22.H56-210531-0001', { scheme: 'qd20-2020' })).toBe(false);
  });
});
