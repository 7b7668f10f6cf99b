import { dayFromYmd, weekdayOf, type DayNumber } from '../time/day-number.js';
import { parseDay } from '../time/parse.js';
import type { CalendarData, CalendarOccasion } from './calendar-data.js';
import { cite, type Citation } from '../citation/citation.js';
import type { DayKind, DayOrigin } from './day-kind.js';
import { holidayListFor } from './labour-code.js';
import { LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR } from './lunar-table.js';
import { projectYear, statutoryHolidays } from './projection.js';

/**
 * First year the calendar covers (the lunar table's span: 1968; Vietnam's lunar calendar uses the
 * UTC+7 meridian from 1968).
 * @example
 * FIRST_YEAR // 1968
 * FIRST_YEAR === LUNAR_TABLE_FIRST_YEAR // true
 * vnCalendar().isWorkingDay('1967-12-29') // throws OutOfRangeError
 */
export const FIRST_YEAR = LUNAR_TABLE_FIRST_YEAR;
/**
 * Last year the calendar covers (the lunar table's span: 2100).
 * @example
 * LAST_YEAR // 2100
 * LAST_YEAR === LUNAR_TABLE_LAST_YEAR // true
 * vnCalendar().addWorkingDays('2100-12-31', 1) // throws OutOfRangeError — 2101 is past the lunar table
 */
export const LAST_YEAR = LUNAR_TABLE_LAST_YEAR;

/** Kinds by their code in the index (the code is the array position). */
export const KIND_BY_CODE: readonly DayKind[] = [
  'ordinary', 'weekly-rest', 'statutory-holiday', 'compensation-day', 'swapped-day-off',
  'make-up-working-day', 'extra-working-day', 'extra-day-off',
];
const CODE: Record<DayKind, number> = Object.fromEntries(KIND_BY_CODE.map((k, i) => [k, i])) as Record<DayKind, number>;
/** Bit mask of the working kinds' codes: `(WORKING_CODE_MASK >> code) & 1`. */
export const WORKING_CODE_MASK = (1 << CODE.ordinary) | (1 << CODE['make-up-working-day']) | (1 << CODE['extra-working-day']);

/** What the index remembers about a day that is not plain (its occasion, source, basis). */
export interface DayDetail {
  readonly occasion?: string;
  readonly origin: DayOrigin;
  readonly status?: string;
  readonly sources: readonly string[];
  readonly basis?: Citation;
  readonly note?: string;
}

/** How a calendar is put together: its data layers and its rules. */
export interface CalendarRules {
  /** Official data first, then each `extend` in order; later layers win on the days they name. */
  readonly layers: readonly CalendarData[];
  /** Whether civil-service swaps (swapped days off, make-up Saturdays) apply. */
  readonly swaps: boolean;
  /**
   * Whether make-up Saturdays are working days when swaps apply (false reproduces systems that
   * cannot represent them, e.g. the Thanh Hóa preset). Default true.
   */
  readonly makeUpDays?: boolean;
  /** Weekdays of weekly rest, 0 Sunday … 6 Saturday. */
  readonly weeklyRestDays: readonly number[];
}

const WEEKLY_REST_BASIS = cite('Decision 188/1999/QĐ-TTg', 'Art. 1', 'S');
const SWAP_BASIS = cite('yearly civil-service swap notice (MOLISA; Ministry of Home Affairs from 2025)', undefined, 'S');
const UNSPLIT_NOTE = 'the source gives the break but not which weekdays are holidays and which compensation days';

/**
 * The precomputed working-day index of a calendar over 1968–2100: a kind per day, a prefix count of
 * working days and the list of working days, so that every query is O(1) (design principle 6).
 */
export class WorkingDayIndex {
  readonly first: DayNumber = dayFromYmd(FIRST_YEAR, 1, 1);
  readonly last: DayNumber = dayFromYmd(LAST_YEAR, 12, 31);
  /** Kind code per day (offset from `first`). */
  readonly kinds: Uint8Array;
  /** `workingBefore[i]` = working days in [first, first + i). Length size + 1. */
  readonly workingBefore: Int32Array;
  /** Day numbers of the working days, ascending. */
  readonly workingDays: Int32Array;
  /** `provisionalBefore[i]` = provisional days in [first, first + i). */
  readonly provisionalBefore: Int32Array;
  readonly details = new Map<DayNumber, DayDetail>();
  /** Years whose days are not provisional. */
  readonly announcedYears: ReadonlySet<number>;

