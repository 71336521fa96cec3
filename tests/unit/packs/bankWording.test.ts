import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  VOICES_PACK_ID,
  attributedOutsideVoices,
  authorTriviaPrompts,
  longFirstRoundPrompts,
  unattributedVoices,
  unbalancedRegions,
} from '../../../src/core/audit/questionWording';
import { parseMapAsset } from '../../../src/core/map/parseMapAsset';
import type { Pack } from '../../../src/core/model/pack';
import { parsePack } from '../../../src/core/packs/parsePack';
import { buildQuestionBank } from '../../../src/core/packs/questionBank';
import { formatProblem } from '../../../src/core/problems';
import { createSeededRng } from '../../../src/core/rng';
import { ROUND_SIZE, pickRoundQuestions } from '../../../src/core/quiz/round';

const root = path.resolve(import.meta.dirname, '../../..');
const questionsDir = path.join(root, 'questions');

/** Every built-in pack, as the game's loader globs them (`questions/*.json` without schemas). */
const packs: { file: string; pack: Pack }[] = fs
  .readdirSync(questionsDir)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
  .sort()
  .map((name) => {
    const file = `questions/${name}`;
    const parsed = parsePack(fs.readFileSync(path.join(questionsDir, name), 'utf8'), file);
    if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
    return { file, pack: parsed.value.pack };
  });

const mapParsed = parseMapAsset(JSON.parse(fs.readFileSync(path.join(root, 'assets/map.json'), 'utf8')));
if (!mapParsed.ok) throw new Error(mapParsed.problems.map(formatProblem).join('\n'));
const map = mapParsed.value;
const regionIds = map.regions.map((region) => region.id);

/** The question ids named by audit lines of the form `file: id …`. */
const idsOf = (lines: string[]) => lines.map((line) => line.split(' ')[1]);

describe('the built-in bank asks about the facts, not about who wrote what', () => {
  it('holds the Voices and arguments pack, labelled as the writers’ views, beside the theme packs', () => {
    const voices = packs.find(({ pack }) => pack.id === VOICES_PACK_ID)?.pack;
    expect(voices?.title).toBe('Voices and arguments');
    expect(voices?.description).toMatch(/views, not established facts/);
    expect(voices?.questions.length).toBeGreaterThanOrEqual(40);
  });

  it('plays every Voices question in a region of the map, like the other packs', () => {
    const { bank, problems } = buildQuestionBank(packs, new Set(regionIds));
    expect(problems.map(formatProblem)).toEqual([]);
    const voices = packs.find(({ pack }) => pack.id === VOICES_PACK_ID)!.pack;
    const unplayable = voices.questions.filter(
      (question) => bank.get(question.id)?.pack !== voices || !regionIds.includes(question.region ?? ''),
    );
    expect(unplayable.map((question) => question.id)).toEqual([]);
  });

  it('has no author trivia', () => {
    expect(authorTriviaPrompts(packs)).toEqual([]);
  });

  it('names no author, outlet or article in a prompt outside the Voices pack', () => {
    const found = idsOf(attributedOutsideVoices(packs));
    expect(found).toEqual([]);
  });

  it('says in every Voices prompt whose view it asks about', () => {
    expect(unattributedVoices(packs)).toEqual([]);
  });

  it('gives every region of the map 15–40 questions', () => {
    expect(unbalancedRegions(packs, regionIds)).toEqual([]);
  });

  it('opens each starting region with short difficulty-1 prompts', () => {
    expect(longFirstRoundPrompts(packs, map.startingRegions, ROUND_SIZE)).toEqual([]);
  });

  it('asks only difficulty-1 questions in the first round of each starting region', () => {
    const { bank } = buildQuestionBank(packs, new Set(regionIds));
    for (const region of map.startingRegions) {
      const questions = bank.inRegion(region).map((entry) => entry.question);
      for (let seed = 0; seed < 20; seed++) {
        const picked = pickRoundQuestions(questions, new Map(), createSeededRng(seed));
        expect(picked).toHaveLength(ROUND_SIZE);
        expect(picked.map(({ questionId }) => bank.get(questionId)?.question.difficulty)).toEqual(
          Array(ROUND_SIZE).fill(1),
        );
      }
    }
  });
});
