import type { Page } from '@playwright/test';
import { projectToMap } from '../../src/core/map/projection';
import { dailyTargets, utcDate } from '../../src/core/modes/daily';
import { findMarks } from '../../src/core/modes/marks';
import { practiceTargets, wholeMapTargets } from '../../src/core/modes/run';
import { type ModeTarget, type PlaceTarget, modeTargets } from '../../src/core/modes/targets';
import { normalizeAnswer } from '../../src/core/quiz/textMatch';
import { createSeededRng } from '../../src/core/rng';
import { MAP, escape, expect, openMenu, progressSettled, shownPointOf, test } from './fixtures';
import { serveOnlyQuestions } from './testPack';

/** The one named place the tests serve, so that the targets are the map's regions and Harbin. */
const HARBIN = {
  id: 't-modes-harbin',
  type: 'mapclick',
  region: 'heilongjiang',
  prompt: 'PLACE: click Harbin.',
  target: { point: [126.63, 45.75], name: 'Harbin, on the Songhua river' },
  explanation: 'Test explanation.',
  source: 'test',
  difficulty: 1,
  tags: ['test'],
} as const;

/** Every target of the modes with that bank, as the game lists them. */
const TARGETS = modeTargets(MAP.regions, [HARBIN as never]);

/** A moment to fix the page's clock at: now, to the second, so that "today" is today. */
function nowToTheSecond(): number {
  return Math.floor(Date.now() / 1000) * 1000;
}

/** The first moment from `from` on whose practice run starts with a target that `fits`. */
function momentWhere(from: number, fits: (first: ModeTarget) => boolean): number {
  for (let at = from; at < from + 1000; at++) {
    const first = practiceTargets(TARGETS, createSeededRng(at))[0];
    if (first && fits(first)) return at;
  }
  throw new Error('no moment fits');
}

/** Where a target is on the map (map units): a region's label point, or a place's own spot. */
function spotOf(target: ModeTarget): [number, number] {
  if (target.kind === 'place') return projectToMap(MAP.projection, target.point[0], target.point[1]);
  const region = MAP.regions.find((candidate) => candidate.id === target.regionId);
  if (!region) throw new Error(`no region ${target.regionId}`);
  return region.label;
}

/** Clicks a map point (map units) where it shows now. */
async function clickMap(page: Page, point: [number, number]): Promise<void> {
  const at = await shownPointOf(page, point[0], point[1]);
  await page.mouse.click(at.x, at.y);
}

/** Opens the map modes from the menu, with the map drawn. */
async function openModes(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Map modes' }).click();
  await expect(page.getByRole('heading', { name: 'Map modes' })).toBeFocused();
  await expect(page.locator('#game-root')).toHaveAttribute('data-map', 'ready');
}

/** The game opened with the clock fixed at `at` and only Harbin in the bank. */
async function bootAt(page: Page, at: number): Promise<void> {
  await page.clock.setFixedTime(at);
  await serveOnlyQuestions(page, [HARBIN]);
  await openMenu(page);
}

/** A slip of one letter in the middle of a name (one deletion). */
function withTypo(name: string): string {
  // Drops a letter, never a space or a sign: the grader ignores spacing, so "WesternSiberia" is no typo.
  const middle = Math.floor(name.length / 2);
  const letters = [...name.matchAll(/\p{L}/gu)].map((match) => match.index);
  const at = letters.find((index) => index >= middle) ?? letters.at(-1) ?? middle;
  return name.slice(0, at) + name.slice(at + 1);
}

test('Name it: the highlighted region or marked place is named, a typo is forgiven, a miss shows the name', async ({
  page,
}) => {
  // A first target long enough to have a typo forgiven (typed answers forgive none up to four letters).
  const at = momentWhere(nowToTheSecond(), (first) => normalizeAnswer(first.name).length >= 7);
  const [first, second] = practiceTargets(TARGETS, createSeededRng(at)) as [ModeTarget, ModeTarget];
  await bootAt(page, at);
  await openModes(page);
  await page.getByRole('button', { name: 'Name it' }).click();
  await expect(
    page.getByRole('heading', { name: /^Name the (highlighted region|marked place)$/ }),
  ).toHaveText(first.kind === 'region' ? 'Name the highlighted region' : 'Name the marked place');
  await expect(page.locator('.quiz-progress')).toContainText('1 of 10');
  await page.screenshot({ path: 'test-results/modes-name-desktop.png' });
  const typo = withTypo(first.name);
  await page.getByLabel('Name', { exact: true }).fill(typo);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('.mode-feedback')).toHaveText(
    `✓ ${first.name} (you typed “${typo}”: mind the spelling).`,
  );
  await expect(page.locator('.quiz-progress')).toContainText('2 of 10');
  // A wrong name: the right one is shown, and the player moves on when ready.
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await page.getByLabel('Name', { exact: true }).fill('Atlantis');
  await page.keyboard.press('Enter');
  await expect(page.locator('.mode-feedback')).toHaveText(`✗ Not “Atlantis”. It was ${second.name}.`);
  await expect(page.getByRole('button', { name: 'Next' })).toBeFocused();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('.quiz-progress')).toContainText('3 of 10');
});

