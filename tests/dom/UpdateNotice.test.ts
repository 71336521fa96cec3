import { afterEach, describe, expect, it } from 'vitest';
import { showUpdateNotice } from '../../src/ui/panels/updateNotice';
import { accessibleName, buttonNames, getButton, getByRole, visibleText } from './a11y';

/** Shows the notice in the page and counts "Reload to update" clicks. */
function setup(): { notice: HTMLElement; reloads: () => number } {
  let reloads = 0;
  const notice = showUpdateNotice(document.body, { reload: () => (reloads += 1) });
  return { notice, reloads: () => reloads };
}

/** Lets the notice fill in its message, which it does just after it is attached. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.replaceChildren();
});

describe('update notice', () => {
  it('is a named region of its own, with a polite status message and two real buttons', async () => {
    const app = document.createElement('main');
    document.body.append(app);
    const { notice } = setup();
    expect(notice.parentElement).toBe(document.body);
    expect(app.contains(notice)).toBe(false);
    expect(accessibleName(notice)).toBe('Update available');
    const status = notice.querySelector('[role="status"]');
    expect(status?.textContent, 'empty when attached, so the change is announced').toBe('');
    await settle();
    expect(visibleText(status as Node)).toBe(
      'A new version of Borderlines is ready. Reloading keeps your progress.',
    );
    expect(buttonNames(notice)).toEqual(['Reload to update', 'Later']);
    expect(getButton('Later', notice).type).toBe('button');
    expect(document.activeElement, 'it does not take focus').toBe(document.body);
  });

  it('applies the update once on "Reload to update" and says it is updating', () => {
    const { notice, reloads } = setup();
    const reload = getButton('Reload to update', notice);
    reload.click();
    reload.click();
    expect(reloads()).toBe(1);
    expect(reload.disabled).toBe(true);
    expect(getButton('Updating…', notice)).toBe(reload);
  });

  it('goes away on "Later" without updating, and gives focus back to where it came from', () => {
    const before = document.createElement('button');
    before.textContent = 'Play';
    document.body.append(before);
    const { notice, reloads } = setup();
    before.focus();
    const later = getButton('Later', notice);
    later.focus();
    later.click();
    expect(notice.isConnected).toBe(false);
    expect(reloads()).toBe(0);
    expect(document.activeElement).toBe(before);
  });

  it('replaces an earlier notice instead of stacking a second one', () => {
    setup();
    setup();
    expect(document.querySelectorAll('.update-notice')).toHaveLength(1);
    expect(getByRole('button', 'Reload to update')).toBeDefined();
  });
});
