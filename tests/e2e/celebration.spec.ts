/**
 * The region-cleared celebration: clearing a starting region and going back to the map fills the region
 * with its cleared colour, plays the fanfare, names the region and what opened in the status bar and to
 * screen readers, opens the neighbours, and leaves nothing behind on the map; with reduced motion the calm
 * version runs instead (no sweep, particles, pulses or camera move: a static highlight for a moment).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { regionAt } from '../../src/core/map/hitTest';
import {
  MAP,
  audibleSounds,
  expect,
  neighbours,
  playRound,
  regionButton,
  regionNames,
  screenPointOf,
  test,
} from './fixtures';
import { pixelsNear } from './pixels';
import { EUROPEAN_RUSSIA, boot } from '../support/e2eBoot';

/** The region cleared in these tests, and the regions clearing it opens (all locked for a new player). */
const CLEARED = 'european-russia';
const OPENED = (neighbours.get(CLEARED) ?? []).map((id) => regionNames.get(id) ?? id);

/** The cleared region's colours on the map (its group's), as RGB. */
const CLEARED_RGB = rgbOf(MAP.groups.russia?.cleared ?? '');

/** Side of the square sampled for the region's colour, CSS px. */
const SAMPLE = 24;

/** `#rrggbb` as RGB. */
function rgbOf(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** How long a WAV file plays, from its header: the fanfare is told from the other sounds by its length. */
function wavSeconds(file: string): number {
  const bytes = readFileSync(join(process.cwd(), 'assets', 'audio', file));
  const byteRate = bytes.readUInt32LE(28);
  const data = bytes.indexOf('data', 12, 'latin1');
  return bytes.readUInt32LE(data + 4) / byteRate;
}

/**
 * A map point inside the cleared region, below its name and badge: every point of a square of map units
 * around it lies in the region, so the square sampled on screen shows only the region's fill.
 */
function insidePoint(): [number, number] {
  const region = MAP.regions.find((candidate) => candidate.id === CLEARED);
  if (!region) throw new Error(`the map has no ${CLEARED}`);
  const [x0, , x1, y1] = region.bbox;
  const half = 50;
  const steps = [-half, -half / 2, 0, half / 2, half];
  const inside = (x: number, y: number) =>
    steps.every((dx) => steps.every((dy) => regionAt(MAP, x + dx, y + dy, 0) === CLEARED));
  for (let y = region.label[1] + 90; y < y1 - half; y += 10) {
    for (let x = x0 + half; x < x1 - half; x += 10) if (inside(x, y)) return [x, y];
  }
  throw new Error(`no point well inside ${CLEARED}`);
}

/** Pixels of the cleared colour in a small square well inside the region. */
async function clearedPixels(page: Page): Promise<number> {
  const [x, y] = insidePoint();
  return pixelsNear(page, await screenPointOf(page, x, y), SAMPLE, CLEARED_RGB);
}

/** One change of the map's state attributes, as a MutationObserver in the page saw it. */
interface MapState {
  celebrating: string | null;
  celebration: string | null;
  motion: string | null;
  objects: string | null;
}

/**
 * Records every change of the map's `data-celebrating`, `data-celebration`, `data-motion` and `data-objects`
 * in the page, so that the test reads what happened in order, however short each state was.
 */
async function recordMapStates(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { __mapStates: unknown[] }).__mapStates = seen;
    document.addEventListener('DOMContentLoaded', () => {
      const root = document.getElementById('game-root');
      if (!root) return;
      const record = () =>
        seen.push({
          celebrating: root.getAttribute('data-celebrating'),
          celebration: root.getAttribute('data-celebration'),
          motion: root.getAttribute('data-motion'),
          objects: root.getAttribute('data-objects'),
        });
      new MutationObserver(record).observe(root, {
        attributes: true,
        attributeFilter: ['data-celebrating', 'data-celebration', 'data-motion', 'data-objects'],
      });
    });
  });
}

/** The map states recorded so far. */
function mapStates(page: Page): Promise<MapState[]> {
  return page.evaluate(() => (window as unknown as { __mapStates: MapState[] }).__mapStates);
}

/**
 * Plays the starting region to a clear and goes back to the map; returns what the map showed before: the
 * cleared colour's pixels, the display objects at rest and the camera's view.
 */
