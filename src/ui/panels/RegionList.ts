import type { RegionState, RegionView } from '../../core/map/regionView';
import { starsPhrase, starsSymbols } from '../../core/progress/stars';
import { el } from '../widgets/dom';
import { icon } from '../widgets/icons';

const STATE_ORDER: Record<RegionState, number> = { open: 0, cleared: 1, fading: 1, locked: 2 };

/** What the region list reports back. */
export interface RegionListDeps {
  /** The player chose a region (open, cleared or locked; the caller decides what happens). */
  onChoose(regionId: string): void;
  /** Keyboard focus or the mouse moved onto a region's entry, or left the list (null). */
  onFocus(regionId: string | null): void;
  /** Number of playable questions in a region. */
  questionCount(regionId: string): number;
  /** A region's stars now (0–3), shown beside every region that is not locked; no stars shown without it. */
  stars?(regionId: string): number;
  /** The map's completion in words ("Map 24% complete: 5 of 21 regions cleared."), shown under the heading. */
  completion?(): string;
  /** Packs whose questions have no region: each is a stage of its own, listed after the regions. */
  packStages?(): { id: string; title: string; questions: number }[];
  /** The player chose a pack stage. */
  onChoosePack?(packId: string): void;
}

/**
 * The map's accessible twin: every region as a button with its status, open ones first. Focusing an
 * entry highlights the region on the canvas; choosing it is the same as clicking the region. Arrow keys,
 * Home and End move between entries.
 */
export class RegionList {
  readonly element: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly packs: HTMLElement;
  private readonly completion: HTMLElement;

  constructor(private readonly deps: RegionListDeps) {
    this.list = el('ul');
    this.packs = el('div', { className: 'pack-stages' });
    this.completion = el('p', { className: 'map-completion' });
    this.element = el('nav', { className: 'region-list', attrs: { 'aria-labelledby': 'regions-heading' } }, [
      el('h2', { text: 'Regions', attrs: { id: 'regions-heading' } }),
      this.completion,
      // The entries scroll under a fixed heading (and a scroller inside the panel, not the panel itself,
      // is what Chromium composites correctly under software rendering).
      el('div', { className: 'region-scroll' }, [this.list, this.packs]),
    ]);
    this.element.addEventListener('focusout', (event) => {
      if (!this.element.contains(event.relatedTarget as Node | null)) this.deps.onFocus(null);
    });
    this.element.addEventListener('mouseleave', () => this.deps.onFocus(null));
    this.element.addEventListener('keydown', (event) => {
      if (this.moveFocus(event.key)) event.preventDefault();
    });
  }

  /**
   * Arrow keys move between entries like in a list box (Up and Down one step, Home and End to the ends),
   * so the map's focus ring can be walked over the regions without tabbing through every entry.
   * Returns true when the key was used.
   */
  private moveFocus(key: string): boolean {
    const entries = [...this.element.querySelectorAll<HTMLButtonElement>('button.region-entry')];
    const at = entries.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0 || entries.length === 0) return false;
    const target = {
      ArrowDown: Math.min(at + 1, entries.length - 1),
      ArrowUp: Math.max(at - 1, 0),
      Home: 0,
      End: entries.length - 1,
    }[key];
    if (target === undefined) return false;
    entries[target]?.focus();
    return true;
  }

  /**
   * Rebuilds the entries from the regions' views, keeping keyboard focus on the same region: open regions
   * first, then cleared (a fading one says so and offers a refresh), then locked, each group by name.
   */
  update(views: readonly RegionView[]): void {
    const focusedId = (document.activeElement as HTMLElement | null)?.dataset?.region;
    const sorted = [...views].sort(
      (a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || a.name.localeCompare(b.name),
    );
    this.list.replaceChildren(
      ...sorted.map((view) => {
        const count = this.deps.questionCount(view.id);
        const status = view.state === 'fading' ? 'cleared' : view.state;
        const button = el(
          'button',
          {
            className: `region-entry ${status}${view.state === 'fading' ? ' fading' : ''}`,
            attrs: { type: 'button', 'data-region': view.id, 'aria-label': `${view.name}, ${view.label}` },
          },
          [
            view.state === 'open' ? null : icon(view.state === 'locked' ? 'lock' : 'check'),
            el('span', { className: 'region-name', text: view.name }),
            el('span', { className: 'region-status', text: view.word }),
          ],
        );
        if (view.state === 'locked') button.setAttribute('aria-disabled', 'true');
        if (view.state !== 'locked' && count === 0) button.title = 'No questions for this region yet';
        button.addEventListener('click', () => this.deps.onChoose(view.id));
        button.addEventListener('focus', () => this.deps.onFocus(view.id));
        button.addEventListener('mouseenter', () => this.deps.onFocus(view.id));
        const stars = view.state === 'locked' ? undefined : this.deps.stars?.(view.id);
        if (stars === undefined) return el('li', {}, [button]);
        return el('li', { className: 'with-stars' }, [
          button,
          el('span', {
            className: 'region-stars',
            text: starsSymbols(stars),
            attrs: { role: 'img', 'aria-label': `${view.name}: ${starsPhrase(stars)}` },
          }),
        ]);
      }),
    );
    this.renderPackStages();
    const completion = this.deps.completion?.() ?? '';
    this.completion.textContent = completion;
    this.completion.hidden = completion === '';
    if (focusedId) this.list.querySelector<HTMLElement>(`[data-region="${CSS.escape(focusedId)}"]`)?.focus();
  }

  /** Lists the packs without regions as stages of their own, below the regions. */
  private renderPackStages(): void {
    const stages = this.deps.packStages?.() ?? [];
    if (stages.length === 0) {
      this.packs.replaceChildren();
      return;
    }
    this.packs.replaceChildren(
      el('h3', { text: 'Packs without a region', attrs: { id: 'pack-stages-heading' } }),
      el(
        'ul',
        { attrs: { 'aria-labelledby': 'pack-stages-heading' } },
        stages.map((stage) =>
          el('li', {}, [
            el(
              'button',
              {
                className: 'region-entry open',
                attrs: { type: 'button', 'aria-label': `${stage.title}, pack, ${stage.questions} questions` },
                onClick: () => this.deps.onChoosePack?.(stage.id),
              },
              [
                el('span', { className: 'region-name', text: stage.title }),
                el('span', { className: 'region-status', text: 'pack' }),
              ],
            ),
          ]),
        ),
      ),
    );
  }
}
