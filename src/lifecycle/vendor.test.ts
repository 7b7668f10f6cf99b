import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { defineVendorMapping, mapVendorEvent, mapVendorState, openCpsMapping } from './vendor.js';

describe('vendor mappings', () => {
  it('maps OpenCPS states onto canonical states and portal codes', () => {
    expect(mapVendorState(openCpsMapping, 'paying')).toEqual({ state: 'awaiting-payment', portalStatus: 6 });
    expect(mapVendorState(openCpsMapping, 'waiting', { accepted: true }).portalStatus).toBe(5);
    expect(mapVendorState(openCpsMapping, 'waiting').portalStatus).toBe(1);
    expect(mapVendorState(openCpsMapping, 'denied').portalStatus).toBe(3);
    expect(() => mapVendorState(openCpsMapping, 'archived')).toThrow(/unknown state "archived"/);
  });

  it('refuses a mapping onto something that is not canonical, naming the vendor state', () => {
    expect(() => defineVendorMapping({ name: 'x', states: { DONE: 'finished' as never } })).toThrow(InvalidInputError);
    expect(() => defineVendorMapping({ name: 'x', states: { DONE: 'finished' as never } })).toThrow(/states\.DONE/);
  });

  it('maps a vendor log record to a validated event', () => {
    const m = defineVendorMapping({ name: 'egov', states: { MOI: 'submitted' }, events: { '1100': 'accept', '9000': 'decide' } });
    const e = mapVendorEvent(m, { action: '1100', id: 'log-42', at: '2026-03-09T09:00', unit: 'UBND xã A', officer: 'Lan', code: 'C1' });
    expect(e).toMatchObject({ type: 'accept', id: 'log-42', code: 'C1' });
    expect(() => mapVendorEvent(m, { action: '42', at: '2026-03-09T09:00' })).toThrow(/unknown action/);
  });
});
