import type { CDPSession, Page, TestInfo } from '@playwright/test';
import { regionAt } from '../../src/core/map/hitTest';
import {
  MAP,
  answerQuestion,
  enterMap,
  expect,
  mapView,
  regionButton,
  regionNames,
  test,
  waitForMenu,
} from './fixtures';
import { type LayoutOptions, expectSoundLayout } from './layout';
import { QUESTIONS, answerShownQuestion, playUntil, serveTestPack } from './testPack';
import { boot, EUROPEAN_RUSSIA } from '../support/e2eBoot';

/** Touch targets must be at least this many CSS px each way on a phone (WCAG 2.5.5, platform guides). */
const TOUCH_TARGET = 44;

/**
 * The open/closed chevron of each of the menu's collapsible sections, drawn after its summary: whether the
 * section is open, the chevron's turn, and whether the summary looks like a button (a border all round).
 */
function disclosureMarkers(page: Page): Promise<{ open: boolean; turn: string; boxed: boolean }[]> {
  return page.locator('details.settings').evaluateAll((sections) =>
    sections.map((section) => {
      const summary = section.querySelector('summary') as Element;
      const chevron = getComputedStyle(summary, '::after');
      return {
        open: (section as HTMLDetailsElement).open,
        turn: chevron.content === 'none' ? 'no chevron' : chevron.transform,
        boxed: parseFloat(getComputedStyle(summary).borderTopWidth) >= 1,
      };
    }),
  );
}

/** The chevron's turn when closed (pointing down, 45°) and open (pointing up, −135°), as computed matrices. */
const CLOSED = 'matrix(0.707107, 0.707107, -0.707107, 0.707107, 0, 0)';
const OPEN = 'matrix(-0.707107, -0.707107, 0.707107, -0.707107, 0, 0)';

/**
 * The main flow, checking the layout and taking a screenshot at every step: menu, map, a round with its
 * feedback, the results, flashcards front and back, and stats.
 */
