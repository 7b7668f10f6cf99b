import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { checkReportTable, type PublishedTable } from './check-table.js';

describe('checkReportTable', () => {
  it('reports a broken identity with the exact gap', () => {
    const f = checkReportTable({ finished: 100, early: 60, onTime: 30, late: 8, inProgress: 12, within: 10, overdue: 2, total: 114, carriedOver: 14, received: 100 });
    expect(f.identities.find((i) => i.id === 'finished-split')).toMatchObject({ status: 'fails', left: 98, right: 100, gap: -2 });
    expect(f.identities.find((i) => i.id === 'outcome')).toMatchObject({ status: 'fails', left: 112, right: 114, gap: -2 });
    expect(f.identities.find((i) => i.id === 'intake')).toMatchObject({ status: 'holds', gap: 0 });
    expect(f.identities.find((i) => i.id === 'in-progress-split')).toMatchObject({ status: 'holds' });
    expect(f.consistent).toBe(false);
  });

  it('counts refused at reception in the outcome identity when the table gives it', () => {
    const f = checkReportTable({ total: 10, finished: 6, inProgress: 3, refused: 1 });
    expect(f.identities.find((i) => i.id === 'outcome')).toMatchObject({ status: 'holds', text: 'finished + inProgress + refused = total' });
  });

  it('lists identities it cannot check with the missing fields', () => {
    const f = checkReportTable({ finished: 5 });
    expect(f.identities.find((i) => i.id === 'finished-split')).toEqual({ id: 'finished-split', text: 'early + onTime + late = finished', status: 'unchecked', missing: ['early', 'onTime', 'late'] });
  });

  it('finds which denominator reproduces a published percentage (Cẩm Mỹ style: in-progress in the denominator)', () => {
    // 3,146 dossiers; 95% on time, 0.5% late, the rest in progress.
    const f = checkReportTable({ total: 3146, early: 1000, onTime: 1989, late: 16, inProgress: 141, percentages: { onTime: 95, late: '0.5' } });
    const onTime = f.percentages.find((p) => p.key === 'onTime')!;
    expect(onTime.reproducedBy.map((r) => `${r.numerator} ÷ ${r.denominator}`)).toContain('early + onTime ÷ total');
    expect(onTime.reproducedBy.map((r) => r.denominator)).not.toContain('finished'); // 2989 / 3005 = 99.5%
    const late = f.percentages.find((p) => p.key === 'late')!;
    expect(late.decimals).toBe(1);
    expect(late.reproducedBy).toContainEqual(expect.objectContaining({ numerator: 'late', denominator: 'total', rounding: 'half-up' }));
    expect(late.reproducedBy.map((r) => r.denominator)).toEqual(['finished', 'total', 'handled']); // 0.5 is too coarse to tell
  });

  it('reads a text percentage with the decimal comma Vietnamese tables print; a text that is no percentage says what is expected', () => {
    const table = { total: 3146, early: 1000, onTime: 1989, late: 16, inProgress: 141 };
    const comma = checkReportTable({ ...table, percentages: { late: '0,5', onTime: '95,0%' } });
    const point = checkReportTable({ ...table, percentages: { late: '0.5', onTime: '95.0%' } });
    expect(comma.percentages).toEqual(point.percentages);
    expect(comma.percentages[0]).toMatchObject({ published: 0.5, decimals: 1 });
    expect(() => checkReportTable({ ...table, percentages: { onTime: '90 %' } })).toThrow(
      'percentages.onTime: expected a number or a percentage text like "95.0", "95,0" or "95.0%", got "90 %"',
    );
  });

  it('tries rounding down and up at the printed decimals, and gives the nearest reading when none matches', () => {
    const down = checkReportTable({ finished: 3, early: 2, onTime: 0, late: 1, percentages: { early: '66.6' } });
    expect(down.percentages[0]!.reproducedBy[0]).toMatchObject({ denominator: 'finished', rounding: 'down' });
    const none = checkReportTable({ finished: 3, early: 2, onTime: 0, late: 1, percentages: { early: '50.0' } });
    expect(none.percentages[0]!.reproducedBy).toEqual([]);
    expect(none.percentages[0]!.nearest).toMatchObject({ numerator: 'early', denominator: 'finished' });
    expect(none.consistent).toBe(false);
  });

  it('derives missing totals for the percentages (never for the identities)', () => {
    const f = checkReportTable({ early: 45, onTime: 45, late: 10, percentages: { late: 10 } });
    expect(f.percentages[0]!.reproducedBy[0]).toMatchObject({ numerator: 'late', denominator: 'finished', denominatorValue: 100 });
    expect(f.identities.find((i) => i.id === 'finished-split')!.status).toBe('unchecked');
  });

  it('reads "on time = 100% − late" complements', () => {
    const f = checkReportTable({ carriedOver: 10, received: 90, total: 100, late: 3, overdue: 2, percentages: { onTime: 95 } });
    expect(f.percentages[0]!.reproducedBy.map((r) => `${r.numerator} ÷ ${r.denominator}`)).toContain('total − late − overdue ÷ total');
  });

  it('validates the table', () => {
    expect(() => checkReportTable({ finished: -1 })).toThrow(InvalidInputError);
    expect(() => checkReportTable({ percentages: { onTime: 'abc' } })).toThrow(/percentages\.onTime/);
  });

  it('rejects percentage keys that are not its own readings — prototype names included — naming the path', () => {
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'onTimeRate']) {
      const table = JSON.parse(`{ "finished": 10, "early": 5, "onTime": 4, "late": 1, "percentages": { "${key}": 50 } }`) as PublishedTable;
      let error: unknown;
      try {
        checkReportTable(table);
      } catch (e) {
        error = e;
      }
      expect(error, key).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).issues[0]!.path).toEqual(['percentages', key]);
      expect((error as InvalidInputError).message).toContain(`percentages.${key}: unknown percentage`);
    }
    expect(() => checkReportTable({ percentages: { constructor: 50 } } as unknown as PublishedTable)).toThrow(InvalidInputError);
  });

  it('rejects a misspelt count field instead of dropping it', () => {
    const table = { finished: 10, early: 5, ontime: 4, late: 1 } as unknown as PublishedTable;
    expect(() => checkReportTable(table)).toThrow(InvalidInputError);
    expect(() => checkReportTable(table)).toThrow(/ontime: unknown field/);
  });

  it('never says consistent when nothing could be checked', () => {
    const nothing = checkReportTable({ finished: 10 });
    expect(nothing.identities.every((i) => i.status === 'unchecked')).toBe(true);
    expect(nothing).toMatchObject({ verdict: 'nothing-checked', consistent: false, checked: 0 });
    // A percentage with no count to compute any reading is unchecked, not a failure.
    const noDen = checkReportTable({ late: 3, percentages: { late: 5 } });
    expect(noDen.percentages[0]).toMatchObject({ key: 'late', status: 'unchecked', reproducedBy: [] });
    expect(noDen).toMatchObject({ verdict: 'nothing-checked', consistent: false });
    const ok = checkReportTable({ finished: 10, early: 5, onTime: 4, late: 1 });
    expect(ok).toMatchObject({ verdict: 'consistent', consistent: true, checked: 1 });
    const bad = checkReportTable({ finished: 10, early: 5, onTime: 4, late: 0 });
    expect(bad).toMatchObject({ verdict: 'inconsistent', consistent: false });
  });
});
