import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../test/support/issues.js';
import { applyEvent } from './apply.js';
import { createDossier, type DossierInput } from './dossier.js';
import type { DossierEventInput } from './events.js';
import { timelinessFacts, type TimelinessFactsOptions } from './facts.js';
import { defineVendorMapping, mapVendorState, openCpsMapping, type VendorMapping } from './vendor.js';

const input = { procedure: '1.001234', field: 'Đất đai', unit: 'UBND xã A', limit: '10 ngày làm việc' } as const;

describe('createDossier says what is expected', () => {
  it('a missing field is required; a channel names the channels; a limit names its forms', () => {
    expect(issuesOf(() => createDossier({ unit: 'UBND xã A', limit: '10 ngày làm việc' } as DossierInput))).toEqual([
      { path: ['procedure'], message: 'required' },
      { path: ['field'], message: 'required' },
    ]);
    expect(issuesOf(() => createDossier({ ...input, channel: 'truc-tuyen' } as never))).toEqual([{ path: ['channel'], message: 'expected one of in-person, online, post' }]);
    expect(issuesOf(() => createDossier({ ...input, limit: 10 } as never))).toEqual([{ path: ['limit'], message: 'expected string or object, got number' }]);
  });
  it('step plans and limit objects are strict', () => {
    expect(issuesOf(() => createDossier({ ...input, steps: [{ id: 's1', agency: 'A', budget: 8, budgt: 4 }] } as never))).toEqual([
      { path: ['steps', 0, 'budgt'], message: 'unknown field "budgt" (did you mean budget?); allowed: id, agency, budget, name, after' },
    ]);
    expect(() => createDossier({ ...input, steps: [{ id: 's1', agency: 'A', budget: 8, afer: ['x'] }] } as never)).toThrow(/steps\.0\.afer: unknown field "afer" \(did you mean after\?\)/);
    expect(() => createDossier({ ...input, misc: 1 } as never)).toThrow(/^Invalid dossier: misc: unknown field "misc"; allowed: id, procedure, /);
  });
  it('a misspelt lifecycle policy switch names the switches', () => {
    expect(() => createDossier({ ...input, policy: { maxExtension: 2 } } as never)).toThrow(/policy\.maxExtension: unknown field "maxExtension" \(did you mean maxExtensions\?\); allowed: /);
  });
});

describe('events say what is expected', () => {
  const d = createDossier(input);
  const who = { at: '2026-03-09T09:00', unit: 'UBND xã A', officer: 'Lan' };
  it('an unknown type lists the event types, suggesting the near one', () => {
    expect(issuesOf(() => applyEvent(d, { type: 'acept', ...who, code: 'H01-260309-0001' } as unknown as DossierEventInput))).toEqual([{
      path: ['type'],
      message: 'expected one of submit, accept, refuse-at-reception, hand-over, request-supplement, supplement-received, request-payment, ' +
        'payment-received, extend, refuse, withdraw, stop, close-unsupplemented, decide, return-result (did you mean accept?)',
    }]);
  });
  it('a missing field is required; an unknown field names the allowed ones', () => {
    expect(issuesOf(() => applyEvent(d, { type: 'accept', ...who } as unknown as DossierEventInput))).toEqual([{ path: ['code'], message: 'required' }]);
    expect(() => applyEvent(d, { type: 'accept', ...who, code: 'H01-260309-0001', appointement: '2026-03-20T17:00' } as unknown as DossierEventInput))
      .toThrow(/appointement: unknown field "appointement" \(did you mean appointment\?\); allowed: type, id, at, unit, officer, note, code, receivedAt, appointment/);
  });
});

describe('the option bags of timelinessFacts and the vendor mappings are strict', () => {
  it('timelinessFacts refuses asof', () => {
    const d = createDossier(input);
    expect(issuesOf(() => timelinessFacts(d, { asof: 0 } as TimelinessFactsOptions))).toEqual([
      { path: ['asof'], message: 'unknown field "asof" (did you mean asOf?); allowed: asOf' },
    ]);
    expect(timelinessFacts(d, { asOf: 0 })).toBeUndefined();
  });
  it('mapVendorState refuses acepted; defineVendorMapping refuses event', () => {
    expect(() => mapVendorState(openCpsMapping, 'paying', { acepted: true } as never)).toThrow(/acepted: unknown field "acepted" \(did you mean accepted\?\)/);
    expect(() => defineVendorMapping({ name: 'x', states: { MOI: 'submitted' }, event: { A: 'accept' } } as unknown as VendorMapping))
      .toThrow(/^Invalid vendor mapping x: event: unknown field "event" \(did you mean events\?\); allowed: name, note, states, events$/);
  });
});
