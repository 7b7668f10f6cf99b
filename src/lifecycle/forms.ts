import { formatLimit } from '../deadline/limit.js';
import { formatMoment } from '../time/format.js';
import type { EpochMs } from '../time/moment.js';
import { timelinessOf, type StepVerdict } from './clock.js';
import { timelinessFacts } from './facts.js';
import type { Applicant, Dossier } from './dossier.js';
import type { DossierEvent } from './events.js';
import { PORTAL_STATUS_LABELS, toPortalStatus, type PortalStatus } from './states.js';

const wall = (ms: EpochMs | undefined): string | undefined => (ms === undefined ? undefined : formatMoment(ms));

/**
 * The receipt and appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả): Circular 01/2018
 * Mẫu 01 [S] for dossiers under Decree 61/2018; carried into Circular 03/2025/TT-VPCP for Decree
 * 118/2025 dossiers [S: "carried into Circular 03/2025 with some renaming"; its form number was not read].
 */
export interface ReceiptSlip {
  /** The form's title with its source: Circular 03/2025/TT-VPCP for a dossier under rule set `nd118-2025`, else Circular 01/2018/TT-VPCP Mẫu 01. */
  readonly form: string;
  /** The dossier code (mã số hồ sơ) from the `accept` event. */
  readonly code: string;
  /** The procedure (`dossier.procedure`). */
  readonly procedure: string;
  /** The field, lĩnh vực (`dossier.field`). */
  readonly field: string;
  /** The receiving unit: the `accept` event's unit. */
  readonly unit: string;
  /** The receiving officer: the `accept` event's officer. */
  readonly officer: string;
  /** The applicant; absent when the dossier has none. */
  readonly applicant?: Applicant;
  /** How it was filed: `in-person`, `online` or `post`. */
  readonly channel: Dossier['channel'];
  /** Times to the minute, Vietnamese wall time. */
  readonly receivedAt: string;
  /** The appointment (ngày hẹn trả kết quả) as the slip printed it, ISO with `+07:00` (e.g. `'2026-03-23T17:00:00+07:00'`); the original, never moved. */
  readonly appointment: string;
  /** The procedure's limit as text, e.g. `'10 ngày làm việc'`. */
  readonly limit: string;
  /** The id of the rule set in force, e.g. `'nd118-2025'`. */
  readonly ruleset: string;
}

function acceptEvent(dossier: Dossier): Extract<DossierEvent, { type: 'accept' }> | undefined {
  for (const e of dossier.events) if (e.type === 'accept') return e;
  return undefined;
}

/**
 * The receipt and appointment slip's data (the slip states times to the hour and minute); `undefined`
 * before acceptance. The appointment is the original one: the slip does not change.
 * @example
 * const dossier = replay(
 *   [{ type: 'accept', at: '2026-03-09T09:00', unit: 'UBND xã An Bình', officer: 'Lê Văn Tâm', code: 'H01.01-260309-0001' }],
 *   { procedure: '2.000488', field: 'Hộ tịch', unit: 'UBND xã An Bình', limit: '10 ngày làm việc', applicant: { name: 'Trần Thị Hoa' } },
 * );
 * const slip = receiptSlip(dossier);
 * [slip?.code, slip?.receivedAt, slip?.appointment, slip?.limit]
 * // ['H01.01-260309-0001', '2026-03-09T09:00:00+07:00', '2026-03-23T17:00:00+07:00', '10 ngày làm việc']
 * slip?.form // 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Circular 03/2025/TT-VPCP)'
 * receiptSlip(createDossier({ procedure: '2.000488', field: 'Hộ tịch', unit: 'UBND xã An Bình', limit: '10 ngày làm việc' })) // undefined
 */
export function receiptSlip(dossier: Dossier): ReceiptSlip | undefined {
  const accept = acceptEvent(dossier);
  const c = dossier.clock;
  if (!accept || c.receivedAt === undefined || c.originalDueMs === undefined) return undefined;
  return Object.freeze({
    form: dossier.ruleset?.id === 'nd118-2025'
      ? 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Circular 03/2025/TT-VPCP)'
      : 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Circular 01/2018/TT-VPCP Mẫu 01)',
    code: accept.code,
    procedure: dossier.procedure,
    field: dossier.field,
    unit: accept.unit,
    officer: accept.officer,
    ...(dossier.applicant ? { applicant: dossier.applicant } : {}),
    channel: dossier.channel,
    receivedAt: formatMoment(c.receivedAt),
    appointment: formatMoment(c.originalDueMs),
    limit: formatLimit(dossier.limit),
    ruleset: dossier.ruleset?.id ?? '',
  });
}

