import { describe, expect, it } from 'vitest';
import type { Pack } from '../../../src/core/model/pack';
import { asOfLine, updateLine } from '../../../src/core/packs/figureNotes';
import { parsePack } from '../../../src/core/packs/parsePack';
import { formatProblem } from '../../../src/core/problems';
import { makePack, makeSource, singleQuestion, trueFalseQuestion } from '../../support/packs';

const FILE = 'questions/dated.json';

const CUSTOMS = makeSource({
  id: 'china-customs-2024',
  title: 'China’s foreign trade statistics for 2023',
  outlet: 'General Administration of Customs',
  author: 'General Administration of Customs',
  date: '2024-01',
});

/** The text of a pack with the article source and the customs source, holding `questions` as given. */
function packText(questions: unknown[]): string {
  const { deferred: _deferred, ...pack } = makePack([], { sources: [makeSource(), CUSTOMS] });
  return JSON.stringify({ ...pack, questions }, null, 2);
}

/** Parses `questions` in a pack; returns the kept question ids and the problems as one-line messages. */
function parse(questions: unknown[]): { kept: string[]; problems: string[] } {
  const result = parsePack(packText(questions), FILE);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return {
    kept: result.value.pack.questions.map((question) => question.id),
    problems: result.value.problems.map(formatProblem),
  };
}

const TRADE_UPDATE = {
  text: 'China–Russia trade reached about $240 billion in 2023',
  source: 'china-customs-2024',
};

describe('asOf and update in the pack schema', () => {
  it('accepts a question with a date for its figure and an update citing a listed source', () => {
    const result = parse([
      trueFalseQuestion('trade-2021', { asOf: '2021', update: TRADE_UPDATE }),
      trueFalseQuestion('plain'),
    ]);
    expect(result).toEqual({ kept: ['trade-2021', 'plain'], problems: [] });
  });

  it('keeps asOf and update on the parsed question', () => {
    const result = parsePack(
      packText([singleQuestion('trade', { asOf: '2017–2021', update: TRADE_UPDATE })]),
      FILE,
    );
    if (!result.ok) throw new Error('the pack did not parse');
    expect(result.value.pack.questions[0]).toMatchObject({ asOf: '2017–2021', update: TRADE_UPDATE });
  });

  it('refuses an update whose source is not in the pack, naming the field, and keeps the rest', () => {
    const result = parse([
      trueFalseQuestion('bad', { update: { text: 'Trade grew', source: 'gazprom-pos2-2025' } }),
      trueFalseQuestion('good'),
    ]);
    expect(result.kept).toEqual(['good']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(
      /^questions\/dated\.json, line \d+, column \d+ \(questions\[0\]\.update\.source\)/,
    );
    expect(result.problems[0]).toContain(
      `update source "gazprom-pos2-2025" is not listed in the pack's sources`,
    );
  });

  it('refuses an update without a text or without a source', () => {
    const result = parse([
      trueFalseQuestion('no-text', { update: { source: 'china-customs-2024' } as never }),
      trueFalseQuestion('no-source', { update: { text: 'Trade grew' } as never }),
      trueFalseQuestion('blank-text', { update: { text: '   ', source: 'china-customs-2024' } }),
    ]);
    expect(result.kept).toEqual([]);
    expect(result.problems).toEqual([
      expect.stringContaining('(questions[0].update.text): "text" is missing'),
      expect.stringContaining('(questions[1].update.source): "source" is missing'),
      expect.stringContaining('(questions[2].update.text): update text must not be empty'),
    ]);
  });

  it('refuses an update given as plain text, and an empty asOf', () => {
    const result = parse([
      trueFalseQuestion('string-update', { update: 'Trade grew' as never }),
      trueFalseQuestion('empty-as-of', { asOf: ' ' }),
    ]);
    expect(result.kept).toEqual([]);
    expect(result.problems).toEqual([
      expect.stringContaining('(questions[0].update): update must be an object with "text" and "source"'),
      expect.stringContaining('(questions[1].asOf): asOf must not be empty'),
    ]);
  });
});

describe('the feedback lines for dated figures', () => {
  const pack: Pack = makePack([], { sources: [makeSource(), CUSTOMS] });

  it('dates the figure as "Figure as of …", and says nothing for an undated question', () => {
    expect(asOfLine(trueFalseQuestion('dated', { asOf: '2021' }))).toBe('Figure as of 2021');
    expect(asOfLine(trueFalseQuestion('undated'))).toBeUndefined();
  });

  it('cites the update’s own source by outlet and date, ending with one full stop', () => {
    const question = trueFalseQuestion('moved', {
      update: { ...TRADE_UPDATE, text: `${TRADE_UPDATE.text}.` },
    });
    expect(updateLine({ question, pack })).toBe(
      'Since then: China–Russia trade reached about $240 billion in 2023 (General Administration of Customs, 2024-01).',
    );
    expect(updateLine({ question: trueFalseQuestion('still'), pack })).toBeUndefined();
  });

  it('falls back to the title when the outlet is not named, and to the id when the source is missing', () => {
    const anonymous = makeSource({
      id: 'memo',
      title: 'Memorandum on a pipeline',
      outlet: 'not named in the text',
    });
    const withAnonymous = makePack([], { sources: [anonymous] });
    const question = trueFalseQuestion('memo', {
      update: { text: 'A memorandum was signed', source: 'memo' },
    });
    expect(updateLine({ question, pack: withAnonymous })).toBe(
      'Since then: A memorandum was signed (Memorandum on a pipeline, 2023-03-21).',
    );
    expect(updateLine({ question, pack })).toBe('Since then: A memorandum was signed (memo).');
  });
});
