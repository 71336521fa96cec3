import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nearestOnLine, pointAlong } from '../../src/core/map/lineDistance';
import { projectToMap } from '../../src/core/map/projection';
import { pointAt } from '../../src/core/questions/placeMarks';
import type { MapClickQuestion } from '../../src/core/model/pack';
// The fixtures first: they load the answerers (which read the fixtures back) in the order that works.
import { MAP, expect, regionButton, shownPointOf, test } from './fixtures';
import { BEIJING_PLACE_QUESTION, serveOnlyQuestions } from './testPack';
import { answerMapClick } from './answer/mapclick';
import { tabTo } from './answer/answerer';
import { NORTH_CHINA, boot } from '../support/e2eBoot';
import { pixelsNear } from './pixels';

const BEIJING = BEIJING_PLACE_QUESTION;

/** A region question in a starting region whose answer is another region (never the round's own). */
const MONGOLIA = {
  id: 't-region-mongolia',
  type: 'mapclick',
  region: 'north-china',
  prompt: 'REGION: click the country north of the Gobi that lies between Russia and China.',
  target: { region: 'mongolia' },
  explanation: 'Test explanation.',
  source: 'test',
  difficulty: 1,
  tags: ['test'],
} as const;

/** The Amur's border stretch as the built-in bank has it (taken from the history data). */
const AMUR_LINE = (
  JSON.parse(readFileSync(join(process.cwd(), 'questions', 'border-geography.json'), 'utf8')) as {
    questions: { id: string; target: { line?: [number, number][] } }[];
  }
).questions.find((question) => question.id === 'amur-border-mapclick')!.target.line!;

/** A line question in a starting region: click the Amur where it forms the border. */
const AMUR = {
  id: 't-line-amur',
  type: 'mapclick',
  region: 'north-china',
  prompt: 'LINE: click the Amur where it forms the border.',
  target: {
    line: AMUR_LINE,
    radiusKm: 30,
    name: 'the Amur, where it forms the border',
    feature: 'river:amur',
  },
  explanation: 'Test explanation.',
  source: 'test',
  difficulty: 1,
  tags: ['test'],
};

/** Beijing's spot in map units. */
const TARGET = projectToMap(MAP.projection, BEIJING.target.point[0], BEIJING.target.point[1]);

test('a keyboard-only player answers a place question by choosing a numbered mark, never the region', async ({
  page,
}) => {
  await serveOnlyQuestions(page, [BEIJING]);
  await boot(page, { screen: 'map' });
  const region = regionButton(page, NORTH_CHINA);
  await tabTo(page, region);
  await page.keyboard.press('Enter');
  await expect(page.locator('#quiz-heading')).toHaveText('PLACE: click the capital of China.');
  const marks = page.getByRole('group', { name: 'Marks on the map' }).getByRole('button');
  await expect(marks).toHaveText([/Mark 1/, /Mark 2/, /Mark 3/, /Mark 4/]);
  // The round's own region is no answer: the region list is out of reach while a place is asked.
  await expect(page.getByRole('navigation', { name: 'Regions' })).toHaveJSProperty('inert', true);
  await answerMapClick(page, BEIJING as unknown as MapClickQuestion, { right: true, keyboard: true });
  await expect(page.locator('.verdict')).toHaveText('✓ Correct!');
  await expect(page.locator('.your-answer')).toHaveText(/^Your answer: mark \d, 0 km from the place$/);
});

test('a wrong click shows a pin on the place, a line from the click, the distance, and names the place', async ({
  page,
}) => {
  await serveOnlyQuestions(page, [BEIJING]);
  await boot(page, { screen: 'map' });
  await regionButton(page, NORTH_CHINA).click();
  await expect(page.locator('#quiz-heading')).toHaveText('PLACE: click the capital of China.');
  // A click some 400 km south-west of Beijing, still in North China.
  const wrong = projectToMap(MAP.projection, 113.0, 37.5);
  const at = await shownPointOf(page, wrong[0], wrong[1]);
  await page.mouse.click(at.x, at.y);
  await expect(page.locator('.verdict')).toHaveText(/Not quite|Partly right/);
  await expect(page.locator('.feedback .answer')).toHaveText('The answer: Beijing, the capital');
  await expect(page.locator('.your-answer')).toHaveText(
    new RegExp(`^Your answer: ${NORTH_CHINA.replace('&', '\\&')}, (3|4)\\d\\d km from the place$`),
  );
  // The camera frames both ends, and draws the pin (green) on the place and the line (red) from the click.
  const pin = await shownPointOf(page, TARGET[0], TARGET[1]);
  const click = await shownPointOf(page, wrong[0], wrong[1]);
  const viewport = page.viewportSize()!;
  for (const point of [pin, click]) {
    expect(point.x).toBeGreaterThan(0);
    expect(point.x).toBeLessThan(viewport.width);
    expect(point.y).toBeGreaterThan(0);
    expect(point.y).toBeLessThan(viewport.height);
  }
  await page.screenshot({ path: 'test-results/place-answer-desktop.png' });
  expect(await pixelsNear(page, pin, 24, [0x1b, 0x7f, 0x3a])).toBeGreaterThan(20);
  const middle = { x: (pin.x + click.x) / 2, y: (pin.y + click.y) / 2 };
  expect(await pixelsNear(page, middle, 24, [0xb3, 0x26, 0x1e])).toBeGreaterThan(10);
});

