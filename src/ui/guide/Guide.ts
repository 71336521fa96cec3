import './guide.css';
import {
  type GuideAnchor,
  type GuideEvent,
  type GuideFlag,
  type GuideHint,
  type GuideState,
  type HintContext,
  guideHint,
  nextGuide,
} from '../../core/play/guide';
import { el } from '../widgets/dom';

/** What the guide's DOM needs. */
export interface GuideDeps {
  /** The guide at start (see `startGuide`). */
  initial: GuideState;
  /** Remembers that the tour is over. */
  flag: Pick<GuideFlag, 'remember'>;
  /** Where the screens are drawn: the hints are placed next to what they point at inside it. */
  root: HTMLElement;
  /** The starting regions open now and region names (the device's touch is read on every hint). */
  context(): Omit<HintContext, 'touch'>;
  /** Says a hint to screen readers. */
  announce(message: string): void;
  /** Highlights a region on the map (null for none). */
  highlightRegion(regionId: string | null): void;
}

/** The class that marks what a hint points at (a ring that pulses, unless motion is reduced). */
const TARGET_CLASS = 'guide-target';

/** True on a touch screen without a fine pointer (a phone, a tablet): hints say "tap" and name no keys. */
export function isTouchScreen(): boolean {
  if (typeof window.matchMedia !== 'function') return false;
  return window.matchMedia('(pointer: coarse)').matches || window.matchMedia('(hover: none)').matches;
}

/**
 * The element a hint points at, and the element the hint is placed after (so that it never covers what it
 * points at, and is reached by Tab right after it): the Play button (hint after the menu's row of buttons),
 * a starting region in the region list, the answers, the feedback's source, the results, the region list.
 */
function anchorOf(
  root: HTMLElement,
  anchor: GuideAnchor,
  regionId?: string,
): { target: Element; after: Element } | null {
  const pick = (selector: string) => root.querySelector(selector);
  switch (anchor) {
    case 'play': {
      const play = pick('.menu-screen [data-guide="play"]') ?? pick('.menu-screen button.primary');
      return play ? { target: play, after: play.closest('.actions') ?? play } : null;
    }
    case 'region': {
      const entry = regionId ? pick(`.region-list button[data-region="${CSS.escape(regionId)}"]`) : null;
      return entry ? { target: entry, after: entry } : null;
    }
    case 'answers': {
      const answers = pick('.quiz-panel #quiz-heading + *');
      return answers ? { target: answers, after: answers } : null;
    }
    case 'source': {
      // After the verdict, so that it shows before the explanation (long on a phone) and the source it names.
      const source = pick('.quiz-panel .feedback .source');
      const verdict = pick('.quiz-panel .feedback .verdict');
      return source && verdict ? { target: source, after: verdict } : null;
    }
    case 'results': {
      const lines = root.querySelectorAll('.quiz-panel .result-line');
      const last = lines[lines.length - 1];
      return last ? { target: last, after: last } : null;
    }
    case 'regions': {
      const open = pick('.region-list button.region-entry.open[data-region]');
      return open ? { target: open, after: open } : null;
    }
  }
}

/**
 * The guided first round on screen: one coach mark at a time, placed in the page right after what it points
 * at (never over it, so it blocks no click and takes no focus), with a ring on its target that pulses unless
 * the player asked for reduced motion. Each mark is a non-modal dialog with one short line, "Got it" and
 * "Skip the tour". Which step comes next is decided by `core/play/guide.ts`; this class feeds it events,
 * shows its hint, and remembers through the flag when the tour is over. Screens redraw freely: a watch on
 * the page puts the mark back next to its target when a redraw removed it.
 */
export class Guide {
  private state: GuideState;
  private readonly mark: HTMLElement;
  private readonly label: HTMLElement;
  private readonly text: HTMLElement;
  private readonly done: HTMLButtonElement;
  private readonly skip: HTMLButtonElement;
  private readonly watch: MutationObserver;
  private shown: { hint: GuideHint; target: Element | null } | null = null;
  private announced = '';

