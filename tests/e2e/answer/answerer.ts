import type { Locator, Page } from '@playwright/test';

/** How to answer: rightly or wrongly, by keyboard alone or by pointer, and optionally with given text. */
export interface AnswerHow {
  /** Answer rightly (else wrongly). */
  right: boolean;
  /** Use the keyboard alone (else the pointer). */
  keyboard: boolean;
  /** Text to type instead of the known answer (a typo, another unit), for types answered by typing. */
  text?: string;
}

/** Answers a shown question of one type, as a player who knows the answer would; the caller checks the verdict. */
export type Answerer<Q> = (page: Page, question: Q, how: AnswerHow) => Promise<void>;

/** The answer controls' group of option buttons. */
export function answersGroup(page: Page): Locator {
  return page.getByRole('group', { name: 'Answers' });
}

/** The button that checks an answer or an order. */
export function checkButton(page: Page): Locator {
  return page.getByRole('button', { name: /^Check (answer|order)$/ });
}

/** Presses Tab until `target` has focus (keyboard-only navigation). */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((node) => node === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the control with Tab');
}

/** Types text into the focused field (keyboard) or fills the field (pointer). */
export async function enter(page: Page, field: Locator, text: string, keyboard: boolean): Promise<void> {
  if (keyboard) {
    await tabTo(page, field);
    await page.keyboard.type(text);
  } else {
    await field.fill(text);
  }
}

/** Clicks a control, or reaches it with Tab and presses Enter. */
export async function activate(page: Page, control: Locator, keyboard: boolean): Promise<void> {
  if (keyboard) {
    await tabTo(page, control);
    await page.keyboard.press('Enter');
  } else {
    await control.click();
  }
}

/** Types into the answer field and presses Enter (typed, numeric and year questions). */
export async function typeAnswer(page: Page, text: string, keyboard: boolean): Promise<void> {
  await enter(page, page.getByRole('textbox', { name: 'Your answer' }), text, keyboard);
  await page.keyboard.press('Enter');
}
