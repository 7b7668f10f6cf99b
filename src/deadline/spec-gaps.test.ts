// Worked examples and rules of spec/deadline.md not covered elsewhere; every expected value was
// derived by hand from the spec (and the 2025/2026 days off of the official data).
import { describe, expect, it } from 'vitest';
import { vnCalendar } from '../calendar/vn-calendar.js';
import { computeDeadline } from './compute-deadline.js';
import { apologyWindow } from './desk.js';
import { rulesetFor } from './rulesets.js';
import { splitLimit } from './steps.js';

describe('spec worked example 2 — the calendar data matters more than the formula', () => {
  // "Without the 27/4 compensation day in the data, A and B come out a day early."
  // Existing tests check A only. B: received 23/4 16:10 after 15:00 → receipt day Fri 24/4; with
  // 27/4 wrongly working: 27/4, 28/4, 29/4, 4/5, 5/5 → Tue 2026-05-05 (instead of Wed 6/5).
  it('mode B comes out a day early too', () => {
    const wrong = vnCalendar().extend({ extraWorkingDays: [{ date: '2026-04-27', name: 'compensation day missing' }] });
    expect(computeDeadline({ receivedAt: '2026-04-23T16:10', limit: '5 ngày làm việc', calendar: wrong, policy: { mode: 'B' } }).dueDay).toBe('2026-05-05');
  });
});

describe('Decree 297/2025 Art. 6(2): 16 working days = 3 + 3 + 10 (inter-agency allotment)', () => {
  // Spec mode C (days × 8 h from receipt, inside 07:00–11:30 / 13:30–17:00, skipping days off; no
  // days off in March 2026): from Mon 9/3 09:00, 24 h → Thu 12/3 09:00; +24 h → Tue 17/3 09:00;
  // +80 h → Tue 31/3 09:00 = 16 working days from receipt.
  it('each step is due at its share, the last one at the whole limit', () => {
    const plan = splitLimit({
      receivedAt: '2026-03-09T09:00',
      steps: [{ agency: 'Sở A', budget: 3 }, { agency: 'Sở B', budget: 3 }, { agency: 'UBND tỉnh', budget: 10 }],
    });
    expect(plan.steps.map((s) => s.due)).toEqual(['2026-03-12T09:00:00+07:00', '2026-03-17T09:00:00+07:00', '2026-03-31T09:00:00+07:00']);
    expect(plan.total.dueWallTime).toBe('2026-03-31T09:00:00+07:00');
  });
});

describe('Decree 297/2025 Art. 6(5): the apology goes out after the deadline passes', () => {
  it('an after-due rule set opens the window at the appointment itself', () => {
    const base = rulesetFor('2025-08-28');
    const ruleset = { ...base, extension: { ...base.extension, timing: { ...base.extension.timing, value: 'after-due' as const } } };
    const d = computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc', ruleset });
    expect(apologyWindow(d)).toMatchObject({ timing: 'after-due', earliestAt: d.dueWallTime });
  });
});

describe('a dossier keeps the rules of the day it is received — deemed receipts included', () => {
  // spec/README.md "Which text governs when"; spec/deadline.md "Receipts outside office hours":
  // an online filing outside office hours is deemed received at the next working day's opening.
  it('an online filing at 20:00 on 2025-06-30 is received on 2025-07-01, under Decree 118/2025', () => {
    const d = computeDeadline({ receivedAt: '2025-06-30T20:00', limit: '3 ngày làm việc', channel: 'online' });
    expect(d.ruleset.id).toBe('nd118-2025');
    expect(d.dueDay).toBe('2025-07-04'); // Tue 1/7 deemed receipt day, not counted: Wed 2, Thu 3, Fri 4
  });

  it('an in-person receipt at the same moment is received on 2025-06-30, under Decree 61/2018', () => {
    const d = computeDeadline({ receivedAt: '2025-06-30T20:00', limit: '3 ngày làm việc' });
    expect(d.ruleset.id).toBe('nd61-2018');
    expect(d.dueDay).toBe('2025-07-03'); // Mon 30/6 not counted: Tue 1, Wed 2, Thu 3
  });

  it('a rule set named by the caller is kept', () => {
    const d = computeDeadline({ receivedAt: '2025-06-30T20:00', limit: '3 ngày làm việc', channel: 'online', ruleset: 'nd61-2018' });
    expect(d.ruleset.id).toBe('nd61-2018');
  });
});

