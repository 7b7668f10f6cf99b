// Circular 01/2018/TT-VPCP Art. 14 [P]: indices 1, 2, 3, 4, 6, 7 are scored per dossier and
// 5, 6, 8, 9 per unit. A unit record (the system's per-unit values) cannot carry a per-dossier
// index — it used to count as one more "dossier" in that index's mean — and groupings by
// procedure, field or official leave per-unit indices out, also when a form carries them.
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { summarizeEvaluations } from './summary.js';

describe('index scope (Art. 14)', () => {
  it('refuses a per-dossier index in a unit record, naming the answer', () => {
    const run = () => summarizeEvaluations([
      { unit: 'A', answers: { '1': 0 } },
      { kind: 'unit', unit: 'A', answers: { '1': 2, '5': 2 } },
    ], { groupBy: ['unit'] });
    expect(run).toThrow(InvalidInputError);
    expect(run).toThrow(/answers\.1: index 1 is scored per dossier/);
  });

  it('index 6 is scored both per dossier and per unit: a unit record may carry it', () => {
    const s = summarizeEvaluations([
      { unit: 'A', answers: { '6': 0 } },
      { kind: 'unit', unit: 'A', answers: { '5': 2, '6': 2 } },
    ], { groupBy: ['unit'] });
    expect(s.groups[0]!.questions.find((q) => q.key === '6')!.score).toBe(1);
  });

  it('grouped by official, per-unit indices on a form are left out of the total', () => {
    const s = summarizeEvaluations([{ unit: 'A', officer: 'X', answers: { '1': 2, '5': 2, '8': 2, '9': 2 } }], { groupBy: ['officer'] });
    expect(s.groups[0]!.total).toBe(2);
    expect(s.groups[0]!.questions.find((q) => q.key === '5')?.score ?? null).toBeNull();
  });

  it('grouped by unit, the same form counts its per-unit answers', () => {
    const s = summarizeEvaluations([{ unit: 'A', officer: 'X', answers: { '1': 2, '5': 2, '8': 2, '9': 2 } }], { groupBy: ['unit'] });
    expect(s.groups[0]!.total).toBe(8);
  });
});