  constructor(private readonly deps: GuideDeps) {
    this.state = deps.initial;
    this.label = el('p', { className: 'guide-step', attrs: { id: 'guide-step' } });
    this.text = el('p', { className: 'guide-text', attrs: { id: 'guide-text' } });
    this.done = el('button', {
      className: 'guide-done',
      text: 'Got it',
      attrs: { type: 'button' },
      onClick: () => this.handle({ type: 'dismiss' }),
    });
    this.skip = el('button', {
      className: 'guide-skip',
      text: 'Skip the tour',
      attrs: { type: 'button' },
      onClick: () => this.handle({ type: 'skip' }),
    });
    this.mark = el(
      'section',
      {
        className: 'guide-mark',
        attrs: {
          role: 'dialog',
          'aria-modal': 'false',
          'aria-labelledby': 'guide-step',
          'aria-describedby': 'guide-text',
        },
      },
      [this.label, this.text, el('div', { className: 'guide-actions' }, [this.done, this.skip])],
    );
    this.watch = new MutationObserver(() => this.place());
    if (this.state.step !== 'off') this.watch.observe(deps.root, { childList: true, subtree: true });
  }

  /** Whether a region chosen now should play the guided first round (the guide is pointing at the regions). */
  wantsGuidedRound(): boolean {
    return this.state.step === 'pick';
  }

  /** Feeds an event to the guide and shows the hint it leads to. */
  handle(event: GuideEvent): void {
    const before = this.state;
    this.state = nextGuide(before, event);
    if (before.step === 'off') return;
    if (this.state.outcome && !before.outcome) this.deps.flag.remember(this.state.outcome);
    document.body.dataset.guide = this.state.step;
    if (this.state.step === 'off') this.watch.disconnect();
    // Closing a hint with its own button would leave focus nowhere: it goes back to what the hint pointed at.
    const closedHere =
      (event.type === 'dismiss' || event.type === 'skip') && this.mark.contains(document.activeElement);
    const target = this.shown?.target;
    this.render();
    if (closedHere && target instanceof HTMLElement && target.isConnected) {
      if (!target.matches('button, a, input, select, textarea, [tabindex]'))
        target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: false });
    }
  }

  /** Works out the hint for the state now and shows it (or takes it away). */
  private render(): void {
    const hint = guideHint(this.state, { ...this.deps.context(), touch: isTouchScreen() });
    this.deps.highlightRegion(hint?.anchor === 'region' ? (hint.regionId ?? null) : null);
    if (!hint) {
      this.hide();
      return;
    }
    this.label.textContent = `Tour, step ${hint.number} of ${hint.steps}`;
    this.text.textContent = hint.text;
    this.done.textContent = hint.last ? 'Finish the tour' : 'Got it';
    this.skip.hidden = hint.last;
    this.shown = { hint, target: this.shown?.target ?? null };
    this.place();
    if (this.announced !== hint.text) {
      this.announced = hint.text;
      this.deps.announce(hint.text);
    }
  }

  /** Takes the mark and its target's ring away. */
  private hide(): void {
    this.shown?.target?.classList.remove(TARGET_CLASS);
    this.shown = null;
    this.mark.remove();
  }

  /** Puts the mark right after its anchor, and the ring on its target, if they are not there already. */
  private place(): void {
    if (!this.shown) return;
    const found = anchorOf(this.deps.root, this.shown.hint.anchor, this.shown.hint.regionId);
    if (!found) {
      this.mark.remove();
      return;
    }
    if (this.shown.target !== found.target) {
      this.shown.target?.classList.remove(TARGET_CLASS);
      this.shown.target = found.target;
    }
    if (!found.target.classList.contains(TARGET_CLASS)) found.target.classList.add(TARGET_CLASS);
    if (found.after.nextElementSibling !== this.mark) found.after.after(this.mark);
  }
}
