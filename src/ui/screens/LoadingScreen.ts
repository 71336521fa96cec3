import { el } from '../widgets/dom';

/**
 * The page's own one-line description (`<meta name="description">` in `index.html`). The loading screen
 * shows before the map, whose spec holds the subject's tagline, has been read; the page that hosts the
 * game says what it is about until then.
 */
function pageTagline(): string | null {
  return document.querySelector<HTMLMetaElement>('meta[name="description"]')?.content || null;
}

/**
 * The first screen: a progress bar over the steps needed before the menu (saved progress, questions, map,
 * map engine). It is plain DOM so it shows before any of the heavy code has loaded.
 */
export class LoadingScreen {
  readonly element: HTMLElement;
  private readonly bar: HTMLElement;
  private readonly fill: HTMLElement;
  private readonly step: HTMLElement;

  constructor() {
    this.fill = el('div', { className: 'progress-fill' });
    this.bar = el(
      'div',
      {
        className: 'progress',
        attrs: {
          role: 'progressbar',
          'aria-label': 'Loading',
          'aria-valuemin': '0',
          'aria-valuemax': '100',
          'aria-valuenow': '0',
        },
      },
      [this.fill],
    );
    this.step = el('p', { className: 'loading-step', text: 'Starting…' });
    const tagline = pageTagline();
    this.element = el(
      'section',
      { className: 'screen loading-screen', attrs: { 'aria-labelledby': 'loading-title' } },
      [
        el('h1', { text: 'Borderlines', attrs: { id: 'loading-title' } }),
        tagline ? el('p', { className: 'tagline', text: tagline }) : null,
        this.bar,
        this.step,
      ],
    );
  }

  /** Shows progress as a fraction from 0 to 1, with what is being loaded now. */
  setProgress(fraction: number, what: string): void {
    const percent = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
    this.bar.setAttribute('aria-valuenow', String(percent));
    this.fill.style.width = `${percent}%`;
    this.step.textContent = what;
  }
}
