import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidMomentError, SchemeNotInForceError, SequenceStoreError, UnknownDossierCodeSchemeError } from '../errors/index.js';
import { parseDay } from '../time/parse.js';
import { createDossierCodeGenerator } from './generator.js';
import { memorySequenceStore } from './memory-store.js';
import { parseDossierCode } from './parse.js';
import type { SequenceStore } from './sequence-store.js';

describe('createDossierCodeGenerator', () => {
  it('issues the day’s next code, restarting at 1 each Vietnamese day (Circular 01/2018 Art. 19 [P])', async () => {
    const codes = createDossierCodeGenerator({ agency: '000.17.22.H56', store: memorySequenceStore() });
    expect(await codes.next('2021-05-31T08:15')).toBe('000.17.22.H56-210531-0001');
    expect(await codes.next('2021-05-31T16:59')).toBe('000.17.22.H56-210531-0002');
    // 17:30 UTC on 31 May is already 1 June in Vietnam.
    expect(await codes.next(new Date('2021-05-31T17:30:00Z'))).toBe('000.17.22.H56-210601-0001');
    expect(await codes.next('2021-05-31T23:59')).toBe('000.17.22.H56-210531-0003');
  });

  it('keys the store by agency and day number', async () => {
    const store = memorySequenceStore();
    const a = createDossierCodeGenerator({ agency: '000.17.22.H56', store });
    const b = createDossierCodeGenerator({ agency: '000.00.14.H56', store });
    await a.next('2021-05-31');
    await a.next('2021-05-31');
    await b.next('2021-05-31');
    expect(store.current('000.17.22.H56', parseDay('2021-05-31'))).toBe(2);
    expect(store.current('000.00.14.H56', parseDay('2021-05-31'))).toBe(1);
  });

  it('widens past 9999 and writes centralised codes', async () => {
    const store: SequenceStore = { allocate: async () => 10_000 };
    expect(await createDossierCodeGenerator({ agency: 'H56', store }).next('2021-05-31')).toBe('H56-210531-10000');
    const central = createDossierCodeGenerator({
      agency: 'H56.22.17.000', store: memorySequenceStore(), scheme: 'tt04-2025-centralised', systemCode: '12',
    });
    const code = await central.next('2026-03-01T10:00');
    expect(code).toBe('H56.22.17.000-260301-120001');
    expect(parseDossierCode(code, { scheme: 'tt04-2025-centralised' })).toMatchObject({ systemCode: '12', sequence: 1 });
  });

  it('issues distinct codes to racing callers', async () => {
    const codes = createDossierCodeGenerator({ agency: 'H56', store: memorySequenceStore() });
    const got = await Promise.all(Array.from({ length: 2000 }, () => codes.next('2024-02-29T10:00')));
    expect(new Set(got).size).toBe(2000);
    expect(got.map((c) => parseDossierCode(c).sequence).sort((x, y) => x - y)).toEqual(Array.from({ length: 2000 }, (_, i) => i + 1));
  });

  it('checks the moment before allocating, so bad input burns no number', async () => {
    const store = memorySequenceStore();
    const codes = createDossierCodeGenerator({ agency: 'H56', store });
    await expect(codes.next('2021-02-29T10:00')).rejects.toThrow(InvalidMomentError);
    await expect(codes.next('1999-12-31T10:00')).rejects.toThrow(InvalidInputError);
    expect(await codes.next('2021-03-01')).toBe('H56-210301-0001');
  });

  it('refuses answers of a broken store', async () => {
    for (const answer of [0, -1, 2.5, Number.NaN, '7', 1e16]) {
      const codes = createDossierCodeGenerator({ agency: 'H56', store: { allocate: async () => answer as number } });
      await expect(codes.next('2021-05-31')).rejects.toThrow(SequenceStoreError);
    }
  });

  it('validates its options at creation', () => {
    const store = memorySequenceStore();
    expect(() => createDossierCodeGenerator({ agency: '000.17.22.h56', store })).toThrow(/capitals/);
    expect(() => createDossierCodeGenerator({ agency: 'H56', store: {} as SequenceStore })).toThrow(InvalidInputError);
    expect(() => createDossierCodeGenerator({ agency: '000.17.22.H56', store, scheme: 'qd20-2020' })).toThrow(/first/);
    expect(() => createDossierCodeGenerator({ agency: 'H56', store, scheme: 'tt04-2025-centralised' })).toThrow(/systemCode/);
  });

  it('refuses unknown option fields and unknown schemes', () => {
    const store = memorySequenceStore();
    expect(() => createDossierCodeGenerator({ agency: 'H56', store, sheme: 'qd20-2020' } as never)).toThrow(/sheme: unknown field "sheme" \(did you mean scheme\?\)/);
    expect(() => createDossierCodeGenerator({ agency: 'H56', store, scheme: 'nope' } as never)).toThrow(UnknownDossierCodeSchemeError);
  });

  it('refuses receipt days the scheme does not govern, before allocating, unless allowOutsideValidity', async () => {
    const store = memorySequenceStore();
    const central = createDossierCodeGenerator({ agency: 'H56', store, scheme: 'tt04-2025-centralised', systemCode: '12' });
    await expect(central.next('2025-03-01T10:00')).rejects.toThrow(SchemeNotInForceError);
    expect(store.current('H56', parseDay('2025-03-01'))).toBe(0); // no number burnt
    expect(await central.next('2026-01-25T10:00')).toBe('H56-260125-120001');

    const old = createDossierCodeGenerator({ agency: '000.17.22.H56', store, scheme: 'tt01-2018' });
    await expect(old.next('2026-03-01')).rejects.toThrow(/governs receipts from 2019-01-06 to 2025-06-30/);
    const backfill = createDossierCodeGenerator({ agency: '000.17.22.H56', store, scheme: 'tt01-2018', allowOutsideValidity: true });
    expect(await backfill.next('2026-03-01')).toBe('000.17.22.H56-260301-0001');
    expect(await backfill.next('2018-12-03')).toBe('000.17.22.H56-181203-0001');
  });
});
