import { el } from '../widgets/dom';
import './updateNotice.css';

/** Class of the notice element, one per page at most. */
const NOTICE_CLASS = 'update-notice';

/** What the player can do about a waiting update. */
export interface UpdateNoticeActions {
  /** Switches to the new version (the page reloads once it has taken over). */
  reload: () => void;
}

/**
 * Tells the player that a new version of the game is ready, without switching to it: "Reload to update"
 * applies it, "Later" hides the notice (the new version then starts once every tab of the game is closed, and
 * is offered again on a reload before that). It is its own fixed element beside the app, so it never disturbs
 * the screen underneath, and it does not take focus. The message is a polite status, filled in just after the
 * element is attached so screen readers announce it. Shown again, it replaces the earlier notice.
 */
export function showUpdateNotice(host: HTMLElement, actions: UpdateNoticeActions): HTMLElement {
  host.querySelector(`:scope > .${NOTICE_CLASS}`)?.remove();
  const message = el('p', { className: 'update-notice-text', attrs: { role: 'status' } });
  let returnFocus: HTMLElement | null = null;
  const dismiss = () => {
    const hadFocus = notice.contains(document.activeElement);
    notice.remove();
    if (hadFocus && returnFocus?.isConnected) returnFocus.focus();
  };
  const reload = el('button', {
    className: 'primary',
    text: 'Reload to update',
    attrs: { type: 'button' },
    onClick: () => {
      reload.disabled = true;
      reload.textContent = 'Updating…';
      actions.reload();
    },
  });
  const notice = el('section', { className: NOTICE_CLASS, attrs: { 'aria-label': 'Update available' } }, [
    message,
    el('div', { className: 'update-notice-actions' }, [
      reload,
      el('button', { text: 'Later', attrs: { type: 'button' }, onClick: dismiss }),
    ]),
  ]);
  notice.addEventListener('focusin', (event) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && !notice.contains(from)) returnFocus = from;
  });
  host.append(notice);
  window.setTimeout(() => {
    message.textContent = 'A new version of Borderlines is ready. Reloading keeps your progress.';
  }, 0);
  return notice;
}
