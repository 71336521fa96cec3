import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pack, Question } from '../../../src/core/model/pack';
import { parsePack } from '../../../src/core/packs/parsePack';

const root = path.resolve(import.meta.dirname, '../../..');
const questionsDir = path.join(root, 'questions');

/** The five articles the built-in questions rest on; an update must come from somewhere newer. */
const ARTICLES = new Set([
  'barnett-vassal',
  'pos2-coercion',
  'baev-pseudo-alliance',
  'express-long-game',
  'summit-no-limits',
]);

const packs: Pack[] = fs
  .readdirSync(questionsDir)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
  .map((name) => {
    const parsed = parsePack(fs.readFileSync(path.join(questionsDir, name), 'utf8'), `questions/${name}`);
    if (!parsed.ok) throw new Error(`questions/${name} does not parse`);
    return parsed.value.pack;
  });
const entries = packs.flatMap((pack) => pack.questions.map((question) => ({ question, pack })));

/** What a question states as right: its prompt, cloze text and keyed answers. */
function statedText(question: Question): string {
  const keyed: string[] = [];
  if ('choices' in question)
    keyed.push(...question.choices.filter((choice) => choice.correct === true).map((choice) => choice.text));
  if ('pairs' in question) keyed.push(...question.pairs.flatMap((pair) => [pair.left, pair.right]));
  if ('text' in question) keyed.push(question.text);
  return [question.prompt, ...keyed].join(' ');
}

/** A China–Russia (or other) trade total, share or growth rate. */
const isTradeFigure = (text: string) =>
  /trade/i.test(text) && /[$£]\s?\d[\d.,]*\s?(billion|bn)|\d\s?%|per ?cent|share/i.test(text);
/** A head count of a country, province or region. */
const isPopulationFigure = (question: Question) =>
  /population|people live|inhabit|citizens/i.test(question.prompt) && /million/i.test(statedText(question));

describe('moving figures in the built-in bank', () => {
  it('finds trade and population figures to check', () => {
    const found = entries.filter(
      ({ question }) => isTradeFigure(statedText(question)) || isPopulationFigure(question),
    );
    expect(found.length).toBeGreaterThanOrEqual(8);
  });

  it('dates every trade or population figure it teaches, in the prompt or with asOf', () => {
    const undated = entries
      .filter(({ question }) => isTradeFigure(statedText(question)) || isPopulationFigure(question))
      .filter(({ question }) => question.asOf === undefined && !/\b(19|20)\d\d\b/.test(question.prompt))
      .map(({ question }) => `${question.id}: ${question.prompt}`);
    expect(undated).toEqual([]);
  });

  it('takes every update from a source newer than the article the question rests on', () => {
    const updated = entries.filter(({ question }) => question.update !== undefined);
    expect(updated.length).toBeGreaterThan(0);
    const wrong = updated.flatMap(({ question, pack }) => {
      const cited = typeof question.source === 'string' ? [question.source] : question.source;
      const own = cited.map((id) => pack.sources.find((source) => source.id === id));
      const later = pack.sources.find((source) => source.id === question.update?.source);
      if (!later || own.some((source) => !source))
        return [`${question.id}: a source is missing from pack ${pack.id}`];
      if (ARTICLES.has(later.id)) return [`${question.id}: the update cites the article ${later.id}`];
      const laterDate = later.date;
      if (laterDate === undefined) return [`${question.id}: the update's source ${later.id} has no date`];
      return own.flatMap((source) =>
        source?.date === undefined || laterDate > source.date
          ? []
          : [`${question.id}: update dated ${laterDate}, source ${source.id} dated ${source.date}`],
      );
    });
    expect(wrong).toEqual([]);
  });

  it('tells the two updates the record needs: 2023 trade and the 2025 Power of Siberia 2 memorandum', () => {
    const updateSources = new Set(entries.flatMap(({ question }) => question.update?.source ?? []));
    expect(updateSources).toContain('china-customs-2024');
    expect(updateSources).toContain('gazprom-pos2-2025');
    const trade2021 = entries.find(({ question }) => question.id === 'china-russia-trade-2021-value');
    expect(trade2021?.question.asOf).toBe('2021');
    expect(trade2021?.question.update?.text).toMatch(/\$240 billion in 2023/);
  });
});
