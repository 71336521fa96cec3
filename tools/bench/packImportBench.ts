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

/** Imports a 10,000-question pack through the pack manager: file chosen → preview, and Install → stored. */
async function importLargePack(browser: Browser, file: string): Promise<{ validate: number; store: number }> {
  const { context, page } = await freshPage(browser, 1);
  await page.goto(GAME_URL);
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
