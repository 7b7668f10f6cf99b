import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { memorySequenceStore } from './memory-store.js';

describe('memorySequenceStore', () => {
  it('counts from 1 per agency and per day', async () => {
    const store = memorySequenceStore();
    expect(await store.allocate('000.17.22.H56', 18778)).toBe(1);
    expect(await store.allocate('000.17.22.H56', 18778)).toBe(2);
    expect(await store.allocate('000.17.22.H56', 18779)).toBe(1);
    expect(await store.allocate('000.00.14.H56', 18778)).toBe(1);
    expect(store.current('000.17.22.H56', 18778)).toBe(2);
    expect(store.current('000.17.22.H56', 18000)).toBe(0);
  });

  it('hands out each number once to racing callers, with no gaps', async () => {
    const store = memorySequenceStore();
    const got = await Promise.all(Array.from({ length: 5000 }, () => store.allocate('H56', 20000)));
    expect(new Set(got).size).toBe(5000);
    expect(Math.max(...got)).toBe(5000);
  });

  it('refuses keys that are not an agency and a day number', async () => {
    const store = memorySequenceStore();
    await expect(store.allocate('', 1)).rejects.toThrow(InvalidInputError);
    await expect(store.allocate('H56', 1.5)).rejects.toThrow(InvalidInputError);
    await expect(store.allocate(undefined as never, 1)).rejects.toThrow(/agency: expected a non-empty agency identifier, got undefined/);
    await expect(store.allocate('H56', '20000' as never)).rejects.toThrow(/day: expected an integer day number, got "20000"/);
    expect(() => store.current('H56', Number.NaN)).toThrow(InvalidInputError);
  });
});
