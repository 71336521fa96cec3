/**
 * Benchmarks in headless Chromium against the production build: the time from the key press that rates a
 * flashcard to the IndexedDB transaction that saves it completing, for a new learner and for one with a
 * year of history.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page, chromium } from '@playwright/test';
import { DEFAULT_SETTINGS, type GameState } from '../../src/core/play/gameState';
import { toSaveData } from '../../src/core/save/saveData';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium';
import { syntheticLearner } from './learner';
import type { Measure } from './report';
import { summarise } from './stats';

const PORT = Number(process.env.BENCH_PORT ?? 4319);
const URL_BASE = `http://127.0.0.1:${PORT}/play/borderlines/`;
/**
 * Records key presses and completed IndexedDB writes of progress pointers, with their times, in the page.
 * A save writes the next record and then the pointer to it, so the pointer write completing is the moment
 * the new progress is durably the current one.
 */
const INSTRUMENT = `
  window.__bench = { keys: [], writes: [] };
  document.addEventListener('keydown', (event) => window.__bench.keys.push([event.key, performance.now()]), true);
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    const key = String(args[1] ?? '');
    if (/^progress\\/[^/]+$/.test(key))
      this.transaction.addEventListener('complete', () => window.__bench.writes.push(performance.now()));
    return put.apply(this, args);
  };
`;

interface BenchLog {
  keys: [string, number][];
  writes: number[];
}

/** Stops the server and the processes it started (npx runs tsx, which runs node). */
function stopServer(server: ChildProcess): void {
  if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
}

/** True when something already answers on the benchmark port (a stale server would serve an old build). */
async function portInUse(): Promise<boolean> {
  try {
    await fetch(URL_BASE);
    return true;
  } catch {
    return false;
  }
}

/** Starts the static server for `dist/` and resolves when it answers. */
async function startServer(): Promise<ChildProcess> {
  if (await portInUse())
    throw new Error(`port ${PORT} is already in use; stop whatever serves it and run again`);
  const server = spawn('npx', ['tsx', 'tests/e2e/serveDist.ts', String(PORT), '/play/borderlines/'], {
    stdio: 'ignore',
    detached: true,
  });
  for (let i = 0; i < 100; i++) {
    if (await portInUse()) return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  stopServer(server);
  throw new Error(`the build server did not start on port ${PORT}`);
}

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

/** Writes a pack of 10,000 questions of mixed types to a temporary file and returns its path. */
function writeLargePack(): string {
  const questions = Array.from({ length: 10_000 }, (_, i) => {
    const base = {
      id: `q${i}`,
      prompt: `Question number ${i}: which is right?`,
      source: 'bench',
      difficulty: 2,
      tags: ['bench'],
    };
    if (i % 3 === 0) return { ...base, type: 'truefalse', answer: i % 2 === 0 };
    if (i % 3 === 1) return { ...base, type: 'typed', answer: `Answer ${i}`, accept: [`Reply ${i}`] };
    return {
      ...base,
      type: 'single',
      choices: [{ text: `Right ${i}`, correct: true }, { text: `Wrong ${i}` }, { text: `Other ${i}` }],
    };
  });
  const pack = {
    format: 'borderlines-pack',
    formatVersion: 1,
    id: 'bench-large',
    version: 1,
    title: 'Benchmark pack',
    author: 'bench',
    license: 'CC0-1.0',
    language: 'en',
    sources: [{ id: 'bench', title: 'Generated', outlet: 'bench', author: 'bench', date: '2026' }],
    questions,
  };
  const file = join(mkdtempSync(join(tmpdir(), 'bench-pack-')), 'large-pack.json');
  writeFileSync(file, JSON.stringify(pack, null, 2));
  return file;
}

/** Imports a 10,000-question pack through the pack manager: file chosen → preview, and Install → stored. */
async function importLargePack(browser: Browser, file: string): Promise<{ validate: number; store: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(URL_BASE);
  await waitForMenu(page);
  await page.getByRole('button', { name: 'Question packs' }).click();
  const started = Date.now();
  await page.getByLabel('Choose a file').setInputFiles(file);
  await page.getByRole('heading', { name: 'Preview: Benchmark pack' }).waitFor();
  const validate = Date.now() - started;
  const installing = Date.now();
  await page.getByRole('button', { name: 'Install pack' }).click();
  await page.getByText('Installed “Benchmark pack” with 10000 questions.').waitFor();
  const store = Date.now() - installing;
  await context.close();
  return { validate, store };
}

/** Runs the browser benchmarks; needs `dist/` built. */
export async function browserBenches(): Promise<Measure[]> {
  const server = await startServer();
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
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

    const largePack = writeLargePack();
    const imports = [];
    for (let run = 0; run < 5; run++) imports.push(await importLargePack(browser, largePack));

    return [
      {
        name: 'rate a flashcard → saved (pointer write complete), new learner',
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
      {
        name: 'import a 10,000-question pack: file chosen → preview (read + validate)',
        unit: 'ms',
        ...summarise(imports.map((run) => run.validate)),
      },
      {
        name: 'import a 10,000-question pack: Install → stored and playable',
        unit: 'ms',
        ...summarise(imports.map((run) => run.store)),
      },
      {
        name: 'import a 10,000-question pack (validate + store)',
        unit: 'ms',
        ...summarise(imports.map((run) => run.validate + run.store)),
        budget: 1000,
        judged: 'median',
      },
    ];
  } finally {
    await browser?.close();
    stopServer(server);
  }
}
