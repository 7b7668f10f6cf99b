import { InvalidInputError } from '../errors/invalid-input-error.js';
import { checkOptionFields } from '../errors/unknown-field.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { createEvent, EVENT_TYPES, type DossierEvent, type DossierEventInput, type EventType } from './events.js';
import { DOSSIER_STATES, toPortalStatus, type DossierState, type PortalStatus } from './states.js';

/** A vendor state's canonical state; some depend on whether the dossier was accepted yet. */
export type VendorStateTarget = DossierState | {
  /** The state while the dossier has not been accepted (no `accepted: true` given to `mapVendorState`). */
  readonly beforeAcceptance: DossierState;
  /** The state once the dossier has been accepted. */
  readonly afterAcceptance: DossierState
};

/**
 * How an integrator's system maps onto the canonical model: its states onto canonical states (and
 * so onto portal codes 1–10), its actions onto canonical event types. `note` says where it comes from.
 */
export interface VendorMapping {
  /** The mapping's name (non-empty), used in error messages, e.g. `'opencps'`. */
  readonly name: string;
  /** Where the mapping comes from and how far to trust it. */
  readonly note?: string;
  /** Vendor state → canonical state (or a before/after-acceptance pair). */
  readonly states: Readonly<Record<string, VendorStateTarget>>;
  /** Vendor action → canonical event type (for `mapVendorEvent`); absent when only states are mapped. */
  readonly events?: Readonly<Record<string, EventType>>;
}

const STATE_SET = new Set<string>(DOSSIER_STATES);

/** Sets an own data property (a vendor key such as `__proto__` stays a key, never a prototype). */
function put<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
const EVENT_SET = new Set<string>(EVENT_TYPES);
const MAPPING_FIELDS: readonly (keyof VendorMapping)[] = Object.freeze(['name', 'note', 'states', 'events']);
const NO_OPTIONS = Object.freeze({});

/**
 * Checks a vendor mapping (every target a canonical state or event type) and returns a deep-frozen
 * copy: the caller's object is neither frozen nor shared, and no level of the result (states,
 * their before/after targets, events) can be changed afterwards.
 * @throws {InvalidInputError} naming the vendor state or action with a bad target
 * @example
 * const mapping = defineVendorMapping({ name: 'my-system', states: { MOI: 'submitted', DANG_XL: 'processing', XONG: 'returned' } });
 * mapVendorState(mapping, 'DANG_XL') // { state: 'processing', portalStatus: 4 }
 * Object.isFrozen(mapping.states) // true
 * defineVendorMapping({ name: 'my-system', states: { CHO: 'waiting' } }) // throws InvalidInputError — not a canonical state
 */
export function defineVendorMapping(mapping: VendorMapping): VendorMapping {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const isCanonical = (t: unknown): t is DossierState => typeof t === 'string' && STATE_SET.has(t);
  const badState = (vendor: string, t: unknown) =>
    issues.push({ path: ['states', vendor], message: `"${String(t)}" is not a canonical state (${DOSSIER_STATES.join(', ')})` });
  if (typeof mapping !== 'object' || mapping === null || typeof mapping.name !== 'string' || !mapping.name) {
    throw new InvalidInputError('vendor mapping', [{ path: ['name'], message: 'expected a mapping with a name' }]);
  }
  checkOptionFields(mapping, MAPPING_FIELDS, `vendor mapping ${mapping.name}`);
  if (typeof mapping.states !== 'object' || mapping.states === null) {
    throw new InvalidInputError(`vendor mapping ${mapping.name}`, [{ path: ['states'], message: 'expected an object of vendor states' }]);
  }
  const states: Record<string, VendorStateTarget> = {};
  for (const [vendor, target] of Object.entries(mapping.states)) {
    if (typeof target === 'string') {
      if (isCanonical(target)) put(states, vendor, target);
      else badState(vendor, target);
    } else if (typeof target === 'object' && target !== null) {
      const { beforeAcceptance, afterAcceptance } = target;
      if (!isCanonical(beforeAcceptance)) badState(vendor, beforeAcceptance);
      else if (!isCanonical(afterAcceptance)) badState(vendor, afterAcceptance);
      else put(states, vendor, { beforeAcceptance, afterAcceptance });
    } else {
      badState(vendor, target);
    }
  }
  const events: Record<string, EventType> = {};
  for (const [vendor, type] of Object.entries(mapping.events ?? {})) {
    if (typeof type === 'string' && EVENT_SET.has(type)) put(events, vendor, type);
    else issues.push({ path: ['events', vendor], message: `"${String(type)}" is not a canonical event (${EVENT_TYPES.join(', ')})` });
  }
  if (issues.length) throw new InvalidInputError(`vendor mapping ${mapping.name}`, issues);
  return deepFreeze({
    name: mapping.name,
    ...(mapping.note !== undefined ? { note: mapping.note } : {}),
    states,
    ...(mapping.events ? { events } : {}),
  });
}

