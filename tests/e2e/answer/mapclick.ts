import { nearestOnLine } from '../../../src/core/map/lineDistance';
import { mapToLonLat, projectToMap } from '../../../src/core/map/projection';
import type { MapClickQuestion } from '../../../src/core/model/pack';
import { MAP } from '../fixtures';
import type { Answerer } from './answerer';

/** How far (in map units for a region or place, in km for a line) a mark at `point` is from the answer. */
function offBy(question: MapClickQuestion, [x, y]: [number, number]): number {
  const target = question.target;
  if ('line' in target) return nearestOnLine(target.line, mapToLonLat(MAP.projection, x, y)).km;
  const [tx, ty] =
    'point' in target
      ? projectToMap(MAP.projection, target.point[0], target.point[1])
      : (MAP.regions.find((region) => region.id === target.region)?.label ?? [NaN, NaN]);
  return Math.hypot(tx - x, ty - y);
}

/**
 * Every map question: chooses the numbered mark drawn on the answer (a region's label, a place, a point of a
 * line), or the one farthest from it, as a player who sees the map would, by Tab and Enter or by its number
 * key. The region list takes no answer during a round.
 */
export const answerMapClick: Answerer<MapClickQuestion> = async (page, question, { right, keyboard }) => {
  const marks = page.getByRole('group', { name: 'Marks on the map' }).getByRole('button');
  await marks.first().waitFor();
  const points = await marks.evaluateAll((buttons) =>
    buttons.map((button) => ((button as HTMLElement).dataset.mapPoint ?? '').split(',').map(Number)),
  );
  const distances = points.map(([mx = 0, my = 0]) => offBy(question, [mx, my]));
  const pick = distances.indexOf(right ? Math.min(...distances) : Math.max(...distances));
  if (keyboard) await page.keyboard.press(String(pick + 1));
  else await marks.nth(pick).click();
};
