import { describe, expect, it } from 'vitest';
import {
  detectQuizletSeparators,
  importQuizlet,
  quizletImporter,
} from '../../../src/core/importers/formats/quizlet';
import { problemLines, run } from './importerChecks';

describe('importQuizlet', () => {
  it('reads the default tab and newline export, CRLF and blank lines included', () => {
    const result = run(importQuizlet, 'Aigun\t1858 treaty\r\n\r\nNerchinsk\t1689 treaty\r\n', 'set.txt');
    expect(result.problems).toEqual([]);
    expect(result.questions).toEqual([
      expect.objectContaining({
        type: 'typed',
        prompt: 'Aigun',
        answer: '1858 treaty',
        card: { front: 'Aigun', back: '1858 treaty' },
      }),
      expect.objectContaining({ prompt: 'Nerchinsk', answer: '1689 treaty' }),
    ]);
  });

  it('detects comma and semicolon separators', () => {
    expect(detectQuizletSeparators('a,b\nc,d')).toEqual({ term: ',', row: '\n' });
    expect(detectQuizletSeparators('a,b;c,d;')).toEqual({ term: ',', row: ';' });
    expect(detectQuizletSeparators('a\tb;c\td')).toEqual({ term: '\t', row: ';' });
    expect(detectQuizletSeparators('a\tb, c\nd\te')).toEqual({ term: '\t', row: '\n' });
    expect(detectQuizletSeparators('a;b\nc;d')).toEqual({ term: ';', row: '\n' });
    const result = run(importQuizlet, 'Moscow,Russia;Beijing,China;', 'q.txt');
    expect(result.questions.map((q) => [q.prompt, q.type === 'typed' ? q.answer : ''])).toEqual([
      ['Moscow', 'Russia'],
      ['Beijing', 'China'],
    ]);
  });

  it('uses custom separators when given', () => {
    const importer = quizletImporter({ term: ' :: ', row: '\n\n' });
    const result = run(importer, 'Amur :: river\nalso Heilong\n\nUssuri :: river, too\n', 'c.txt');
    expect(result.questions).toEqual([
      expect.objectContaining({ prompt: 'Amur', answer: 'river\nalso Heilong', typos: true }),
      expect.objectContaining({ prompt: 'Ussuri', answer: 'river, too' }),
    ]);
  });

  it('joins a definition broken by a line break, and reports cards it cannot read', () => {
    const input =
      'no separator at all\nAigun\t1858\nsecond line of the definition\n\tno term\nno definition\t\n';
    const result = run(importQuizlet, input, 'b.txt');
    expect(result.questions).toEqual([
      expect.objectContaining({ prompt: 'Aigun', answer: '1858\nsecond line of the definition' }),
    ]);
    expect(problemLines(result)).toEqual([
      '1 card 1: no separator between term and definition',
      '3 card 1: no separator between term and definition here, so this was joined to the definition above (a line break inside a definition?)',
      '4 card 2: the term is empty',
      '5 card 3: the definition is empty',
      '2 card 1: 1 card has a long back (over 60 characters or several lines): kept as typed questions with typos allowed, best studied as flashcards',
    ]);
  });
});
