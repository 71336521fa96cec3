import { describe, expect, it } from 'vitest';
import { answerHint } from '../../src/ui/answers/controls';

describe('answerHint', () => {
  it('keeps the words for every device apart from the keys, which only keyboards are shown', () => {
    const hint = answerHint({ hint: 'Select every right answer, then check.', keys: 'Keys 1–4 select.' });
    expect(hint.className).toBe('hint');
    expect(hint.textContent).toBe('Select every right answer, then check. Keys 1–4 select.');
    expect(hint.querySelector('.keys-only')?.textContent).toBe(' Keys 1–4 select.');
  });

  it('makes a hint of keys alone a keyboard-only paragraph, so a phone shows no empty line', () => {
    const hint = answerHint({ hint: '', keys: 'Press 1–4 to answer.' });
    expect(hint.classList.contains('keys-only-hint')).toBe(true);
    expect(hint.textContent).toBe('Press 1–4 to answer.');
  });

  it('gives a hint without keys to every device', () => {
    const hint = answerHint({ hint: 'Choose the match for each item, then check.' });
    expect(hint.querySelector('.keys-only')).toBeNull();
    expect(hint.classList.contains('keys-only-hint')).toBe(false);
  });
});
