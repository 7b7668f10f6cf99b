import { describe, expect, it } from 'vitest';
import { DOSSIER_STATES, PORTAL_STATUS, TERMINAL_STATES, toPortalStatus } from './states.js';
import { TRANSITIONS, allowedEvents } from './transitions.js';

describe('toPortalStatus', () => {
  it('is total over the canonical states, onto codes 1–10', () => {
    expect(Object.keys(PORTAL_STATUS).sort()).toEqual([...DOSSIER_STATES].sort());
    for (const s of DOSSIER_STATES) expect(toPortalStatus(s)).toBeGreaterThanOrEqual(1);
    expect(new Set(DOSSIER_STATES.map((s) => toPortalStatus(s)))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
  });

  it('keeps 5, 6 and 8 (a real system rewrote them as 9)', () => {
    expect(toPortalStatus('awaiting-supplement')).toBe(5);
    expect(toPortalStatus('awaiting-payment')).toBe(6);
    expect(toPortalStatus('stopped')).toBe(8);
    expect(toPortalStatus({ state: 'closed-unsupplemented' })).toBe(8);
  });

  it('refuses a non-state', () => {
    expect(() => toPortalStatus('bogus' as never)).toThrow(/not a canonical dossier state/);
  });
});

describe('the transition table', () => {
  it('terminal states accept nothing; every other state accepts something', () => {
    for (const s of DOSSIER_STATES) expect(allowedEvents(s).length === 0).toBe(TERMINAL_STATES.has(s));
  });
  it('every transition cites its basis', () => {
    for (const s of DOSSIER_STATES) for (const t of Object.values(TRANSITIONS[s])) expect(t?.basis.mark).toMatch(/^[PSXU]$/);
  });
});
