// spec/lifecycle.md, "Rules the state model must enforce": "Extension: at
// most once; must be issued before the current appointment (Decree 61: at least 1 day before ...)".
// deadline.md: "apology due by (due − 1 working day under Decree 61)". Existing tests cover the
// Decree 118 rule set only; this covers a dossier received in 2024 (Decree 61/2018 rule set).
import { describe, expect, it } from 'vitest';
import { applyEvent, replay } from './apply.js';
import { timelinessFacts } from './facts.js';
import { parseMoment } from '../time/parse.js';

const who = { unit: 'UBND xã A', officer: 'Lan' };
const input = { procedure: 'P1', field: 'Đất đai', unit: 'UBND xã A', limit: '10 ngày làm việc' } as const;
// Received Mon 2024-03-11; the slip's appointment given explicitly: Mon 2024-03-25 17:00.
const accepted = () => replay([{ type: 'accept', at: '2024-03-11T09:00', ...who, code: 'C1', appointment: '2024-03-25T17:00' }], input);
const extend = (at: string, newAppointment = '2024-03-29T17:00') => ({ type: 'extend', at, ...who, reason: 'Chờ xác minh', newAppointment }) as const;

describe('extension under Decree 61/2018 (dossiers received 2018-06-21 → 2025-06-30)', () => {
  it('the rule set is Decree 61', () => {
    expect(accepted().ruleset?.id).toBe('nd61-2018');
  });

  it('refuses an apology on the appointment day (not at least 1 day before)', () => {
    expect(() => applyEvent(accepted(), extend('2024-03-25T08:00'))).toThrow(/extension\.timing/);
  });

  it('"apology due by" = due − 1 working day (spec/deadline.md): Fri 22/3 accepted, the weekend after it refused', () => {
    expect(applyEvent(accepted(), extend('2024-03-22T16:00')).clock.currentDueMs).toBe(parseMoment('2024-03-29T17:00'));
    expect(() => applyEvent(accepted(), extend('2024-03-23T10:00'))).toThrow(/extension\.timing/);
  });

  it('accepts one issued days before; keeps the original appointment for metrics; refuses a second', () => {
    const once = applyEvent(accepted(), extend('2024-03-20T09:00'));
    expect(timelinessFacts(once)).toMatchObject({ originalDueMs: parseMoment('2024-03-25T17:00'), currentDueMs: parseMoment('2024-03-29T17:00') });
    expect(() => applyEvent(once, extend('2024-03-21T09:00', '2024-04-05T17:00'))).toThrow(/extension\.maxCount/);
  });
});

describe('a limit shorter than the notice (Decree 118/2025 Art. 19(6))', () => {
  it('an extension of a "trong ngày" dossier is refused saying no extension can be issued in time, not naming a day before the receipt', () => {
    const sameDay = replay([{ type: 'accept', at: '2025-08-28T10:00', ...who, code: 'C2' }], { ...input, limit: 'trong ngày' });
    expect(() => applyEvent(sameDay, { ...extend('2025-08-28T11:00', '2025-08-29T17:00') })).toThrow(
      'the limit leaves no day for the 1-working-day notice before the appointment (2025-08-28): no extension can be issued in time under this rule set',
    );
  });
});
