/**
 * Vietnamese text reaches a report precomposed (NFC: "xã" as one letter) from one export and
 * decomposed (NFD: "a" followed by its marks) from another; the two spellings are one unit, field,
 * procedure or answer. These helpers treat keys of a `Map` as equal when their NFC forms are: a
 * miss normalises the key once and remembers that spelling, so the hot path stays one `Map` look-up.
 */

/**
 * `map.get(key)`, matching an entry stored under the key's NFC form; the spelling given is then
 * remembered for the same entry (`nfc-key.test.ts` shows it). Internal.
 */
export function getNormalized<V>(map: Map<string, V>, key: string): V | undefined {
  const hit = map.get(key);
  if (hit !== undefined) return hit;
  const nfc = key.normalize('NFC');
  if (nfc === key) return undefined;
  const found = map.get(nfc);
  if (found !== undefined) map.set(key, found);
  return found;
}

/**
 * Stores `value` under the NFC form of `key`, and under `key` as given when it differs; returns the
 * NFC form (the spelling reports show). Internal.
 */
export function setNormalized<V>(map: Map<string, V>, key: string, value: V): string {
  const nfc = key.normalize('NFC');
  map.set(nfc, value);
  if (nfc !== key) map.set(key, value);
  return nfc;
}
