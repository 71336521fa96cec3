import { type FeatureCard, featureCard, listedFeatures } from '../../core/map/featureCards';
import { type HistoryAsset, eventYear } from '../../core/map/history';
import { historyLegend } from '../../core/map/historyLegend';
import {
  type FeatureRef,
  HISTORY_LAYERS,
  type HistoryLayerId,
  featureRef,
} from '../../core/map/historyDisplay';
import type { MapChoice, MapInsets, MapView } from '../../core/map/mapView';
import { type TimeSpan, timeChangeMessage, timeSpan, yearForKey } from '../../core/map/timeControl';
import type { Screen } from '../navigation';
import { el, focusHeading } from '../widgets/dom';
import './history.css';

/** The layer switches' names, as players (and tests) know them. */
const LAYER_NAMES: Record<HistoryLayerId, string> = {
  borders: 'Borders',
  cessions: 'Ceded lands',
  rivers: 'Rivers',
  pipelines: 'Pipelines',
  places: 'Places',
};

/** What the history screen needs. */
export interface HistoryScreenDeps {
  /** The history layers, loaded and checked. */
  history: HistoryAsset;
  /** The drawn map: the screen tells it what to show. */
  map: Pick<MapView, 'showHistory' | 'setInputEnabled' | 'focusRegion'>;
  /** This year: the end of the time line. */
  currentYear: number;
  /** The installed questions about a feature (empty when none: its card offers no round). */
  questionsAbout(ref: FeatureRef): readonly string[];
  /** Plays a round of these questions about a feature named `topic`. */
  onQuestions(topic: string, questionIds: readonly string[]): void;
  /** Back to the menu. */
  onBack(): void;
}

/**
 * "Borders through time": the history map. A time control (slider, keys, and the list of dated events as
 * its accessible twin) redraws who held what; layer switches show or hide borders, ceded lands, rivers,
 * pipelines and places; the feature list and clicks on the map open a feature's card, whose "Questions
 * about this" plays a round on it. The screen decides what the map shows; the map only draws it.
 */
export class HistoryScreen implements Screen {
  readonly element: HTMLElement;
  readonly heading: HTMLElement;
  readonly onMap = true;
  private readonly span: TimeSpan;
  private year: number;
  private readonly layers = new Set<HistoryLayerId>(HISTORY_LAYERS);
  private selected: FeatureRef | null = null;
  private readonly panel: HTMLElement;
  private readonly slider: HTMLInputElement;
  private readonly yearLabel: HTMLElement;
  private readonly status: HTMLElement;
  private readonly changeLine: HTMLElement;
  private readonly legend: HTMLElement;
  private readonly cardSlot: HTMLElement;
  private readonly scroller: HTMLElement;
  private readonly eventButtons = new Map<FeatureRef, HTMLButtonElement>();
  /** Each listed event's year, by its feature ref. */
  private readonly eventYears = new Map<FeatureRef, number>();
  /** The event buttons with their years, earliest first: a year step restyles only those it passes. */
  private readonly eventsByYear: { year: number; button: HTMLButtonElement }[] = [];
  private readonly featureButtons = new Map<FeatureRef, HTMLButtonElement>();
  private shown = false;

