import { projectToMap } from '../../../src/core/map/projection';
import type { MapClickQuestion } from '../../../src/core/model/pack';
import { MAP, regionButton, regionNames } from '../fixtures';
import { type Answerer, tabTo } from './answerer';

/**
 * A region question: chooses the target's region (or another) in the region list, reached by Tab or focused,
 * with Enter. A place question: chooses the numbered mark drawn on the place (or the one farthest from it),
 * as a player who sees the map would, by Tab and Enter or by its number key.
 */
export const answerMapClick: Answerer<MapClickQuestion> = async (page, question, { right, keyboard }) => {
  if ('point' in question.target) {
    const [x, y] = projectToMap(MAP.projection, question.target.point[0], question.target.point[1]);
    const marks = page.getByRole('group', { name: 'Marks on the map' }).getByRole('button');
    const points = await marks.evaluateAll((buttons) =>
      buttons.map((button) => ((button as HTMLElement).dataset.mapPoint ?? '').split(',').map(Number)),
    );
    const distances = points.map(([mx = 0, my = 0]) => Math.hypot(mx - x, my - y));
    const pick = distances.indexOf(right ? Math.min(...distances) : Math.max(...distances));
    if (keyboard) await page.keyboard.press(String(pick + 1));
    else await marks.nth(pick).click();
    return;
  }
  const target = question.target.region;
  const other = [...regionNames.keys()].find((id) => id !== target) ?? '';
  const button = regionButton(page, regionNames.get(right ? target : other) ?? '');
  if (keyboard) await tabTo(page, button);
  else await button.focus();
  await page.keyboard.press('Enter');
};
