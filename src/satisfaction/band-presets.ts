import { defineBandSet, type Band, type BandSet, type BandSetInput } from './bands.js';
import { cite } from '../citation/citation.js';
import { CIRCULAR_01_2018 } from './sources.js';
import { deepFreeze } from '../internal/deep-freeze.js';

const art15 = cite(CIRCULAR_01_2018, 'Art. 15', 'P');

function band(id: string, label: string, lower: number, lowerClosed: boolean, upper: number, upperClosed: boolean): Band {
  return { id, label, lower, lowerClosed, upper, upperClosed };
}

/** The five unit bands of Art. 15, as intervals over [0, 18]. */
const unitBands: readonly Band[] = [
  band('yeu', 'Yếu', 0, true, 6, false),
  band('trung-binh', 'Trung bình', 6, true, 9, false),
  band('kha', 'Khá', 9, true, 12, false),
  band('tot', 'Tốt', 12, true, 15, false),
  band('xuat-sac', 'Xuất sắc', 15, true, 18, true),
];

/**
 * Agencies and units (cơ quan, đơn vị), total of the nine indices (maximum 18):
 * ≥ 15 Xuất sắc; 12 – < 15 Tốt; 9 – < 12 Khá; 6 – < 9 Trung bình; < 6 Yếu.
 * Basis: Circular 01/2018/TT-VPCP Art. 15 [P]. The default band set of the 2018 scheme.
 */
const tt01_2018_unit: BandSet = defineBandSet({
  id: 'tt01-2018-unit',
  title: 'Xếp loại cơ quan, đơn vị (Circular 01/2018/TT-VPCP Art. 15)',
  max: 18,
  bands: unitBands,
  basis: art15,
});

/**
 * Officials (cán bộ, công chức, viên chức), total of indices 1, 2, 3, 4 and 7 (maximum 10):
 * ≥ 5 → 100% of tasks completed; 3.5 – < 5 → 70% – < 100%; < 3.5 → under 70%.
 * Basis: Circular 01/2018/TT-VPCP Art. 15 [P].
 */
const tt01_2018_officer: BandSet = defineBandSet({
  id: 'tt01-2018-officer',
  title: 'Mức độ hoàn thành nhiệm vụ của cán bộ, công chức, viên chức (Circular 01/2018/TT-VPCP Art. 15)',
  max: 10,
  bands: [
    band('duoi-70', 'Hoàn thành dưới 70% nhiệm vụ', 0, true, 3.5, false),
    band('70-duoi-100', 'Hoàn thành từ 70% đến dưới 100% nhiệm vụ', 3.5, true, 5, false),
    band('100', 'Hoàn thành 100% nhiệm vụ', 5, true, 10, true),
  ],
  basis: art15,
});

/**
 * The unit banding of a provincial one-stop system **as it is coded** [X]: the top band is
 * written `> 15`, the other bands as in Art. 15, and a final `else` gives "Yếu" — so a unit with a
 * total of exactly 15.0 falls in no band and is printed "Yếu". Kept as raw data to document the
 * defect: `defineBandSet` rejects it (`InvalidBandSetError`, "gap at 15"). Use
 * `bandSets.provincial_unit_fixed` instead.
 * @example
 * provincialUnitBandsAsCoded.bands[4] // { id: 'xuat-sac', label: 'Xuất sắc', lower: 15, lowerClosed: false, upper: 18, upperClosed: true } — "> 15"
 * defineBandSet(provincialUnitBandsAsCoded) // throws InvalidBandSetError — gap at 15
 * bandOf(15, bandSets.provincial_unit_fixed).label // 'Xuất sắc' — Circular 01/2018/TT-VPCP Art. 15: "từ 15 điểm trở lên"
 */
export const provincialUnitBandsAsCoded: BandSetInput = deepFreeze({
  id: 'provincial-unit-as-coded',
  title: 'Provincial unit banding as coded (top band > 15)',
  max: 18,
  bands: [
    band('yeu', 'Yếu', 0, true, 6, false),
    band('trung-binh', 'Trung bình', 6, true, 9, false),
    band('kha', 'Khá', 9, true, 12, false),
    band('tot', 'Tốt', 12, true, 15, false),
    band('xuat-sac', 'Xuất sắc', 15, false, 18, true),
  ],
  basis: cite('provincial one-stop system', 'unit ranking code', 'X', 'top band coded as "> 15"; exactly 15 falls through to "Yếu"'),
});

/**
 * The provincial unit banding with its 15-point gap fixed: 15 is "Xuất sắc", as the text of
 * Art. 15 says ("từ 15 điểm trở lên"), rather than "Tốt" (the other way to close the gap, which
 * no text supports) and never "Yếu" (what the coded `else` printed). The result coincides with
 * `tt01_2018_unit`; it is kept as its own preset so that an integrator migrating from that system
 * names the choice. Basis: Circular 01/2018/TT-VPCP Art. 15 [P]; the coding defect [X].
 */
const provincial_unit_fixed: BandSet = defineBandSet({
  id: 'provincial-unit-fixed',
  title: 'Provincial unit banding, 15-point gap closed as in Art. 15 (15 = Xuất sắc)',
  max: 18,
  bands: unitBands,
  basis: art15,
  note:
    'The provincial coding "> 15" left exactly 15 in no band (printed "Yếu"). Closed as Art. 15 reads: ' +
    '[15, 18] is Xuất sắc, [12, 15) is Tốt.',
});

/**
 * Band set presets, each citing its basis: `tt01_2018_unit` (default for units),
 * `tt01_2018_officer` (officials, indices 1, 2, 3, 4, 7), `provincial_unit_fixed` (a provincial
 * coding with its gap at 15 closed).
 *
 * @example
 * bandOf(15, bandSets.provincial_unit_fixed).label // 'Xuất sắc' — never 'Yếu'
 * Object.keys(bandSets) // ['tt01_2018_unit', 'tt01_2018_officer', 'provincial_unit_fixed']
 * bandOf(4.9, bandSets.tt01_2018_officer).label === bandOf(5, bandSets.tt01_2018_officer).label // false — 5 is the top band's lower end
 * defineBandSet(provincialUnitBandsAsCoded) // throws INVALID_BAND_SET — 15 is in no band
 */
export const bandSets = Object.freeze({ tt01_2018_unit, tt01_2018_officer, provincial_unit_fixed });
