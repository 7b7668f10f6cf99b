// spec/metrics.md, spec/lifecycle.md and spec/deadline.md statements without a direct test elsewhere.
import { describe, expect, it } from 'vitest';
import { classifyTimeliness, decision766Timeliness, dossierRecordFromRow, standardTimeliness, type DossierRecord } from './index.js';
import { parseMoment } from '../time/parse.js';

describe('lifecycle.md synced fields: KenhThucHien 1 in person, 2 online, 3 postal', () => {
  it.each([[1, 'in-person'], [2, 'online'], [3, 'post']] as const)('%i → %s', (code, channel) => {
    expect(dossierRecordFromRow({ unit: 'A', channel: code, received: '2025-09-01T08:00', appointment: '2025-09-05T17:00' }).channel).toBe(channel);
  });
});

describe('deadline.md "metrics compare with the original appointment by default [X: the Decision 766 formula uses the synced appointment]"', () => {
  // Original appointment Fri 5/9 17:00; extended (the system's appointment changed, Decree 61 Art. 19(9)) to Wed 10/9 17:00; decided Tue 9/9.
  const r: DossierRecord = {
    receivedAt: parseMoment('2025-09-01T08:00'), originalDueMs: parseMoment('2025-09-05T17:00'), currentDueMs: parseMoment('2025-09-10T17:00'),
    finishedAt: parseMoment('2025-09-09T10:00'), finishKind: 'decided', supplementRequests: 0, channel: 'in-person', unit: 'A',
  };
  it('standard (the library default): late against the original', () => {
    expect(classifyTimeliness(r, { asOf: '2025-09-30T17:00', policy: standardTimeliness })).toBe('late');
  });
  it('Decision 766 preset: judged against the synced (extended) appointment → early', () => {
    expect(classifyTimeliness(r, { asOf: '2025-09-30T17:00', policy: decision766Timeliness })).toBe('early');
  });
});
