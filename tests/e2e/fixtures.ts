import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserContext, type Page, test as base, expect } from '@playwright/test';
import type { MapAsset } from '../../src/core/map/mapTypes';
import type { Question } from '../../src/core/model/pack';
import { GUIDE_FLAG_KEY } from '../../src/services/guideFlag';
import { answerShown } from './answer';

/** Console messages that are not errors of ours: SwiftShader's WebGL performance notes. */
const IGNORED_CONSOLE = [/GL Driver Message/i, /GPU stall due to ReadPixels/i, /WebGL.*performance/i];

/** Records console errors (GL driver notes aside) and uncaught exceptions of `page` into `errors`. */
export function collectPageErrors(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (IGNORED_CONSOLE.some((pattern) => pattern.test(text))) return;
    errors.push(`console.error: ${text}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
}

/**
 * Marks the guided first round as skipped in every page of `context`, as a player who chose "Skip the
 * tour" would have: the specs of everything but the tour play a new player's ordinary five-question rounds.
 * The tour itself is tested, from a really fresh browser, in `guided.spec.ts`.
 */
export async function skipTour(context: BrowserContext): Promise<void> {
  await context.addInitScript((key) => {
    try {
      localStorage.setItem(key, 'skipped');
    } catch {
      // A page without storage (about:blank) has no tour either.
    }
  }, GUIDE_FLAG_KEY);
}

/**
 * The test fixture every e2e spec uses: it fails the test on any console error or uncaught exception in
 * the page (GL driver performance warnings aside), and records how the page used Web Audio so tests can
 * check that nothing plays before the first user gesture. Its browser has skipped the guided first round
 * (see {@link skipTour}) unless a spec sets `tour: true`.
 */
export const test = base.extend<{ pageErrors: string[]; tour: boolean }>({
  tour: [false, { option: true }],
  context: async ({ context, tour }, use) => {
    if (!tour) await skipTour(context);
    await use(context);
  },
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      collectPageErrors(page, errors);
      await page.addInitScript(() => {
        const log: { event: string; activated: boolean; seconds?: number }[] = [];
        (window as unknown as { __audioLog: typeof log }).__audioLog = log;
        const Original = window.AudioContext;
        if (!Original) return;
        const activated = () => navigator.userActivation?.hasBeenActive ?? false;
        window.AudioContext = class extends Original {
          constructor(options?: AudioContextOptions) {
            super(options);
            log.push({ event: 'context', activated: activated() });
          }
        };
        const start = AudioBufferSourceNode.prototype.start;
        AudioBufferSourceNode.prototype.start = function (...args: Parameters<typeof start>) {
          log.push({ event: 'start', activated: activated(), seconds: this.buffer?.duration ?? 0 });
          return start.apply(this, args);
        };
      });
      await use(errors);
      expect(errors, 'console errors or uncaught exceptions in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** One Web Audio event in the page: a context created or a buffer started (with its length). */
export interface AudioEvent {
  event: string;
  activated: boolean;
  seconds?: number;
}

/** How the page used Web Audio: contexts created and sounds started, and whether a gesture had happened. */
export function audioLog(page: Page): Promise<AudioEvent[]> {
  return page.evaluate(() => (window as unknown as { __audioLog: AudioEvent[] }).__audioLog);
}

/**
 * Sounds a player could hear. Howler starts a one-sample silent buffer on the first gesture to unlock
 * audio; anything shorter than 10 ms is that, not a sound.
 */
export async function audibleSounds(page: Page): Promise<AudioEvent[]> {
  return (await audioLog(page)).filter((entry) => entry.event === 'start' && (entry.seconds ?? 0) > 0.01);
}

/** The built-in questions, read from `questions/` the way a player who knows the answers would know them. */
function loadQuestions(): Question[] {
  const dir = join(process.cwd(), 'questions');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .flatMap(
      (name) => (JSON.parse(readFileSync(join(dir, name), 'utf8')) as { questions: Question[] }).questions,
    );
}

/** The heading the quiz panel shows for a question. */
function headingOf(question: Question): string {
  return question.type === 'truefalse' ? `True or false? ${question.prompt}` : question.prompt;
}

/** Built-in questions by the heading the quiz panel shows for them (several for a shared cloze prompt). */
export const answerKey = new Map<string, Question[]>();
for (const question of loadQuestions()) {
  answerKey.set(headingOf(question), [...(answerKey.get(headingOf(question)) ?? []), question]);
}

/** The generated map, as the tests need it. */
export const MAP = JSON.parse(readFileSync(join(process.cwd(), 'assets', 'map.json'), 'utf8')) as MapAsset;

/** The part of the screen the map is fitted into, and the zoom that fits it, before any pan or zoom. */
export async function mapView(
  page: Page,
): Promise<{ left: number; top: number; width: number; height: number; zoom: number }> {
  const bar = await page.locator('.map-bar').boundingBox();
  const list = await page.getByRole('navigation', { name: 'Regions' }).boundingBox();
  const viewport = page.viewportSize();
  if (!bar || !list || !viewport) throw new Error('layout not ready');
  const top = bar.y + bar.height;
  // The region list stands on the right on wide screens and along the bottom on narrow ones.
  const onRight = list.x > viewport.width / 2;
  const width = onRight ? list.x : viewport.width;
  const height = (onRight ? viewport.height : list.y) - top;
  return { left: 0, top, width, height, zoom: Math.min(width / MAP.width, height / MAP.height) };
}

/**
 * Where a map point (map units) appears on screen: the map is fitted into the space the bar and the
 * region list leave free, and centred there, as long as the player has not panned or zoomed.
 */
export async function screenPointOf(
  page: Page,
  mapX: number,
  mapY: number,
): Promise<{ x: number; y: number }> {
  const view = await mapView(page);
  return {
    x: view.left + view.width / 2 + (mapX - MAP.width / 2) * view.zoom,
    y: view.top + view.height / 2 + (mapY - MAP.height / 2) * view.zoom,
  };
}

/**
 * Where a map point (map units) shows on screen now, wherever the camera is (a place question frames its
 * place): waits for the map to rest, then reads the view it reports (data-view="left,top,zoom").
 */
export async function shownPointOf(
  page: Page,
  mapX: number,
  mapY: number,
): Promise<{ x: number; y: number }> {
  const root = page.locator('#game-root');
  await expect(root).toHaveAttribute('data-motion', 'still');
  await expect(root).toHaveAttribute('data-view', /,/);
  const [left, top, zoom] = ((await root.getAttribute('data-view')) ?? '').split(',').map(Number) as [
    number,
    number,
    number,
  ];
  const canvas = await root.locator('canvas').boundingBox();
  if (!canvas) throw new Error('the map canvas is not on screen');
  return { x: canvas.x + (mapX - left) * zoom, y: canvas.y + (mapY - top) * zoom };
}

/** Region names by id, from the generated map. */
export const regionNames = new Map(MAP.regions.map((region) => [region.id, region.name]));

/** Neighbour lists by region id, from the generated map. */
export const neighbours = new Map(MAP.regions.map((region) => [region.id, region.neighbours]));

/** Opens the game and waits for the menu. */
export async function openMenu(page: Page): Promise<void> {
  await page.goto('./');
  await waitForMenu(page);
}

/** Waits until the menu is shown and usable. */
export async function waitForMenu(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Borderlines' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^(Play|Continue)$/ })).toBeVisible();
}

/**
 * From the menu, goes to the map and waits for the region list and for the map itself (its engine loads
 * after the menu shows, so a quick player can reach the map screen before it is drawn).
 */
export async function enterMap(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Play|Continue)$/ }).click();
  await expect(page.getByRole('navigation', { name: 'Regions' })).toBeVisible();
  await expect(page.locator('#game-root')).toHaveAttribute('data-map', 'ready');
}

/** The region list entry for a region, by its display name. */
export function regionButton(page: Page, name: string) {
  return page
    .getByRole('navigation', { name: 'Regions' })
    .getByRole('button', { name: new RegExp(`^${escape(name)}, `) });
}

/** Escapes text for use in a regular expression. */
export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Finds the question on screen in the answer key. */
async function shownQuestion(page: Page): Promise<Question> {
  const heading = page.locator('#quiz-heading');
  await expect(heading).toBeVisible();
  const text = (await heading.textContent()) ?? '';
  const candidates = answerKey.get(text) ?? [];
  if (candidates.length > 1) {
    const shown = ((await page.locator('form.cloze p').textContent()) ?? '').replace(/\s+/g, ' ').trim();
    const match = candidates.find(
      (question) =>
        question.type === 'cloze' &&
        question.text
          .replace(/\{\{[^}]*\}\}/g, '')
          .replace(/\s+/g, ' ')
          .trim() === shown,
    );
    if (match) return match;
  }
  const question = candidates[0];
  if (!question) throw new Error(`question not in the answer key: ${text}`);
  return question;
}

/**
 * Answers the question on screen, right or wrong, whatever its type, with the pointer or with the keyboard
 * alone, and waits for the feedback. Returns the question's type.
 */
export async function answerQuestion(page: Page, right: boolean, keyboard = false): Promise<string> {
  const question = await shownQuestion(page);
  await answerShown(page, question, { right, keyboard });
  const verdict = page.locator('.verdict');
  if (right) await expect(verdict, `${question.type} ${question.id} answered right`).toHaveText('✓ Correct!');
  else await expect(verdict).toHaveText(/Not quite|Partly right/);
  await expect(page.locator('.feedback .source')).toContainText(/^(Source|Reference|Map data): “/);
  return question.type;
}

/**
 * Plays one full round by pointer, answering `correctCount` questions right and the rest wrong, and
 * returns after the results are shown.
 */
export async function playRound(page: Page, correctCount: number): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await answerQuestion(page, i < correctCount);
    await page.getByRole('button', { name: /^(Next question|See results)$/ }).click();
  }
  await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
}

/** Reads a record from the game's IndexedDB store (`borderlines` / `progress`), or undefined. */
export function readStored(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (storageKey) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('borderlines');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('progress')) {
            db.close();
            resolve(undefined);
            return;
          }
          const request = db.transaction('progress', 'readonly').objectStore('progress').get(storageKey);
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    key,
  );
}

/** Lists the keys in the game's IndexedDB store. */
export function storedKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('borderlines');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('progress', 'readonly').objectStore('progress').getAllKeys();
          request.onsuccess = () => {
            db.close();
            resolve(request.result.map(String));
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Writes a raw record into the game's IndexedDB store, as a damaged or foreign save would be. */
export function writeStored(page: Page, key: string, value: unknown): Promise<void> {
  return page.evaluate(
    ([storageKey, storedValue]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('borderlines');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const transaction = db.transaction('progress', 'readwrite');
          transaction.objectStore('progress').put(storedValue, storageKey as string);
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    [key, value] as const,
  );
}

/** The storage key of the current learner's current progress record, once the game has saved. */
export async function progressKey(page: Page): Promise<string | undefined> {
  const index = (await readStored(page, 'profiles')) as { current: string } | undefined;
  if (!index) return undefined;
  const pointer = (await readStored(page, `progress/${index.current}`)) as { generation: number } | undefined;
  return pointer ? `progress/${index.current}/${pointer.generation}` : undefined;
}

/** Reads the current learner's saved progress, as the game stored it. */
export async function readProgress(page: Page): Promise<unknown> {
  const key = await progressKey(page);
  return key ? readStored(page, key) : undefined;
}

/** Number of answers in the current learner's saved progress (0 before the first save). */
export async function storedAnswerCount(page: Page): Promise<number> {
  return ((await readProgress(page)) as { answers?: unknown[] } | undefined)?.answers?.length ?? 0;
}

/**
 * Waits until saving has settled: the page marks `<html data-progress>` "saving" when a write is requested
 * and "saved" once every requested write is on disk. Saving is asynchronous, so tests that reload at once
 * (faster than any player) wait for it first.
 */
export async function progressSettled(page: Page): Promise<void> {
  await expect(page.locator('html')).not.toHaveAttribute('data-progress', 'saving');
}

/**
 * Stores `value` as the current learner's newest progress record, the way a save would (next generation,
 * then the pointer), so tests can plant damaged data. The game must have opened storage once.
 */
export async function writeProgress(page: Page, value: unknown): Promise<void> {
  const index = (await readStored(page, 'profiles')) as { current: string } | undefined;
  if (!index) throw new Error('the game has not created its profiles yet');
  const pointer = (await readStored(page, `progress/${index.current}`)) as { generation: number } | undefined;
  const generation = (pointer?.generation ?? 0) + 1;
  await writeStored(page, `progress/${index.current}/${generation}`, value);
  await writeStored(page, `progress/${index.current}`, { generation });
}

/** Answers the current question right (or wrong) by pointer and waits for the feedback. */
export async function answerOne(page: Page, right: boolean): Promise<void> {
  await answerQuestion(page, right);
}
