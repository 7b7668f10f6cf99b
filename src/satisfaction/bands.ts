import * as z from 'zod/mini';
import { citation } from '../errors/schemas.js';
import { validate } from '../errors/validate.js';
import { InvalidBandSetError } from '../errors/invalid-band-set-error.js';
import { ScoreOutOfRangeError } from '../errors/score-out-of-range-error.js';
import type { Citation } from '../citation/citation.js';
import { deepFreeze } from '../internal/deep-freeze.js';

/**
 * One band (xếp loại) of a score: an interval with explicit closed or open ends, e.g. `[12, 15)`
 * for "Tốt" under Circular 01/2018/TT-VPCP Art. 15.
 */
export interface Band {
  /** Stable identifier, e.g. `'xuat-sac'`. */
  readonly id: string;
  /** The Vietnamese label printed on reports, e.g. `'Xuất sắc'`. */
  readonly label: string;
  /** The interval's lower end, in points. */
  readonly lower: number;
  /** Whether `lower` itself belongs to the band (`[`) or not (`(`). */
  readonly lowerClosed: boolean;
  /** The interval's upper end, in points. */
  readonly upper: number;
  /** Whether `upper` itself belongs to the band (`]`) or not (`)`). */
  readonly upperClosed: boolean;
}

/**
 * A validated set of bands partitioning `[0, max]`: every score in the range falls in exactly one
 * band. Build one with `defineBandSet`; presets are in `bandSets`.
 */
export interface BandSet {
  /** A stable id, e.g. `'tt01-2018-unit'`. */
  readonly id: string;
  /** A title naming what is banded and the source. */
  readonly title: string;
  /** The top of the range (the maximum score); the range is always `[0, max]`. */
  readonly max: number;
  /** The bands in ascending order. */
  readonly bands: readonly Band[];
  /** The source of the bands (article and evidence mark). */
  readonly basis: Citation;
  /** A documented choice (e.g. how a gap in a source's coding was closed). */
  readonly note?: string;
}

/** A band set as written by hand, before validation; bands may come in any order. */
export interface BandSetInput {
  /** A stable id (non-empty). */
  readonly id: string;
  /** A title naming what is banded and the source. */
  readonly title: string;
  /** The top of the range (> 0); the bands must partition `[0, max]`. */
  readonly max: number;
  /** The bands, in any order (sorted on validation; gaps and overlaps are errors). */
  readonly bands: readonly Band[];
  /** The source of the bands. */
  readonly basis: Citation;
  /** A documented choice, when one was made. */
  readonly note?: string;
}

const bandSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  label: z.string().check(z.minLength(1)),
  lower: z.number(),
  lowerClosed: z.boolean(),
  upper: z.number(),
  upperClosed: z.boolean(),
});

const bandSetSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  max: z.number().check(z.positive()),
  bands: z.array(bandSchema).check(z.minLength(1)),
  basis: citation(),
  note: z.optional(z.string()),
});

/**
 * Renders a band's interval with its ends, e.g. `'[12, 15)'`.
 *
 * @example
 * formatInterval({ id: 'tot', label: 'Tốt', lower: 12, lowerClosed: true, upper: 15, upperClosed: false }) // '[12, 15)'
 */
export function formatInterval(band: Pick<Band, 'lower' | 'lowerClosed' | 'upper' | 'upperClosed'>): string {
  return `${band.lowerClosed ? '[' : '('}${band.lower}, ${band.upper}${band.upperClosed ? ']' : ')'}`;
}

/**
 * Whether `score` lies in `band` (its ends closed or open as declared).
 *
 * @example
 * bandContains(bandSets.tt01_2018_unit.bands[4], 15) // true — "Xuất sắc" is [15, 18]
 */
export function bandContains(band: Band, score: number): boolean {
  return (
    (band.lowerClosed ? score >= band.lower : score > band.lower) &&
    (band.upperClosed ? score <= band.upper : score < band.upper)
  );
}

/**
 * Validates that the bands partition `[0, max]` — no gap, no overlap, no empty band, ends at 0
 * and at `max`, both closed — and returns the band set frozen, bands in ascending order. Throws
 * `InvalidBandSetError` naming the first gap or overlap (e.g. the provincial coding `> 15` for the
 * top band, which leaves exactly 15 in no band), or `InvalidInputError` for a malformed object.
 *
 * Basis: Circular 01/2018/TT-VPCP Art. 15 [P] writes its bands as adjoining half-open intervals
 * ("từ 12 đến dưới 15"); a partition is what makes every total classifiable.
 *
 * @example
 * defineBandSet({
 *   id: 'pass-fail', title: 'Pass or fail', max: 10, basis: cite('Provincial decision', 'Art. 3', 'P'),
 *   bands: [
 *     { id: 'fail', label: 'Không đạt', lower: 0, lowerClosed: true, upper: 5, upperClosed: false },
 *     { id: 'pass', label: 'Đạt', lower: 5, lowerClosed: true, upper: 10, upperClosed: true },
 *   ],
 * }).bands.length // 2
 */
