import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidDossierCodeError, SchemeNotInForceError } from '../errors/index.js';
import { dayOfMoment } from '../time/moment.js';
import { formatDossierCode, type DossierCodeInput } from './format.js';
import { isDossierCode } from './is.js';
import { parseDossierCode } from './parse.js';
import { MAX_SEQUENCE } from './scan.js';
import { DOSSIER_CODE_SCHEME_IDS, dossierCodeSchemes, isSchemeInForce, type DossierCodeSchemeId } from './schemes.js';

/** Moments whose Vietnamese day is in 2000–2099, the years YYMMDD can carry. */
const moment = fc.integer({ min: Date.UTC(1999, 11, 31, 17), max: Date.UTC(2099, 11, 31, 16, 59, 59, 999) });
const sequence = fc.oneof(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: MAX_SEQUENCE }));
const level1 = fc.stringMatching(/^[A-Z][0-9A-Z]{2}$/);
/** Lower groups: digits mostly, letters too; never level-1-looking, so the order is told by shape. */
const lower = fc.stringMatching(/^([0-9][0-9A-Z]{0,3}|[A-Z][0-9A-Z]{3}|[A-Z][0-9A-Z]?)$/);

/** An agency identifier in the order a scheme writes (either end for `either`). */
function agencyFor(id: DossierCodeSchemeId): fc.Arbitrary<string> {
  const order = dossierCodeSchemes[id].agencyOrder;
  return fc
    .tuple(level1, fc.array(lower, { maxLength: 3 }), fc.boolean())
    .map(([top, rest, firstIfEither]) =>
      (order === 'highest-first' || (order === 'either' && firstIfEither) ? [top, ...rest] : [...rest, top]).join('.'),
    );
}

function inputFor(id: DossierCodeSchemeId): fc.Arbitrary<DossierCodeInput> {
  const systemCode = dossierCodeSchemes[id].systemCode ? fc.stringMatching(/^[0-9]{2}$/) : fc.constant(undefined);
  return fc.record({ agency: agencyFor(id), receivedAt: moment, sequence, scheme: fc.constant(id), systemCode, allowOutsideValidity: fc.constant(true) });
}

describe('parse(format(x)) equals x', () => {
  it.each(DOSSIER_CODE_SCHEME_IDS)('for every input of scheme %s', (id) => {
    fc.assert(
      fc.property(inputFor(id), (x) => {
        const code = formatDossierCode(x);
        expect(code).toMatch(/^[0-9A-Z.-]+$/); // Code 39-safe
        expect(isDossierCode(code, { scheme: id })).toBe(true);
        const parsed = parseDossierCode(code, { scheme: id });
        expect({
          agency: parsed.agency.id,
          day: parsed.receivedOn,
          sequence: parsed.sequence,
          scheme: parsed.scheme,
          systemCode: parsed.systemCode,
        }).toEqual({ agency: x.agency, day: dayOfMoment(x.receivedAt as number), sequence: x.sequence, scheme: id, systemCode: x.systemCode });
        expect(parsed.schemeInForce).toBe(isSchemeInForce(dossierCodeSchemes[id], parsed.receivedOn));
        expect(parsed.agency.groups.join('.')).toBe(x.agency);
        expect(parsed.agency.groups).toContain(parsed.agency.level1);
      }),
      { numRuns: 2000 },
    );
  });

  it('without a scheme named, for plain codes: agency, day and sequence, and the scheme of the agency order', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<DossierCodeSchemeId>('tt01-2018', 'qd20-2020').chain((id) => fc.tuple(fc.constant(id), agencyFor(id))),
        moment,
        sequence,
        ([id, agency], at, n) => {
          const parsed = parseDossierCode(formatDossierCode({ agency, receivedAt: at, sequence: n }));
          expect(parsed.agency.id).toBe(agency);
          expect(parsed.receivedOn).toBe(dayOfMoment(at));
          expect(parsed.sequence).toBe(n);
          if (agency.includes('.')) expect(parsed.scheme).toBe(id);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('without allowOutsideValidity, formats exactly the receipt days the scheme governs, and parse agrees', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DOSSIER_CODE_SCHEME_IDS).chain((id) => inputFor(id)),
        (x) => {
          const strict = { ...x, allowOutsideValidity: undefined };
          delete strict.allowOutsideValidity;
          const scheme = dossierCodeSchemes[x.scheme as DossierCodeSchemeId];
          const inForce = isSchemeInForce(scheme, dayOfMoment(x.receivedAt as number));
          let code: string | undefined;
          try {
            code = formatDossierCode(strict);
          } catch (error) {
            expect(error).toBeInstanceOf(SchemeNotInForceError);
          }
          expect(code !== undefined).toBe(inForce);
          expect(parseDossierCode(formatDossierCode(x), { scheme: scheme.id }).schemeInForce).toBe(inForce);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('format(parse(c)) gives back c for canonical codes', () => {
    fc.assert(
      fc.property(inputFor('tt01-2018'), (x) => {
        const code = formatDossierCode(x);
        const p = parseDossierCode(code);
        expect(formatDossierCode({ agency: p.agency.id, receivedAt: p.receivedDate, sequence: p.sequence })).toBe(code);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseDossierCode on arbitrary strings', () => {
  it('only ever throws InvalidDossierCodeError, and agrees with isDossierCode', () => {
    const near = fc.stringMatching(/^[0-9A-Za-z.\-_/ ]{0,30}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), near), (s) => {
        let ok = true;
        try {
          parseDossierCode(s);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidDossierCodeError);
          ok = false;
        }
        expect(isDossierCode(s)).toBe(ok);
      }),
      { numRuns: 5000 },
    );
  });

  it('rejects every mutation of the date into a non-calendar date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (yy, mm, dd) => {
        const two = (v: number) => String(v).padStart(2, '0');
        const date = new Date(Date.UTC(2000 + yy, mm - 1, dd));
        const real = mm >= 1 && mm <= 12 && date.getUTCMonth() === mm - 1 && date.getUTCDate() === dd;
        expect(isDossierCode(`000.17.22.H56-${two(yy)}${two(mm)}${two(dd)}-0001`)).toBe(real);
      }),
      { numRuns: 3000 },
    );
  });
});