/** One row of the control sheet: a hand-over, its time, giver and receiver, and how the finished step(s) did. */
export interface ControlSheetRow {
  /** The id of the event this row prints. */
  readonly eventId: string;
  /** The event's moment, ISO with `+07:00`, to the minute (e.g. `'2026-03-09T09:30:00+07:00'`). */
  readonly at: string;
  /** The event's type: `accept`, `hand-over`, `decide`, `refuse` or `return-result`. */
  readonly kind: DossierEvent['type'];
  /** The giving unit (the event's `unit`). */
  readonly fromUnit: string;
  /** The giving officer (the event's `officer`). */
  readonly fromOfficer: string;
  /** The receiver: a hand-over's `toUnit`, or a return's `to`; absent for other rows. */
  readonly toUnit?: string;
  /** The receiving officer of a hand-over, when given. */
  readonly toOfficer?: string;
  /** The steps this hand-over finished, each with its own due moment and verdict. */
  readonly steps: readonly {
    /** The step's id in the plan. */
    readonly id: string;
    /** The agency that owns the step. */
    readonly agency: string;
    /** The step's own due moment, ISO with `+07:00`. */
    readonly due: string;
    /** Early / on time / late against that due moment. */
    readonly verdict: StepVerdict
  }[];
  /**
   * The worst verdict of those steps; without a step plan, against the appointment metrics judge
   * (`timelinessFacts(d).originalDueMs`: the slip's, after restarts and pauses, never the
   * extension — an apology does not make a late dossier on time, `spec/metrics.md`).
   */
  readonly verdict?: StepVerdict;
}

const RANK: Record<StepVerdict, number> = { early: 0, 'on-time': 1, late: 2 };

/**
 * The control sheet rows (Phiếu kiểm soát quá trình giải quyết hồ sơ; Circular 01/2018 Mẫu 05 [S]):
 * acceptance, each hand-over, the decision and the return, with time, giver, receiver and — for each
 * step finished there — early / on time / late against that step's own due moment.
 * @example
 * const dossier = replay([
 *   { type: 'accept', at: '2026-03-09T09:00', unit: 'Bộ phận Một cửa', officer: 'Lan', code: 'H01-260309-0007' },
 *   { type: 'hand-over', at: '2026-03-09T09:30', unit: 'Bộ phận Một cửa', officer: 'Lan', toUnit: 'Phòng TN&MT' },
 *   { type: 'hand-over', at: '2026-03-09T16:00', unit: 'Phòng TN&MT', officer: 'Hùng', toUnit: 'Chi cục Thuế' },
 *   { type: 'hand-over', at: '2026-03-13T10:00', unit: 'Chi cục Thuế', officer: 'Mai', toUnit: 'Văn phòng ĐKĐĐ' },
 * ], { procedure: '1.003003', field: 'Đất đai', unit: 'Bộ phận Một cửa', limit: '5 ngày làm việc', steps: [
 *   { id: 'verify', agency: 'Phòng TN&MT', budget: 1 }, { id: 'tax', agency: 'Chi cục Thuế', budget: 2 },
 *   { id: 'register', agency: 'Văn phòng ĐKĐĐ', budget: 2 },
 * ] });
 * controlSheet(dossier).slice(2).map((r) => [r.fromUnit, r.toUnit, r.verdict])
 * // [['Phòng TN&MT', 'Chi cục Thuế', 'early'], ['Chi cục Thuế', 'Văn phòng ĐKĐĐ', 'late']]
 */