export function defineBandSet(input: BandSetInput): BandSet {
  const parsed = validate(bandSetSchema, input, 'band set');
  const id = parsed.id;
  const indexed = parsed.bands.map((band, index) => ({ band, index }));
  const ids = new Set<string>();
  for (const { band, index } of indexed) {
    if (ids.has(band.id)) throw new InvalidBandSetError(id, `band id ${JSON.stringify(band.id)} is used twice`, ['bands', index, 'id']);
    ids.add(band.id);
    const empty = band.lower > band.upper || (band.lower === band.upper && !(band.lowerClosed && band.upperClosed));
    if (empty) throw new InvalidBandSetError(id, `band ${band.id} ${formatInterval(band)} is empty`, ['bands', index]);
  }
  indexed.sort((a, b) => a.band.lower - b.band.lower || Number(b.band.lowerClosed) - Number(a.band.lowerClosed));
  const first = indexed[0]!;
  if (first.band.lower > 0 || (first.band.lower === 0 && !first.band.lowerClosed)) {
    throw new InvalidBandSetError(id, `gap at the bottom: no band contains 0 (lowest band ${first.band.id} is ${formatInterval(first.band)})`, ['bands', first.index]);
  }
  if (first.band.lower < 0) {
    throw new InvalidBandSetError(id, `band ${first.band.id} ${formatInterval(first.band)} reaches below 0`, ['bands', first.index]);
  }
  for (let i = 1; i < indexed.length; i++) {
    const a = indexed[i - 1]!;
    const b = indexed[i]!;
    const where = `between ${a.band.id} ${formatInterval(a.band)} and ${b.band.id} ${formatInterval(b.band)}`;
    if (a.band.upper < b.band.lower) {
      throw new InvalidBandSetError(id, `gap ${formatInterval({ lower: a.band.upper, lowerClosed: !a.band.upperClosed, upper: b.band.lower, upperClosed: !b.band.lowerClosed })} ${where}`, ['bands', b.index]);
    }
    if (a.band.upper > b.band.lower) {
      throw new InvalidBandSetError(id, `overlap ${where}`, ['bands', b.index]);
    }
    if (!a.band.upperClosed && !b.band.lowerClosed) {
      throw new InvalidBandSetError(id, `gap at ${b.band.lower}: it is in no band (${where})`, ['bands', b.index]);
    }
    if (a.band.upperClosed && b.band.lowerClosed) {
      throw new InvalidBandSetError(id, `overlap at ${b.band.lower}: it is in two bands (${where})`, ['bands', b.index]);
    }
  }
  const last = indexed[indexed.length - 1]!;
  if (last.band.upper < parsed.max || (last.band.upper === parsed.max && !last.band.upperClosed)) {
    throw new InvalidBandSetError(id, `gap at the top: no band contains the maximum ${parsed.max} (highest band ${last.band.id} is ${formatInterval(last.band)})`, ['bands', last.index]);
  }
  if (last.band.upper > parsed.max) {
    throw new InvalidBandSetError(id, `band ${last.band.id} ${formatInterval(last.band)} reaches above the maximum ${parsed.max}`, ['bands', last.index]);
  }
  const result: BandSet = {
    id,
    title: parsed.title,
    max: parsed.max,
    bands: indexed.map(({ band }) => ({ ...band })),
    basis: { ...parsed.basis },
    ...(parsed.note === undefined ? {} : { note: parsed.note }),
  };
  return deepFreeze(result);
}

/**
 * The band a score falls in. Throws `ScoreOutOfRangeError` for a score outside `[0, max]` or not
 * a finite number.
 *
 * Basis: Circular 01/2018/TT-VPCP Art. 15 [P] for the official band sets.
 *
 * @example
 * bandOf(15, bandSets.tt01_2018_unit).label // 'Xuất sắc' (≥ 15, Art. 15)
 */
export function bandOf(score: number, bandSet: BandSet): Band {
  if (typeof score === 'number') {
    const bands = bandSet.bands;
    for (let i = 0; i < bands.length; i++) {
      const band = bands[i]!;
      if (bandContains(band, score)) return band;
    }
  }
  throw new ScoreOutOfRangeError(score, 0, bandSet.max);
}
