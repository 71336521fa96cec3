import type { MapClickQuestion } from '../../../src/core/model/pack';
import { regionButton, regionNames } from '../fixtures';
import { type Answerer, tabTo } from './answerer';

/** Chooses the target's region (or another) in the region list, reached by Tab or focused, with Enter. */
export const answerMapClick: Answerer<MapClickQuestion> = async (page, question, { right, keyboard }) => {
  const target = 'region' in question.target ? question.target.region : (question.region ?? '');
  const other = [...regionNames.keys()].find((id) => id !== target) ?? '';
  const button = regionButton(page, regionNames.get(right ? target : other) ?? '');
  if (keyboard) await tabTo(page, button);
  else await button.focus();
  await page.keyboard.press('Enter');
};