export function controlSheet(dossier: Dossier): readonly ControlSheetRow[] {
  const rows: ControlSheetRow[] = [];
  const due = dossier.steps.length === 0 && dossier.clock.currentDueMs !== undefined ? timelinessFacts(dossier)?.originalDueMs : undefined;
  for (const e of dossier.events) {
    if (e.type !== 'accept' && e.type !== 'hand-over' && e.type !== 'decide' && e.type !== 'refuse' && e.type !== 'return-result') continue;
    const steps = dossier.steps
      .filter((s) => s.finishedBy === e.id)
      .map((s) => Object.freeze({ id: s.id, agency: s.agency, due: formatMoment(s.dueMs!), verdict: s.verdict! }));
    let verdict: StepVerdict | undefined;
    for (const s of steps) if (verdict === undefined || RANK[s.verdict] > RANK[verdict]) verdict = s.verdict;
    if (verdict === undefined && dossier.steps.length === 0 && e.type !== 'accept' && due !== undefined) {
      verdict = timelinessOf(e.at, due);
    }
    rows.push(Object.freeze({
      eventId: e.id, at: formatMoment(e.at), kind: e.type, fromUnit: e.unit, fromOfficer: e.officer,
      ...(e.type === 'hand-over' ? { toUnit: e.toUnit, ...(e.toOfficer ? { toOfficer: e.toOfficer } : {}) } : {}),
      ...(e.type === 'return-result' && e.to ? { toUnit: e.to } : {}),
      steps: Object.freeze(steps),
      ...(verdict ? { verdict } : {}),
    }));
  }
  return Object.freeze(rows);
}

/** One row of the register (Sổ theo dõi hồ sơ; Circular 01/2018 [S]). */
export interface RegisterRow {
  /** The dossier code from the slip; absent before acceptance. */
  readonly code?: string;
  /** The procedure (`dossier.procedure`). */
  readonly procedure: string;
  /** The field, lĩnh vực (`dossier.field`). */
  readonly field: string;
  /** The receiving unit (`dossier.unit`). */
  readonly unit: string;
  /** The applicant's name; absent when the dossier has no applicant. */
  readonly applicant?: string;
  /** The receipt moment, ISO with `+07:00`; absent before acceptance. */
  readonly receivedAt?: string;
  /** The slip's appointment (never moved), ISO with `+07:00`; absent before acceptance. */
  readonly appointment?: string;
  /** The appointment in force (after restart, pause or extension), ISO with `+07:00`; absent before acceptance. */
  readonly currentAppointment?: string;
  /** The units the dossier was handed over to, each once, in the order of their first hand-over. */
  readonly transferredTo: readonly string[];
  /** When the decision was made, ISO with `+07:00`; absent until decided. */
  readonly decidedAt?: string;
  /** When the result was handed over, ISO with `+07:00`; absent until returned. */
  readonly returnedAt?: string;
  /** The canonical state. */
  readonly state: Dossier['state'];
  /** The national portal status code (1–10) of the state. */
  readonly portalStatus: PortalStatus;
  /** The portal's label of that code (`PORTAL_STATUS_LABELS`), e.g. `'Đã trả kết quả'`. */
  readonly portalStatusLabel: string;
  /** Supplementation requests after acceptance. */
  readonly supplementRequests: number;
  /** Extensions issued (at most one under the rule sets). */
  readonly extensions: number;
}

/**
 * The register row of a dossier (Sổ theo dõi hồ sơ).
 * @example
 * const who = { unit: 'UBND xã An Bình', officer: 'Lê Văn Tâm' };
 * const dossier = replay([
 *   { type: 'accept', at: '2026-03-09T09:00', ...who, code: 'H01.01-260309-0001' },
 *   { type: 'hand-over', at: '2026-03-09T10:00', ...who, toUnit: 'Công chức Tư pháp' },
 *   { type: 'decide', at: '2026-03-20T09:00', unit: 'Công chức Tư pháp', officer: 'Phạm Thu' },
 *   { type: 'return-result', at: '2026-03-20T14:00', ...who },
 * ], { procedure: '2.000488', field: 'Hộ tịch', unit: who.unit, limit: '10 ngày làm việc' });
 * const row = registerRow(dossier);
 * row.transferredTo // ['Công chức Tư pháp']
 * row.portalStatusLabel // 'Đã trả kết quả'
 */
