/**
 * Frame times while panning: drags the mouse in circles over a canvas for a while and records the time
 * between animation frames in the page (requestAnimationFrame timestamps) from the press to the release.
 */
import type { Page } from '@playwright/test';

/** Where to drag: a point on the canvas and how far around it. */
export interface DragArea {
  x: number;
  y: number;
  radius: number;
}

/** Starts recording requestAnimationFrame timestamps into `window.__panFrames` until it is cleared. */
const RECORD_FRAMES = `{
  const frames = [];
  const record = (time) => {
    frames.push(time);
    if (window.__panFrames === frames) requestAnimationFrame(record);
  };
  window.__panFrames = frames;
  requestAnimationFrame(record);
}`;

/** Milliseconds for one circle of the drag. */
const CIRCLE_MS = 1500;

/** Milliseconds between mouse moves at most. */
const MOVE_EVERY_MS = 16;

/**
 * Presses the mouse at the area's centre, drags it around a circle for `durationMs` and releases it;
 * returns the frame deltas (ms) the page saw meanwhile. Waits up to a minute for a canvas under the point
 * (the map may still be loading its engine) and fails if none comes.
 */
export async function panFrameTimes(page: Page, area: DragArea, durationMs: number): Promise<number[]> {
  await page
    .waitForFunction(({ x, y }) => document.elementFromPoint(x, y)?.tagName === 'CANVAS', area, {
      polling: 100,
      timeout: 60_000,
    })
    .catch(() => {
      throw new Error(`nothing to pan at (${area.x}, ${area.y}): no canvas there`);
    });
  // A string, not a function: the recorder names an inner function, which tsx's transform would wrap.
  await page.evaluate(RECORD_FRAMES);
  await page.mouse.move(area.x, area.y);
  await page.mouse.down();
  const from = await page.evaluate(() => performance.now());
  const started = Date.now();
  for (let step = 0; Date.now() - started < durationMs; step++) {
    const angle = ((Date.now() - started) / CIRCLE_MS) * Math.PI * 2;
    await page.mouse.move(area.x + Math.cos(angle) * area.radius, area.y + Math.sin(angle) * area.radius);
    // No faster than a 60 Hz mouse: a flood of events would measure input handling, not drawing.
    const wait = started + (step + 1) * MOVE_EVERY_MS - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  }
  await page.mouse.up();
  return page.evaluate((start) => {
    const holder = window as unknown as { __panFrames?: number[] };
    const frames = (holder.__panFrames ?? []).filter((time) => time >= start);
    holder.__panFrames = undefined;
    return frames.slice(1).map((time, i) => time - (frames[i] ?? time));
  }, from);
}

/** The middle of the game's map, left of the region list, and a radius that keeps the drag on it. */
export async function mapDragArea(page: Page): Promise<DragArea> {
  await page.locator('#game-root canvas').waitFor({ timeout: 60_000 });
  const canvas = await page.locator('#game-root canvas').boundingBox();
  const list = await page.getByRole('navigation', { name: 'Regions' }).boundingBox();
  if (!canvas || !list) throw new Error('the map or its region list is not on screen');
  const width = list.x - canvas.x;
  return {
    x: canvas.x + width / 2,
    y: canvas.y + canvas.height / 2,
    radius: Math.min(width, canvas.height) / 6,
  };
}

/** The middle of the bare-Phaser page's canvas. */
export async function bareDragArea(page: Page): Promise<DragArea> {
  const canvas = await page.locator('canvas').boundingBox();
  if (!canvas) throw new Error('the bare-Phaser canvas is not on screen');
  return {
    x: canvas.x + canvas.width / 2,
    y: canvas.y + canvas.height / 2,
    radius: Math.min(canvas.width, canvas.height) / 6,
  };
}
