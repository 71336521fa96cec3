/**
 * Importing a 10,000-question pack through the pack manager of the production build: file chosen →
 * preview (read and validate), and Install → stored and playable.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { GAME_URL, freshPage, waitForMenu } from './browser';

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

/**
 * In the page: resolves with the time (page clock) at which an element matching `selector` whose text
 * starts with `text` is first in the DOM, watching from now on.
 */
const WATCH_FOR = `
  window.__benchWatch = (selector, text) => new Promise((resolve) => {
    const found = () => [...document.querySelectorAll(selector)].some((node) => (node.textContent ?? '').startsWith(text));
    if (found()) return resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (!found()) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  document.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'file') window.__benchChosen = performance.now();
  }, true);
  document.addEventListener('click', (event) => { window.__benchClicked = performance.now(); }, true);
`;

/**
 * Imports a 10,000-question pack through the pack manager, timed in the page (so the time Playwright
 * takes to hand the 3 MB file to the browser is not counted): from the file input's change event (the
 * file is chosen) to the preview's heading in the DOM, and from the Install click to the "Installed"
 * message in the DOM (stored and playable).
 */
async function importLargePack(browser: Browser, file: string): Promise<{ validate: number; store: number }> {
  const { context, page } = await freshPage(browser, 1);
  await page.addInitScript(WATCH_FOR);
  await page.goto(GAME_URL);
  await waitForMenu(page);
  await page.getByRole('button', { name: 'Question packs' }).click();
  await page.getByLabel('Choose a file').waitFor();
  const previewShown = page.evaluate(() =>
    (window as unknown as BenchWindow).__benchWatch('h2, h3', 'Preview: Benchmark pack'),
  );
  await page.getByLabel('Choose a file').setInputFiles(file);
  const previewAt = await previewShown;
  const chosenAt = await page.evaluate(() => (window as unknown as BenchWindow).__benchChosen);
  const installed = page.evaluate(() =>
    (window as unknown as BenchWindow).__benchWatch('[role="status"], p', 'Installed “Benchmark pack”'),
  );
  await page.getByRole('button', { name: 'Install pack' }).click();
  const installedAt = await installed;
  const clickedAt = await page.evaluate(() => (window as unknown as BenchWindow).__benchClicked);
  await context.close();
  return { validate: previewAt - chosenAt, store: installedAt - clickedAt };
}

/** What {@link WATCH_FOR} adds to the page. */
interface BenchWindow {
  __benchWatch(selector: string, text: string): Promise<number>;
  __benchChosen: number;
  __benchClicked: number;
}

/** Imports the large pack `runs` times, each in a fresh context, and returns the two timings of each. */
export async function packImports(
  browser: Browser,
  runs: number,
): Promise<{ validate: number; store: number }[]> {
  const file = writeLargePack();
  const imports = [];
  for (let run = 0; run < runs; run++) imports.push(await importLargePack(browser, file));
  return imports;
}
