// An appointment given as a date only ("hẹn lại ngày 30/3") means that day's due time under the
// dossier's deadline policy — the office's closing, or the end of the day under the Civil Code
// policy — not 00:00, which would make a result returned during that day late (spec/metrics.md:
// on time on the due day; the peer defect "on time tested by datetime equality").
import { describe, expect, it } from 'vitest';
import { replay } from './apply.js';
import { appointmentOnDay, timelinessOf } from './clock.js';
import { createEvent } from './events.js';
import { timelinessFacts } from './facts.js';
import { computeDeadline } from '../deadline/compute-deadline.js';
import { parseDay, parseMoment } from '../time/parse.js';

const who = { unit: 'UBND xã A', officer: 'Lan' };
const input = { procedure: 'P1', field: 'Đất đai', unit: 'UBND xã A', limit: '10 ngày làm việc' } as const;
// Received Mon 2026-03-09 09:00; 10 working days: due Mon 2026-03-23 17:00.
const accept = { type: 'accept', at: '2026-03-09T09:00', ...who, code: 'C1' } as const;
const extendTo = (newAppointment: string) => ({ type: 'extend', at: '2026-03-20T09:00', ...who, reason: 'Chờ xác minh', newAppointment }) as const;

describe('date-only appointments', () => {
  it('an extension to a date is due at that day\'s closing, and a return during that day is on time', () => {
    const extended = replay([accept, extendTo('2026-03-30')], input);
    expect(extended.clock.currentDueMs).toBe(parseMoment('2026-03-30T17:00'));
    // Judged against the new appointment (metrics still judge against the original one: spec/metrics.md).
    expect(timelinessOf(parseMoment('2026-03-30T10:30'), extended.clock.currentDueMs!)).toBe('on-time');
    expect(timelinessFacts(extended)).toMatchObject({ originalDueMs: parseMoment('2026-03-23T17:00'), currentDueMs: parseMoment('2026-03-30T17:00') });
  });

  it('a slip appointment given as a date is due at that day\'s closing', () => {
    const d = replay([{ ...accept, appointment: '2026-03-24' }], input);
    expect(d.clock.originalDueMs).toBe(parseMoment('2026-03-24T17:00'));
    expect(d.clock.currentDueMs).toBe(parseMoment('2026-03-24T17:00'));
  });

  it('under the end-of-day policy (Civil Code 2015 Art. 148(1)) a date means the last instant of that day (23:59:59.999)', () => {
    const d = replay([accept, extendTo('2026-03-30')], { ...input, deadlinePolicy: { dueTime: 'end-of-day' } });
    expect(d.clock.currentDueMs).toBe(parseMoment('2026-03-30T23:59:59.999'));
  });

  it('the end-of-day policy holds for a limit counted in hours too (the deadline carries its dueTime)', () => {
    const hours = { ...input, limit: '40 giờ làm việc', deadlinePolicy: { dueTime: 'end-of-day' } } as const;
    const d = replay([accept, { ...extendTo('2026-03-30'), at: '2026-03-10T08:00' }], hours);
    // Before, the policy was inferred from the due moment (09:00, not the day's last instant): 17:00.
    expect(d.clock.currentDueMs).toBe(parseMoment('2026-03-30T23:59:59.999'));
    const deadline = computeDeadline({ receivedAt: '2026-03-09T09:00', limit: '40 giờ làm việc', policy: { dueTime: 'end-of-day' } });
    expect(deadline.dueTime).toBe('end-of-day');
    expect(deadline.dueWallTime).toBe('2026-03-16T09:00:00+07:00') // 5 working days of 8 h after Mon 09:00;
    expect(appointmentOnDay(deadline, parseDay('2026-03-30'))).toBe(parseMoment('2026-03-30T23:59:59.999'));
    expect(computeDeadline({ receivedAt: '2026-03-09T09:00', limit: '40 giờ làm việc' }).dueTime).toBe('closing');
  });

  it('a moment with a time of day is kept as given, and is not flagged', () => {
    const event = createEvent(extendTo('2026-03-30T09:30'));
    expect(event).not.toHaveProperty('newAppointmentDateOnly');
    expect(replay([accept, event], input).clock.currentDueMs).toBe(parseMoment('2026-03-30T09:30'));
  });

  it('the flag survives a JSON round trip of the stored event and replays the same', () => {
    const event = createEvent(extendTo(' 2026-03-30 '));
    expect(event).toMatchObject({ newAppointmentDateOnly: true, newAppointment: parseMoment('2026-03-30T00:00') });
    const stored = JSON.parse(JSON.stringify(event));
    expect(replay([accept, stored], input).clock.currentDueMs).toBe(parseMoment('2026-03-30T17:00'));
  });

  it('refuses a flag that is not `true`', () => {
    expect(() => createEvent({ ...extendTo('2026-03-30T17:00'), newAppointmentDateOnly: false } as never)).toThrow(/newAppointmentDateOnly/);
  });

  it('a date on or before the appointment in force is still refused (the rule compares the resolved moment)', () => {
    expect(() => replay([accept, extendTo('2026-03-23')], input)).toThrow(/extension\.newAppointment/);
    expect(replay([accept, extendTo('2026-03-24')], input).clock.currentDueMs).toBe(parseMoment('2026-03-24T17:00'));
  });

  it('appointmentOnDay follows per-weekday office hours (closing of that weekday)', () => {
    const hours = { default: ['07:30-11:30', '13:30-17:00'], 5: ['07:30-11:30'] };
    const deadline = computeDeadline({ receivedAt: '2026-03-09T09:00', limit: '10 ngày làm việc', policy: { officeHours: hours } });
    expect(appointmentOnDay(deadline, parseDay('2026-03-27'))).toBe(parseMoment('2026-03-27T11:30'));
  });
});