  constructor(rules: CalendarRules) {
    const size = this.last - this.first + 1;
    this.kinds = new Uint8Array(size);
    const rest = new Set(rules.weeklyRestDays);
    const isWeeklyRest = (day: DayNumber) => rest.has(weekdayOf(day));
    for (let i = 0; i < size; i++) if (isWeeklyRest(this.first + i)) this.kinds[i] = CODE['weekly-rest'];

    // Years whose days come from data alone: the announced years, and every year of the shipped
    // official data (complete for its years, 2027 included). A host layer that names only some
    // occasions of a year overlays the projection instead, so the days it does not name keep
    // their projected meaning; announcing the year hands it wholly to the data.
    const announced = new Set<number>();
    const dataYears = new Set<number>();
    rules.layers.forEach((layer, i) => {
      for (const y of layer.announcedYears ?? []) announced.add(y), dataYears.add(y);
      if (i === 0) for (const o of layer.occasions ?? []) dataYears.add(o.year);
    });
    this.announcedYears = announced;

    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      if (dataYears.has(year)) continue;
      for (const p of projectYear(year, holidayListFor(year), isWeeklyRest)) {
        this.set(p.day, p.kind, {
          occasion: p.occasion, origin: 'labour-code-projection', status: 'projected', sources: [], basis: p.basis,
        });
      }
    }

    rules.layers.forEach((layer, layerIndex) => {
      const origin: DayOrigin = layerIndex === 0 ? 'official-data' : 'host-data';
      const occasions = layer.occasions ?? [];
      // Every day off of the layer first (breaks, then office days off), then its working days
      // (make-up, then office working days): a working day wins over a day off named by any record
      // of the same layer, whatever their order (spec/calendar.md, "Precedence when classifying a
      // day"). A day off on a make-up Saturday needs a later layer (`extend`).
      for (const occasion of occasions) this.applyBreak(occasion, origin, rules.swaps, isWeeklyRest);
      for (const o of layer.extraDaysOff ?? []) {
        this.set(parseDay(o.date), 'extra-day-off', { occasion: o.name, origin, sources: o.source ? [o.source] : [] });
      }
      for (const occasion of occasions) this.applyMakeUpDays(occasion, origin, rules.swaps && rules.makeUpDays !== false);
      for (const o of layer.extraWorkingDays ?? []) {
        this.set(parseDay(o.date), 'extra-working-day', { occasion: o.name, origin, sources: o.source ? [o.source] : [] });
      }
    });