export function registerRow(dossier: Dossier): RegisterRow {
  const c = dossier.clock;
  const transferredTo: string[] = [];
  for (const e of dossier.events) if (e.type === 'hand-over' && !transferredTo.includes(e.toUnit)) transferredTo.push(e.toUnit);
  const portalStatus = toPortalStatus(dossier);
  const opt = (k: string, v: string | undefined) => (v === undefined ? {} : { [k]: v });
  return Object.freeze({
    ...opt('code', dossier.code),
    procedure: dossier.procedure,
    field: dossier.field,
    unit: dossier.unit,
    ...opt('applicant', dossier.applicant?.name),
    ...opt('receivedAt', wall(c.receivedAt)),
    ...opt('appointment', wall(c.originalDueMs)),
    ...opt('currentAppointment', wall(c.currentDueMs)),
    transferredTo: Object.freeze(transferredTo),
    ...opt('decidedAt', wall(c.decidedAt)),
    ...opt('returnedAt', wall(c.returnedAt)),
    state: dossier.state,
    portalStatus,
    portalStatusLabel: PORTAL_STATUS_LABELS[portalStatus],
    supplementRequests: c.supplementRequests,
    extensions: c.extensions,
  }) as RegisterRow;
}

/** The apology and new appointment form's data. */
export interface ExtensionForm {
  /** The form's title with its source: Decree 118/2025 Art. 19(6) for a dossier under rule set `nd118-2025`, else Circular 01/2018/TT-VPCP Mẫu 04. */
  readonly form: string;
  /** The dossier code from the slip; absent when the dossier has none. */
  readonly code?: string;
  /** The procedure (`dossier.procedure`). */
  readonly procedure: string;
  /** The applicant; absent when the dossier has none. */
  readonly applicant?: Applicant;
  /** The unit that issued the extension (the `extend` event's unit). */
  readonly unit: string;
  /** The officer who issued it (the `extend` event's officer). */
  readonly officer: string;
  /** When it was issued, ISO with `+07:00`. */
  readonly issuedAt: string;
  /** The reason given on the `extend` event. */
  readonly reason: string;
  /** The dossier's receipt moment, ISO with `+07:00`. */
  readonly receivedAt?: string;
  /** The appointment being replaced (the one in force when issued), ISO with `+07:00`. */
  readonly previousAppointment: string;
  /** The new appointment, ISO with `+07:00`. */
  readonly newAppointment: string;
}

/**
 * The apology / extension form data of each extension: Phiếu xin lỗi và hẹn lại ngày trả kết quả
 * (Circular 01/2018 Mẫu 04, dossiers under Decree 61/2018) or Phiếu đề nghị gia hạn thời gian giải
 * quyết with the apology (Decree 118/2025 Art. 19(6)).
 * @example
 * const dossier = replay([
 *   { type: 'accept', at: '2026-03-09T09:00', unit: 'UBND xã An Bình', officer: 'Lê Văn Tâm', code: 'H01.01-260309-0001' },
 *   { type: 'extend', at: '2026-03-19T08:00', unit: 'UBND xã An Bình', officer: 'Phạm Thu', reason: 'Chờ xác minh', newAppointment: '2026-03-27T17:00' },
 * ], { procedure: '2.000488', field: 'Hộ tịch', unit: 'UBND xã An Bình', limit: '10 ngày làm việc' });
 * const [form] = extensionForms(dossier);
 * [form?.previousAppointment, form?.newAppointment] // ['2026-03-23T17:00:00+07:00', '2026-03-27T17:00:00+07:00']
 * form?.form.startsWith('Phiếu đề nghị gia hạn') // true — Decree 118/2025 wording
 */
export function extensionForms(dossier: Dossier): readonly ExtensionForm[] {
  const form = dossier.ruleset?.id === 'nd118-2025'
    ? 'Phiếu đề nghị gia hạn thời gian giải quyết, kèm văn bản xin lỗi (Decree 118/2025/NĐ-CP Art. 19(6))'
    : 'Phiếu xin lỗi và hẹn lại ngày trả kết quả (Circular 01/2018/TT-VPCP Mẫu 04)';
  return Object.freeze(dossier.clock.extensionLog.map((x) => {
    const e = dossier.events.find((ev) => ev.id === x.eventId) as Extract<DossierEvent, { type: 'extend' }>;
    return Object.freeze({
      form,
      ...(dossier.code ? { code: dossier.code } : {}),
      procedure: dossier.procedure,
      ...(dossier.applicant ? { applicant: dossier.applicant } : {}),
      unit: e.unit,
      officer: e.officer,
      issuedAt: formatMoment(e.at),
      reason: e.reason,
      ...(dossier.clock.receivedAt !== undefined ? { receivedAt: formatMoment(dossier.clock.receivedAt) } : {}),
      previousAppointment: formatMoment(x.fromDueMs),
      newAppointment: formatMoment(x.toDueMs),
    });
  }));
}