  constructor(private readonly deps: HistoryScreenDeps) {
    this.span = timeSpan(deps.history, deps.currentYear);
    this.year = this.span.max;
    this.heading = el('h1', { text: 'Borders through time', attrs: { id: 'history-title' } });
    this.slider = el('input', {
      attrs: {
        type: 'range',
        id: 'history-year',
        min: String(this.span.min),
        max: String(this.span.max),
        step: '1',
        value: String(this.year),
        'aria-describedby': 'history-year-keys',
      },
    });
    this.slider.addEventListener('keydown', (event) => this.onSliderKey(event));
    this.slider.addEventListener('input', () => this.moveTo(Number(this.slider.value)));
    this.yearLabel = el('output', {
      className: 'history-year-label',
      text: String(this.year),
      attrs: { for: 'history-year', 'aria-hidden': 'true' },
    });
    // The live region is for screen readers; the same words show beside it for sighted players, where
    // there is room (not on a phone, whose sheet keeps its height for the card).
    this.status = el('p', { className: 'visually-hidden', attrs: { role: 'status' } });
    this.changeLine = el('p', { className: 'history-status', attrs: { 'aria-hidden': 'true' } });
    this.cardSlot = el('div', { className: 'history-card-slot' });
    this.legend = el('section', { className: 'history-legend', attrs: { 'aria-labelledby': 'history-key' } });
    this.scroller = el('div', { className: 'history-scroll' }, [
      this.cardSlot,
      this.legend,
      this.layerSwitches(),
      this.eventList(),
      this.featureList(),
      el('p', { className: 'credits', text: deps.history.source }),
    ]);
    this.panel = el('div', { className: 'history-panel' }, [
      el('header', { className: 'history-bar' }, [
        el('button', { text: 'Menu', attrs: { type: 'button' }, onClick: () => deps.onBack() }),
        this.heading,
      ]),
      el('div', { className: 'history-time' }, [
        el('div', { className: 'history-time-row' }, [
          el('label', { text: 'Year', attrs: { for: 'history-year' } }),
          this.yearLabel,
        ]),
        this.slider,
        el('p', {
          className: 'hint',
          text: 'Arrows: one year. Page Up, Page Down: previous or next event. Home, End: first or last year.',
          attrs: { id: 'history-year-keys' },
        }),
        this.status,
        this.changeLine,
      ]),
      this.scroller,
    ]);
    this.element = el(
      'section',
      { className: 'history-screen', attrs: { 'aria-labelledby': 'history-title' } },
      [this.panel],
    );
    this.updateYear();
  }

  onEnter(): void {
    this.shown = true;
    this.deps.map.setInputEnabled(true);
    this.deps.map.focusRegion(null);
    this.showOnMap();
  }

  onLeave(): void {
    this.shown = false;
    this.deps.map.showHistory(null);
  }

  /** Arrival puts focus on the time control, the screen's main tool (its label names the screen's purpose). */
  focus(): void {
    this.slider.focus({ preventScroll: true });
  }

  /** Escape closes the open card, or goes back to the menu when none is open. */
  onKey(event: KeyboardEvent): boolean {
    if (event.key !== 'Escape') return false;
    if (this.selected) this.select(null);
    else this.deps.onBack();
    return true;
  }

  /** The panel covers the left side of the screen, or its bottom on a phone (a sheet over the map). */
  mapInsets(): MapInsets {
    const rect = this.panel.getBoundingClientRect();
    const sheet = rect.width > window.innerWidth * 0.6;
    return sheet
      ? { top: 0, right: 0, bottom: Math.max(0, window.innerHeight - rect.top), left: 0 }
      : { top: 0, right: 0, bottom: 0, left: Math.max(0, rect.right) };
  }

  /**
   * A click or tap on the map: a feature there opens its card (an event's also moves the time control to
   * its year); anywhere else closes the card.
   */
  onMapChoice(choice: MapChoice): void {
    const year = choice.feature ? this.eventYears.get(choice.feature) : undefined;
    if (year !== undefined && choice.feature) this.chooseEvent(choice.feature, year);
    else this.select(choice.feature ?? null, { focusCard: choice.feature !== undefined });
  }

