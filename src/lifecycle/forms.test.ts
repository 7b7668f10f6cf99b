import { describe, expect, it } from 'vitest';
import { replay } from './apply.js';
import type { DossierEventInput } from './events.js';
import { extensionForms, receiptSlip, registerRow } from './forms.js';

const who = { unit: 'UBND xã An Bình', officer: 'Lê Văn Tâm' };
const events: DossierEventInput[] = [
  { type: 'accept', at: '2026-03-09T09:00', ...who, code: 'H01.01-260309-0001' },
  { type: 'hand-over', at: '2026-03-09T10:00', ...who, toUnit: 'Công chức Tư pháp' },
  { type: 'extend', at: '2026-03-19T08:00', unit: 'Công chức Tư pháp', officer: 'Phạm Thu', reason: 'Chờ xác minh', newAppointment: '2026-03-27T17:00' },
  { type: 'decide', at: '2026-03-26T09:00', unit: 'Công chức Tư pháp', officer: 'Phạm Thu' },
  { type: 'return-result', at: '2026-03-27T09:00', ...who },
];
const d = replay(events, { procedure: '2.000488', field: 'Hộ tịch', unit: who.unit, limit: '10 ngày làm việc', applicant: { name: 'Trần Thị Hoa' } });

describe('forms as views of the dossier', () => {
  it('the receipt slip: code and times to the minute, the original appointment', () => {
    expect(receiptSlip(d)).toMatchObject({
      code: 'H01.01-260309-0001', receivedAt: '2026-03-09T09:00:00+07:00', appointment: '2026-03-23T17:00:00+07:00',
      limit: '10 ngày làm việc', officer: 'Lê Văn Tâm', applicant: { name: 'Trần Thị Hoa' },
    });
    expect(receiptSlip(replay([], { procedure: 'p', field: 'f', unit: 'u', limit: '1 ngày làm việc' }))).toBeUndefined();
  });

  it('the slip names the form of the rule set in force: Circular 01/2018 Mẫu 01 before 2025-07-01, Circular 03/2025 after', () => {
    expect(receiptSlip(d)?.form).toBe('Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Circular 03/2025/TT-VPCP)');
    const old = replay([{ type: 'accept', at: '2025-06-30T09:00', ...who, code: 'H01.01-250630-0001' }],
      { procedure: '2.000488', field: 'Hộ tịch', unit: who.unit, limit: '10 ngày làm việc' });
    expect(receiptSlip(old)?.form).toBe('Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Circular 01/2018/TT-VPCP Mẫu 01)');
  });

  it('the register row', () => {
    expect(registerRow(d)).toMatchObject({
      code: 'H01.01-260309-0001', appointment: '2026-03-23T17:00:00+07:00', currentAppointment: '2026-03-27T17:00:00+07:00',
      transferredTo: ['Công chức Tư pháp'], portalStatus: 10, portalStatusLabel: 'Đã trả kết quả', extensions: 1,
    });
  });

  it('the apology / extension form (Decree 118 wording for 2026 dossiers)', () => {
    expect(extensionForms(d)).toEqual([expect.objectContaining({
      reason: 'Chờ xác minh', previousAppointment: '2026-03-23T17:00:00+07:00', newAppointment: '2026-03-27T17:00:00+07:00',
      form: expect.stringContaining('Phiếu đề nghị gia hạn'),
    })]);
  });
});