async function mainFlow(page: Page, testInfo: TestInfo, options: LayoutOptions): Promise<void> {
  await boot(page);
  await expectSoundLayout(page, testInfo, 'menu', options);
  expect(await disclosureMarkers(page)).toEqual([
    { open: false, turn: CLOSED, boxed: true },
    { open: false, turn: CLOSED, boxed: true },
  ]);
  await page.getByText(/^Learner: /).click();
  await page.getByText('Study settings').click();
  await expect
    .poll(() => disclosureMarkers(page))
    .toEqual([
      { open: true, turn: OPEN, boxed: true },
      { open: true, turn: OPEN, boxed: true },
    ]);
  await expectSoundLayout(page, testInfo, 'menu with learners and settings open', options);

  await enterMap(page);
  await expectSoundLayout(page, testInfo, 'map', options);
  await regionButton(page, EUROPEAN_RUSSIA).click();
  for (let i = 0; i < 5; i++) {
    await expect(page.locator('#quiz-heading')).toBeVisible();
    await expectSoundLayout(page, testInfo, `question ${i + 1}`, options);
    await answerQuestion(page, i !== 2);
    await expectSoundLayout(page, testInfo, `feedback ${i + 1}`, options);
    await page.getByRole('button', { name: /^(Next question|See results)$/ }).click();
  }
  await expectResultsOpenAtTop(page);
  await expectSoundLayout(page, testInfo, 'results', options);
  await page.getByRole('button', { name: 'Back to map' }).click();
  await expect(regionButton(page, EUROPEAN_RUSSIA)).toHaveAccessibleName(/, cleared$/);
  await expectSoundLayout(page, testInfo, 'map after clearing a region', options);

  await page.getByRole('button', { name: 'Menu' }).click();
  await waitForMenu(page);
  await page.getByRole('button', { name: /^Flashcards/ }).click();
  await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await expectSoundLayout(page, testInfo, 'flashcard front', options);
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(page.getByRole('group', { name: 'How well did you remember?' })).toBeVisible();
  await expectSoundLayout(page, testInfo, 'flashcard back', options);
  await page.getByRole('button', { name: 'Back to menu' }).click();
  await waitForMenu(page);

  await page.getByRole('button', { name: 'Progress and stats' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your progress' })).toBeVisible();
  await expectSoundLayout(page, testInfo, 'stats', options);
  await page.getByRole('button', { name: 'Back to menu' }).click();
  await waitForMenu(page);
  await page.getByRole('button', { name: 'Question packs' }).click();
  await page.getByLabel('Choose a file').setInputFiles('tests/e2e/packs/week3.gift');
  await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible();
  await expectSoundLayout(page, testInfo, 'pack manager with a preview', options);

  await page.getByRole('button', { name: 'New pack from article' }).click();
  const editor = page.getByRole('region', { name: 'New pack from article' });
  await editor
    .getByLabel('Article text')
    .fill('The Power of Siberia pipeline runs 3,000 km from Yakutia to the Chinese border.');
  await editor.getByLabel('Headline').fill('Power of Siberia');
  await editor.getByRole('button', { name: 'Draft questions' }).click();
  await expect(editor.getByRole('list', { name: 'Drafts' }).getByRole('listitem').first()).toBeVisible();
  await expectSoundLayout(page, testInfo, 'article editor with drafts', options);
}

/**
 * The results card opens at its top, whatever the feedback before it was scrolled to: the "Round complete"
 * heading is wholly on screen, and what shows at its corners and centre is the heading itself, not the
 * map bar or anything else over it.
 */
async function expectResultsOpenAtTop(page: Page): Promise<void> {
  const heading = page.getByRole('heading', { name: 'Round complete' });
  await expect(heading).toBeInViewport({ ratio: 1 });
  const uncovered = await heading.evaluate((node) => {
    const box = node.getBoundingClientRect();
    const points = [
      [box.left + 2, box.top + 2],
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + 2, box.bottom - 2],
    ] as const;
    return points.every(([x, y]) => {
      const shown = document.elementFromPoint(x, y);
      return shown !== null && node.contains(shown);
    });
  });
  expect(uncovered, 'the "Round complete" heading is covered').toBe(true);
  await expect(page.getByText(/^You scored /)).toBeInViewport();
}

/** Regions open for a new player: a tap on one starts a round, so probes use the locked ones. */
const OPEN_AT_START = new Set(['european-russia', 'north-china']);

/** A screen point. */
interface Point {
  x: number;
  y: number;
}

/** Moves touch points on the page through Chromium's input domain, in `steps` even steps. */
async function touchMove(cdp: CDPSession, from: Point[], to: Point[], steps: number): Promise<void> {
  const at = (t: number) =>
    from.map((start, id) => ({
      x: start.x + ((to[id] ?? start).x - start.x) * t,
      y: start.y + ((to[id] ?? start).y - start.y) * t,
      id,
    }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= steps; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step / steps) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/**
 * A screen point where the map shows one region before a camera change and another after it, robustly
 * (the same regions a few pixels around it), given where a screen point lands on the map before and after.
 * The region after is a locked one, so a tap there names it without starting a round; the tap then tells,
 * through the game's own answer, whether the camera really changed.
 */
function probePoint(
  view: { left: number; top: number; width: number; height: number },
  before: (point: Point) => Point,
  after: (point: Point) => Point,
  zoomAfter: number,
  zoomBefore: number,
): { point: Point; before: string; after: string } {
  const region = (p: Point, zoom: number) => regionAt(MAP, p.x, p.y, 6 / zoom + 2);
  for (let y = view.top + 30; y < view.top + view.height - 30; y += 9) {
    for (let x = view.left + 30; x < view.left + view.width - 30; x += 9) {
      const around = [0, 8, -8].flatMap((dx) => [0, 8, -8].map((dy) => ({ x: x + dx, y: y + dy })));
      const was = around.map((p) => region(before(p), zoomBefore));
      const is = around.map((p) => region(after(p), zoomAfter));
      const first = was[0];
      const then = is[0];
      if (!first || !then || first === then || OPEN_AT_START.has(then)) continue;
      if (was.every((id) => id === first) && is.every((id) => id === then)) {
        return { point: { x, y }, before: first, after: then };
      }
    }
  }
  throw new Error('no point on screen shows a different region after the camera change');
}

/** Taps a point on the map and waits until the game says which locked region that was. */
async function expectTapChooses(page: Page, point: Point, regionId: string): Promise<void> {
  await page.touchscreen.tap(point.x, point.y);
  await expect(page.locator('.map-status')).toHaveText(
    `${regionNames.get(regionId) ?? regionId} is locked. Clear a neighbouring region to open it.`,
  );
}

test.describe('phone, 360×640 portrait, touch', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  test('the main flow fits the screen, nothing overlaps, and every target is at least 44 px', async ({
    page,
  }, testInfo) => {
    await mainFlow(page, testInfo, { minTarget: TOUCH_TARGET });
  });

  test('every question type and its feedback fit the screen with 44 px targets', async ({
    page,
  }, testInfo) => {
    await boot(page, { testPack: true, screen: 'map' });
    await regionButton(page, EUROPEAN_RUSSIA).click();
    const seen = new Set<string>();
    for (let i = 0; i < 40 && seen.size < QUESTIONS.length; i++) {
      if (await page.getByRole('heading', { name: 'Round complete' }).isVisible()) {
        await page.getByRole('button', { name: 'Play again' }).click();
      }
      const heading = (await page.locator('#quiz-heading').textContent()) ?? '';
      const type = /^([A-Z]+):/.exec(heading)?.[1] ?? heading;
      if (!seen.has(type))
        await expectSoundLayout(page, testInfo, `${type} question`, { minTarget: TOUCH_TARGET });
      await answerShownQuestion(page, new Set());
      if (!seen.has(type))
        await expectSoundLayout(page, testInfo, `${type} feedback`, { minTarget: TOUCH_TARGET });
      seen.add(type);
      await page.getByRole('button', { name: /Next question|See results/ }).click();
    }
    expect(seen.size, [...seen].join(', ')).toBe(QUESTIONS.length);
  });

  test('a map-click question leaves its numbered marks and the question both usable', async ({
    page,
  }, testInfo) => {
    await serveTestPack(page, ['t-single', 't-mapclick']);
    await boot(page, { screen: 'map' });
    await regionButton(page, EUROPEAN_RUSSIA).click();
    await playUntil(page, 'MAPCLICK');
    await expectSoundLayout(page, testInfo, 'map-click question', { minTarget: TOUCH_TARGET });
    // The region list takes no answer during a map question (on a phone it gives way to the map): the mark
    // on Ukraine's label does.
    await expect(page.locator('nav.region-list')).toHaveJSProperty('inert', true);
    const label = MAP.regions.find((region) => region.id === 'ukraine')!.label.join(',');
    const mark = page.locator(`.mapclick-marks button[data-map-point="${label}"]`);
    const box = await mark.boundingBox();
    if (!box) throw new Error('the mark on Ukraine is not on screen');
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.locator('.verdict')).toHaveText('✓ Correct!');
    await expectSoundLayout(page, testInfo, 'map-click feedback', { minTarget: TOUCH_TARGET });
  });
});

/** Opens the menu from a `?pack=` link whose escape does not decode, so its warning shows over the menu. */
async function menuWithMalformedPackLink(
  page: Page,
  testInfo: TestInfo,
  options: LayoutOptions,
): Promise<void> {
  await page.goto('./?pack=%E0%A4%A');
  await waitForMenu(page);
  const warning = page.getByRole('alert').filter({ hasText: 'The page address was not understood' });
  await expect(warning).toContainText('"%E0%A4%A" has a malformed % escape');
  await expect(warning).not.toContainText('\uFFFD');
  await expectSoundLayout(page, testInfo, 'menu with a malformed pack link', options);
}

test.describe('a malformed pack link on a phone', () => {
  for (const viewport of [
    { width: 360, height: 640 },
    { width: 390, height: 844 },
  ]) {
    test.describe(`${viewport.width}×${viewport.height}`, () => {
      test.use({ viewport, hasTouch: true, isMobile: true });

      test('its warning wraps above the menu, overlapping nothing, with 44 px targets', async ({
        page,
      }, testInfo) => {
        await menuWithMalformedPackLink(page, testInfo, { minTarget: TOUCH_TARGET });
      });
    });
  }
});

test.describe('touch on the map, 360×640', () => {
  test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

  test('a tap chooses a region, one finger pans and two fingers pinch-zoom', async ({ page }) => {
    await boot(page, { screen: 'map' });
    const view = await mapView(page);
    const fit = view.zoom;
    const centre = { x: view.left + view.width / 2, y: view.top + view.height / 2 };
    // Where a screen point lands on the map for a camera showing map point `look` at the centre.
    const landing = (look: Point, zoom: number) => (p: Point) => ({
      x: look.x + (p.x - centre.x) / zoom,
      y: look.y + (p.y - centre.y) / zoom,
    });
    const home = { x: MAP.width / 2, y: MAP.height / 2 };
    const cdp = await page.context().newCDPSession(page);

    // One finger drags the map 60 px left and 40 px up: the map point at the centre moves with it.
    const drag = { x: -60, y: -40 };
    await touchMove(cdp, [centre], [{ x: centre.x + drag.x, y: centre.y + drag.y }], 8);
    const panned = { x: home.x - drag.x / fit, y: home.y - drag.y / fit };
    const afterPan = probePoint(view, landing(home, fit), landing(panned, fit), fit, fit);
    await expectTapChooses(page, afterPan.point, afterPan.after);

    // Two fingers spread from 60 px to 180 px apart around the centre: three times the zoom, same centre.
    await touchMove(
      cdp,
      [
        { x: centre.x - 30, y: centre.y },
        { x: centre.x + 30, y: centre.y },
      ],
      [
        { x: centre.x - 90, y: centre.y },
        { x: centre.x + 90, y: centre.y },
      ],
      10,
    );
    const pinch = probePoint(view, landing(panned, fit), landing(panned, fit * 3), fit * 3, fit);
    await expectTapChooses(page, pinch.point, pinch.after);
  });
});

test.describe('desktop, 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the main flow fits the screen and nothing overlaps', async ({ page }, testInfo) => {
    await mainFlow(page, testInfo, {});
  });

  test('the warning of a malformed pack link overlaps nothing', async ({ page }, testInfo) => {
    await menuWithMalformedPackLink(page, testInfo, {});
  });
});