  /** The slider's keys: arrows, PageUp/PageDown (events), Home/End, as `yearForKey` decides. */
  private onSliderKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const handled = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End'];
    if (!handled.includes(event.key)) return;
    // The native slider would move PageUp/PageDown by a tenth of its range: every key is decided here.
    event.preventDefault();
    const next = yearForKey(event.key, this.year, this.span);
    if (next !== null) this.moveTo(next);
  }

  /** Moves the time control to a year: the map redraws, and what changed is announced (if anything did). */
  private moveTo(year: number): void {
    if (year === this.year) return;
    const message = timeChangeMessage(this.deps.history, this.year, year);
    const previous = this.year;
    this.year = year;
    this.updateYear(previous);
    // The live region speaks only when something changed; the visible line never shows a stale change.
    if (message) this.status.textContent = message;
    this.changeLine.textContent = message ?? '';
    if (this.selected?.startsWith('area:')) this.renderCard();
    this.showOnMap();
  }

  /**
   * Shows the year on the slider, its label and the event list (events still to come look fainter). Only
   * the events between `previous` (the year shown before, if any) and the year now change their look.
   */
  private updateYear(previous?: number): void {
    const year = String(this.year);
    if (this.slider.value !== year) this.slider.value = year;
    this.slider.setAttribute('aria-valuetext', year);
    this.yearLabel.textContent = year;
    this.renderLegend();
    const from = Math.min(previous ?? -Infinity, this.year);
    const to = Math.max(previous ?? Infinity, this.year);
    for (const { year: eventAt, button } of this.eventsByYear) {
      if (eventAt <= from) continue;
      if (eventAt > to) break;
      button.classList.toggle('future', eventAt > this.year);
    }
  }

  /** Selects a feature (its card opens, the map highlights it) or none. */
  private select(ref: FeatureRef | null, options: { focusCard?: boolean } = {}): void {
    this.selected = ref;
    this.renderCard();
    for (const [buttonRef, button] of [...this.eventButtons, ...this.featureButtons]) {
      if (buttonRef === ref) button.setAttribute('aria-current', 'true');
      else button.removeAttribute('aria-current');
    }
    this.showOnMap();
    const heading = this.cardSlot.querySelector<HTMLElement>('h2');
    if (options.focusCard && heading) {
      focusHeading(heading);
      // The card heads the panel's scrolling part: scroll that part only, never the page under the map.
      this.scroller.scrollTop = 0;
    }
  }

  /** An event chosen in the list: the time control moves to its year and its card opens. */
  private chooseEvent(ref: FeatureRef, year: number): void {
    this.moveTo(year);
    this.select(ref, { focusCard: true });
  }

  /** Draws the selected feature's card at the year shown, or removes it. */
  private renderCard(): void {
    const card = this.selected ? featureCard(this.deps.history, this.selected, this.year) : null;
    this.cardSlot.replaceChildren(...(card ? [this.cardElement(card)] : []));
  }

  /** A feature's card; "Questions about this" only when installed questions are about it. */
  private cardElement(card: FeatureCard): HTMLElement {
    const questions = this.deps.questionsAbout(card.ref);
    return el('section', { className: 'history-card', attrs: { 'aria-labelledby': 'history-card-title' } }, [
      el('p', { className: 'history-card-kind', text: card.kind }),
      el('h2', { text: card.title, attrs: { id: 'history-card-title' } }),
      el(
        'dl',
        {},
        card.facts.flatMap((fact) => [el('dt', { text: fact.term }), el('dd', { text: fact.detail })]),
      ),
      el('p', { text: card.text }),
      el('h3', { text: card.sources.length === 1 ? 'Source' : 'Sources' }),
      el(
        'ul',
        { className: 'history-sources' },
        card.sources.map((source) => el('li', { text: source })),
      ),
      el('div', { className: 'actions' }, [
        questions.length > 0
          ? el('button', {
              className: 'primary',
              text: 'Questions about this',
              attrs: {
                type: 'button',
                'aria-describedby': 'history-card-title',
                title: `${questions.length} ${questions.length === 1 ? 'question' : 'questions'}`,
              },
              onClick: () => this.deps.onQuestions(card.title, questions),
            })
          : null,
        el('button', { text: 'Close', attrs: { type: 'button' }, onClick: () => this.closeCard() }),
      ]),
    ]);
  }

  /** Closes the card and gives focus back to the button that opened it (or the time control). */
  private closeCard(): void {
    const opener = this.selected
      ? (this.eventButtons.get(this.selected) ?? this.featureButtons.get(this.selected))
      : undefined;
    this.select(null);
    (opener ?? this.slider).focus();
  }

  /** Tells the map the year, layers and selection, while the screen is shown. */
  private showOnMap(): void {
    if (!this.shown) return;
    this.deps.map.showHistory({ year: this.year, layers: new Set(this.layers), selected: this.selected });
  }

  /**
   * The key: who held land at the year shown, in the map's colours, the striping of an annexation not
   * recognised internationally, and how rivers and pipelines are drawn.
   */
  private renderLegend(): void {
    const { holders, unrecognised } = historyLegend(this.deps.history, this.year);
    const swatch = (className: string, colour?: string) => {
      const mark = el('span', { className: `history-swatch ${className}`, attrs: { 'aria-hidden': 'true' } });
      if (colour) mark.style.setProperty('--swatch', colour);
      return mark;
    };
    const item = (mark: HTMLElement, text: string) => el('li', {}, [mark, text]);
    this.legend.replaceChildren(
      el('h2', { text: `Key, ${this.year}`, attrs: { id: 'history-key' } }),
      el('ul', { className: 'history-key' }, [
        ...holders.map((holder) => item(swatch('holder', holder.colour), holder.name)),
        ...unrecognised.map((name) =>
          item(swatch('unrecognised'), `${name}: striped, annexed but not recognised internationally`),
        ),
        item(swatch('hatched'), 'Hatched: land ceded by China in 1858 and 1860'),
        item(swatch('river'), 'Border river'),
        item(
          swatch('pipeline'),
          'Pipeline (dashed: planned; red crosses: damaged; pale band: approximate route)',
        ),
      ]),
    );
  }

  /** The layer switches: one checkbox per layer, tapped through its label. */
  private layerSwitches(): HTMLElement {
    return el('fieldset', { className: 'history-layers' }, [
      el('legend', { text: 'Layers' }),
      ...HISTORY_LAYERS.map((layer) => {
        const box = el('input', { attrs: { type: 'checkbox', id: `history-layer-${layer}` } });
        box.checked = this.layers.has(layer);
        box.addEventListener('change', () => {
          if (box.checked) this.layers.add(layer);
          else this.layers.delete(layer);
          this.showOnMap();
        });
        return el('label', { className: 'history-layer', attrs: { for: `history-layer-${layer}` } }, [
          box,
          LAYER_NAMES[layer],
        ]);
      }),
    ]);
  }

  /** The dated events as buttons named "<year> <title>": the time control's accessible twin. */
  private eventList(): HTMLElement {
    const items = this.deps.history.events.map((event) => {
      const ref = featureRef('event', event.id);
      const year = eventYear(event);
      const button = el(
        'button',
        { className: 'history-event', attrs: { type: 'button' }, onClick: () => this.chooseEvent(ref, year) },
        [
          el('span', { className: 'history-event-year', text: String(year) }),
          ' ',
          el('span', { text: event.title }),
        ],
      );
      this.eventButtons.set(ref, button);
      this.eventYears.set(ref, year);
      this.eventsByYear.push({ year, button });
      return el('li', {}, [button]);
    });
    this.eventsByYear.sort((a, b) => a.year - b.year);
    return el(
      'section',
      { className: 'history-events', attrs: { 'aria-labelledby': 'history-events-title' } },
      [el('h2', { text: 'Events', attrs: { id: 'history-events-title' } }), el('ol', {}, items)],
    );
  }

  /** Rivers, pipelines, ceded lands and Yamal LNG as buttons: the keyboard path to their cards. */
  private featureList(): HTMLElement {
    const items = listedFeatures(this.deps.history).map((feature) => {
      const button = el('button', {
        className: 'history-feature',
        text: feature.name,
        attrs: { type: 'button', 'aria-describedby': `history-kind-${feature.ref.replace(':', '-')}` },
        onClick: () => this.select(feature.ref, { focusCard: true }),
      });
      this.featureButtons.set(feature.ref, button);
      return el('li', {}, [
        button,
        el('span', {
          className: 'visually-hidden',
          text: feature.kind,
          attrs: { id: `history-kind-${feature.ref.replace(':', '-')}` },
        }),
      ]);
    });
    return el(
      'section',
      { className: 'history-features', attrs: { 'aria-labelledby': 'history-features-title' } },
      [
        el('h2', { text: 'Rivers, pipelines and ceded lands', attrs: { id: 'history-features-title' } }),
        el('ul', {}, items),
      ],
    );
  }
}
