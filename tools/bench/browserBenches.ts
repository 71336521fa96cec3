/**
 * The benchmarks in headless Chromium: builds the bare-Phaser baseline, serves it and the game's
 * production build (`dist/`, which must be built) with gzip, and measures both in the same run, at normal
 * speed and with the CPU slowed 4×, against the budgets in DESIGN.md.
 */
import type { Browser } from '@playwright/test';
import { buildBarePhaser } from './barePhaser';
import { BARE_USABLE_MARK } from './bare-phaser/marks';
import { BARE_URL, GAME_URL, PORT, freshPage, launchBrowser, waitForMenu } from './browser';
import { coldLoads } from './coldLoad';
import { flashcardSaves } from './flashcardBench';
import { openCanvasArea, openHistoryWithAllLayers, timeControlSteps } from './historyBench';
import { packImports } from './packImportBench';
import { bareDragArea, mapDragArea, panFrameTimes } from './pan';
import { playQuizRounds } from './quizBench';
import { type Measure, absoluteBudget, relativeBudget } from './report';
import { benchCpus, selected } from './selection';
import { startBenchServer } from './server';
import { mean, slope, stepCostBeyondBare, summarise } from './stats';

/** The game's mark for "first menu on screen and its buttons work" (MENU_USABLE_MARK in src/ui/screenTable.ts). */
const MENU_USABLE_MARK = 'borderlines:menu-usable';

/** Cold loads per page and CPU speed (DESIGN.md: median of 10). */
const COLD_LOADS = 10;
/** How long each pan lasts, ms. */
const PAN_MS = 4000;
/** Rounds of 5 answers played for the heap measure (200 answers) and at 4× CPU. */
const HEAP_ROUNDS = 40;
const SLOW_ROUNDS = 8;
/** Rounds left out of the heap growth fit: caches, JIT and the first unlocks settle in these. */
const HEAP_WARMUP_ROUNDS = 10;
/**
 * "Not growing between rounds", as a number. A round adds 5 answers, 5 review-log entries and up to 5
 * cards: a few kB as objects, held in a few copies (the state, the last saved progress, the merge base),
 * so some 10–20 kB per round is the game remembering what was learned. A steady climb beyond 64 kB per
 * round is something kept that should have been let go (panels, listeners, textures).
 */
const HEAP_GROWTH_LIMIT_KB = 64;

const BARE = 'bare Phaser';
const KB = 1024;
const MB = 1024 * 1024;

/** Progress lines on stderr, so a long run shows where it is without disturbing the table on stdout. */
function say(line: string): void {
  process.stderr.write(`bench: ${line}\n`);
}

/** Time to usable and bytes before usable, game vs bare Phaser, at one CPU speed. */
async function loadMeasures(browser: Browser, cpu: number): Promise<Measure[]> {
  say(`${COLD_LOADS} cold loads of bare Phaser and of the game at ${cpu}× CPU`);
  const bare = await coldLoads(browser, BARE_URL, BARE_USABLE_MARK, cpu, COLD_LOADS);
  const game = await coldLoads(browser, GAME_URL, MENU_USABLE_MARK, cpu, COLD_LOADS);
  const bareTime = summarise(bare.map((load) => load.usableMs));
  const bareBytes = summarise(bare.map((load) => load.bytes / KB));
  const measures: Measure[] = [
    { name: `bare Phaser: navigation → usable (${cpu}× CPU)`, unit: 'ms', ...bareTime },
    {
      name: `navigation → menu usable, cold (${cpu}× CPU)`,
      unit: 'ms',
      ...summarise(game.map((load) => load.usableMs)),
      budget: relativeBudget(1, bareTime.median, BARE, 'median'),
    },
  ];
  if (cpu !== 1) return measures;
  return [
    { name: 'bare Phaser: bytes before usable (gzipped)', unit: 'kB', ...bareBytes },
    {
      name: 'bytes before the menu is usable (gzipped JS+CSS+assets)',
      unit: 'kB',
      ...summarise(game.map((load) => load.bytes / KB)),
      budget: relativeBudget(1.3, bareBytes.median, BARE, 'median'),
    },
    ...measures,
  ];
}

