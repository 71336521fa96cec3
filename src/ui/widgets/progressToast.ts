import type { ProgressChange } from '../../core/progress/snapshot';
import { el } from './dom';
import './progress.css';

/** How long a toast stays on screen, ms (long enough to read two short sentences). */
export const TOAST_MS = 4000;

/** Most toasts on screen at once; older ones leave first. */
const MAX_TOASTS = 3;

/**
 * Short toasts for progress moments (a level up, the streak growing, a star gained or lost). The stack is
 * a polite status region, so a screen reader reads each toast once without interrupting; toasts never take
 * focus and leave by themselves.
 */
export class ProgressToasts {
  /** The stack, to put once in the page. */
  readonly element: HTMLElement;

  constructor() {
    this.element = el('div', {
      className: 'progress-toasts',
      attrs: { role: 'status', 'aria-live': 'polite', 'aria-label': 'Progress' },
    });
  }

  /** Shows one toast for `change` with `message` (from `changeMessage`). */
  show(change: ProgressChange, message: string): void {
    const toast = el('p', { className: `progress-toast ${change.kind}`, text: message });
    this.element.append(toast);
    while (this.element.childElementCount > MAX_TOASTS) this.element.firstElementChild?.remove();
    window.setTimeout(() => toast.remove(), TOAST_MS);
  }
}
