/** Delay between clearing the live region and writing the message, so a repeat is announced again. */
const ANNOUNCE_DELAY_MS = 30;

/**
 * Announces short messages to screen readers through one polite live region. Repeating the same text
 * still announces it (the region is cleared first). Messages given in the same moment (before the
 * region is written) are joined into one announcement, so none is lost and none floods or repeats.
 */
export class LiveRegion {
  private pending: string[] = [];

  constructor(private readonly node: HTMLElement) {
    node.setAttribute('aria-live', 'polite');
    node.setAttribute('aria-atomic', 'true');
  }

  /** Says `message` once. */
  announce(message: string): void {
    this.pending.push(message);
    if (this.pending.length > 1) return;
    this.node.textContent = '';
    window.setTimeout(() => {
      this.node.textContent = this.pending.join(' ');
      this.pending = [];
    }, ANNOUNCE_DELAY_MS);
  }
}
