import type { SingleChoiceQuestion } from '../../../src/core/model/pack';
import { type Answerer, answersGroup } from './answerer';

/** Picks the right option (or a wrong one) by its number key or by clicking it. */
export const answerSingle: Answerer<SingleChoiceQuestion> = async (page, question, { right, keyboard }) => {
  const wanted = question.choices.find((choice) => Boolean(choice.correct) === right)?.text ?? '';
  const answers = answersGroup(page);
  const labels = await answers.locator('.choice-text').allTextContents();
  if (keyboard) await page.keyboard.press(String(labels.indexOf(wanted) + 1));
  else await answers.getByRole('button', { name: wanted, exact: true }).click();
};
