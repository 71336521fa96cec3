import { afterEach, describe, expect, it } from 'vitest';
import type { Pack } from '../../src/core/model/pack';
import { ArticleDraftScreen } from '../../src/ui/screens/ArticleDraftScreen';
import { getButton, visibleText } from './a11y';
import { waitUntil } from './waitUntil';

const ARTICLE = `The Power of Siberia <img src=x onerror="alert(1)"> pipeline runs 3,000 km to the Chinese border.
It was formally opened in December 2019, after five years of building by Gazprom.`;

/** Opens the editor with a recording install, and drafts ARTICLE. */
async function openWithDrafts() {
  const installed: Pack[] = [];
  const closed: (Pack | undefined)[] = [];
  const screen = new ArticleDraftScreen({
    regions: [{ id: 'amur-ussuri', name: 'Amur and Ussuri' }],
    today: '2026-11-22',
    install: async (pack) => {
      installed.push(pack);
    },
    onClose: (saved) => closed.push(saved),
  });
  document.body.append(screen.element);
  const text = screen.element.querySelector<HTMLTextAreaElement>('#article-text');
  if (!text) throw new Error('no article box');
  text.value = ARTICLE;
  getButton('Draft questions', screen.element).click();
  await waitUntil(() => expect(screen.element.querySelectorAll('.draft-item').length).toBeGreaterThan(0));
  return { screen, installed, closed };
}

/** The draft items as listed. */
function items(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('.draft-item')];
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('ArticleDraftScreen', () => {
  it('moves focus to its heading when it opens', () => {
    const screen = new ArticleDraftScreen({
      regions: [],
      today: '2026-11-22',
      install: async () => {},
      onClose: () => {},
    });
    document.body.append(screen.element);
    screen.focus();
    expect(document.activeElement).toBe(screen.heading);
    expect(screen.heading.textContent).toBe('New pack from article');
  });

  it('shows each source sentence as text with the asked-about words in a mark, never as markup', async () => {
    const { screen } = await openWithDrafts();
    expect(screen.element.querySelector('img')).toBeNull();
    const first = items(screen.element)[0];
    const quote = first?.querySelector('blockquote');
    expect(quote?.textContent).toBe(
      'The Power of Siberia <img src=x onerror="alert(1)"> pipeline runs 3,000 km to the Chinese border.',
    );
    expect(quote?.querySelector('mark')?.textContent).toBe('3,000 km');
  });

  it('accepts and rejects with toggle buttons and counts the decisions', async () => {
    const { screen } = await openWithDrafts();
    const accept = getButton('Accept draft 1', screen.element);
    accept.click();
    expect(getButton('Accept draft 1', screen.element).getAttribute('aria-pressed')).toBe('true');
    getButton('Reject draft 2', screen.element).click();
    const summary = visibleText(screen.element.querySelector('.draft-save') as HTMLElement);
    expect(summary).toContain(`1 accepted, 1 rejected, ${items(screen.element).length - 2} not decided.`);
    getButton('Accept draft 1', screen.element).click();
    expect(getButton('Accept draft 1', screen.element).getAttribute('aria-pressed')).toBe('false');
  });

  it('checks an edit before keeping it and marks the draft as edited and accepted', async () => {
    const { screen } = await openWithDrafts();
    getButton('Edit draft 1', screen.element).click();
    const answer = screen.element.querySelector<HTMLInputElement>('#draft-1-edit-answer');
    const prompt = screen.element.querySelector<HTMLTextAreaElement>('#draft-1-edit-prompt');
    expect(document.activeElement).toBe(prompt);
    if (!answer || !prompt) throw new Error('no edit fields');
    answer.value = 'three thousand';
    getButton('Save changes', screen.element).click();
    expect(screen.element.querySelector('[role="alert"]')?.textContent).toBe(
      'Answer: write a number, e.g. 1800.',
    );
    prompt.value = '';
    answer.value = '3000';
    getButton('Save changes', screen.element).click();
    expect(screen.element.querySelector('[role="alert"]')?.textContent).toBe(
      'Prompt: prompt must not be empty.',
    );
    prompt.value = 'How long is the Power of Siberia pipeline, in kilometres?';
    getButton('Save changes', screen.element).click();
    const first = items(screen.element)[0] as HTMLElement;
    expect(visibleText(first)).toContain('Accepted (edited)');
    expect(visibleText(first)).toContain('How long is the Power of Siberia pipeline, in kilometres?');
  });

  it('saves only accepted drafts, with the region and tags, after the headline is given', async () => {
    const { screen, installed, closed } = await openWithDrafts();
    getButton('Accept draft 1', screen.element).click();
    getButton('Accept draft 2', screen.element).click();
    getButton('Save as pack', screen.element).click();
    expect(visibleText(screen.element.querySelector('.draft-save ul') as HTMLElement)).toContain(
      'Headline: give the article’s headline; it becomes the pack title.',
    );
    expect(installed).toEqual([]);
    (screen.element.querySelector('#article-title') as HTMLInputElement).value = 'Pipeline facts';
    (screen.element.querySelector('#draft-region') as HTMLSelectElement).value = 'amur-ussuri';
    (screen.element.querySelector('#draft-tags') as HTMLInputElement).value = 'Week5, energy';
    getButton('Save as pack', screen.element).click();
    await waitUntil(() => expect(closed).toHaveLength(1));
    const pack = installed[0];
    expect(pack?.title).toBe('Pipeline facts');
    expect(pack?.questions).toHaveLength(2);
    expect(pack?.questions.every((question) => question.region === 'amur-ussuri')).toBe(true);
    expect(
      pack?.questions.every(
        (question) => question.tags.includes('week5') && question.tags.includes('energy'),
      ),
    ).toBe(true);
    expect(pack?.sources[0]).toMatchObject({ id: 'article', title: 'Pipeline facts', date: '2026-11-22' });
    expect(closed[0]).toBe(pack);
  });
});