for (const viewport of [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
]) {
  test(`on a ${viewport.width}×${viewport.height} phone the place and its marks stay tappable above the card`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await serveOnlyQuestions(page, [BEIJING]);
    await boot(page, { screen: 'map' });
    await regionButton(page, NORTH_CHINA).click();
    await expect(page.locator('#quiz-heading')).toHaveText('PLACE: click the capital of China.');
    const at = await shownPointOf(page, TARGET[0], TARGET[1]);
    await page.screenshot({ path: `test-results/place-asked-${viewport.width}.png` });
    const under = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, at);
    expect(under).toBe('CANVAS');
    await page.mouse.click(at.x, at.y);
    await expect(page.locator('.verdict')).toHaveText('✓ Correct!');
    await page.screenshot({ path: `test-results/place-answered-${viewport.width}.png` });
  });
}

test('a region question is answered by a numbered mark on the region, never by the round’s own region', async ({
  page,
}) => {
  await serveOnlyQuestions(page, [MONGOLIA]);
  await boot(page, { screen: 'map' });
  const region = regionButton(page, NORTH_CHINA);
  await tabTo(page, region);
  await page.keyboard.press('Enter');
  await expect(page.locator('#quiz-heading')).toHaveText(MONGOLIA.prompt);
  await expect(page.getByRole('navigation', { name: 'Regions' })).toHaveJSProperty('inert', true);
  const marks = page.getByRole('group', { name: 'Marks on the map' }).getByRole('button');
  await expect(marks).toHaveText([/Mark 1/, /Mark 2/, /Mark 3/, /Mark 4/]);
  // The marks stand on the labels of Mongolia and of regions around it, and the answer is not the round's.
  const labels = new Map(MAP.regions.map((r) => [r.label.join(','), r.id]));
  const regions = await marks.evaluateAll((buttons) =>
    buttons.map((b) => (b as HTMLElement).dataset.mapPoint),
  );
  const marked = regions.map((point) => labels.get(point ?? ''));
  expect(marked).toContain('mongolia');
  expect(marked.every((id) => id !== undefined)).toBe(true);
  const shown = await Promise.all(
    MAP.regions.filter((r) => marked.includes(r.id)).map((r) => shownPointOf(page, r.label[0], r.label[1])),
  );
  const viewport = page.viewportSize()!;
  for (const point of shown) {
    expect(point.x).toBeGreaterThan(0);
    expect(point.x).toBeLessThan(viewport.width);
    expect(point.y).toBeGreaterThan(0);
    expect(point.y).toBeLessThan(viewport.height);
  }
  await page.screenshot({ path: 'test-results/region-marks-asked.png' });
  await answerMapClick(page, MONGOLIA as unknown as MapClickQuestion, { right: true, keyboard: true });
  await expect(page.locator('.verdict')).toHaveText('✓ Correct!');
  await expect(page.locator('.your-answer')).toHaveText(/^Your answer: mark \d$/);
  await page.screenshot({ path: 'test-results/region-marks-answered.png' });
});

test('a click on the canvas near a river is graded by its distance to the river, and the answer draws it', async ({
  page,
}) => {
  await serveOnlyQuestions(page, [AMUR]);
  await boot(page, { screen: 'map' });
  await regionButton(page, NORTH_CHINA).click();
  await expect(page.locator('#quiz-heading')).toHaveText(AMUR.prompt);
  await expect(page.getByRole('group', { name: 'Marks on the map' }).getByRole('button')).toHaveCount(4);
  // A click some 45 km from the middle of the river, in the direction that leads away from every stretch.
  const middle = pointAlong(AMUR_LINE, 0.5);
  const away = Array.from({ length: 72 }, (_, step) => pointAt(middle, step * 5, 45)).reduce((best, point) =>
    nearestOnLine(AMUR_LINE, point).km > nearestOnLine(AMUR_LINE, best).km ? point : best,
  );
  const km = nearestOnLine(AMUR_LINE, away);
  const clickXY = projectToMap(MAP.projection, away[0], away[1]);
  const at = await shownPointOf(page, clickXY[0], clickXY[1]);
  await page.mouse.click(at.x, at.y);
  await expect(page.locator('.verdict')).toHaveText(/^◐ Partly right: \d+% of the credit\.$/);
  await expect(page.locator('.feedback .answer')).toHaveText(
    'The answer: the Amur, where it forms the border',
  );
  // The click lands on a whole pixel, a kilometre or two from the point aimed at.
  const said = await page.locator('.your-answer').textContent();
  const saidKm = Number(/, (\d+) km from its nearest point$/.exec(said ?? '')?.[1]);
  expect(Math.abs(saidKm - km.km)).toBeLessThan(5);
  // The pin (green) stands on the river's point nearest the click, with the red line from the click to it.
  const pinXY = projectToMap(MAP.projection, km.at[0], km.at[1]);
  const pin = await shownPointOf(page, pinXY[0], pinXY[1]);
  const click = await shownPointOf(page, clickXY[0], clickXY[1]);
  await page.screenshot({ path: 'test-results/line-answer-desktop.png' });
  expect(await pixelsNear(page, pin, 24, [0x1b, 0x7f, 0x3a])).toBeGreaterThan(20);
  expect(await pixelsNear(page, click, 24, [0xb3, 0x26, 0x1e])).toBeGreaterThan(20);
});

test('a click on the river itself gets full credit', async ({ page }) => {
  await serveOnlyQuestions(page, [AMUR]);
  await boot(page, { screen: 'map' });
  await regionButton(page, NORTH_CHINA).click();
  await expect(page.locator('#quiz-heading')).toHaveText(AMUR.prompt);
  const onRiver = pointAlong(AMUR_LINE, 0.5);
  const xy = projectToMap(MAP.projection, onRiver[0], onRiver[1]);
  const at = await shownPointOf(page, xy[0], xy[1]);
  await page.mouse.click(at.x, at.y);
  await expect(page.locator('.verdict')).toHaveText('✓ Correct!');
  await expect(page.locator('.your-answer')).toHaveText(/, [0-3] km from its nearest point$/);
});
