import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { checkSequenceKey } from './sequence-store.js';

describe('checkSequenceKey', () => {
  it('accepts a non-empty agency and an integer day number', () => {
    expect(() => checkSequenceKey('000.17.22.H56', 20000)).not.toThrow();
    expect(() => checkSequenceKey('H56', -5)).not.toThrow();
  });

  it('names each bad field', () => {
    const issues = (agency: unknown, day: unknown) => {
      try {
        checkSequenceKey(agency, day);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInputError);
        return (error as InvalidInputError).issues.map((i) => i.path);
      }
      throw new Error('expected a throw');
    };
    expect(issues('', 1)).toEqual([['agency']]);
    expect(issues(56, 1)).toEqual([['agency']]);
    expect(issues('H56', 1.5)).toEqual([['day']]);
    expect(issues('H56', 2 ** 53)).toEqual([['day']]);
    expect(issues(null, '1')).toEqual([['agency'], ['day']]);
    expect(() => checkSequenceKey(10n, 1)).toThrow(/got 10/);
  });

  it('is the one key check of the memory and PostgreSQL stores (no copies)', () => {
    for (const file of ['./memory-store.ts', '../adapters/postgres/store.ts']) {
      const source = readFileSync(new URL(file, import.meta.url), 'utf8');
      expect(source).toMatch(/import \{ checkSequenceKey[^}]*\} from '[./]+(code\/)?sequence-store\.js'/);
      expect(source).not.toMatch(/Number\.isSafeInteger/);
    }
  });
});
