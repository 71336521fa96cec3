/**
 * A test pack with one question of every type, served in place of the built-in packs, for specs that need
 * each question type to come up.
 */
import type { Page, Route } from '@playwright/test';
import type { Question } from '../../src/core/model/pack';
import { parsePack } from '../../src/core/packs/parsePack';
import { answerShown } from './answer';
import type { AnswerHow } from './answer/answerer';
import { expect } from './fixtures';

/** Pack metadata shared by the test questions. */
const ENVELOPE = {
  format: 'borderlines-pack',
  formatVersion: 1,
  version: 1,
  author: 'Test',
  license: 'CC0-1.0',
  language: 'en',
  sources: [
    {
      id: 'test',
      title: 'Test source',
      outlet: 'Test outlet',
      author: 'Test author',
      date: '2024',
      url: 'https://example.org/test-source',
    },
  ],
};
/** Fields every test question shares. */
const BASE = {
  region: 'european-russia',
  explanation: 'Test explanation.',
  source: 'test',
  difficulty: 1,
  tags: ['test'],
};

/** One question of every type, all in European Russia, each prompt naming its type. */
export const QUESTIONS = [
  {
    id: 't-single',
    type: 'single',
    prompt: 'SINGLE: which treaty came in 1860?',
    choices: [
      { text: 'Convention of Peking', correct: true },
      { text: 'Treaty of Aigun' },
      { text: 'Treaty of Nerchinsk' },
    ],
  },
  {
    id: 't-multiple',
    type: 'multiple',
    prompt: 'MULTIPLE: which treaties moved the border in 1858-1860?',
    choices: [{ text: 'Aigun', correct: true }, { text: 'Peking', correct: true }, { text: 'Nerchinsk' }],
  },
  {
    id: 't-truefalse',
    type: 'truefalse',
    prompt: 'TRUEFALSE: the Power of Siberia opened in 2019.',
    answer: true,
  },
  {
    id: 't-typed',
    type: 'typed',
    prompt: 'TYPED: which city faces Heihe across the Amur?',
    answer: 'Blagoveshchensk',
  },
  {
    id: 't-numeric',
    type: 'numeric',
    prompt: 'NUMERIC: how long is the Power of Siberia, in miles?',
    answer: 1800,
    unit: 'miles',
    tolerance: { relative: 0.05 },
  },
  { id: 't-year', type: 'year', prompt: 'YEAR: when was the Treaty of Aigun signed?', answer: 1858 },
  {
    id: 't-ordering',
    type: 'ordering',
    prompt: 'ORDERING: earliest first.',
    items: [
      { text: 'Aigun', note: '1858' },
      { text: 'Peking', note: '1860' },
      { text: 'No limits', note: '2022' },
    ],
  },
  {
    id: 't-matching',
    type: 'matching',
    prompt: 'MATCHING: treaty to year.',
    pairs: [
      { left: 'Aigun', right: '1858' },
      { left: 'Peking', right: '1860' },
    ],
    // The long distractor makes every select as wide as its longest option: layouts must still fit a phone.
    distractors: [
      '1689',
      'never: both delegations left Nerchinsk without signing the final text of the treaty',
    ],
  },
  {
    id: 't-cloze',
    type: 'cloze',
    prompt: 'CLOZE: fill the gaps.',
    text: 'The {{Convention of Peking}} was signed in {{1860}}.',
  },
  { id: 't-mapclick', type: 'mapclick', prompt: 'MAPCLICK: click Ukraine.', target: { region: 'ukraine' } },
].map((question) => ({ ...BASE, ...question }));

/**
 * Serves the test pack in place of one built-in pack and empty packs in place of the others. With
 * `onlyIds`, the pack holds just those questions, so a round is sure to show each of them.
 */
export async function serveTestPack(page: Page, onlyIds?: readonly string[]): Promise<void> {
  let served = false;
  const chosen = onlyIds ? QUESTIONS.filter((question) => onlyIds.includes(question.id)) : QUESTIONS;
  await page.route(/\/assets\/(?!map-)[a-z-]+-[^/]+\.json$/, (route: Route) => {
    const questions = served ? [] : chosen;
    served = true;
    return route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        ...ENVELOPE,
        id: `test-${questions.length}-${Math.random()}`,
        title: 'Test',
        questions,
      }),
    });
  });
}