/** Frame times while panning the bare-Phaser scene at one CPU speed: the baseline of the map's budgets. */
async function barePanFrames(browser: Browser, cpu: number): Promise<ReturnType<typeof summarise>> {
  say(`panning bare Phaser at ${cpu}× CPU`);
  const bare = await freshPage(browser, cpu);
  await bare.page.goto(BARE_URL);
  await bare.page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, BARE_USABLE_MARK);
  await bare.page.waitForTimeout(500);
  const frames = await panFrameTimes(bare.page, await bareDragArea(bare.page), PAN_MS);
  await bare.context.close();
  return summarise(frames);
}

/** Frame times while panning the game's map, against bare Phaser's measured in the same run. */
async function panMeasures(
  browser: Browser,
  cpu: number,
  bareFrames: ReturnType<typeof summarise>,
): Promise<Measure[]> {
  say(`panning the game's map at ${cpu}× CPU`);
  const game = await freshPage(browser, cpu);
  await game.page.goto(GAME_URL);
  await waitForMenu(game.page);
  await game.page.getByRole('button', { name: /^(Play|Continue)$/ }).click();
  await game.page.getByRole('navigation', { name: 'Regions' }).waitFor();
  await game.page.waitForTimeout(500);
  const renderer = await game.page.locator('#game-root').getAttribute('data-renderer');
  const gameFrames = summarise(await panFrameTimes(game.page, await mapDragArea(game.page), PAN_MS));
  await game.context.close();
  return [
    {
      name: `map frame time while panning, ${renderer ?? 'unknown'} renderer (${cpu}× CPU)`,
      unit: 'ms',
      ...gameFrames,
      budget: relativeBudget(1.25, bareFrames.p95, `${BARE} p95`, 'p95'),
    },
  ];
}

/**
 * The history map with every layer shown: frame times while panning, and one step of the time control
 * over a full sweep of the years, against bare Phaser's frames measured in the same run at the same CPU
 * speed.
 *
 * The time control's 50 ms budget (issue 15) is judged on what the step itself costs: its own work (the
 * screen's handler: panel, announcement, re-tinting the map) plus the one frame it has drawn beyond what
 * bare Phaser's frame costs. That is each step's "event → second frame painted" minus bare Phaser's median
 * frame while panning (at least the step's own work). The raw "event → second frame painted" is printed
 * for information without a budget: it holds a whole frame of the software renderer (SwiftShader in
 * headless Chromium), which for bare Phaser alone is 50–117 ms at 4× CPU on the shared machine, so no
 * step could meet 50 ms there whatever the game does.
 */
async function historyMeasures(
  browser: Browser,
  cpu: number,
  bareFrames: ReturnType<typeof summarise>,
): Promise<Measure[]> {
  say(`panning the history map with every layer shown, and sweeping its time control, at ${cpu}× CPU`);
  const history = await freshPage(browser, cpu);
  await openHistoryWithAllLayers(history);
  await history.page.waitForTimeout(500);
  const historyFrames = summarise(
    await panFrameTimes(history.page, await openCanvasArea(history.page), PAN_MS),
  );
  const steps = await timeControlSteps(history.page);
  await history.context.close();
  return [
    {
      name: `history map frame time while panning, every layer shown (${cpu}× CPU)`,
      unit: 'ms',
      ...historyFrames,
      budget: relativeBudget(1.25, bareFrames.p95, `${BARE} p95`, 'p95'),
    },
    {
      name: `time control: one year step, own work + drawing beyond bare Phaser's frame (${cpu}× CPU)`,
      unit: 'ms',
      ...summarise(stepCostBeyondBare(steps, bareFrames.median)),
      budget: absoluteBudget(50, 'p95'),
    },
    {
      name: `  one year step → second frame painted, raw, sweep 1689–today (${cpu}× CPU)`,
      unit: 'ms',
      ...summarise(steps.painted),
    },
    {
      name: `  of which the step's own work: panel, announcement, re-tint (${cpu}× CPU)`,
      unit: 'ms',
      ...summarise(steps.work),
    },
  ];
}