async function clearStartingRegion(page: Page): Promise<{ pixels: number; objects: number; view: string }> {
  await boot(page, { screen: 'map' });
  const root = page.locator('#game-root');
  await expect(root).toHaveAttribute('data-motion', 'still');
  await expect(root).toHaveAttribute('data-objects', /^\d+$/);
  const before = {
    pixels: await clearedPixels(page),
    objects: Number(await root.getAttribute('data-objects')),
    view: (await root.getAttribute('data-view')) ?? '',
  };
  await regionButton(page, EUROPEAN_RUSSIA).click();
  await playRound(page, 5);
  await expect(page.getByText(`${EUROPEAN_RUSSIA} is cleared!`, { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Back to map' }).click();
  return before;
}

/** What the player reads, and a screen reader hears, when the region is cleared. */
const MESSAGE = `${EUROPEAN_RUSSIA} cleared! New regions open: ${OPENED.join(', ')}.`;

test.describe('the region-cleared celebration', () => {
  test.beforeEach(async ({ page }) => {
    await recordMapStates(page);
  });

  test('fills the region, bursts and pulses, plays the fanfare, says what opened and leaves nothing behind', async ({
    page,
  }) => {
    test.slow(); // A round of built-in questions, then an animation drawn in software WebGL.
    const before = await clearStartingRegion(page);
    expect(before.pixels, 'the region is not in its cleared colour before').toBeLessThan(SAMPLE);
    const root = page.locator('#game-root');

    await expect(page.locator('.map-status')).toHaveText(MESSAGE);
    await expect(page.locator('#a11y-live')).toContainText(MESSAGE);
    const fanfare = wavSeconds('fanfare.wav');
    await expect
      .poll(async () => (await audibleSounds(page)).map((sound) => sound.seconds ?? 0), {
        message: 'the fanfare plays',
      })
      .toContainEqual(expect.closeTo(fanfare, 2));

    // It ends by itself, and the map comes to rest with exactly the objects it had before.
    await expect(root).not.toHaveAttribute('data-celebrating', /./, { timeout: 120_000 });
    await expect(root).toHaveAttribute('data-motion', 'still', { timeout: 120_000 });
    await expect(root).toHaveAttribute('data-objects', String(before.objects));
    const states = await mapStates(page);
    const running = states.filter((state) => state.celebrating === CLEARED);
    expect(running.length, 'the map said it was celebrating the region').toBeGreaterThan(0);
    expect(running.every((state) => state.celebration === 'burst')).toBe(true);
    expect(
      running.some((state) => state.motion === 'moving'),
      'the burst animates the map',
    ).toBe(true);

    expect(await clearedPixels(page), 'the region shows its cleared colour').toBeGreaterThan(
      SAMPLE * SAMPLE * 0.6,
    );
    await expect(regionButton(page, EUROPEAN_RUSSIA)).toHaveAccessibleName(`${EUROPEAN_RUSSIA}, cleared`);
    for (const name of OPENED) await expect(regionButton(page, name)).toHaveAccessibleName(/, open$/);
  });

  test('with reduced motion, shows the calm version: no movement, a static highlight, the same words and sound', async ({
    page,
  }) => {
    test.slow(); // A round of built-in questions.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const before = await clearStartingRegion(page);
    const root = page.locator('#game-root');

    await expect(page.locator('.map-status')).toHaveText(MESSAGE);
    await expect(page.locator('#a11y-live')).toContainText(MESSAGE);
    const fanfare = wavSeconds('fanfare.wav');
    await expect
      .poll(async () => (await audibleSounds(page)).map((sound) => sound.seconds ?? 0))
      .toContainEqual(expect.closeTo(fanfare, 2));

    await expect(root).not.toHaveAttribute('data-celebrating', /./, { timeout: 120_000 });
    await expect(root).toHaveAttribute('data-motion', 'still');
    await expect(root).toHaveAttribute('data-objects', String(before.objects));
    const states = await mapStates(page);
    const running = states.filter((state) => state.celebrating === CLEARED);
    expect(running.length, 'the map said it was celebrating the region').toBeGreaterThan(0);
    expect(running.every((state) => state.celebration === 'calm')).toBe(true);
    // While the calm version shows, the map is at rest (nothing animates) with the highlight drawn on it.
    expect(
      running.some((state) => state.motion === 'still' && Number(state.objects) > before.objects),
      'a still map with the opened regions highlighted',
    ).toBe(true);
    expect(await root.getAttribute('data-view'), 'the camera did not move').toBe(before.view);

    expect(await clearedPixels(page), 'the region shows its cleared colour').toBeGreaterThan(
      SAMPLE * SAMPLE * 0.6,
    );
    for (const name of OPENED) await expect(regionButton(page, name)).toHaveAccessibleName(/, open$/);
  });
});
