/**
 * TEST SUPPORT, not shipped: an independent computation of the Vietnamese (or Chinese) lunar
 * calendar, used only to check the generated `lunar-table.ts`. It shares no code with the
 * generator's `date-chinese` and uses different astronomy for the Sun:
 *
 * - new moons: the periodic-term series of Meeus, "Astronomical Algorithms" (2nd ed.), ch. 49;
 * - the Sun's apparent longitude: Meeus ch. 25, the low-accuracy theory (≈0.01°);
 * - ΔT = TT − UT: the Espenak–Meeus polynomials (NASA Five Millennium Canon, 2006).
 *
 * The calendar rules (the modern "Shixian" rules that Vietnam adopted with the UTC+7 meridian):
 * a month begins on the civil day of the new moon at the chosen meridian; month 11 is the month
 * containing the December solstice; when 13 months separate two months 11, the first of them
 * containing no major solar term (a multiple of 30° of solar longitude) is the leap month and
 * repeats the number of the month before it.
 */
import type { DayNumber } from '../time/day-number.js';

const DEG = Math.PI / 180;
/** Julian Date of 1970-01-01 00:00 UT, day number 0 at UTC+0. */
const JD_UNIX_EPOCH = 2440587.5;
/** k = 0 is the new moon of 2000-01-06 (Meeus 49.1). */
const MEAN_SYNODIC_MONTH = 29.530588861;

const sinDeg = (x: number): number => Math.sin(x * DEG);

