/**
 * The history map's benchmarks: frame times while panning with every history layer shown, and the time
 * one step of the time control takes, from the slider's input event to the next frame painted, over a
 * full sweep from 1689 to this year. Both are driven through the history screen as a player would.
 */
import type { Page } from '@playwright/test';
import { GAME_URL, type BenchPage, waitForMenu } from './browser';
import type { DragArea } from './pan';

/** The history layers' switches, by their accessible names. */
const LAYER_SWITCHES = ['Borders', 'Ceded lands', 'Rivers', 'Pipelines', 'Places'];

/** Opens the history screen from the menu with every layer switched on, and waits for the map. */
export async function openHistoryWithAllLayers(bench: BenchPage): Promise<void> {
  const { page } = bench;
  await page.goto(GAME_URL);
  await waitForMenu(page);
  await page.getByRole('button', { name: 'Borders through time' }).click();
  await page.getByRole('slider', { name: 'Year' }).waitFor({ timeout: 60_000 });
  await page.locator('#game-root canvas').waitFor({ timeout: 60_000 });
  for (const name of LAYER_SWITCHES) await page.getByRole('checkbox', { name }).check();
}

/**
 * The biggest stretch of canvas not covered by the screen's panels: a grid of points is tested with
 * `elementFromPoint`, and the canvas point farthest from any covered point (or the edge) is the centre.
 */
export async function openCanvasArea(page: Page): Promise<DragArea> {
  return page.evaluate(() => {
    const canvas = document.querySelector('#game-root canvas');
    if (!canvas) throw new Error('the map has no canvas');
    const box = canvas.getBoundingClientRect();
    const step = 16;
    const free: { x: number; y: number }[] = [];
    const covered: { x: number; y: number }[] = [];
    for (let y = box.top + step / 2; y < box.bottom; y += step) {
      for (let x = box.left + step / 2; x < box.right; x += step) {
        (document.elementFromPoint(x, y) === canvas ? free : covered).push({ x, y });
      }
    }
    let best = { x: 0, y: 0, radius: -1 };
    for (const point of free) {
      let radius = Math.min(point.x - box.left, box.right - point.x, point.y - box.top, box.bottom - point.y);
      for (const other of covered)
        radius = Math.min(radius, Math.hypot(other.x - point.x, other.y - point.y));
      if (radius > best.radius) best = { x: point.x, y: point.y, radius };
    }
    if (best.radius <= 0) throw new Error('no part of the map is free of panels');
    return { x: best.x, y: best.y, radius: best.radius / 3 };
  });
}

/**
 * Sweeps the "Year" slider from its first year to its last, one year per step, each step an input event
 * as the slider sends it; returns, per step, the ms from the event to the second animation frame after it
 * (the frame that shows the redrawn map: on a software renderer mostly the time of drawing a frame) and
 * the ms the step's own work took (the screen's handler: panel, announcement, re-tinting the map).
 */
export async function timeControlSteps(page: Page): Promise<{ painted: number[]; work: number[] }> {
  await page.getByRole('slider', { name: 'Year' }).waitFor();
  // A string, not a function: tsx would wrap a function's inner helpers in its own `__name`, unknown in the page.
  return page.evaluate<{ painted: number[]; work: number[] }>(SWEEP_YEARS);
}

/** The sweep, run in the page: one input event per year, and the time to the second frame after each. */
const SWEEP_YEARS = `(async () => {
  const slider = [...document.querySelectorAll('input[type="range"]')].find(
    (input) => input.labels?.[0]?.textContent === 'Year',
  );
  if (!slider) throw new Error('the history screen has no "Year" slider');
  const first = Number(slider.min);
  const last = Number(slider.max);
  const painted = [];
  const work = [];
  for (let year = first; year <= last; year++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const start = performance.now();
    slider.value = String(year);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    work.push(performance.now() - start);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    painted.push(performance.now() - start);
  }
  if (Number(slider.value) !== last) throw new Error('the sweep ended at ' + slider.value + ', not ' + last);
  return { painted, work };
})()`;