describe('Decree 118/2025 Art. 19(6): an apology at least 1 working day before the due day', () => {
  it('a limit shorter than the notice leaves no day for it: the window is not possible (its last day is before the receipt)', () => {
    for (const limit of ['trong ngày', '4 giờ làm việc']) {
      const w = apologyWindow(computeDeadline({ receivedAt: '2025-08-28T10:00', limit }));
      // Due Thu 28/8 (17:00 and 14:00): one working day before is Wed 27/8, the day before receipt.
      expect(w).toMatchObject({ timing: 'before-due', latestDay: '2025-08-27', possible: false });
    }
    // A day off before the due day: received Sun 31/8 (2025-09-01 and 02 off), "trong ngày" → due Wed 3/9; latest Fri 29/8.
    expect(apologyWindow(computeDeadline({ receivedAt: '2025-08-31T10:00', limit: 'trong ngày' }))).toMatchObject({ latestDay: '2025-08-29', possible: false });
  });

  it('a limit of a day or more leaves the receipt day at least: possible', () => {
    expect(apologyWindow(computeDeadline({ receivedAt: '2025-08-28T10:00', limit: '1 ngày làm việc' }))).toMatchObject({ latestDay: '2025-08-28', possible: true });
    expect(apologyWindow(computeDeadline({ receivedAt: '2025-08-28T16:10', limit: '3 ngày làm việc' }))).toMatchObject({ latestDay: '2025-09-03', possible: true });
  });
});

const due = (receivedAt: string, limit: string, extra: Record<string, unknown> = {}) =>
  computeDeadline({ receivedAt, limit, ...extra } as never);

describe('deadline.md mode B: "if received after the cut-off (15:00; or after closing; or on a day off), the next working day counts as the receipt day"', () => {
  it('B, received on a day off (Sat 30/8/2025): receipt day Wed 3/9 → 4/9, 5/9, 8/9', () => {
    expect(due('2025-08-30T10:00', '3 ngày làm việc', { policy: { mode: 'B' } }).dueDay).toBe('2025-09-08');
  });
  it('B′, received on a day off: 3/9 is day 1 → 3/9, 4/9, 5/9', () => {
    expect(due('2025-08-30T10:00', '3 ngày làm việc', { policy: { mode: 'B-prime' } }).dueDay).toBe('2025-09-05');
  });
  it('B, received after closing (Thu 28/8 17:30) as after 15:00 → Fri 5/9', () => {
    expect(due('2025-08-28T17:30', '3 ngày làm việc', { policy: { mode: 'B' } }).dueDay).toBe('2025-09-05');
  });
  it('A, received on a day off: the day is not counted, day 1 = Wed 3/9 → 5/9', () => {
    expect(due('2025-08-30T10:00', '3 ngày làm việc').dueDay).toBe('2025-09-05');
  });
});

describe('deadline.md "Postal: received when the post delivers it to the desk [S]"', () => {
  it('a postal receipt on Sunday 20:00 counts as received then (like in person), not deemed at the next opening', () => {
    const post = due('2026-03-08T20:00', '1 ngày làm việc', { channel: 'post' });
    const inPerson = due('2026-03-08T20:00', '1 ngày làm việc');
    expect(post.dueDay).toBe('2026-03-09');
    expect(post.dueMs).toBe(inPerson.dueMs);
  });
});

describe('deadline.md / README: Decree 61/2018 rule set has no 15:00 cut-off either (mode A by default)', () => {
  it('Thu 2024-03-14 16:10, 3 working days → Tue 2024-03-19 17:00 under nd61-2018', () => {
    const d = due('2024-03-14T16:10', '3 ngày làm việc');
    expect(d.ruleset.id).toBe('nd61-2018');
    expect(d.dueWallTime).toBe('2024-03-19T17:00:00+07:00');
  });
});

describe('README "provisional flag when it rests on calendar data that is not yet officially announced"', () => {
  it('a deadline running into 2027 is provisional; one inside 2026 is not', () => {
    expect(due('2026-12-28T09:00', '10 ngày làm việc').provisional).toBe(true);
    expect(due('2026-03-09T09:00', '10 ngày làm việc').provisional).toBe(false);
  });
});

describe('deadline.md "Peer presets": Thanh Hóa [X]', () => {
  const th = (receivedAt: string, limit: string) => computeDeadline({ receivedAt, limit, preset: 'thanh-hoa' });
  it('before 07:00 → 07:00', () => expect(th('2026-03-09T06:00', '2 giờ làm việc').dueWallTime).toBe('2026-03-09T09:00:00+07:00'));
  it('during lunch → 13:30', () => expect(th('2026-03-09T12:00', '2 giờ làm việc').dueWallTime).toBe('2026-03-09T15:30:00+07:00'));
  it('no 15:00 rule: worked example 1 in mode C → Thu 4/9 16:10', () => expect(th('2025-08-28T16:10', '3 ngày làm việc').dueWallTime).toBe('2025-09-04T16:10:00+07:00'));
  it('8 h per day: 1 working day from 07:00 ends at 17:00', () => expect(th('2026-03-09T07:00', '1 ngày làm việc').dueWallTime).toBe('2026-03-09T17:00:00+07:00'));
  it('calendar-day limits end on the next working day (30 days from Sat 2/8/2025 → 1/9 holiday → Wed 3/9)', () => expect(th('2025-08-02T10:00', '30 ngày').dueDay).toBe('2025-09-03'));
});
