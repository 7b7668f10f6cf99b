// Test support (not shipped): random event "specs" turned into concrete lifecycle events, shared by
// the lifecycle property tests, the lifecycle ↔ metrics integration test and the satisfaction
// derivation test.
import { createEvent, type DossierEvent, type EventType } from './events.js';

/** The units a generated dossier moves between. */
export const UNITS = ['Một cửa', 'Phòng TN&MT', 'Chi cục Thuế'] as const;

/** One generated event: its type, the gap before it, the acting unit (index) and a day offset for extensions. */
export interface Spec {
  type: EventType;
  gapMinutes: number;
  unit: number;
  days: number;
}

/** Builds the concrete event of a spec at a moment (the payload the event type needs). */
export function toEvent(spec: Spec, at: number, i: number): DossierEvent {
  const common = { id: `e${i}`, at, unit: UNITS[spec.unit]!, officer: 'cb' };
  switch (spec.type) {
    case 'accept': return createEvent({ ...common, type: 'accept', code: `C${i}` });
    case 'refuse-at-reception': case 'refuse': return createEvent({ ...common, type: spec.type, reasons: ['r'] });
    case 'hand-over': return createEvent({ ...common, type: 'hand-over', toUnit: UNITS[(spec.unit + 1) % UNITS.length]! });
    case 'request-supplement': return createEvent({ ...common, type: 'request-supplement', items: ['x'] });
    case 'extend': return createEvent({ ...common, type: 'extend', reason: 'r', newAppointment: at + spec.days * 86_400_000 + 7 * 3_600_000 });
    case 'stop': return createEvent({ ...common, type: 'stop', reason: 'r' });
    default: return createEvent({ ...common, type: spec.type } as never);
  }
}
