// spec/lifecycle.md and spec/deadline.md statements without a direct test elsewhere; expected
// values derived by hand from the spec and the official calendar.
import { describe, expect, it } from 'vitest';
import { applyEvent, replay, toPortalStatus, extensionForms, type DossierInput } from './index.js';
import { formatMoment } from '../time/format.js';
import { parseMoment } from '../time/parse.js';

const who = { unit: 'UBND xã A', officer: 'Lan' };
const input: DossierInput = { procedure: 'P1', field: 'Đất đai', unit: 'UBND xã A', limit: '10 ngày làm việc' };

describe('lifecycle.md status table: every code 1–10 from its state', () => {
  it.each([
    ['submitted', 1], ['accepted', 2], ['refused-at-reception', 3], ['processing', 4], ['awaiting-supplement', 5],
    ['awaiting-payment', 6], ['withdrawn', 7], ['stopped', 8], ['decided', 9], ['returned', 10],
  ] as const)('%s → %i', (state, code) => {
    expect(toPortalStatus(state)).toBe(code);
  });
});

describe('deadline.md Decree 61/2018 Art. 19(4): request within 3 working days of receipt, then restart', () => {
  // Received Mon 2024-03-11 09:00 (rule set nd61-2018), 10 working days → Mon 25/3 17:00.
  const accepted = () => replay([{ type: 'accept', at: '2024-03-11T09:00', ...who, code: 'C1' }], input);
  it('accepts a request on the 3rd working day, refuses one on the 4th', () => {
    expect(accepted().ruleset?.id).toBe('nd61-2018');
    expect(applyEvent(accepted(), { type: 'request-supplement', at: '2024-03-14T16:00', ...who, items: ['x'] }).state).toBe('awaiting-supplement');
    expect(() => applyEvent(accepted(), { type: 'request-supplement', at: '2024-03-15T08:00', ...who, items: ['x'] })).toThrow(/3 working days/);
  });
  it('restarts the full limit from the completion: Fri 15/3 + 10 working days → Fri 29/3', () => {
    const d = replay([
      { type: 'request-supplement', at: '2024-03-13T10:00', ...who, items: ['x'] },
      { type: 'supplement-received', at: '2024-03-15T09:00', ...who },
    ], accepted());
    expect(d.clock.restarts).toBe(1);
    expect(formatMoment(d.clock.currentDueMs!)).toBe('2024-03-29T17:00:00+07:00');
    expect(formatMoment(d.clock.originalDueMs!)).toBe('2024-03-25T17:00:00+07:00');
  });
});

describe('deadline.md / lifecycle.md forms: the 2018 apology form is Circular 01/2018 Mẫu 04', () => {
  it('a Decree 61 dossier prints "Phiếu xin lỗi và hẹn lại ngày trả kết quả"', () => {
    const d = replay([
      { type: 'accept', at: '2024-03-11T09:00', ...who, code: 'C1' },
      { type: 'extend', at: '2024-03-20T09:00', ...who, reason: 'Chờ xác minh', newAppointment: '2024-03-29T17:00' },
    ], input);
    const [form] = extensionForms(d);
    expect(form?.form).toMatch(/^Phiếu xin lỗi và hẹn lại ngày trả kết quả/);
    expect(form?.form).toMatch(/Mẫu 04/);
  });
});

describe('deadline.md Thanh Hóa preset: "supplementation moves the due date by the pause length"', () => {
  it('worked example 3 under thanh-hoa: the due moves by the paused working time', () => {
    const d = replay([
      { type: 'accept', at: '2026-03-09T09:00', ...who, code: 'C1' },
      { type: 'request-supplement', at: '2026-03-13T10:00', ...who, items: ['x'] },
      { type: 'supplement-received', at: '2026-03-18T09:00', ...who },
    ], { ...input, preset: 'thanh-hoa', policy: { supplementRequestWithinWorkingDays: null } });
    // Mode C: 80 working hours from Mon 9/3 09:00 → Mon 23/3 09:00.
    expect(formatMoment(d.clock.originalDueMs!)).toBe('2026-03-23T09:00:00+07:00');
    // Paused working time: 13/3 10:00–17:00 (5 h) + 16/3 (8 h) + 17/3 (8 h) + 18/3 07:00–09:00 (2 h) = 23 h
    // → from Mon 23/3 09:00: 23/3 6 h, 24/3 8 h, 25/3 8 h, 26/3 1 h → Thu 26/3 08:00.
    expect(formatMoment(d.clock.currentDueMs!)).toBe('2026-03-26T08:00:00+07:00');
    expect(d.clock.restarts).toBe(0);
    expect(d.clock.pausedMs).toBe(parseMoment('2026-03-18T09:00') - parseMoment('2026-03-13T10:00'));
  });
});
