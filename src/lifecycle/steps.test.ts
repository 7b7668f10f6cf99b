import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { formatMoment } from '../time/format.js';
import { applyEvent, replay } from './apply.js';
import type { DossierInput } from './dossier.js';
import type { DossierEventInput } from './events.js';
import { controlSheet } from './forms.js';
import { lateSteps, planSteps } from './steps.js';

const DESK = 'Bộ phận Một cửa huyện';
const A = 'Phòng TN&MT';
const B = 'Chi cục Thuế';
const C = 'Văn phòng ĐKĐĐ';
const input: DossierInput = {
  procedure: '1.003003', field: 'Đất đai', unit: DESK, limit: '5 ngày làm việc',
  steps: [
    { id: 'verify', agency: A, budget: 1, name: 'Kiểm tra hồ sơ' },
    { id: 'tax', agency: B, budget: 2, name: 'Xác định nghĩa vụ tài chính' },
    { id: 'register', agency: C, budget: 2, name: 'Đăng ký, cấp giấy' },
  ],
};
const ev = (type: string, at: string, unit: string, extra: Record<string, unknown> = {}) =>
  ({ type, at, unit, officer: `cán bộ ${unit}`, ...extra }) as DossierEventInput;

/** Three agencies in sequence; the middle one (the tax office) overruns its 2 working days. */
function threeAgencies() {
  return replay([
    ev('accept', '2026-03-09T09:00', DESK, { code: 'H01-260309-0007' }),
    ev('hand-over', '2026-03-09T09:00', DESK, { toUnit: A }),
    ev('hand-over', '2026-03-09T16:00', A, { toUnit: B }),
    ev('hand-over', '2026-03-13T10:00', B, { toUnit: C }),
    ev('decide', '2026-03-17T09:00', C),
    ev('return-result', '2026-03-17T14:00', DESK),
  ], input);
}

describe('liên thông: steps, due moments and lateness attributed to the agency that overran', () => {
  it('gives each step its own due moment from its hand-over (working hours, 07:00–11:30, 13:30–17:00)', () => {
    const d = threeAgencies();
    const [verify, tax, register] = d.steps;
    expect(formatMoment(verify!.dueMs!)).toBe('2026-03-10T09:00:00+07:00');
    expect(formatMoment(tax!.dueMs!)).toBe('2026-03-11T16:00:00+07:00');
    expect(formatMoment(register!.dueMs!)).toBe('2026-03-17T10:00:00+07:00');
    expect(d.steps.map((s) => s.verdict)).toEqual(['early', 'late', 'on-time']);
  });

  it('attributes the lateness to the tax office only, though the whole dossier is late', () => {
    const d = threeAgencies();
    expect(lateSteps(d)).toEqual([expect.objectContaining({ step: 'tax', agency: B, overrunMinutes: 60 + 480 + 180 })]);
    expect(d.clock.finishedAt! > d.clock.originalDueMs!).toBe(true);
    expect(formatMoment(d.clock.originalDueMs!)).toBe('2026-03-16T17:00:00+07:00');
  });

  it('prints the control sheet: each hand-over with time, giver, receiver and the step verdict', () => {
    const rows = controlSheet(threeAgencies());
    expect(rows.map((r) => [r.kind, r.fromUnit, r.toUnit ?? null, r.verdict ?? null])).toEqual([
      ['accept', DESK, null, null],
      ['hand-over', DESK, A, null],
      ['hand-over', A, B, 'early'],
      ['hand-over', B, C, 'late'],
      ['decide', C, null, 'on-time'],
      ['return-result', DESK, null, null],
    ]);
    expect(rows[3]!.at).toBe('2026-03-13T10:00:00+07:00');
    expect(rows[3]!.steps[0]).toMatchObject({ id: 'tax', due: '2026-03-11T16:00:00+07:00' });
  });

  it('runs parallel steps (Decree 118 Art. 20(2)) and waits for both before the next', () => {
    const plan: DossierInput = {
      ...input,
      steps: [
        { id: 'desk', agency: DESK, budget: 0.25 },
        { id: 'a', agency: A, budget: 1, after: ['desk'] },
        { id: 'b', agency: B, budget: 1, after: ['desk'] },
        { id: 'c', agency: C, budget: 2, after: ['a', 'b'] },
      ],
    };
    let d = replay([
      ev('accept', '2026-03-09T09:00', DESK, { code: 'X' }),
      ev('hand-over', '2026-03-09T10:00', DESK, { toUnit: A }),
      ev('hand-over', '2026-03-09T10:00', DESK, { toUnit: B }),
      ev('hand-over', '2026-03-10T08:00', A, { toUnit: C }),
    ], plan);
    expect(d.steps.map((s) => s.status)).toEqual(['done', 'done', 'open', 'pending']);
    expect(d.steps[0]!.verdict).toBe('on-time');
    d = applyEvent(d, ev('hand-over', '2026-03-10T10:00', B, { toUnit: C }));
    expect(d.steps.map((s) => s.status)).toEqual(['done', 'done', 'done', 'open']);
    expect(() => applyEvent(d, ev('hand-over', '2026-03-10T11:00', C, { toUnit: DESK, starts: ['nope'] }))).toThrow(InvalidInputError);
  });

  it('validates the plan with paths', () => {
    expect(() => planSteps([{ id: 'a', agency: A, budget: 0 }])).toThrow(/steps\.0\.budget/);
    expect(() => planSteps([{ id: 'a', agency: A, budget: 1, after: ['b'] }])).toThrow(/steps\.0\.after\.0/);
    expect(() => planSteps([{ id: 'a', agency: A, budget: 1 }, { id: 'a', agency: B, budget: 1 }])).toThrow(/duplicate/);
  });

  it('a pause moves the open step’s due moment by the paused working time', () => {
    const d = replay([
      ev('accept', '2026-03-09T09:00', DESK, { code: 'X' }),
      ev('hand-over', '2026-03-09T09:00', DESK, { toUnit: A }),
      ev('request-supplement', '2026-03-09T10:00', A, { items: ['x'] }),
      ev('supplement-received', '2026-03-10T10:00', A),
    ], { ...input, policy: { supplementationClock: 'pause' } });
    expect(d.steps[0]!.pausedWorkingMinutes).toBe(480);
    expect(formatMoment(d.steps[0]!.dueMs!)).toBe('2026-03-11T09:00:00+07:00');
  });

  it('a step finished within its due minute is on time, not late (minute granularity)', () => {
    const d = replay([
      ev('accept', '2026-03-09T09:00', DESK, { code: 'H01-260309-0008' }),
      ev('hand-over', '2026-03-09T09:00', DESK, { toUnit: A }),
      ev('hand-over', '2026-03-10T09:00:30', A, { toUnit: B }),
    ], input);
    expect(formatMoment(d.steps[0]!.dueMs!)).toBe('2026-03-10T09:00:00+07:00');
    expect(d.steps[0]!.verdict).toBe('on-time');
    expect(lateSteps(d)).toEqual([]);
    expect(controlSheet(d).at(-1)!.verdict).toBe('on-time');
  });
});
