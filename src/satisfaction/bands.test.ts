import { describe, expect, it } from 'vitest';
import { thrownAs } from '../../test/support/thrown.js';
import { cite } from '../citation/citation.js';
import { InvalidBandSetError, InvalidInputError, ScoreOutOfRangeError } from '../errors/index.js';
import { bandSets, provincialUnitBandsAsCoded } from './band-presets.js';
import { bandContains, bandOf, defineBandSet, formatInterval, type Band } from './bands.js';

const basis = cite('test', 'Art. 1', 'P');
const b = (id: string, lower: number, lowerClosed: boolean, upper: number, upperClosed: boolean): Band => ({
  id, label: id, lower, lowerClosed, upper, upperClosed,
});
const define = (max: number, bands: Band[]) => defineBandSet({ id: 't', title: 't', max, bands, basis });

const rejection = (fn: () => unknown): InvalidBandSetError => thrownAs(fn, InvalidBandSetError);

describe('defineBandSet', () => {
  it('accepts a partition given in any order and returns it ascending and frozen', () => {
    const set = define(10, [b('hi', 5, true, 10, true), b('lo', 0, true, 5, false)]);
    expect(set.bands.map((x) => x.id)).toEqual(['lo', 'hi']);
    expect(Object.isFrozen(set)).toBe(true);
    expect(Object.isFrozen(set.bands[0])).toBe(true);
  });

  it('accepts a closed point band', () => {
    const set = define(10, [b('lo', 0, true, 5, false), b('five', 5, true, 5, true), b('hi', 5, false, 10, true)]);
    expect(bandOf(5, set).id).toBe('five');
  });

  it('rejects a point gap (both ends open) — the provincial "> 15" coding', () => {
    const e = rejection(() => defineBandSet(provincialUnitBandsAsCoded));
    expect(e.code).toBe('INVALID_BAND_SET');
    expect(e.message).toContain('gap at 15');
    expect(e.path).toEqual(['bands', 4]);
  });

  it('rejects a point overlap (both ends closed)', () => {
    expect(rejection(() => define(10, [b('lo', 0, true, 5, true), b('hi', 5, true, 10, true)])).message).toContain('overlap at 5');
  });

  it('rejects an interval gap and an interval overlap', () => {
    expect(rejection(() => define(10, [b('lo', 0, true, 4, false), b('hi', 5, true, 10, true)])).message).toContain('gap [4, 5)');
    expect(rejection(() => define(10, [b('lo', 0, true, 6, false), b('hi', 5, true, 10, true)])).message).toContain('overlap');
  });

  it('rejects ranges that miss 0 or the maximum, or go beyond', () => {
    expect(rejection(() => define(10, [b('a', 0, false, 10, true)])).message).toContain('no band contains 0');
    expect(rejection(() => define(10, [b('a', 1, true, 10, true)])).message).toContain('no band contains 0');
    expect(rejection(() => define(10, [b('a', 0, true, 10, false)])).message).toContain('maximum 10');
    expect(rejection(() => define(10, [b('a', 0, true, 9, true)])).message).toContain('maximum 10');
    expect(rejection(() => define(10, [b('a', 0, true, 11, true)])).message).toContain('above the maximum');
    expect(rejection(() => define(10, [b('a', -1, true, 10, true)])).message).toContain('below 0');
  });

  it('rejects empty bands and repeated ids', () => {
    expect(rejection(() => define(10, [b('a', 0, true, 10, true), b('e', 5, true, 5, false)])).message).toContain('empty');
    expect(rejection(() => define(10, [b('a', 0, true, 5, false), b('a', 5, true, 10, true)])).message).toContain('twice');
  });

  it('rejects malformed input with InvalidInputError naming the path', () => {
    try {
      defineBandSet({ id: 't', title: 't', max: 10, bands: [{ ...b('a', 0, true, 10, true), lower: Number.NaN }], basis });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).path).toEqual(['bands', 0, 'lower']);
    }
  });
});

describe('bandOf', () => {
  it('classifies the Art. 15 unit boundaries', () => {
    const set = bandSets.tt01_2018_unit;
    const at = (x: number) => bandOf(x, set).label;
    expect([0, 5.9, 6, 8.9, 9, 11.9, 12, 14.9, 15, 18].map(at)).toEqual([
      'Yếu', 'Yếu', 'Trung bình', 'Trung bình', 'Khá', 'Khá', 'Tốt', 'Tốt', 'Xuất sắc', 'Xuất sắc',
    ]);
  });

  it('classifies the Art. 15 officials boundaries (max 10)', () => {
    const set = bandSets.tt01_2018_officer;
    expect(set.max).toBe(10);
    expect([0, 3.4, 3.5, 4.9, 5, 10].map((x) => bandOf(x, set).id)).toEqual(['duoi-70', 'duoi-70', '70-duoi-100', '70-duoi-100', '100', '100']);
  });

  it('regression: a total of exactly 15 is not classed "Yếu" in the provincial preset', () => {
    const band = bandOf(15, bandSets.provincial_unit_fixed);
    expect(band.label).not.toBe('Yếu');
    expect(band.label).toBe('Xuất sắc');
    expect(bandOf(14.9, bandSets.provincial_unit_fixed).label).toBe('Tốt');
    expect(bandSets.provincial_unit_fixed.note).toMatch(/15/);
  });

  it('throws ScoreOutOfRangeError outside [0, max] and for NaN', () => {
    for (const x of [-0.1, 18.1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => bandOf(x, bandSets.tt01_2018_unit)).toThrow(ScoreOutOfRangeError);
    }
  });

  it('formats intervals and tests membership', () => {
    const tot = bandSets.tt01_2018_unit.bands[3]!;
    expect(formatInterval(tot)).toBe('[12, 15)');
    expect(bandContains(tot, 12)).toBe(true);
    expect(bandContains(tot, 15)).toBe(false);
  });

  it('cites Circular 01/2018 Art. 15 [P] on the official presets', () => {
    expect(bandSets.tt01_2018_unit.basis).toMatchObject({ source: 'Circular 01/2018/TT-VPCP', article: 'Art. 15', mark: 'P' });
    expect(provincialUnitBandsAsCoded.basis.mark).toBe('X');
  });
});
