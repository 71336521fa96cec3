/**
 * A test pack with one question of every type, served in place of the built-in packs, for specs that need
 * each question type to come up.
 */
import type { Page, Route } from '@playwright/test';
import { projectToMap } from '../../src/core/map/projection';
import { MAP, expect, regionButton, regionNames, screenPointOf } from './fixtures';

/** Pack metadata shared by the test questions. */
const ENVELOPE = {
  format: 'borderlines-pack',
  formatVersion: 1,
  version: 1,
  author: 'Test',
  license: 'CC0-1.0',
  language: 'en',
  sources: [{ id: 'test', title: 'Test source', outlet: 'Test outlet', author: 'Test author', date: '2024' }],
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

/** Answers whichever question is showing, rightly, by its type, and checks the feedback. */
export async function answerShownQuestion(page: Page, answered: Set<string>): Promise<void> {
  const heading = (await page.locator('#quiz-heading').textContent()) ?? '';
  const type = /([A-Z]+):/.exec(heading)?.[1]?.toLowerCase() ?? 'unknown';
  const answers = page.getByRole('group', { name: 'Answers' });
  switch (type) {
    case 'single': {
      const labels = await answers.locator('.choice-text').allTextContents();
      await page.keyboard.press(String(labels.indexOf('Convention of Peking') + 1));
      break;
    }
    case 'truefalse':
      await page.keyboard.press('t');
      break;
    case 'multiple': {
      const labels = await page.locator('label.choice .choice-text').allTextContents();
      await page.locator('#quiz-heading').focus();
      await page.keyboard.press(String(labels.indexOf('Aigun') + 1));
      await page.waitForTimeout(30);
      await page.keyboard.press(String(labels.indexOf('Peking') + 1));
      await page.waitForTimeout(30);
      await page.keyboard.press('Enter');
      break;
    }
    case 'typed':
      await page.getByRole('textbox', { name: 'Your answer' }).fill('Blagoveschensk');
      await page.keyboard.press('Enter');
      await expect(page.locator('.typo')).toContainText('Accepted with a typo');
      break;
    case 'numeric':
      await page.getByRole('textbox', { name: 'Your answer' }).fill('2,900 km');
      await page.keyboard.press('Enter');
      break;
    case 'year':
      await page.getByRole('textbox', { name: 'Your answer' }).fill('1858');
      await page.keyboard.press('Enter');
      break;
    case 'ordering': {
      for (let pass = 0; pass < 3; pass++) {
        const items = await page.locator('.order-text').allTextContents();
        const wanted = ['Aigun', 'Peking', 'No limits'];
        const misplaced = items.findIndex((text, index) => text !== wanted[index]);
        if (misplaced < 0) break;
        const item = wanted[misplaced] ?? '';
        const from = items.indexOf(item);
        for (let step = from; step > misplaced; step--) {
          await page.getByRole('button', { name: `Move “${item}” up` }).click();
        }
      }
      await page.getByRole('button', { name: 'Check order' }).click();
      break;
    }
    case 'matching':
      await page.getByRole('combobox', { name: 'Match for “Aigun”' }).selectOption({ label: '1858' });
      await page.getByRole('combobox', { name: 'Match for “Peking”' }).selectOption({ label: '1860' });
      await page.getByRole('button', { name: 'Check answer' }).click();
      break;
    case 'cloze':
      await page.getByRole('textbox', { name: 'Gap 1' }).fill('Convention of Peking');
      await page.getByRole('textbox', { name: 'Gap 2' }).fill('1860');
      await page.keyboard.press('Enter');
      break;
    case 'mapclick':
      await regionButton(page, regionNames.get('ukraine') ?? 'Ukraine').focus();
      await page.keyboard.press('Enter');
      break;
    case 'mappoint': {
      const [x, y] = projectToMap(MAP.projection, 37.62, 55.75);
      const spot = await screenPointOf(page, x, y);
      await page.mouse.click(spot.x, spot.y);
      break;
    }
    default:
      throw new Error(`unexpected question: ${heading}`);
  }
  await expect(page.locator('.verdict'), `${type} answered right`).toHaveText('✓ Correct!');
  await expect(page.locator('.explanation')).toHaveText('Test explanation.');
  await expect(page.locator('.source')).toHaveText('Source: “Test source”, Test outlet, Test author, 2024');
  answered.add(type);
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
