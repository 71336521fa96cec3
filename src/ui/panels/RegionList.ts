import type { MapRegion } from '../../core/map/mapTypes';
import type { RegionStatus, RegionStatuses } from '../../core/map/progression';
import { el } from '../widgets/dom';
import { icon } from '../widgets/icons';

const STATUS_TEXT: Record<RegionStatus, string> = { open: 'open', cleared: 'cleared', locked: 'locked' };
const STATUS_ORDER: Record<RegionStatus, number> = { open: 0, cleared: 1, locked: 2 };

/** What the region list reports back. */
export interface RegionListDeps {
  /** The player chose a region (open, cleared or locked; the caller decides what happens). */
  onChoose(regionId: string): void;
  /** Keyboard focus or the mouse moved onto a region's entry, or left the list (null). */
  onFocus(regionId: string | null): void;
  /** Number of playable questions in a region. */
  questionCount(regionId: string): number;
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

  constructor(
    private readonly regions: readonly MapRegion[],
    private readonly deps: RegionListDeps,
  ) {
    this.list = el('ul');
    this.packs = el('div', { className: 'pack-stages' });
    this.element = el('nav', { className: 'region-list', attrs: { 'aria-labelledby': 'regions-heading' } }, [
      el('h2', { text: 'Regions', attrs: { id: 'regions-heading' } }),
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
   * Rebuilds the entries for new statuses, keeping keyboard focus on the same region. Cleared regions in
   * `fading` are ones the learner is forgetting; their entry says so and offers a refresh.
   */
  update(statuses: RegionStatuses, fading: ReadonlySet<string> = new Set()): void {
    const focusedId = (document.activeElement as HTMLElement | null)?.dataset?.region;
    const sorted = [...this.regions].sort(
      (a, b) =>
        STATUS_ORDER[statuses[a.id] ?? 'locked'] - STATUS_ORDER[statuses[b.id] ?? 'locked'] ||
        a.name.localeCompare(b.name),
    );
    this.list.replaceChildren(
      ...sorted.map((region) => {
        const status = statuses[region.id] ?? 'locked';
        const faded = status === 'cleared' && fading.has(region.id);
        const statusText = faded ? 'cleared, fading: review to refresh' : STATUS_TEXT[status];
        const count = this.deps.questionCount(region.id);
        const button = el(
          'button',
          {
            className: `region-entry ${status}${faded ? ' fading' : ''}`,
            attrs: {
              type: 'button',
              'data-region': region.id,
              'aria-label': `${region.name}, ${statusText}`,
            },
          },
          [
            status === 'open' ? null : icon(status === 'locked' ? 'lock' : 'check'),
            el('span', { className: 'region-name', text: region.name }),
            el('span', { className: 'region-status', text: faded ? 'fading' : STATUS_TEXT[status] }),
          ],
        );
        if (status === 'locked') button.setAttribute('aria-disabled', 'true');
        if (status !== 'locked' && count === 0) button.title = 'No questions for this region yet';
        button.addEventListener('click', () => this.deps.onChoose(region.id));
        button.addEventListener('focus', () => this.deps.onFocus(region.id));
        button.addEventListener('mouseenter', () => this.deps.onFocus(region.id));
        return el('li', {}, [button]);
      }),
    );
    this.renderPackStages();
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
