import { describe, expect, it } from 'vitest';
import { InvalidDossierCodeError, InvalidInputError } from '../errors/index.js';
import { parseDay } from '../time/parse.js';
import { parseDossierCode } from './parse.js';
import { createUnitRegistry } from './unit-registry.js';

const units = createUnitRegistry([
  { id: '000.17.22.H56', name: 'UBND phường cũ', validFrom: '2019-01-06', validTo: '2025-06-30', successor: '000.20.31.H56' },
  { id: '000.20.31.H56', name: 'UBND phường mới', validFrom: '2025-07-01' },
  { id: 'H56', name: 'UBND tỉnh Thanh Hóa' },
]);

describe('createUnitRegistry', () => {
  it('knows when each unit existed and who took over', () => {
    expect(units.get('H56')?.name).toBe('UBND tỉnh Thanh Hóa');
    expect(units.existedOn('000.17.22.H56', parseDay('2025-06-30'))).toBe(true);
    expect(units.existedOn('000.17.22.H56', parseDay('2025-07-01'))).toBe(false);
    expect(units.handlerOn('000.17.22.H56', '2025-06-30')?.id).toBe('000.17.22.H56');
    expect(units.handlerOn('000.17.22.H56', '2025-09-02')?.id).toBe('000.20.31.H56');
    expect(units.handlerOn('000.99.99.H56', '2025-09-02')).toBeUndefined();
  });

  it('lets parsing check the agency on the receipt day — old codes of dissolved units stay valid', () => {
    const old = parseDossierCode('000.17.22.H56-210531-0001', { registry: units });
    expect(old.unit?.name).toBe('UBND phường cũ');
    expect(old.unit?.successor).toBe('000.20.31.H56');
    const error = (() => {
      try {
        parseDossierCode('000.17.22.H56-250701-0001', { registry: units });
      } catch (e) {
        return e as InvalidDossierCodeError;
      }
      throw new Error('expected a rejection');
    })();
    expect(error).toBeInstanceOf(InvalidDossierCodeError);
    expect(error.reason).toBe('agency-not-active');
    expect(error.message).toMatch(/did not exist on the receipt date 2025-07-01 \(it existed 2019-01-06 to 2025-06-30; its work passed to 000\.20\.31\.H56\)/);
    expect(() => parseDossierCode('000.99.99.H56-210531-0001', { registry: units })).toThrow(/not in the unit registry/);
    // Without a registry nothing is looked up.
    expect(parseDossierCode('000.99.99.H56-250701-0001').unit).toBeUndefined();
  });

  it('refuses malformed registries, listing every problem', () => {
    let error: InvalidInputError | undefined;
    try {
      createUnitRegistry([
        { id: '000.17.22.h56' },
        { id: 'H56', validFrom: '2025-07-01', validTo: '2025-06-30' },
        { id: 'H56' },
        { id: 'H27', successor: 'H99' },
        { id: 'H28', validTo: '2025-02-30' },
      ]);
    } catch (e) {
      error = e as InvalidInputError;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error?.issues.map((i) => i.path)).toEqual([[0, 'id'], [1, 'validTo'], [2, 'id'], [4], [3, 'successor']]);
    expect(() => createUnitRegistry('H56' as never)).toThrow(InvalidInputError);
  });

  it('refuses unknown fields: a misspelt validTo would make a dissolved unit exist forever', () => {
    expect(() => createUnitRegistry([{ id: '000.17.22.H56', validto: '2025-06-30' } as never])).toThrow(
      /0\.validto: unknown field "validto" \(did you mean validTo\?\); allowed: id, name, validFrom, validTo, successor/,
    );
  });
});
