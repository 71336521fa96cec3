import type { MatchingQuestion } from '../../../src/core/model/pack';
import { type Answerer, activate, checkButton, tabTo } from './answerer';

/** Chooses each left item's match (or the next option along) by type-ahead or by selecting it, then checks. */
export const answerMatching: Answerer<MatchingQuestion> = async (page, question, { right, keyboard }) => {
  const rights = [...question.pairs.map((pair) => pair.right), ...(question.distractors ?? [])];
  for (const [index, pair] of question.pairs.entries()) {
    const label = right ? pair.right : (rights[(index + 1) % rights.length] ?? '');
    const select = page.getByRole('combobox', { name: `Match for “${pair.left}”` });
    if (keyboard) {
      await tabTo(page, select);
      await page.keyboard.type(label);
      // Type-ahead picks the first option starting with the typed text; step on with arrows if needed.
      for (let step = 0; step < rights.length + 1; step++) {
        if (
          (await select.evaluate((node) =>
            node instanceof HTMLSelectElement ? node.selectedOptions[0]?.text : '',
          )) === label
        )
          break;
        await page.keyboard.press('ArrowDown');
      }
    } else {
      await select.selectOption({ label });
    }
  }
  await activate(page, checkButton(page), keyboard);
};
