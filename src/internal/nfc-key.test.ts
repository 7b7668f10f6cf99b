import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getNormalized, setNormalized } from './nfc-key.js';

const NFC = 'UBND xã Tân Phú';
const NFD = NFC.normalize('NFD');

describe('NFC-keyed maps', () => {
  it('a key stored in one normal form is found in the other, and the spelling is remembered', () => {
    expect(NFD).not.toBe(NFC);
    const m = new Map<string, number>();
    expect(setNormalized(m, NFD, 1)).toBe(NFC);
    expect(m.get(NFC)).toBe(1);
    expect(getNormalized(m, NFD)).toBe(1);
    const n = new Map([[NFC, 2]]);
    expect(getNormalized(n, NFD)).toBe(2);
    expect([...n.keys()]).toEqual([NFC, NFD]);
    expect(getNormalized(n, 'UBND xã Tân Hòa')).toBeUndefined();
    expect(n.size).toBe(2);
  });

  it('property: every spelling of a text finds the entry set under any other', () => {
    const vietnamese = fc.string({ unit: fc.constantFrom(...'aăâeêioôơuưyđAĂÂĐ xãàáạảấầẩẫậắằẳẵặếềểễệ'.split('')) });
    fc.assert(fc.property(vietnamese, fc.constantFrom('NFC', 'NFD', 'NFKC', 'NFKD'), fc.constantFrom('NFC', 'NFD'), (text, stored, asked) => {
      const m = new Map<string, string>();
      setNormalized(m, text.normalize(stored as 'NFC'), 'v');
      expect(getNormalized(m, text.normalize(asked as 'NFC'))).toBe('v');
    }));
  });
});
