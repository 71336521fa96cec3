import type { MultipleChoiceQuestion } from '../../../src/core/model/pack';
import { expect } from '../fixtures';
import { type Answerer, checkButton } from './answerer';

/** Ticks every right option (or one wrong one) by number key or click, then checks. */
export const answerMultiple: Answerer<MultipleChoiceQuestion> = async (
  page,
  question,
  { right, keyboard },
) => {
  const wanted = right
    ? question.choices.filter((choice) => choice.correct).map((choice) => choice.text)
    : [question.choices.find((choice) => !choice.correct)?.text ?? ''];
  const labels = await page.locator('label.choice .choice-text').allTextContents();
  for (const text of wanted) {
    if (keyboard) {
      await page.keyboard.press(String(labels.indexOf(text) + 1));
      await expect(page.getByRole('checkbox', { name: text, exact: true })).toBeChecked();
    } else {
      await page.locator('label.choice').filter({ hasText: text }).first().click();
    }
  }
  if (keyboard) await page.keyboard.press('Enter');
  else await checkButton(page).click();
};
