// Precedence within one data layer, from spec/calendar.md, "Swaps and make-up Saturdays":
// "make-up working day > holiday / compensation / swapped day off > weekly rest > ordinary working
// day" — whatever the order of the records (a regression: the later record used to win).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vnCalendar } from './vn-calendar.js';

const occ = (o: { occasion: string; offFrom: string; offTo: string } & Partial<Record<'statutoryHolidays' | 'compensationDaysOff' | 'swappedDaysOff' | 'makeUpWorkingDays', string[]>>) => ({
  year: 2028, statutoryHolidays: [], compensationDaysOff: [], swappedDaysOff: [], makeUpWorkingDays: [], status: 'official', sources: ['test'], ...o,
});
// Sat 2028-01-08 named as a make-up working day (paying for Mon 10/1) and, by another record, as a day off.
const makeUp = occ({ occasion: 'swap', offFrom: '2028-01-10', offTo: '2028-01-10', swappedDaysOff: ['2028-01-10'], makeUpWorkingDays: ['2028-01-08'] });
const conflicts = [
  occ({ occasion: 'holiday', offFrom: '2028-01-08', offTo: '2028-01-08', statutoryHolidays: ['2028-01-08'] }),
  occ({ occasion: 'compensation', offFrom: '2028-01-08', offTo: '2028-01-08', compensationDaysOff: ['2028-01-08'] }),
  occ({ occasion: 'swapped', offFrom: '2028-01-08', offTo: '2028-01-08', swappedDaysOff: ['2028-01-08'] }),
];

describe('spec precedence: a make-up working day wins over any day off, whatever the record order', () => {
  for (const other of conflicts) {
    it(`make-up Saturday vs ${other.occasion}, make-up record first`, () => {
      const cal = vnCalendar().extend({ occasions: [makeUp, other] });
      expect(cal.dayInfo('2028-01-08')).toMatchObject({ working: true, kind: 'make-up-working-day' });
    });
    it(`make-up Saturday vs ${other.occasion}, make-up record last`, () => {
      const cal = vnCalendar().extend({ occasions: [other, makeUp] });
      expect(cal.dayInfo('2028-01-08')).toMatchObject({ working: true, kind: 'make-up-working-day' });
    });
  }
  it('a make-up Saturday also wins over an office day off of the same layer; a later layer can still close it', () => {
    const same = vnCalendar().extend({ occasions: [makeUp], extraDaysOff: [{ date: '2028-01-08', name: 'local event' }] });
    expect(same.dayInfo('2028-01-08')).toMatchObject({ working: true, kind: 'make-up-working-day' });
    const later = same.extend({ extraDaysOff: [{ date: '2028-01-08', name: 'local event' }] });
    expect(later.dayInfo('2028-01-08')).toMatchObject({ working: false, kind: 'extra-day-off' });
  });
  it('an office working day wins over an office day off of the same layer', () => {
    const cal = vnCalendar().extend({ extraDaysOff: [{ date: '2028-01-12', name: 'off' }], extraWorkingDays: [{ date: '2028-01-12', name: 'on' }] });
    expect(cal.dayInfo('2028-01-12')).toMatchObject({ working: true, kind: 'extra-working-day' });
  });
  it('a swapped day off still beats the weekly pattern and a plain weekday (Mon 10/1/2028 off)', () => {
    expect(vnCalendar().extend({ occasions: [makeUp] }).isWorkingDay('2028-01-10')).toBe(false);
  });
});

