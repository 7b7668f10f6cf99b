import { describe, expect, it } from 'vitest';
import { cite, type Citation } from '../src/citation/index.js';
import { computeDeadline, rulesetFor } from '../src/deadline/index.js';
import { InvalidInputError } from '../src/errors/invalid-input-error.js';
import { buildPeriodReport, solvedBased } from '../src/metrics/index.js';
import { bandSets, defineBandSet, defineScheme, tt01_2018_evaluation } from '../src/satisfaction/index.js';
import { thrown } from './support/thrown.js';

/**
 * Rule data a caller writes carries its basis (design principle 3). Every boundary that takes such
 * data — a rule set, a band set, an evaluation scheme, a report definition — checks a citation
 * with one schema, so the same bad citation gets the same message everywhere.
 */
const nd118 = rulesetFor('2025-08-28');
const boundaries: readonly [string, (basis: unknown) => unknown, readonly (string | number)[]][] = [
  ['rule set', (basis) => computeDeadline({ receivedAt: '2025-08-28T09:00', limit: '3 ngày làm việc', ruleset: { ...nd118, counting: { ...nd118.counting, basis } } as never }), ['ruleset', 'counting', 'basis']],
  ['band set', (basis) => defineBandSet({ ...bandSets.tt01_2018_unit, basis } as never), ['basis']],
  ['evaluation scheme', (basis) => defineScheme({ ...tt01_2018_evaluation, id: 'custom', basis } as never), ['basis']],
  ['report definition', (basis) => buildPeriodReport([], { from: '2025-07-01', to: '2025-09-30', definition: { ...solvedBased, id: 'custom', basis: [basis] } as never }), ['basis', 0]],
];

const bad: readonly [string, unknown, readonly string[], string][] = [
  ['an unknown mark', { source: 'Decree 118/2025/NĐ-CP', mark: 'Q' }, ['mark'], 'expected an evidence mark: P, S, X or U'],
  ['an empty source', { source: '', mark: 'P' }, ['source'], 'expected a non-empty string'],
  ['a misspelt field', { source: 'Decree 118/2025/NĐ-CP', artcle: 'Art. 17', mark: 'P' }, ['artcle'], 'unknown field "artcle" (did you mean article?); allowed: source, article, mark, note'],
  ['a text instead of a citation', 'Decree 118/2025/NĐ-CP', [], 'expected object, got string'],
];

describe('citations given with rule data are checked the same way at every boundary', () => {
  for (const [what, call, at] of boundaries) {
    it.each(bad)(`${what}: %s is refused with its path`, (_, basis, sub, message) => {
      const error = thrown(() => call(basis));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).issues).toContainEqual({ path: [...at, ...sub], message });
    });

    it(`${what}: a citation built with cite() is accepted, note included`, () => {
      const basis: Citation = cite('Decree 118/2025/NĐ-CP', 'Art. 17(3)', 'P', 'a local variant');
      expect(() => call(basis)).not.toThrow();
    });
  }
});
