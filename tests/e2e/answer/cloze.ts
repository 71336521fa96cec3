import type { ClozeQuestion } from '../../../src/core/model/pack';
import { type Answerer, enter } from './answerer';

/** Fills each gap with its first accepted answer (or nonsense), then presses Enter. */
export const answerCloze: Answerer<ClozeQuestion> = async (page, question, { right, keyboard }) => {
  const gaps = [...question.text.matchAll(/\{\{([^}]*)\}\}/g)].map(
    (match) => (match[1] ?? '').split('|')[0] ?? '',
  );
  for (const [index, gap] of gaps.entries()) {
    await enter(
      page,
      page.getByRole('textbox', { name: `Gap ${index + 1}` }),
      right ? gap : 'zzzz',
      keyboard,
    );
  }
  await page.keyboard.press('Enter');
};