describe('the order of the records of a layer never matters', () => {
  const day = (d: number) => `2028-01-${String(d).padStart(2, '0')}`;
  // Random occasions over 1–21 January 2028, each naming a few days with one of the four lists.
  const occasion = fc.record({
    from: fc.integer({ min: 1, max: 21 }),
    holidays: fc.uniqueArray(fc.integer({ min: 1, max: 21 }), { maxLength: 3 }),
    compensation: fc.uniqueArray(fc.integer({ min: 1, max: 21 }), { maxLength: 2 }),
    swapped: fc.uniqueArray(fc.integer({ min: 1, max: 21 }), { maxLength: 2 }),
    makeUp: fc.uniqueArray(fc.constantFrom(1, 8, 15), { maxLength: 2 }), // Saturdays
  }).map((o) => occ({
    occasion: `o${o.from}`, offFrom: day(o.from), offTo: day(o.from),
    statutoryHolidays: o.holidays.map(day), compensationDaysOff: o.compensation.map(day), swappedDaysOff: o.swapped.map(day), makeUpWorkingDays: o.makeUp.map(day),
  }));

  // Records naming one day with kinds of the same rank (a holiday and a swapped day off) are
  // conflicting data: the day is off either way, and the later record names its kind.
  const namers = (occasions: readonly ReturnType<typeof occ>[], d: string) =>
    occasions.filter((o) => (d >= o.offFrom && d <= o.offTo) || [o.statutoryHolidays, o.compensationDaysOff, o.swappedDaysOff, o.makeUpWorkingDays].some((l) => l.includes(d))).length;

  it('gives every day the same working flag (and kind, unless records of equal rank conflict), in any order', () => {
    fc.assert(
      fc.property(fc.array(occasion, { minLength: 2, maxLength: 4 }), fc.boolean(), (occasions, enterprise) => {
        const base = vnCalendar(enterprise ? { preset: 'enterprise' } : undefined);
        const a = base.extend({ occasions });
        const b = base.extend({ occasions: [...occasions].reverse() });
        for (let d = 1; d <= 21; d++) {
          const [x, y] = [a.dayInfo(day(d)), b.dayInfo(day(d))];
          if (x.working !== y.working) return false;
          if (namers(occasions, day(d)) <= 1 && x.kind !== y.kind) return false;
          // Make-up working days win in the civil service; the enterprise calendar has none.
          const namedMakeUp = occasions.some((o) => o.makeUpWorkingDays.includes(day(d)));
          if (!enterprise && namedMakeUp && x.kind !== 'make-up-working-day') return false;
          if (enterprise && x.kind === 'make-up-working-day') return false;
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });
});

describe('without make-up days', () => {
  it('keeps a Saturday another record names a holiday as a holiday (enterprise)', () => {
    const cal = vnCalendar({ preset: 'enterprise' }).extend({ occasions: [makeUp, conflicts[0]!] });
    expect(cal.dayInfo('2028-01-08')).toMatchObject({ working: false, kind: 'statutory-holiday' });
  });

  it('keeps a Saturday working for an office open on Saturdays (enterprise), noting the make-up day', () => {
    const cal = vnCalendar({ preset: 'enterprise', weeklyRestDays: [0] }).extend({ occasions: [makeUp] });
    expect(cal.dayInfo('2028-01-08')).toMatchObject({ working: true, kind: 'ordinary', occasion: 'swap' });
  });
});

describe('across layers', () => {
  it('a later layer (extend) wins on the days it names, as documented', () => {
    const cal = vnCalendar().extend({ occasions: [makeUp] }).extend({ extraDaysOff: [{ date: '2028-01-08', name: 'Provincial event' }] });
    expect(cal.dayInfo('2028-01-08')).toMatchObject({ working: false, kind: 'extra-day-off' });
  });
});

describe('a break is the span offFrom … offTo', () => {
  it('refuses a reversed span instead of letting the break vanish (a record without per-day lists relies on it)', () => {
    const reversed = occ({ occasion: 'Tết', offFrom: '2028-01-30', offTo: '2028-01-22' });
    expect(() => vnCalendar().extend({ occasions: [reversed] })).toThrow(/occasions\.0\.offTo: the break ends \(2028-01-22\) before it starts \(offFrom 2028-01-30\)/);
    expect(vnCalendar().extend({ occasions: [occ({ occasion: 'one day', offFrom: '2028-01-24', offTo: '2028-01-24' })] }).isWorkingDay('2028-01-24')).toBe(false);
  });
});