test('Name it a place, with reduced motion: one mark on the map, framed with its surroundings, and its short name', async ({
  page,
}) => {
  const at = momentWhere(nowToTheSecond(), (first) => first.kind === 'place');
  // The camera jumps to the place instead of gliding (the fixed clock would hold a glide still).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await bootAt(page, at);
  await openModes(page);
  await page.getByRole('button', { name: 'Name it' }).click();
  await expect(page.getByRole('heading', { name: 'Name the marked place' })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
  await expect(page.locator('#game-root')).toHaveAttribute('data-motion', 'still');
  // The camera frames the place: Harbin shows inside the map's free part of the screen.
  const harbin = await shownPointOf(page, ...spotOf(TARGETS.find((target) => target.id === 'place:harbin')!));
  const panel = await page.locator('.modes-panel').boundingBox();
  expect(harbin.x).toBeGreaterThan(0);
  expect(harbin.x).toBeLessThan(panel!.x);
  await page.screenshot({ path: 'test-results/modes-name-place-desktop.png' });
  await page.getByLabel('Name', { exact: true }).fill('harbin');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.locator('.mode-feedback')).toHaveText('✓ Harbin.');
});

test('Find it: a wrong region says what it was, three tries, then the right one; marks without a pointer', async ({
  page,
}) => {
  const at = momentWhere(nowToTheSecond(), (first) => first.kind === 'region');
  const [first, second] = practiceTargets(TARGETS, createSeededRng(at)) as [ModeTarget, ModeTarget];
  if (first.kind !== 'region') throw new Error('expected a region first');
  const wrong = MAP.regions.find(
    (region) => region.id !== first.regionId && region.id !== 'south-china-sea',
  )!;
  await bootAt(page, at);
  await openModes(page);
  await page.getByRole('button', { name: 'Find it' }).click();
  await expect(page.getByRole('heading', { name: `Find ${first.name}` })).toBeVisible();
  await expect(page.locator('.quiz-progress')).toContainText('3 tries left');
  await clickMap(page, wrong.label);
  await expect(page.locator('.mode-feedback')).toHaveText(`✗ That is ${wrong.name}. 2 tries left.`);
  await page.screenshot({ path: 'test-results/modes-find-miss-desktop.png' });
  await clickMap(page, spotOf(first));
  await expect(page.locator('.mode-feedback')).toHaveText(`✓ ${first.name}.`);
  await expect(page.locator('.quiz-progress')).toContainText('2 of 10');

  // The keyboard path: the numbered marks, drawn on the map while focus is among them; a key chooses one.
  await expect(page.getByRole('heading', { name: `Find ${second.name}` })).toBeVisible();
  const places = TARGETS.filter((target): target is PlaceTarget => target.kind === 'place');
  const marks = findMarks(second, places, { projection: MAP.projection, land: MAP }, `${at}:${second.id}`);
  const right = marks.find((mark) =>
    second.kind === 'region'
      ? mark.region === second.regionId
      : mark.point.every((value, i) => Math.abs(value - spotOf(second)[i]!) < 1e-6),
  );
  if (!right) throw new Error('no mark on the target');
  const group = page.getByRole('group', { name: 'Marks on the map' });
  await group.getByRole('button', { name: 'Mark 1' }).focus();
  await expect(group.getByRole('button')).toHaveText(marks.map((mark) => `Mark ${mark.number}`));
  await page.screenshot({ path: 'test-results/modes-find-marks-desktop.png' });
  await page.keyboard.press(String(right.number));
  await expect(page.locator('.mode-feedback')).toHaveText(`✓ ${second.name}.`);
  await expect(page.locator('.quiz-progress')).toContainText('3 of 10');
});

test('Find it: after the third miss the right region is shown, and the player moves on', async ({ page }) => {
  const at = momentWhere(nowToTheSecond(), (first) => first.kind === 'region');
  const [first] = practiceTargets(TARGETS, createSeededRng(at)) as [ModeTarget];
  if (first.kind !== 'region') throw new Error('expected a region first');
  const wrongs = MAP.regions.filter((region) => region.id !== first.regionId).slice(0, 3);
  await bootAt(page, at);
  await openModes(page);
  await page.getByRole('button', { name: 'Find it' }).click();
  for (const wrong of wrongs) {
    await expect(page.locator('#game-root')).toHaveAttribute('data-motion', 'still');
    await clickMap(page, wrong.label);
    await expect(page.locator('.mode-feedback')).toContainText(`That is ${wrong.name}.`);
  }
  await expect(page.locator('.mode-feedback')).toHaveText(
    `✗ That is ${wrongs[2]!.name}. ${first.name} is shown on the map.`,
  );
  await page.screenshot({ path: 'test-results/modes-find-shown-desktop.png' });
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('.quiz-progress')).toContainText('2 of 10');
});

