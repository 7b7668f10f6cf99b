import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../errors/index.js';
import { csvEvaluationReader, parseCsvLine } from './csv.js';
import { threeLevelQuestions, tt01_2018_evaluation } from './scheme-presets.js';

describe('parseCsvLine', () => {
  it('splits cells, trims unquoted ones and honours RFC 4180 quotes', () => {
    expect(parseCsvLine('a, b ,c')).toEqual(['a', 'b', 'c']);
    expect(parseCsvLine('A,"UBND xã ""A""",2')).toEqual(['A', 'UBND xã "A"', '2']);
    expect(parseCsvLine('"a,b",,')).toEqual(['a,b', '', '']);
    expect(parseCsvLine('')).toEqual(['']);
  });

  it('rejects an unterminated quote and text after a closing quote', () => {
    expect(() => parseCsvLine('"abc')).toThrow(InvalidInputError);
    expect(() => parseCsvLine('"a"b,c')).toThrow(/closing quote/);
  });
});

describe('csvEvaluationReader', () => {
  const header = ['dossier', 'unit', 'at', '1', '4', '7', 'overall', 'limit', 'used', 'misconductPetition'];
  const read = csvEvaluationReader(header, tt01_2018_evaluation, threeLevelQuestions);

  it('maps labels, answers (as the scheme\'s values), levels (ids or labels) and facts', () => {
    expect(read(['H1', 'UBND xã A', '2025-07-03T10:15', '2', '', '1', 'Hài lòng', '3', '2', 'false'])).toEqual({
      dossier: 'H1', unit: 'UBND xã A', at: '2025-07-03T10:15',
      answers: { '1': 2, '7': 1 }, levels: { overall: 'hai-long' }, facts: { limit: 3, used: 2, misconductPetition: false },
    });
    expect(read(['', '', '', '', '', '', 'khong-hai-long', '', '', ''])).toEqual({ levels: { overall: 'khong-hai-long' } });
  });

  it('passes unknown cells through, to be rejected by the scheme with its allowed answers', () => {
    expect(read(['', '', '', '3', '', '', 'ok', 'x', '', ''])).toEqual({ answers: { '1': '3' }, levels: { overall: 'ok' }, facts: { limit: 'x' } });
  });

  it('rejects unknown or repeated columns and records of the wrong width', () => {
    try {
      csvEvaluationReader(['unit', 'index1'], tt01_2018_evaluation, threeLevelQuestions);
      expect.unreachable();
    } catch (error) {
      expect((error as InvalidInputError).path).toEqual(['header', 1]);
      expect((error as Error).message).toContain('unknown column "index1"');
    }
    expect(() => csvEvaluationReader(['unit', 'unit'], tt01_2018_evaluation, threeLevelQuestions)).toThrow(/twice/);
    expect(() => read(['a'])).toThrow(/1 cells for 10 columns/);
  });
});
