/**
 * Announces short messages to screen readers through one polite live region. Repeating the same text
 * still announces it (the region is cleared first), and each message replaces the last, so nothing floods.
 */
export class LiveRegion {
  constructor(private readonly node: HTMLElement) {
    node.setAttribute('aria-live', 'polite');
    node.setAttribute('aria-atomic', 'true');
  }

  /** Says `message` once. */
  announce(message: string): void {
    this.node.textContent = '';
    window.setTimeout(() => {
      this.node.textContent = message;
    }, 30);
  }
}