test('Whole map: every region against the clock, the best time kept after a reload', async ({ page }) => {
  const at = nowToTheSecond();
  const order = wholeMapTargets(TARGETS, createSeededRng(at));
  expect(order).toHaveLength(MAP.regions.length);
  await bootAt(page, at);
  await openModes(page);
  await expect(page.getByText('No whole-map run yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Whole map' }).click();
  for (const [index, target] of order.entries()) {
    await expect(page.getByRole('heading', { name: `Find ${target.name}` })).toBeVisible();
    await expect(page.locator('.quiz-progress')).toHaveText(new RegExp(`^${index + 1} of ${order.length} `));
    // The last region is found 95 seconds after the start.
    if (index === order.length - 1) await page.clock.setFixedTime(at + 95_000);
    await clickMap(page, spotOf(target));
  }
  const total = order.length;
  await expect(page.getByRole('heading', { name: 'Whole map done' })).toBeFocused();
  await expect(page.locator('.mode-result')).toHaveText(
    `${total} of ${total} at the first try, 0 later, 0 missed, in 1:35.`,
  );
  await expect(page.getByText('A new best!', { exact: true })).toBeVisible();
  await expect(page.locator('.modes-best')).toHaveText(`Best: ${total}/${total} in 1:35 (${utcDate(at)})`);
  await page.screenshot({ path: 'test-results/modes-whole-done-desktop.png' });
  await progressSettled(page);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Map modes' })).toBeVisible();
  await openModes(page);
  await expect(page.locator('.modes-best')).toHaveText(`Best: ${total}/${total} in 1:35 (${utcDate(at)})`);
  await expect(page.getByRole('list', { name: 'Recent whole-map times' }).getByRole('listitem')).toHaveText([
    `${total}/${total} in 1:35 (${utcDate(at)})`,
  ]);
});

test('Daily challenge: today’s ten, once a day, with a result to copy that gives the date and the score', async ({
  page,
}) => {
  const at = nowToTheSecond();
  const today = utcDate(at);
  const ten = dailyTargets(today, TARGETS);
  expect(ten).toHaveLength(10);
  await bootAt(page, at);
  await openModes(page);
  await expect(page.getByText(`Today’s challenge (${today}) is waiting.`)).toBeVisible();
  await page.getByRole('button', { name: 'Daily challenge' }).click();
  for (const [index, target] of ten.entries()) {
    await expect(page.getByRole('heading', { name: `Find ${target.name}` })).toBeVisible();
    await expect(page.locator('.quiz-progress')).toHaveText(new RegExp(`^${index + 1} of 10 `));
    if (index === 9) await page.clock.setFixedTime(at + 102_000);
    if (index === 0) {
      // One miss on the first: it is found at the second try (yellow), the rest at the first (green).
      const wrong = MAP.regions.find((region) =>
        target.kind === 'region' ? region.id !== target.regionId : region.id === 'germany',
      )!;
      await clickMap(page, wrong.label);
      await expect(page.locator('.quiz-progress')).toContainText('2 tries left');
    }
    await clickMap(page, spotOf(target));
  }
  await expect(page.getByRole('heading', { name: `Daily challenge ${today}` })).toBeFocused();
  const share = `Borderlines daily ${today}: 9/10 in 1:42 🟨${'🟩'.repeat(9)}`;
  await expect(page.locator('.mode-share')).toHaveText(share);
  await page.getByRole('button', { name: 'Copy result' }).click();
  // Copied, or (where the browser refuses the clipboard) the text is offered selected to copy by hand.
  await expect(page.locator('.mode-copied')).toHaveText(/^(Copied\.|Copying is not available here)/);
  if (await page.getByRole('textbox', { name: 'Result to copy' }).isVisible())
    await expect(page.getByRole('textbox', { name: 'Result to copy' })).toHaveValue(share);
  await page.screenshot({ path: 'test-results/modes-daily-done-desktop.png' });
  await progressSettled(page);

  // One go a day: coming back shows today's result to share, not a new run.
  await page.reload();
  await openModes(page);
  await expect(
    page.getByText(new RegExp(`^Today’s challenge \\(${escape(today)}\\) is done: 9/10 in 1:42\\.$`)),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Daily challenge' }).click();
  await expect(page.getByText(/^Already played today: 9 of 10/)).toBeVisible();
  await expect(page.locator('.mode-share')).toHaveText(share);
});

test('on a 360×640 phone the modes panel leaves the map visible and a region can be found by tapping', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 640 });
  const at = momentWhere(nowToTheSecond(), (first) => first.kind === 'region');
  const [first] = practiceTargets(TARGETS, createSeededRng(at)) as [ModeTarget];
  await bootAt(page, at);
  await openModes(page);
  await page.screenshot({ path: 'test-results/modes-chooser-360.png' });
  await page.getByRole('button', { name: 'Find it' }).click();
  await expect(page.getByRole('heading', { name: `Find ${first.name}` })).toBeVisible();
  const spot = await shownPointOf(page, ...spotOf(first));
  const under = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, spot);
  expect(under).toBe('CANVAS');
  await page.screenshot({ path: 'test-results/modes-find-360.png' });
  await page.mouse.click(spot.x, spot.y);
  await expect(page.locator('.mode-feedback')).toHaveText(`✓ ${first.name}.`);
  await expect(page.locator('.quiz-progress')).toContainText('2 of 10');
  await page.screenshot({ path: 'test-results/modes-found-360.png' });
});
