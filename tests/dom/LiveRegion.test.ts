import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveRegion } from '../../src/ui/widgets/LiveRegion';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

function setup() {
  vi.useFakeTimers();
  const node = document.createElement('div');
  document.body.append(node);
  return { node, live: new LiveRegion(node) };
}

describe('LiveRegion', () => {
  it('is a polite, atomic live region', () => {
    const { node } = setup();
    expect(node.getAttribute('aria-live')).toBe('polite');
    expect(node.getAttribute('aria-atomic')).toBe('true');
  });

  it('clears the region, then writes the message, so a repeated message is announced again', () => {
    const { node, live } = setup();
    live.announce('Question 1 of 5.');
    vi.runAllTimers();
    expect(node.textContent).toBe('Question 1 of 5.');
    live.announce('Question 1 of 5.');
    expect(node.textContent, 'cleared first').toBe('');
    vi.runAllTimers();
    expect(node.textContent).toBe('Question 1 of 5.');
  });

  it('joins messages given in the same moment into one announcement, losing none', () => {
    const { node, live } = setup();
    live.announce('New regions open: Ukraine.');
    live.announce('Question 1 of 5.');
    vi.runAllTimers();
    expect(node.textContent).toBe('New regions open: Ukraine. Question 1 of 5.');
    live.announce('1 point so far.');
    vi.runAllTimers();
    expect(node.textContent).toBe('1 point so far.');
  });
});
