import { describe, expect, it } from 'vitest';
import { cite, formatCitation } from './citation.js';

describe('cite', () => {
  it('builds frozen citations and renders them as doc comments write them', () => {
    const c = cite('Civil Code 2015', 'Art. 148(5)', 'S');
    expect(Object.isFrozen(c)).toBe(true);
    expect(formatCitation(c)).toBe('Civil Code 2015 Art. 148(5) [S]');
    expect(formatCitation(cite('Resolution 28/2026/QH16', undefined, 'S'))).toBe('Resolution 28/2026/QH16 [S]');
    expect(cite('Decision 766/QĐ-TTg', '', 'X', 'vendor formula')).toEqual({ source: 'Decision 766/QĐ-TTg', mark: 'X', note: 'vendor formula' });
  });
});