/** Answer → feedback and answer → durable write at one CPU speed; at 1×, also the heap over 200 answers. */
async function quizMeasures(browser: Browser, cpu: number): Promise<Measure[]> {
  const rounds = cpu === 1 ? HEAP_ROUNDS : SLOW_ROUNDS;
  say(`${rounds} quiz rounds (${rounds * 5} answers) at ${cpu}× CPU`);
  const run = await playQuizRounds(browser, cpu, rounds, cpu === 1, (round) => {
    if (round % 10 === 0) say(`  ${round} of ${rounds} rounds played`);
  });
  // DESIGN.md sets these budgets for the reference machine (1×); only the time to a usable menu has a
  // budget at 4× as well. At 4× they are reported, without a verdict.
  const onReference = <T>(budget: T): { budget?: T } => (cpu === 1 ? { budget } : {});
  const measures: Measure[] = [
    {
      name: `answer → feedback painted (${cpu}× CPU)`,
      unit: 'ms',
      ...summarise(run.feedback),
      ...onReference(absoluteBudget(50, 'p95')),
    },
    {
      name: `  of which answer → feedback in the DOM (${cpu}× CPU)`,
      unit: 'ms',
      ...summarise(run.feedbackInDom),
    },
    {
      name: `answer → progress durably written (${cpu}× CPU)`,
      unit: 'ms',
      ...summarise(run.durable),
      ...onReference(absoluteBudget(100, 'p95')),
    },
  ];
  if (run.heapAfterRound.length === 0) return measures;
  const heap = run.heapAfterRound;
  say(`heap after each round (MB): ${heap.map((bytes) => (bytes / MB).toFixed(2)).join(' ')}`);
  const settled = heap.slice(HEAP_WARMUP_ROUNDS);
  return [
    ...measures,
    {
      name: `JS heap after ${heap.length * 5} answers (after GC)`,
      unit: 'MB',
      median: (heap.at(-1) ?? Number.NaN) / MB,
      runs: 1,
      budget: absoluteBudget(80, 'median'),
    },
    {
      name: `JS heap growth per round of 5, rounds ${HEAP_WARMUP_ROUNDS + 1}–${heap.length} (slope after GC)`,
      unit: 'kB/round',
      median: slope(settled) / KB,
      runs: settled.length,
      budget: absoluteBudget(HEAP_GROWTH_LIMIT_KB, 'median'),
    },
    {
      name: `JS heap, mean of the last 5 rounds − mean of rounds ${HEAP_WARMUP_ROUNDS + 1}–${HEAP_WARMUP_ROUNDS + 5}`,
      unit: 'kB',
      median: (mean(heap.slice(-5)) - mean(settled.slice(0, 5))) / KB,
      runs: 10,
    },
  ];
}

/** Flashcard rating → saved, as before, and the 10,000-question pack import. */
async function studyMeasures(browser: Browser): Promise<Measure[]> {
  say('flashcard ratings and 10,000-question pack imports at 1× CPU');
  const cards = await flashcardSaves(browser, 40);
  const imports = await packImports(browser, 5);
  return [
    {
      name: 'rate a flashcard → saved (pointer write complete), new learner',
      unit: 'ms',
      ...summarise(cards.fresh),
      budget: absoluteBudget(100, 'p95'),
    },
    {
      name: `rate a flashcard → saved, learner with ${cards.logLength.toLocaleString('en')} reviews`,
      unit: 'ms',
      ...summarise(cards.heavy),
      budget: absoluteBudget(100, 'p95'),
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
      budget: absoluteBudget(1000, 'median'),
    },
  ];
}

/** Runs the browser benchmarks of the groups chosen (`selection.ts`); needs `dist/` built. */
export async function browserBenches(): Promise<Measure[]> {
  say('building the bare-Phaser baseline');
  const bareDir = await buildBarePhaser();
  const server = await startBenchServer(PORT, [
    { prefix: '/play/borderlines/', root: process.env.BENCH_DIST ?? 'dist' },
    { prefix: '/bare-phaser/', root: bareDir },
  ]);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    const measures: Measure[] = [];
    for (const cpu of benchCpus()) {
      if (selected('load')) measures.push(...(await loadMeasures(browser, cpu)));
      if (selected('pan') || selected('history')) {
        const bareFrames = await barePanFrames(browser, cpu);
        measures.push({
          name: `bare Phaser: frame time while panning (${cpu}× CPU)`,
          unit: 'ms',
          ...bareFrames,
        });
        if (selected('pan')) measures.push(...(await panMeasures(browser, cpu, bareFrames)));
        if (selected('history')) measures.push(...(await historyMeasures(browser, cpu, bareFrames)));
      }
      if (selected('quiz')) measures.push(...(await quizMeasures(browser, cpu)));
    }
    if (selected('study')) measures.push(...(await studyMeasures(browser)));
    return measures;
  } finally {
    await browser?.close();
    await server.close();
  }
}
