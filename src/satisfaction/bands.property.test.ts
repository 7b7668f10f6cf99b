import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cite } from '../citation/citation.js';
import { InvalidBandSetError } from '../errors/index.js';
import { bandContains, defineBandSet, type Band } from './bands.js';

/** A random partition of [0, max]: sorted cut points, each owned by the band below or above. */
const partition = fc
  .record({
    max: fc.integer({ min: 1, max: 40 }),
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: 39 }), { maxLength: 6 }),
    owners: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
  })
  .map(({ max, cuts, owners }) => {
    const points = cuts.filter((c) => c < max).sort((a, b) => a - b);
    const bands: Band[] = [];
    let lower = 0;
    let lowerClosed = true;
    points.forEach((cut, i) => {
      const belowOwns = owners[i]!;
      bands.push({ id: `b${i}`, label: `b${i}`, lower, lowerClosed, upper: cut, upperClosed: belowOwns });
      lower = cut;
      lowerClosed = !belowOwns;
    });
    bands.push({ id: 'top', label: 'top', lower, lowerClosed, upper: max, upperClosed: true });
    return { max, bands };
  });

const basis = cite('test', 'Art. 1', 'P');

describe('band sets (properties)', () => {
  it('a valid partition is accepted and puts every score of [0, max] in exactly one band', () => {
    fc.assert(
      fc.property(partition, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 20 }), ({ max, bands }, fractions) => {
        const set = defineBandSet({ id: 'p', title: 'p', max, bands: [...bands].reverse(), basis });
        const scores = [0, max, ...bands.map((b) => b.lower), ...bands.map((b) => b.upper), ...fractions.map((f) => f * max)];
        for (const score of scores) {
          expect(set.bands.filter((band) => bandContains(band, score))).toHaveLength(1);
        }
      }),
    );
  });

  it('flipping one interior end (a gap or an overlap at that point) is rejected', () => {
    fc.assert(
      fc.property(partition.filter((p) => p.bands.length > 1), fc.nat(), fc.boolean(), ({ max, bands }, pick, upper) => {
        const i = pick % (bands.length - 1);
        const broken = bands.map((b) => ({ ...b }));
        if (upper) broken[i]!.upperClosed = !broken[i]!.upperClosed;
        else broken[i + 1]!.lowerClosed = !broken[i + 1]!.lowerClosed;
        expect(() => defineBandSet({ id: 'p', title: 'p', max, bands: broken, basis })).toThrow(InvalidBandSetError);
      }),
    );
  });

  it('moving one cut apart (an interval gap or overlap) is rejected', () => {
    fc.assert(
      fc.property(partition.filter((p) => p.bands.length > 1), fc.nat(), fc.constantFrom(-0.5, 0.5), ({ max, bands }, pick, shift) => {
        const i = pick % (bands.length - 1);
        const broken = bands.map((b) => ({ ...b }));
        broken[i]!.upper += shift;
        expect(() => defineBandSet({ id: 'p', title: 'p', max, bands: broken, basis })).toThrow(InvalidBandSetError);
      }),
    );
  });
});
