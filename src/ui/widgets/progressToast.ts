import { type ProgressChange, changeMessage } from '../../core/progress/snapshot';
import { el } from './dom';
import './progress.css';

/** How long a toast stays on screen, ms (long enough to read two short sentences). */
export const TOAST_MS = 5000;

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

/** What a progress moment plays: the sounds of the contract's progress effects. */
export interface ProgressSound {
  /** Plays one effect. */
  play(name: ProgressChange['kind']): void;
}

/**
 * What the game does when an answer or a rating achieved something: a toast for each change, and one
 * sound for the biggest news (a level up over a longer streak over a star gained over a star lost, the
 * order `progressChanges` gives), so that sounds never pile up.
 */
export function progressMoments(
  toasts: ProgressToasts,
  sound: ProgressSound,
  regionName: (regionId: string) => string,
): (changes: readonly ProgressChange[]) => void {
  return (changes) => {
    for (const change of changes) toasts.show(change, changeMessage(change, regionName));
    const first = changes[0];
    if (first) sound.play(first.kind);
  };
}
