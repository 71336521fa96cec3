import type { TrueFalseQuestion } from '../../../src/core/model/pack';
import { type Answerer, answersGroup } from './answerer';

/** Judges the statement with T or F, or by clicking True or False. */
export const answerTrueFalse: Answerer<TrueFalseQuestion> = async (page, question, { right, keyboard }) => {
  const value = right ? question.answer : !question.answer;
  if (keyboard) await page.keyboard.press(value ? 't' : 'f');
  else
    await answersGroup(page)
      .getByRole('button', { name: value ? 'True' : 'False', exact: true })
      .click();
};
