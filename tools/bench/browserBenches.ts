/**
 * Benchmarks in headless Chromium against the production build: the time from the key press that rates a
 * flashcard to the IndexedDB transaction that saves it completing, for a new learner and for one with a
 * year of history.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page, chromium } from '@playwright/test';
import { DEFAULT_SETTINGS, type GameState } from '../../src/core/play/gameState';
import { toSaveData } from '../../src/core/save/saveData';
import { syntheticLearner } from './learner';
import type { Measure } from './report';
import { summarise } from './stats';

const PORT = 4319;
const URL_BASE = `http://127.0.0.1:${PORT}/play/borderlines/`;
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Records key presses and completed IndexedDB write transactions, with their times, in the page. */
const INSTRUMENT = `
  window.__bench = { keys: [], writes: [] };
  document.addEventListener('keydown', (event) => window.__bench.keys.push([event.key, performance.now()]), true);
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    this.transaction.addEventListener('complete', () => window.__bench.writes.push(performance.now()));
    return put.apply(this, args);
  };
`;

interface BenchLog {
  keys: [string, number][];
  writes: number[];
}

/** Starts the static server for `dist/` and resolves when it answers. */
async function startServer(): Promise<ChildProcess> {
  const server = spawn('npx', ['tsx', 'tests/e2e/serveDist.ts', String(PORT), '/play/borderlines/'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(URL_BASE)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`the build server did not start on port ${PORT}`);
}

/** Every question id in the built-in packs, in file order. */
function builtInQuestionIds(): string[] {
  return readdirSync('questions')
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) =>
      (
        JSON.parse(readFileSync(join('questions', file), 'utf8')) as { questions: { id: string }[] }
      ).questions.map((question) => question.id),
    );
}

async function waitForMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Play|Continue)$/ }).waitFor({ timeout: 30_000 });
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
    const writesBefore = await page.evaluate(
      () => (window as unknown as { __bench: BenchLog }).__bench.writes.length,
    );
    await page.waitForTimeout(50);
    await page.keyboard.press(String(1 + (i % 4)));
    const sample = await page.waitForFunction((before) => {
      const log = (window as unknown as { __bench: BenchLog }).__bench;
      if (log.writes.length <= before) return null;
      const pressed = log.keys.filter(([key]) => /^[1-4]$/.test(key)).at(-1)?.[1] ?? 0;
      return (log.writes[before] ?? 0) - pressed;
    }, writesBefore);
    samples.push((await sample.jsonValue()) as number);
  }
  return samples;
}

/** Stores a year-long history for the built-in questions, as the game would have saved it. */
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
          const transaction = open.result.transaction('progress', 'readwrite');
          transaction.objectStore('progress').put(value, 'progress');
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

/** Runs the browser benchmarks; needs `dist/` built. */
export async function browserBenches(): Promise<Measure[]> {
  const server = await startServer();
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_FLAGS,
    });
    const fresh = await browser.newContext();
    await fresh.addInitScript(INSTRUMENT);
    const freshPage = await fresh.newPage();
    await freshPage.goto(URL_BASE);
    await waitForMenu(freshPage);
    await allowManyNewCards(freshPage);
    const freshSamples = await rateAndTime(freshPage, 40);
    await fresh.close();

    const heavy = await browser.newContext();
    await heavy.addInitScript(INSTRUMENT);
    const heavyPage = await heavy.newPage();
    await heavyPage.goto(URL_BASE);
    await waitForMenu(heavyPage);
    const logLength = await seedHeavyLearner(heavyPage);
    await heavyPage.reload();
    await waitForMenu(heavyPage);
    const heavySamples = await rateAndTime(heavyPage, 40);
    await heavy.close();

    return [
      {
        name: 'rate a flashcard → saved (IndexedDB complete), new learner',
        unit: 'ms',
        ...summarise(freshSamples),
        budget: 100,
        judged: 'p95',
      },
      {
        name: `rate a flashcard → saved, learner with ${logLength.toLocaleString('en')} reviews`,
        unit: 'ms',
        ...summarise(heavySamples),
        budget: 100,
        judged: 'p95',
      },
    ];
  } finally {
    await browser?.close();
    server.kill();
  }
}