/** The test questions as the game reads them, typed for the answerers. */
const PLAYED: Question[] = readTestPack();

/** Parses the test pack with the game's own validator, failing loudly if a test question is invalid. */
function readTestPack(): Question[] {
  const parsed = parsePack(JSON.stringify({ ...ENVELOPE, id: 'test', title: 'Test', questions: QUESTIONS }));
  if (!parsed.ok || parsed.value.problems.length > 0) throw new Error('the test pack does not validate');
  return parsed.value.pack.questions;
}

/** How a test question is answered, when not by pointer with its own answer, and what the feedback then shows. */
const ANSWERED_AS: Record<string, Partial<AnswerHow> & { shows?: (page: Page) => Promise<void> }> = {
  't-single': { keyboard: true },
  't-truefalse': { keyboard: true },
  't-multiple': { keyboard: true },
  't-typed': {
    text: 'Blagoveschensk',
    shows: (page) => expect(page.locator('.typo')).toContainText('Accepted with a typo'),
  },
  't-numeric': { text: '2,900 km' },
};

/** Answers whichever question is showing, rightly, by its type, and checks the feedback. */
export async function answerShownQuestion(page: Page, answered: Set<string>): Promise<void> {
  const heading = (await page.locator('#quiz-heading').textContent()) ?? '';
  const question = PLAYED.find((candidate) => heading.endsWith(candidate.prompt));
  if (!question) throw new Error(`unexpected question: ${heading}`);
  const { shows, ...how } = ANSWERED_AS[question.id] ?? {};
  await answerShown(page, question, { right: true, keyboard: false, ...how });
  await shows?.(page);
  await expect(page.locator('.verdict'), `${question.type} answered right`).toHaveText('✓ Correct!');
  await expect(page.locator('.explanation')).toHaveText('Test explanation.');
  await expect(page.locator('.source')).toHaveText('Source: “Test source”, Test outlet, Test author, 2024');
  const link = page
    .locator('.source')
    .getByRole('link', { name: '“Test source”, Test outlet, Test author, 2024' });
  await expect(link).toHaveAttribute('href', 'https://example.org/test-source');
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  answered.add(question.type);
}

/**
 * Answers questions (restarting rounds as needed) until the one whose prompt starts with `prefix` shows,
 * then leaves it unanswered for the test.
 */
export async function playUntil(page: Page, prefix: string): Promise<void> {
  for (let i = 0; i < 12; i++) {
    const heading = (await page.locator('#quiz-heading').textContent()) ?? '';
    if (heading.startsWith(prefix)) return;
    await answerShownQuestion(page, new Set());
    await page.getByRole('button', { name: /Next question|See results/ }).click();
    if (await page.getByRole('heading', { name: 'Round complete' }).isVisible()) {
      await page.getByRole('button', { name: 'Play again' }).click();
    }
  }
  throw new Error(`the ${prefix} question never came up`);
}

/** A place question about Beijing in a starting region, with a name for its label and its feedback. */
export const BEIJING_PLACE_QUESTION = {
  id: 't-place-named-beijing',
  type: 'mapclick',
  region: 'north-china',
  prompt: 'PLACE: click the capital of China.',
  target: { point: [116.4, 39.9], radiusKm: 60, name: 'Beijing, the capital' },
  explanation: 'Test explanation.',
  source: 'test',
  difficulty: 1,
  tags: ['test'],
} as const;

/**
 * Serves a pack holding only `questions` in place of the first built-in pack, and empty packs for the rest,
 * so that a round plays exactly those questions.
 */
export async function serveOnlyQuestions(page: Page, questions: readonly object[]): Promise<void> {
  let served = false;
  await page.route(/\/assets\/(?!map-)[a-z-]+-[^/]+\.json$/, (route: Route) => {
    const packQuestions = served ? [] : questions;
    served = true;
    return route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        format: 'borderlines-pack',
        formatVersion: 1,
        id: `test-place-${packQuestions.length}-${Math.random()}`,
        version: 1,
        title: 'Test',
        author: 'Test',
        license: 'CC0-1.0',
        language: 'en',
        sources: [
          { id: 'test', title: 'Test source', outlet: 'Test outlet', author: 'Test author', date: '2024' },
        ],
        questions: packQuestions,
      }),
    });
  });
}