/**
 * The canonical state and portal code of a vendor state.
 * @throws {InvalidInputError} for a vendor state the mapping does not know
 * @example
 * mapVendorState(openCpsMapping, 'paying') // { state: 'awaiting-payment', portalStatus: 6 }
 * mapVendorState(openCpsMapping, 'denied', { accepted: true }) // { state: 'refused', portalStatus: 9 }
 */
export function mapVendorState(mapping: VendorMapping, vendorState: string, options: { readonly accepted?: boolean } = NO_OPTIONS): {
  /** The canonical state. */
  readonly state: DossierState;
  /** Its national portal status code (1–10). */
  readonly portalStatus: PortalStatus;
} {
  checkOptionFields(options, ['accepted'], 'vendor state options');
  const target = Object.hasOwn(mapping.states, vendorState) ? mapping.states[vendorState] : undefined;
  if (target === undefined) {
    throw new InvalidInputError(`vendor state of ${mapping.name}`, [{
      path: ['state'], message: `unknown state "${vendorState}"; the mapping knows ${Object.keys(mapping.states).join(', ')}`,
    }]);
  }
  const state = typeof target === 'string' ? target : options.accepted ? target.afterAcceptance : target.beforeAcceptance;
  return Object.freeze({ state, portalStatus: toPortalStatus(state) });
}

/**
 * A canonical event from a vendor log record `{ action, ...fields }`: the action is mapped to an
 * event type, the other fields (id, at, unit, officer, payload) are validated as that event.
 * @throws {InvalidInputError} for an unknown action or a record that is not a valid event
 * @example
 * const mapping = defineVendorMapping({
 *   name: 'my-system', states: { MOI: 'submitted', DANG_XL: 'processing' }, events: { '1100': 'accept', '1200': 'hand-over' },
 * });
 * const event = mapVendorEvent(mapping, { action: '1100', id: 'log-42', at: '2026-03-09T09:00', unit: 'UBND xã A', officer: 'Lan', code: 'H01-260309-0001' });
 * [event.type, event.id, formatMoment(event.at)] // ['accept', 'log-42', '2026-03-09T09:00:00+07:00']
 * mapVendorEvent(mapping, { action: '9999', at: '2026-03-09T09:00', unit: 'UBND xã A', officer: 'Lan' }) // throws InvalidInputError — unknown action
 */
export function mapVendorEvent(mapping: VendorMapping, record: { readonly action: string } & Record<string, unknown>): DossierEvent {
  const { action, ...fields } = record;
  const type = mapping.events && Object.hasOwn(mapping.events, action) ? mapping.events[action] : undefined;
  if (type === undefined) {
    throw new InvalidInputError(`vendor event of ${mapping.name}`, [{
      path: ['action'], message: `unknown action "${action}"; the mapping knows ${Object.keys(mapping.events ?? {}).join(', ') || 'none'}`,
    }]);
  }
  return createEvent({ ...fields, type } as unknown as DossierEventInput);
}

/**
 * An example mapping of OpenCPS dossier statuses onto the canonical model [X]: read from OpenCPS's
 * public status names; deployments configure their own process steps, so verify it against yours
 * before relying on it (`docs/lifecycle.md`, "Mapping vendor states").
 * @example
 * openCpsMapping.states.paying // 'awaiting-payment'
 * mapVendorState(openCpsMapping, 'waiting') // { state: 'correcting', portalStatus: 1 }
 * mapVendorState(openCpsMapping, 'waiting', { accepted: true }) // { state: 'awaiting-supplement', portalStatus: 5 }
 */
export const openCpsMapping: VendorMapping = defineVendorMapping({
  name: 'opencps',
  note: 'OpenCPS dossierStatus values (public source) [X]; illustrative — verify against the deployment',
  states: {
    new: 'submitted',
    receiving: 'submitted',
    waiting: { beforeAcceptance: 'correcting', afterAcceptance: 'awaiting-supplement' },
    correcting: { beforeAcceptance: 'correcting', afterAcceptance: 'awaiting-supplement' },
    collecting: 'processing',
    processing: 'processing',
    handover: 'processing',
    pausing: 'awaiting-supplement',
    paying: 'awaiting-payment',
    releasing: 'decided',
    posting: 'decided',
    done: 'returned',
    cancelling: 'withdrawn',
    cancelled: 'withdrawn',
    denied: { beforeAcceptance: 'refused-at-reception', afterAcceptance: 'refused' },
  },
});
