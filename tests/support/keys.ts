/** Key presses for DOM tests, sent the way the app receives them. */

/** Anything that handles the app's keyboard shortcuts, as the quiz panel and the study screen do. */
export interface KeyHandler {
  /** Handles a key; returns true when it was used. */
  handleKey(event: KeyboardEvent): boolean;
}

/**
 * Sends a keydown from `target` (the focused element by default) through a document listener that
 * hands it to `handler`, as the app does; returns whether the handler used the key.
 */
export function press(
  handler: KeyHandler,
  key: string,
  target: EventTarget = document.activeElement ?? document.body,
  init: KeyboardEventInit = {},
): boolean {
  let handled = false;
  const listener = (event: KeyboardEvent) => {
    handled = handler.handleKey(event);
  };
  document.addEventListener('keydown', listener);
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  document.removeEventListener('keydown', listener);
  return handled;
}
