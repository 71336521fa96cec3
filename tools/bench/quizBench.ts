/**
 * Quiz rounds in the production build, played like a player who knows the answers (by pointer, every
 * question type, through roles and names, with the end-to-end tests' answering code): answer → feedback
 * painted, answer → progress durably written, and the JS heap after each round.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { answerQuestion, regionButton, regionNames, skipTour } from '../../tests/e2e/fixtures';
import { GAME_URL, freshPage, waitForMenu } from './browser';
import { INSTRUMENT, type PageLog } from './instrument';
import { feedbackLatencies, inputToWrite, latestAtOrBefore } from './pageLog';

const REGION = regionNames.get('european-russia') ?? 'European Russia';

/** What a run of quiz rounds measured. */
export interface QuizRun {
  /** Answer (click or key press) → feedback painted, ms, one per answer. */
  feedback: number[];
  /** Answer → feedback in the DOM (before style, layout, paint and the map's frames), ms. */
  feedbackInDom: number[];
  /** Answer → completion of the first progress pointer write whose record holds it, ms, one per answer. */
  durable: number[];
  /** JS heap in use (bytes) after each round, measured after a forced garbage collection. */
  heapAfterRound: number[];
}

/** The page's log of inputs, writes and feedback. */
function pageLog(page: Page): Promise<PageLog> {
  return page.evaluate(() => (window as unknown as { __bench: PageLog }).__bench);
}

/** Waits until a progress write holding every answer so far has completed (one answer per feedback). */
async function waitForAnswerSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const log = (window as unknown as { __bench: PageLog }).__bench;
      return log.writes.some(({ answers }) => answers >= log.feedback.length);
    },
    undefined,
    { polling: 20, timeout: 30_000 },
  );
}

/** JS heap in use after a full garbage collection, in bytes. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

/** Plays one round of 5 in European Russia from the map, answering every question right. */
async function playRound(page: Page): Promise<void> {
  await regionButton(page, REGION).click();
  for (let i = 0; i < 5; i++) {
    await answerQuestion(page, true);
    await waitForAnswerSaved(page);
    await page.getByRole('button', { name: /^(Next question|See results)$/ }).click();
  }
  await page.getByRole('heading', { name: 'Round complete' }).waitFor();
}

/**
 * Opens the game as a new player who skipped the guided tour, goes to the map and plays `rounds` rounds (5 answers each), going back
 * to the map between rounds; with `heap`, forces a garbage collection after each round and reads the heap.
 * `onRound` hears the number of each round finished.
 */
export async function playQuizRounds(
  browser: Browser,
  cpuSlowdown: number,
  rounds: number,
  heap: boolean,
  onRound: (round: number) => void = () => {},
): Promise<QuizRun> {
  const { context, page, cdp } = await freshPage(browser, cpuSlowdown, INSTRUMENT);
  try {
    // The steady state of play: a new player's guided first round (3 questions) is not what is measured.
    await skipTour(context);
    await page.goto(GAME_URL);
    await waitForMenu(page);
    await page.getByRole('button', { name: /^(Play|Continue)$/ }).click();
    await page.getByRole('navigation', { name: 'Regions' }).waitFor();
    const heapAfterRound: number[] = [];
    for (let round = 0; round < rounds; round++) {
      await playRound(page);
      if (heap) heapAfterRound.push(await heapAfterGc(cdp));
      onRound(round + 1);
      await page.getByRole('button', { name: 'Back to map' }).click();
      await page.getByRole('navigation', { name: 'Regions' }).waitFor();
    }
    const log = await pageLog(page);
    // A new player: the answer shown in the n-th feedback is the n-th answer saved.
    const durable = log.feedback.flatMap(({ dom }, index) => {
      const answered = latestAtOrBefore(log.inputs, dom);
      const saved = answered === undefined ? undefined : inputToWrite(log.writes, answered, index + 1);
      return saved === undefined ? [] : [saved];
    });
    return {
      feedback: feedbackLatencies(log.inputs, log.feedback),
      feedbackInDom: feedbackLatencies(log.inputs, log.feedback, 'dom'),
      durable,
      heapAfterRound,
    };
  } finally {
    await context.close();
  }
}
