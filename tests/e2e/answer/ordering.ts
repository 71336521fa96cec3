import type { OrderingQuestion } from '../../../src/core/model/pack';
import { type Answerer, activate, checkButton, tabTo } from './answerer';

/** Moves each misplaced item up into place with its arrow button (when answering rightly), then checks. */
export const answerOrdering: Answerer<OrderingQuestion> = async (page, question, { right, keyboard }) => {
  const wanted = question.items.map((item) => item.text);
  for (let pass = 0; right && pass < wanted.length; pass++) {
    const items = await page.locator('.order-text').allTextContents();
    const misplaced = items.findIndex((text, index) => text !== wanted[index]);
    if (misplaced < 0) break;
    const item = wanted[misplaced] ?? '';
    const up = page.getByRole('button', { name: `Move “${item}” up` });
    for (let step = items.indexOf(item); step > misplaced; step--) {
      if (keyboard) {
        await tabTo(page, up);
        await page.keyboard.press('Enter');
      } else {
        await up.click();
      }
    }
  }
  await activate(page, checkButton(page), keyboard);
};