/** ΔT in seconds for a decimal year, Espenak–Meeus polynomial fits valid 1961–2150. */
export function deltaTSeconds(decimalYear: number): number {
  const y = decimalYear;
  if (y < 1986) {
    const t = y - 1975;
    return 45.45 + 1.067 * t - (t * t) / 260 - (t * t * t) / 718;
  }
  if (y < 2005) {
    const t = y - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (y < 2050) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  const u = (y - 1820) / 100;
  return -20 + 32 * u * u - 0.5628 * (2150 - y);
}

/** Decimal year of a Julian Date (close enough for ΔT). */
function decimalYearOfJd(jd: number): number {
  return 2000 + (jd - 2451545) / 365.2425;
}

/** ΔT in days at a Julian Date. */
function deltaTDays(jd: number): number {
  return deltaTSeconds(decimalYearOfJd(jd)) / 86400;
}

/**
 * The instant (JDE, Terrestrial Time) of new moon number `k` counted from 2000-01-06,
 * Meeus ch. 49: mean phase (49.1) plus the periodic terms and the 14 planetary corrections.
 */
export function newMoonJde(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  const mean = 2451550.09766 + MEAN_SYNODIC_MONTH * k + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T2 - 0.00000011 * T3; // Sun's mean anomaly
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4; // Moon's
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4; // argument of latitude
  const Om = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3; // ascending node

  const periodic =
    -0.4072 * sinDeg(Mp) +
    0.17241 * E * sinDeg(M) +
    0.01608 * sinDeg(2 * Mp) +
    0.01039 * sinDeg(2 * F) +
    0.00739 * E * sinDeg(Mp - M) -
    0.00514 * E * sinDeg(Mp + M) +
    0.00208 * E * E * sinDeg(2 * M) -
    0.00111 * sinDeg(Mp - 2 * F) -
    0.00057 * sinDeg(Mp + 2 * F) +
    0.00056 * E * sinDeg(2 * Mp + M) -
    0.00042 * sinDeg(3 * Mp) +
    0.00042 * E * sinDeg(M + 2 * F) +
    0.00038 * E * sinDeg(M - 2 * F) -
    0.00024 * E * sinDeg(2 * Mp - M) -
    0.00017 * sinDeg(Om) -
    0.00007 * sinDeg(Mp + 2 * M) +
    0.00004 * sinDeg(2 * Mp - 2 * F) +
    0.00004 * sinDeg(3 * M) +
    0.00003 * sinDeg(Mp + M - 2 * F) +
    0.00003 * sinDeg(2 * Mp + 2 * F) -
    0.00003 * sinDeg(Mp + M + 2 * F) +
    0.00003 * sinDeg(Mp - M + 2 * F) -
    0.00002 * sinDeg(Mp - M - 2 * F) -
    0.00002 * sinDeg(3 * Mp + M) +
    0.00002 * sinDeg(4 * Mp);

  // [coefficient, argument at k = 0, rate per lunation] of the planetary arguments A1…A14.
  const planetary: readonly (readonly [number, number, number])[] = [
    [0.000325, 299.77, 0.107408], // A1 also has −0.009173 T², added below
    [0.000165, 251.88, 0.016321],
    [0.000164, 251.83, 26.651886],
    [0.000126, 349.42, 36.412478],
    [0.00011, 84.66, 18.206239],
    [0.000062, 141.74, 53.303771],
    [0.00006, 207.14, 2.453732],
    [0.000056, 154.84, 7.30686],
    [0.000047, 34.52, 27.261239],
    [0.000042, 207.19, 0.121824],
    [0.00004, 291.34, 1.844379],
    [0.000037, 161.72, 24.198154],
    [0.000035, 239.56, 25.513099],
    [0.000023, 331.55, 3.592518],
  ];
  let additional = 0;
  planetary.forEach(([coefficient, a0, rate], i) => {
    additional += coefficient * sinDeg(a0 + rate * k + (i === 0 ? -0.009173 * T2 : 0));
  });
  return mean + periodic + additional;
}

/** The Sun's apparent geocentric longitude in degrees [0, 360) at a JDE, Meeus ch. 25 (low accuracy). */
export function sunApparentLongitude(jde: number): number {
  const T = (jde - 2451545) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T; // geometric mean longitude
  const M = 357.52911 + 35999.05029 * T - 0.0001537 * T * T; // mean anomaly
  const C =
    (1.914602 - 0.004817 * T - 0.000014 * T * T) * sinDeg(M) +
    (0.019993 - 0.000101 * T) * sinDeg(2 * M) +
    0.000289 * sinDeg(3 * M); // equation of the centre
  const omega = 125.04 - 1934.136 * T;
  const apparent = L0 + C - 0.00569 - 0.00478 * sinDeg(omega); // aberration and nutation
  return ((apparent % 360) + 360) % 360;
}

/** The JDE at which the Sun's apparent longitude reaches `target` degrees, starting near `guessJde`. */
export function sunLongitudeTime(target: number, guessJde: number): number {
  let jde = guessJde;
  for (let i = 0; i < 50; i++) {
    const diff = ((target - sunApparentLongitude(jde) + 540) % 360) - 180; // in (−180, 180]
    if (Math.abs(diff) < 1e-9) break;
    jde += diff / 0.9856; // the Sun moves about 0.9856° a day
  }
  return jde;
}

/** A lunar-calendar computation at a given meridian (hours east of Greenwich: 7 Vietnam, 8 China). */
export interface LunarReference {
  /** The civil day (at the meridian) on which an instant given in JDE falls, as a day number. */
  dayOfJde(jde: number): DayNumber;
  /** The JDE at the start (local midnight) of a day number. */
  startOfDay(day: DayNumber): number;
  /** The day on which lunar month number `k` (Meeus's k) begins. */
  monthStart(k: number): DayNumber;
  /** Whether the month beginning with new moon `k` contains a major solar term (zhōngqì / trung khí). */
  hasMajorTerm(k: number): boolean;
  /** The k of the 11th month, the one containing the December solstice of Gregorian `year`. */
  month11(year: number): number;
  /** Lunar months from the month 11 before Tết of `year` to the next month 11, labelled. */
  monthsOfYear(year: number): readonly LabelledMonth[];
  /** Day of 1/1 lunar in Gregorian `year`. */
  tet(year: number): DayNumber;
  /** Day of 10/3 lunar (ordinary 3rd month) in Gregorian `year`. */
  hungKings(year: number): DayNumber;
}

/** A lunar month: Meeus's k of its new moon, its first day, number and whether it is a leap month. */
export interface LabelledMonth {
  readonly k: number;
  readonly start: DayNumber;
  readonly month: number;
  readonly leap: boolean;
}

/** The lunar calendar computed for the meridian `offsetHours` east of Greenwich. */
export function lunarReference(offsetHours: number): LunarReference {
  const offsetDays = offsetHours / 24;

  const dayOfJde = (jde: number): DayNumber => {
    const ut = jde - deltaTDays(jde);
    return Math.floor(ut - JD_UNIX_EPOCH + offsetDays);
  };
  const startOfDay = (day: DayNumber): number => {
    const ut = JD_UNIX_EPOCH + day - offsetDays;
    return ut + deltaTDays(ut);
  };
  const monthStart = (k: number): DayNumber => dayOfJde(newMoonJde(k));
  const sector = (day: DayNumber): number => Math.floor(sunApparentLongitude(startOfDay(day)) / 30);
  const hasMajorTerm = (k: number): boolean => sector(monthStart(k)) !== sector(monthStart(k + 1));

  const month11 = (year: number): number => {
    // December solstice: the Sun at 270°; the month containing its civil day is month 11.
    const solsticeDay = dayOfJde(sunLongitudeTime(270, startOfDayOfYmd(year, 12, 21)));
    let k = Math.floor((JD_UNIX_EPOCH + solsticeDay - 2451550.09766) / MEAN_SYNODIC_MONTH);
    while (monthStart(k) > solsticeDay) k--;
    while (monthStart(k + 1) <= solsticeDay) k++;
    return k;
  };
  const startOfDayOfYmd = (year: number, month: number, day: number): number =>
    startOfDay(Date.UTC(year, month - 1, day) / 86_400_000);

  const monthsOfYear = (year: number): LabelledMonth[] => {
    const first = month11(year - 1);
    const count = month11(year) - first; // 12, or 13 in a year with a leap month
    let leapIndex = -1;
    if (count === 13) {
      for (let i = 1; i < count && leapIndex < 0; i++) if (!hasMajorTerm(first + i)) leapIndex = i;
      if (leapIndex < 0) throw new Error(`no month without a major term in the 13-month year before ${year}`);
    } else if (count !== 12) {
      throw new Error(`${count} months between the solstices of ${year - 1} and ${year}`);
    }
    const months: LabelledMonth[] = [];
    let number = 11;
    for (let i = 0; i < count; i++) {
      const leap = i === leapIndex;
      if (i > 0 && !leap) number = (number % 12) + 1;
      months.push({ k: first + i, start: monthStart(first + i), month: number, leap });
    }
    return months;
  };

  const startOf = (year: number, month: number): DayNumber => {
    const found = monthsOfYear(year).find((m) => m.month === month && !m.leap);
    if (found === undefined) throw new Error(`no month ${month} in ${year}`);
    return found.start;
  };

  return {
    dayOfJde,
    startOfDay,
    monthStart,
    hasMajorTerm,
    month11,
    monthsOfYear,
    tet: (year) => startOf(year, 1),
    hungKings: (year) => startOf(year, 3) + 9,
  };
}
