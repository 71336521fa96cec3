/**
 * Flashcards in the production build: the time from the key press that rates a card to the IndexedDB
 * transaction that saves it completing, for a new learner and for one with a year of history.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { DEFAULT_SETTINGS, type GameState } from '../../src/core/play/gameState';
import { toSaveData } from '../../src/core/save/saveData';
import { GAME_URL, freshPage, waitForMenu } from './browser';
import { INSTRUMENT, type PageLog } from './instrument';
import { syntheticLearner } from './learner';
import { inputToWrite } from './pageLog';

/** Every question id in the built-in packs, in file order. */
function builtInQuestionIds(): string[] {
  return readdirSync('questions')
    .filter((file) => file.endsWith('.json') && !file.endsWith('.schema.json'))
    .sort()
    .flatMap((file) =>
      (
        JSON.parse(readFileSync(join('questions', file), 'utf8')) as { questions: { id: string }[] }
      ).questions.map((question) => question.id),
    );
}

/** Raises the daily new-card limit so that the session has enough cards to rate. */
async function allowManyNewCards(page: Page): Promise<void> {
  await page.getByText('Study settings').click();
  await page.getByRole('spinbutton', { name: 'New cards per day' }).fill('200');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
}

/** Rates `count` flashcards by keyboard and returns, per rating, key press → save transaction complete. */
async function rateAndTime(page: Page, count: number): Promise<number[]> {
  await page.getByRole('button', { name: /^Flashcards/ }).click();
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    await page.locator('.card-front').waitFor();
    await page.keyboard.press(' ');
    await page.getByRole('group', { name: 'How well did you remember?' }).waitFor();
    await page.waitForTimeout(50);
    await page.keyboard.press(String(1 + (i % 4)));
    await page.waitForFunction(
      () => {
        const log = (window as unknown as { __bench: PageLog }).__bench;
        const pressed = log.keys.filter(([key]) => /^[1-4]$/.test(key)).at(-1)?.[1];
        return pressed !== undefined && log.writes.some(({ put }) => put >= pressed);
      },
      undefined,
      { polling: 20, timeout: 30_000 },
    );
    const log = await page.evaluate(() => (window as unknown as { __bench: PageLog }).__bench);
    const pressed = log.keys.filter(([key]) => /^[1-4]$/.test(key)).at(-1)?.[1] ?? Number.NaN;
    samples.push(inputToWrite(log.writes, pressed) ?? Number.NaN);
  }
  return samples;
}

/** Stores a year-long history for the built-in questions as the current learner's progress. */
async function seedHeavyLearner(page: Page): Promise<number> {
  const now = Date.now();
  const ids = builtInQuestionIds();
  const learner = syntheticLearner(ids, ids.length - 70, 365, now);
  const state: GameState = {
    regions: { 'european-russia': 'open', 'north-china': 'open' },
    answers: learner.answers,
    settings: { ...DEFAULT_SETTINGS, newPerDay: 200 },
    round: null,
    cards: learner.cards,
    reviewLog: learner.reviewLog,
  };
  const save = toSaveData(state, now);
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('borderlines');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          // The current learner's next generation, then the pointer to it, as the game itself saves.
          const transaction = open.result.transaction('progress', 'readwrite');
          const store = transaction.objectStore('progress');
          const index = store.get('profiles');
          index.onsuccess = () => {
            const profile = (index.result as { current: string }).current;
            const pointer = store.get(`progress/${profile}`);
            pointer.onsuccess = () => {
              const generation =
                ((pointer.result as { generation: number } | undefined)?.generation ?? 0) + 1;
              store.put(value, `progress/${profile}/${generation}`);
              store.put({ generation }, `progress/${profile}`);
            };
          };
          transaction.oncomplete = () => {
            open.result.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    save,
  );
  return learner.reviewLog.length;
}

/** Rating → saved samples for a new learner and for one with a year of history, `count` ratings each. */
export async function flashcardSaves(
  browser: Browser,
  count: number,
): Promise<{ fresh: number[]; heavy: number[]; logLength: number }> {
  const fresh = await freshPage(browser, 1, INSTRUMENT);
  await fresh.page.goto(GAME_URL);
  await waitForMenu(fresh.page);
  await allowManyNewCards(fresh.page);
  const freshSamples = await rateAndTime(fresh.page, count);
  await fresh.context.close();

  const heavy = await freshPage(browser, 1, INSTRUMENT);
  await heavy.page.goto(GAME_URL);
  await waitForMenu(heavy.page);
  const logLength = await seedHeavyLearner(heavy.page);
  await heavy.page.reload();
  await waitForMenu(heavy.page);
  const heavySamples = await rateAndTime(heavy.page, count);
  await heavy.context.close();
  return { fresh: freshSamples, heavy: heavySamples, logLength };
}
