// Vietnamese text arrives precomposed (NFC) from one export and decomposed (NFD) from another; the
// two spellings are one unit, field or answer. Before, a report split "UBND xã Tân Phú" into two
// groups and a decomposed "Rất hài lòng" was refused as an answer.
import { describe, expect, it } from 'vitest';
import { buildHandlingTimeReport, buildPeriodReport, createReportAccumulator, dossierRecordFromRow } from '../src/metrics/index.js';
import { csvEvaluationReader, summarizeEvaluations, threeLevelQuestions, tt01_2018_evaluation } from '../src/satisfaction/index.js';

const NFC = 'UBND xã Tân Phú';
const NFD = NFC.normalize('NFD');
const Q3 = { from: '2025-07-01', to: '2025-09-30' } as const;
const row = (unit: string, field: string) => dossierRecordFromRow({
  unit, field, channel: 'online', received: '2025-09-01T08:00', appointment: '2025-09-05T17:00', finished: '2025-09-04T10:00', status: 9,
});

describe('one group whatever the Unicode normal form', () => {
  it('period report: NFD and NFC units and fields are one group, reported in NFC', () => {
    const report = buildPeriodReport([row(NFC, 'Đất đai'), row(NFD, 'Đất đai'.normalize('NFD')), row(NFD, 'Đất đai')], { ...Q3, groupBy: ['unit', 'field'] });
    expect(report.groups).toHaveLength(1);
    expect(report.groups[0]!.key).toEqual({ unit: NFC, field: 'Đất đai' });
    expect(report.groups[0]!.counts.finished).toBe(3);
  });

  it('sharded accumulators that met different spellings merge into one group', () => {
    const a = createReportAccumulator({ ...Q3, groupBy: ['unit'] });
    const b = createReportAccumulator({ ...Q3, groupBy: ['unit'] });
    a.add(row(NFC, 'x'));
    b.add(row(NFD, 'x'));
    a.merge(b);
    expect(a.result().groups.map((g) => [g.key.unit, g.counts.finished])).toEqual([[NFC, 2]]);
  });

  it('handling-time report groups the same way', () => {
    const records = [row(NFC, 'x'), row(NFD, 'x')].map((r) => ({ ...r, procedure: 'Cấp giấy phép'.normalize(r.unit === NFC ? 'NFC' : 'NFD') }));
    const report = buildHandlingTimeReport(records, { ...Q3, groupBy: ['unit', 'procedure'] });
    expect(report.groups.map((g) => g.key)).toEqual([{ unit: NFC, procedure: 'Cấp giấy phép' }]);
  });

  it('evaluation summary: one group per unit; a decomposed label in a CSV cell is the same answer', () => {
    const read = csvEvaluationReader(['unit', 'at', 'overall'], tt01_2018_evaluation, threeLevelQuestions);
    const forms = [read([NFC, '2025-07-03T10:15', 'Rất hài lòng']), read([NFD, '2025-07-04T10:15', 'Rất hài lòng'.normalize('NFD')])];
    expect(forms[1]!.levels).toEqual({ overall: 'rat-hai-long' });
    const summary = summarizeEvaluations(forms, { groupBy: ['unit'] });
    expect(summary.groups.map((g) => [g.key.unit, g.forms])).toEqual([[NFC, 2]]);
  });
});