    this.workingBefore = new Int32Array(size + 1);
    this.provisionalBefore = new Int32Array(size + 1);
    let working = 0;
    let provisional = 0;
    let year = FIRST_YEAR;
    let nextYearStart = dayFromYmd(year + 1, 1, 1);
    const list: number[] = [];
    for (let i = 0; i < size; i++) {
      const day = this.first + i;
      if (day === nextYearStart) nextYearStart = dayFromYmd(++year + 1, 1, 1);
      this.workingBefore[i] = working;
      this.provisionalBefore[i] = provisional;
      if ((WORKING_CODE_MASK >> this.kinds[i]!) & 1) {
        working++;
        list.push(day);
      }
      if (!announced.has(year)) provisional++;
    }
    this.workingBefore[size] = working;
    this.provisionalBefore[size] = provisional;
    this.workingDays = Int32Array.from(list);
  }

  private set(day: DayNumber, kind: DayKind, detail: DayDetail): void {
    const i = day - this.first;
    if (i < 0 || i >= this.kinds.length) return;
    this.kinds[i] = CODE[kind];
    this.details.set(day, detail);
  }

  /** Attaches a detail without changing the day's kind. */
  private tag(day: DayNumber, detail: DayDetail): void {
    if (day >= this.first && day <= this.last) this.details.set(day, detail);
  }

  /**
   * Applies the break of one notice's occasion: listed holidays, compensation days and swaps take
   * their kind; an unlisted weekday is a day off (statutory, with a note); an unlisted weekend stays
   * weekly rest but is tagged with the occasion. Without swaps (enterprise calendars) a swapped day
   * keeps its own kind: a working weekday, unless another record names it a day off.
   */
  private applyBreak(o: CalendarOccasion, origin: DayOrigin, swaps: boolean, isWeeklyRest: (d: DayNumber) => boolean): void {
    const base = detailOf(o, origin);
    const holidays = new Set(o.statutoryHolidays.map((d) => parseDay(d)));
    const compensation = new Set(o.compensationDaysOff.map((d) => parseDay(d)));
    const swapped = new Set(o.swappedDaysOff.map((d) => parseDay(d)));
    const list = holidayListFor(o.year);
    const rules = statutoryHolidays(o.year, list);
    const from = parseDay(o.offFrom);
    const to = parseDay(o.offTo);
    const named = new Set<DayNumber>([...holidays, ...compensation, ...swapped]);
    for (let d = from; d <= to; d++) named.add(d);
    for (const day of [...named].sort((a, b) => a - b)) {
      if (holidays.has(day)) this.set(day, 'statutory-holiday', { ...base, basis: rules.get(day)?.basis ?? list.holidaysBasis });
      else if (compensation.has(day)) this.set(day, 'compensation-day', { ...base, basis: list.compensation });
      else if (swapped.has(day)) {
        if (swaps) this.set(day, 'swapped-day-off', { ...base, basis: SWAP_BASIS });
        // Without swaps the day keeps its own kind (a working weekday, or a day off another record names).
        else this.tag(day, { ...base, note: 'a civil-service swap: not a day off for this calendar' });
      } else if (weekdayOf(day) === 0 || weekdayOf(day) === 6) {
        // The data's breaks include the Saturday–Sunday weekend as plain weekly rest.
        this.tag(day, isWeeklyRest(day) ? { ...base, basis: WEEKLY_REST_BASIS } : base);
      }
      else {
        const note = o.notes ? `${o.notes} (${UNSPLIT_NOTE})` : UNSPLIT_NOTE;
        this.set(day, 'statutory-holiday', { ...base, basis: rules.get(day)?.basis ?? list.holidaysBasis, note });
      }
    }
  }

  /**
   * Applies the make-up Saturdays of one occasion, after every break of its layer (precedence:
   * make-up working day > day off, `spec/calendar.md`). Without make-up days (enterprise calendars,
   * the Thanh Hóa preset) the Saturday stays a rest day — unless a record names it a day off, which
   * outranks weekly rest — or a working day for an office open on Saturdays.
   */
  private applyMakeUpDays(o: CalendarOccasion, origin: DayOrigin, makeUpDays: boolean): void {
    const base = detailOf(o, origin);
    for (const day of o.makeUpWorkingDays.map((d) => parseDay(d))) {
      if (makeUpDays) this.set(day, 'make-up-working-day', { ...base, basis: SWAP_BASIS });
      else if (this.kindOf(day) === CODE['weekly-rest']) {
        this.tag(day, { ...base, basis: WEEKLY_REST_BASIS, note: 'a civil-service make-up day: rest for this calendar' });
      } else if (this.kindOf(day) === CODE.ordinary) {
        this.tag(day, { ...base, note: 'a civil-service make-up day: an ordinary working day for this calendar' });
      }
    }
  }

  /** The kind code of a day inside the index (`undefined` outside 1968–2100). */
  private kindOf(day: DayNumber): number | undefined {
    return this.kinds[day - this.first];
  }
}

/** The detail every day of an occasion carries: its name, origin, status, sources and notes. */
function detailOf(o: CalendarOccasion, origin: DayOrigin): DayDetail {
  return { occasion: o.occasion, origin, status: o.status, sources: o.sources, ...(o.notes ? { note: o.notes } : {}) };
}
