import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_QUESTIONS } from '../../../src/core/importers/importTypes';
import { ImportCollector, guarded } from '../../../src/core/importers/kit/collector';
import type { Question } from '../../../src/core/model/pack';

/** A true/false question built on the collector's base fields. */
function statement(collector: ImportCollector, prompt: string, name?: string): Question {
  return { ...collector.base(prompt, prompt, name), type: 'truefalse', answer: true };
}

describe('ImportCollector', () => {
  it('names ids after the item when it has a name, else after a hash of its key, with the prefix', () => {
    const collector = new ImportCollector({ file: 'Week 3 – Treaties.csv' });
    expect(statement(collector, 'Q', 'Treaty of Aigun (1858)').id).toBe(
      'week-3-treaties-treaty-of-aigun-1858',
    );
    expect(statement(collector, 'Q').id).toMatch(/^week-3-treaties-[0-9a-z]{7}$/);
    const given = new ImportCollector({ file: 'x.csv', idPrefix: 'Unit 2!' });
    expect(statement(given, 'Q', 'one').id).toBe('unit-2-one');
  });

  it('takes an id only when its question is kept, so a dropped item never shifts the next one', () => {
    const collector = new ImportCollector({ file: 'a.csv' });
    const dropped: Question = { ...collector.base('Same', 'Same'), type: 'single', choices: [] };
    expect(collector.add(dropped, 2, 'row 2')).toBe(false);
    const kept = statement(collector, 'Same');
    expect(kept.id).toBe(dropped.id);
    expect(collector.add(kept, 3, 'row 3')).toBe(true);
    const repeat = statement(collector, 'Same');
    expect(repeat.id).toBe(`${kept.id}-2`);
  });

  it('keeps at most the question cap and says so once, at the first question left out', () => {
    const collector = new ImportCollector({ file: 'big.csv' });
    for (let i = 0; i < MAX_IMPORT_QUESTIONS + 2; i++)
      collector.add(statement(collector, `Q${i}`), i + 1, '');
    collector.overCap(MAX_IMPORT_QUESTIONS + 3, '');
    const result = collector.finish();
    expect(result.questions).toHaveLength(MAX_IMPORT_QUESTIONS);
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: MAX_IMPORT_QUESTIONS + 1,
        message: `only the first ${MAX_IMPORT_QUESTIONS} questions are imported; 3 more were left out from here on`,
      }),
    ]);
  });

  it('locates problems by line, by line and column, or not at all', () => {
    const collector = new ImportCollector({ file: 'f.xml' });
    collector.report('warning', 4, 'row 4', 'a');
    collector.report('error', { line: 2, column: 7 }, 'question[1]', 'b');
    collector.fileError('c');
    expect(collector.finish().problems).toEqual([
      { severity: 'warning', file: 'f.xml', line: 4, path: 'row 4', message: 'a' },
      { severity: 'error', file: 'f.xml', line: 2, column: 7, path: 'question[1]', message: 'b' },
      { severity: 'error', file: 'f.xml', path: '', message: 'c' },
    ]);
  });
});

describe('guarded', () => {
  it('turns an exception in an importer body into one file error, keeping what was collected', () => {
    const result = guarded({ file: 'g.txt' }, (collector) => {
      collector.add(statement(collector, 'Kept'), 1, '');
      throw new Error('broken');
    });
    expect(result.questions.map((question) => question.prompt)).toEqual(['Kept']);
    expect(result.problems).toEqual([
      { severity: 'error', file: 'g.txt', path: '', message: 'the file could not be read: broken' },
    ]);
  });
});