/** The stop notice's data (Thông báo dừng giải quyết hồ sơ). */
export interface StopNotice {
  /** The form's title with its source (Circular 03/2025/TT-VPCP Art. 7). */
  readonly form: string;
  /** Why handling stopped: the applicant withdrew (Decree 118/2025 Art. 21), or the agency stopped it. */
  readonly cause: 'withdrawal' | 'agency-stop';
  /** The dossier code from the slip; absent when the dossier has none. */
  readonly code?: string;
  /** The procedure (`dossier.procedure`). */
  readonly procedure: string;
  /** The field, lĩnh vực (`dossier.field`). */
  readonly field: string;
  /** The applicant; absent when the dossier has none. */
  readonly applicant?: Applicant;
  /** The unit and officer that recorded the withdrawal or the stop. */
  readonly unit: string;
  /** The officer who recorded the withdrawal or the stop. */
  readonly officer: string;
  /** When handling stopped (the event's moment), to the minute. */
  readonly stoppedAt: string;
  /** The reason given on the `withdraw` or `stop` event; absent when none was given. */
  readonly reason?: string;
  /** The dossier's receipt moment, ISO with `+07:00`. */
  readonly receivedAt?: string;
  /** The appointment in force when handling stopped. */
  readonly appointment?: string;
  /** The portal status code: 7 after a withdrawal, 8 after a stop. */
  readonly portalStatus: PortalStatus;
  /** The portal's label of that code (`PORTAL_STATUS_LABELS`). */
  readonly portalStatusLabel: string;
}

/**
 * The stop notice's data: Thông báo dừng giải quyết hồ sơ (Circular 03/2025/TT-VPCP Art. 7 [S]),
 * issued when an accepted dossier stops being handled — after the applicant withdraws it
 * (Decree 118/2025 Art. 21; portal status 7) or when the agency stops it (status 8). `undefined`
 * for any other dossier, and for one withdrawn before acceptance (nothing was being handled). A
 * dossier closed unsupplemented (Decree 118 Art. 19(5)) has no stop notice of its own here.
 * @example
 * const who = { unit: 'UBND xã An Bình', officer: 'Lan' };
 * const withdrawn = replay([
 *   { type: 'accept', at: '2026-03-09T09:00', ...who, code: 'H01.01-260309-0001' },
 *   { type: 'withdraw', at: '2026-03-10T09:00', ...who, reason: 'Không có nhu cầu' },
 * ], { procedure: '2.000488', field: 'Hộ tịch', unit: who.unit, limit: '10 ngày làm việc' });
 * const notice = stopNotice(withdrawn);
 * [notice?.cause, notice?.stoppedAt, notice?.reason, notice?.portalStatus]
 * // ['withdrawal', '2026-03-10T09:00:00+07:00', 'Không có nhu cầu', 7]
 */
export function stopNotice(dossier: Dossier): StopNotice | undefined {
  if (dossier.state !== 'withdrawn' && dossier.state !== 'stopped') return undefined;
  const c = dossier.clock;
  if (c.receivedAt === undefined) return undefined;
  const e = dossier.events[dossier.events.length - 1];
  if (e === undefined || (e.type !== 'withdraw' && e.type !== 'stop')) return undefined;
  const portalStatus = toPortalStatus(dossier);
  const reason = e.reason;
  return Object.freeze({
    form: 'Thông báo dừng giải quyết hồ sơ (Circular 03/2025/TT-VPCP Art. 7)',
    cause: e.type === 'withdraw' ? 'withdrawal' : 'agency-stop',
    ...(dossier.code !== undefined ? { code: dossier.code } : {}),
    procedure: dossier.procedure,
    field: dossier.field,
    ...(dossier.applicant ? { applicant: dossier.applicant } : {}),
    unit: e.unit,
    officer: e.officer,
    stoppedAt: formatMoment(e.at),
    ...(reason ? { reason } : {}),
    receivedAt: formatMoment(c.receivedAt),
    ...(c.currentDueMs !== undefined ? { appointment: formatMoment(c.currentDueMs) } : {}),
    portalStatus,
    portalStatusLabel: PORTAL_STATUS_LABELS[portalStatus],
  }) as StopNotice;
}
