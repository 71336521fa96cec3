import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../../src/core/model/pack';
import { MAX_REGION_QUESTIONS, MIN_REGION_QUESTIONS } from '../../../src/core/audit/questionWording';
import { QUESTION_TYPES } from '../../../src/core/questions/registry';
import { parsePack } from '../../../src/core/packs/parsePack';

const root = path.resolve(import.meta.dirname, '../../..');
const questionsDir = path.join(root, 'questions');
const factsDir = path.join(questionsDir, 'facts');

const packs = fs
  .readdirSync(questionsDir)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
  .map((name) => {
    const parsed = parsePack(fs.readFileSync(path.join(questionsDir, name), 'utf8'), `questions/${name}`);
    if (!parsed.ok) throw new Error(`questions/${name} does not parse`);
    return { name, pack: parsed.value.pack };
  });
const questions: Question[] = packs.flatMap(({ pack }) => pack.questions);
const ids = new Set(questions.map((question) => question.id));
const spec = JSON.parse(fs.readFileSync(path.resolve(root, 'tools/map-regions.json'), 'utf8')) as {
  countries: Record<string, { id: string }[]>;
  wholeCountries: { id: string }[];
  seas: { id: string }[];
};
const specRegions = [...Object.values(spec.countries).flat(), ...spec.wholeCountries, ...spec.seas].map(
  (region) => region.id,
);

interface Fact {
  id: string;
  article: string;
  fact: string;
  askedBy: string[];
}
const facts: { file: string; fact: Fact }[] = fs
  .readdirSync(factsDir)
  .filter((name) => name.endsWith('.json'))
  .flatMap((file) =>
    (JSON.parse(fs.readFileSync(path.join(factsDir, file), 'utf8')) as { facts: Fact[] }).facts.map(
      (fact) => ({ file, fact }),
    ),
  );

describe('the built-in bank covers the articles, the map and the question types', () => {
  it('holds at least 220 questions in the six theme packs and the Voices pack', () => {
    expect(questions.length).toBeGreaterThanOrEqual(220);
    expect(packs.map(({ name }) => name).sort()).toEqual([
      'arms-military.json',
      'border-geography.json',
      'pipelines-gas.json',
      'summits-diplomacy.json',
      'trade-money.json',
      'treaties-territory.json',
      'voices-arguments.json',
    ]);
  });

  it(`gives every region of the map spec ${MIN_REGION_QUESTIONS}–${MAX_REGION_QUESTIONS} questions`, () => {
    expect(specRegions).toHaveLength(21);
    const unbalanced = specRegions
      .map((region) => [region, questions.filter((question) => question.region === region).length] as const)
      .filter(([, count]) => count < MIN_REGION_QUESTIONS || count > MAX_REGION_QUESTIONS);
    expect(unbalanced).toEqual([]);
  });

  it('uses every question type the game supports', () => {
    const used = new Set(questions.map((question) => question.type));
    expect(QUESTION_TYPES.filter((type) => !used.has(type))).toEqual([]);
  });

  it('keeps question ids unique across packs', () => {
    expect(ids.size).toBe(questions.length);
  });

  it('asks every fact and figure of the checklist with at least one existing question', () => {
    expect(facts.length).toBeGreaterThan(200);
    const unasked = facts
      .filter(({ fact }) => !fact.askedBy.some((id) => ids.has(id)))
      .map(({ file, fact }) => `${file}: ${fact.id} (${fact.fact})`);
    expect(unasked).toEqual([]);
  });

  it('names only existing questions in the checklist, and only the five articles', () => {
    const articles = new Set([
      'barnett-vassal',
      'pos2-coercion',
      'baev-pseudo-alliance',
      'express-long-game',
      'summit-no-limits',
    ]);
    const wrong = facts.flatMap(({ file, fact }) => [
      ...fact.askedBy
        .filter((id) => !ids.has(id))
        .map((id) => `${file}: ${fact.id} names unknown question ${id}`),
      ...(articles.has(fact.article) ? [] : [`${file}: ${fact.id} cites unknown article ${fact.article}`]),
    ]);
    expect(wrong).toEqual([]);
    expect(new Set(facts.map(({ fact }) => fact.id)).size).toBe(facts.length);
  });
});
