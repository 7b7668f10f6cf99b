import { describe, expect, it } from 'vitest';
import { parseDay } from '../time/parse.js';
import { DOSSIER_CODE_SCHEME_IDS, dossierCodeSchemes, schemesInForceOn } from './schemes.js';

describe('dossier code schemes as data', () => {
  it('are frozen, each with a citation and an evidence mark for every part', () => {
    expect(Object.isFrozen(dossierCodeSchemes)).toBe(true);
    for (const id of DOSSIER_CODE_SCHEME_IDS) {
      const scheme = dossierCodeSchemes[id];
      expect(scheme.id).toBe(id);
      expect(Object.isFrozen(scheme)).toBe(true);
      expect(Object.isFrozen(scheme.basis)).toBe(true);
      expect(scheme.basis.length).toBeGreaterThan(0);
      for (const basis of scheme.basis) {
        expect(Object.isFrozen(basis)).toBe(true);
        expect(['P', 'S', 'X', 'U']).toContain(basis.mark);
        expect(basis.source).toMatch(/^(Circular|Decree|Decision|QCVN) /);
      }
      expect(scheme.minSequenceDigits).toBe(4);
      expect(() => parseDay(scheme.validFrom)).not.toThrow();
      if (scheme.validTo !== undefined) expect(parseDay(scheme.validTo)).toBeGreaterThan(parseDay(scheme.validFrom));
    }
  });

  it('cite the articles of the spec', () => {
    expect(dossierCodeSchemes['tt01-2018'].basis[0]).toMatchObject({ source: 'Circular 01/2018/TT-VPCP', article: 'Art. 19(1)', mark: 'P' });
    expect(dossierCodeSchemes['tt04-2025-centralised'].basis[0]).toMatchObject({ source: 'Circular 04/2025/TT-VPCP', mark: 'P' });
    // The 2025 base order is unverified: marked U, so it is a scheme to name, not the only behaviour.
    expect(dossierCodeSchemes['qd20-2020'].basis.some((b) => b.mark === 'U')).toBe(true);
  });

  it('carry the validity dates of the spec', () => {
    expect(dossierCodeSchemes['tt01-2018']).toMatchObject({ validFrom: '2019-01-06', validTo: '2025-06-30', agencyOrder: 'lowest-first' });
    expect(dossierCodeSchemes['qd20-2020']).toMatchObject({ validFrom: '2025-07-01', validTo: undefined, agencyOrder: 'highest-first' });
    expect(dossierCodeSchemes['tt04-2025-centralised']).toMatchObject({ validFrom: '2026-01-25', systemCode: true, agencyOrder: 'either' });
  });

  it('say which schemes govern a receipt day', () => {
    const ids = (day: string) => schemesInForceOn(day).map((s) => s.id);
    expect(ids('2019-01-05')).toEqual([]);
    expect(ids('2019-01-06')).toEqual(['tt01-2018']);
    expect(ids('2025-06-30')).toEqual(['tt01-2018']);
    expect(ids('2025-07-01')).toEqual(['qd20-2020']);
    expect(ids('2026-01-24')).toEqual(['qd20-2020']);
    expect(ids('2026-01-25')).toEqual(['qd20-2020', 'tt04-2025-centralised']);
    // A moment counts by its Vietnamese day: 17:00 UTC on 30 June 2025 is 1 July in Vietnam.
    expect(ids('2025-06-30T17:00:00Z')).toEqual(['qd20-2020']);
  });
});
