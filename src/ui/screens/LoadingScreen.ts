import { el } from '../widgets/dom';

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
    this.element = el(
      'section',
      { className: 'screen loading-screen', attrs: { 'aria-labelledby': 'loading-title' } },
      [
        el('h1', { text: 'Borderlines', attrs: { id: 'loading-title' } }),
        el('p', {
          className: 'tagline',
          text: 'Russia and China: the treaties, pipelines and summits behind the border',
        }),
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
