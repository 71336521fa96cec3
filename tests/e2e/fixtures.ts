import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Page, test as base, expect } from '@playwright/test';

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
 * The test fixture every e2e spec uses: it fails the test on any console error or uncaught exception in
 * the page (GL driver performance warnings aside), and records how the page used Web Audio so tests can
 * check that nothing plays before the first user gesture.
 */
export const test = base.extend<{ pageErrors: string[] }>({
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

interface PackFile {
  questions: {
    type: string;
    prompt: string;
    region?: string;
    answer?: boolean;
    choices?: { text: string; correct?: boolean }[];
  }[];
}

/** The built-in questions, read from `questions/` the way a player who knows the answers would know them. */
function loadAnswerKey(): Map<string, { right: string; wrong: string; region?: string }> {
  const dir = join(process.cwd(), 'questions');
  const key = new Map<string, { right: string; wrong: string; region?: string }>();
  for (const file of readdirSync(dir).filter(
    (name) => name.endsWith('.json') && !name.endsWith('.schema.json'),
  )) {
    const pack = JSON.parse(readFileSync(join(dir, file), 'utf8')) as PackFile;
    for (const question of pack.questions) {
      if (question.type === 'truefalse') {
        const right = question.answer ? 'True' : 'False';
        const wrong = question.answer ? 'False' : 'True';
        key.set(`True or false? ${question.prompt}`, {
          right,
          wrong,
          ...(question.region ? { region: question.region } : {}),
        });
      } else if (question.type === 'single' && question.choices) {
        const right = question.choices.find((choice) => choice.correct)?.text ?? '';
        const wrong = question.choices.find((choice) => !choice.correct)?.text ?? '';
        key.set(question.prompt, { right, wrong, ...(question.region ? { region: question.region } : {}) });
      }
    }
  }
  return key;
}

/** Answers by question heading. */
export const answerKey = loadAnswerKey();

const MAP = JSON.parse(readFileSync(join(process.cwd(), 'assets', 'map.json'), 'utf8')) as {
  regions: { id: string; name: string; neighbours: string[] }[];
};

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

/** From the menu, goes to the map and waits for the region list. */
export async function enterMap(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Play|Continue)$/ }).click();
  await expect(page.getByRole('navigation', { name: 'Regions' })).toBeVisible();
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

/** Reads the question heading currently shown and returns its answers from the key. */
export async function currentAnswers(page: Page): Promise<{ prompt: string; right: string; wrong: string }> {
  const heading = page.locator('#quiz-heading');
  await expect(heading).toBeVisible();
  const prompt = (await heading.textContent()) ?? '';
  const entry = answerKey.get(prompt);
  if (!entry) throw new Error(`question not in the answer key: ${prompt}`);
  return { prompt, ...entry };
}

/**
 * Plays one full round by clicking, answering `correctCount` questions right and the rest wrong, and
 * returns after the results are shown.
 */
export async function playRound(page: Page, correctCount: number): Promise<void> {
  const answers = page.getByRole('group', { name: 'Answers' });
  for (let i = 0; i < 5; i++) {
    const { right, wrong } = await currentAnswers(page);
    await answers.getByRole('button', { name: i < correctCount ? right : wrong, exact: true }).click();
    await expect(page.locator('.verdict')).toHaveText(i < correctCount ? '✓ Correct!' : '✗ Not quite.');
    await expect(page.locator('.feedback .source')).toContainText('Source: “');
    await page.getByRole('button', { name: i === 4 ? 'See results' : 'Next question' }).click();
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

/** Answers the current question right (or wrong) by clicking, then moves on. */
export async function answerOne(page: Page, right: boolean): Promise<void> {
  const answer = await currentAnswers(page);
  await page
    .getByRole('group', { name: 'Answers' })
    .getByRole('button', { name: right ? answer.right : answer.wrong, exact: true })
    .click();
  await expect(page.locator('.verdict')).toBeVisible();
}
