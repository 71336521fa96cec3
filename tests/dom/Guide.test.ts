import { afterEach, describe, expect, it } from 'vitest';
import type { GuideOutcome } from '../../src/core/play/guide';
import { Guide } from '../../src/ui/guide/Guide';
import { el } from '../../src/ui/widgets/dom';
import { getButton, getByRole, visibleText } from './a11y';
import { waitUntil } from './waitUntil';

/** A page with a menu (Play among other buttons) and, once `showMap` is called, a region list. */
function world() {
  const root = el('div');
  document.body.append(root);
  const remembered: GuideOutcome[] = [];
  const said: string[] = [];
  const highlighted: (string | null)[] = [];
  const showMenu = () =>
    root.replaceChildren(
      el('section', { className: 'menu-screen' }, [
        el('div', { className: 'actions' }, [
          el('button', { className: 'primary', text: 'Play', attrs: { 'data-guide': 'play' } }),
          el('button', { text: 'Map modes' }),
        ]),
        el('p', { text: 'Daily goal' }),
      ]),
    );
  const showMap = () =>
    root.replaceChildren(
      el('nav', { className: 'region-list' }, [
        el('ul', {}, [
          el('li', {}, [
            el('button', { className: 'region-entry open', text: 'Home', attrs: { 'data-region': 'home' } }),
          ]),
          el('li', {}, [
            el('button', { className: 'region-entry open', text: 'East', attrs: { 'data-region': 'east' } }),
          ]),
        ]),
      ]),
    );
  const guide = new Guide({
    initial: { step: 'start', dismissed: false },
    flag: { remember: (outcome) => remembered.push(outcome) },
    root,
    context: () => ({
      starts: [
        { id: 'home', name: 'Home' },
        { id: 'east', name: 'East' },
      ],
      regionName: (id) => id,
    }),
    announce: (message) => said.push(message),
    highlightRegion: (regionId) => highlighted.push(regionId),
  });
  return { root, guide, remembered, said, highlighted, showMenu, showMap };
}

afterEach(() => document.body.replaceChildren());

describe('the guide on the page', () => {
  it('shows a non-modal dialog right after the menu’s buttons, pointing at Play, and says it once', () => {
    const { root, guide, said, showMenu } = world();
    showMenu();
    guide.handle({ type: 'screen', screen: 'menu' });
    const mark = getByRole('dialog', 'Tour, step 1 of 6', root);
    expect(mark.getAttribute('aria-modal')).toBe('false');
    expect(mark.previousElementSibling?.className).toBe('actions');
    expect(visibleText(mark)).toContain('Play for a 30-second first round');
    expect(getButton('Play', root).classList.contains('guide-target')).toBe(true);
    guide.handle({ type: 'screen', screen: 'menu' });
    expect(said).toHaveLength(1);
  });

  it('moves to the starting region on the map, highlights it, and puts the mark back after a redraw', async () => {
    const { root, guide, highlighted, showMenu, showMap } = world();
    showMenu();
    guide.handle({ type: 'screen', screen: 'menu' });
    showMap();
    guide.handle({ type: 'screen', screen: 'map' });
    const entry = getButton('Home', root);
    expect(entry.nextElementSibling).toBe(getByRole('dialog', 'Tour, step 2 of 6', root));
    expect(highlighted.at(-1)).toBe('home');
    expect(guide.wantsGuidedRound()).toBe(true);
    showMap();
    // The page watch (a MutationObserver) puts the mark back next to the redrawn entry.
    await waitUntil(() =>
      expect(getButton('Home', root).nextElementSibling).toBe(getByRole('dialog', 'Tour, step 2 of 6', root)),
    );
    expect(getButton('Home', root).classList.contains('guide-target')).toBe(true);
  });

  it('closes a hint with "Got it", handing focus back to what it pointed at', () => {
    const { root, guide, remembered, showMenu } = world();
    showMenu();
    guide.handle({ type: 'screen', screen: 'menu' });
    const gotIt = getButton('Got it', root);
    gotIt.focus();
    gotIt.click();
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    expect(document.activeElement).toBe(getButton('Play', root));
    expect(getButton('Play', root).classList.contains('guide-target')).toBe(false);
    expect(remembered).toEqual([]);
  });

  it('skips the tour for good: remembered once, and nothing shows whatever happens next', () => {
    const { root, guide, remembered, showMenu, showMap } = world();
    showMenu();
    guide.handle({ type: 'screen', screen: 'menu' });
    getButton('Skip the tour', root).click();
    expect(remembered).toEqual(['skipped']);
    showMap();
    guide.handle({ type: 'screen', screen: 'map' });
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    expect(guide.wantsGuidedRound()).toBe(false);
    expect(document.body.dataset.guide).toBe('off');
  });
});
