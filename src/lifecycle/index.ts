/**
 * The dossier lifecycle: canonical states and the national portal codes, events, the transition
 * table, apply/replay, the clock, liên thông steps, forms as views, and vendor mappings.
 * @module
 */
export {
  DOSSIER_STATES, TERMINAL_STATES, PORTAL_STATUS, PORTAL_STATUS_LABELS, PORTAL_STATUS_BASIS, isTerminal, toPortalStatus, checkState,
  type DossierState, type PortalStatus,
} from './states.js';
export {
  createEvent, isValidEvent, EVENT_TYPES,
  type EventType, type EventBase, type DossierEvent, type DossierEventInput, type SubmitEvent, type AcceptEvent,
  type RefuseAtReceptionEvent, type HandOverEvent, type RequestSupplementEvent, type SupplementReceivedEvent,
  type RequestPaymentEvent, type PaymentReceivedEvent, type ExtendEvent, type RefuseEvent, type WithdrawEvent,
  type StopEvent, type CloseUnsupplementedEvent, type DecideEvent, type ReturnResultEvent,
} from './events.js';
export { TRANSITIONS, allowedEvents, transitionOf, type Transition } from './transitions.js';
export { resolveLifecycleRules, lifecyclePolicySchema, type LifecyclePolicyInput, type LifecycleRules, type LifecycleRule } from './rules.js';
export { createDossier, type Dossier, type DossierInput, type Applicant } from './dossier.js';
export { applyEvent, replay } from './apply.js';
export { appointmentOnDay, shiftByPause, timelinessOf, type DossierClock, type PauseSpan, type ExtensionRecord, type StepVerdict } from './clock.js';
export { planSteps, lateSteps, MINUTES_PER_WORKING_DAY, type StepSpec, type StepState, type StepLateness } from './steps.js';
export { timelinessFacts, type TimelinessFacts, type TimelinessFactsOptions } from './facts.js';
export {
  receiptSlip, controlSheet, registerRow, extensionForms, stopNotice,
  type ReceiptSlip, type ControlSheetRow, type RegisterRow, type ExtensionForm, type StopNotice,
} from './forms.js';
export {
  defineVendorMapping, mapVendorState, mapVendorEvent, openCpsMapping, type VendorMapping, type VendorStateTarget,
} from './vendor.js';
