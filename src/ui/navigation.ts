import { type MapChoice, type MapInsets, type MapView, NO_INSETS } from '../core/map/mapView';
import { el, focusHeading } from './widgets/dom';

/**
 * One screen of the game: what every screen gives navigation. Navigation puts its element on the page
 * under the warning banner, moves focus to it, routes keys to it, and fits the map behind it.
 */
export interface Screen {
  /** The screen's root element. */
  readonly element: HTMLElement;
  /** Its heading, which takes focus when the screen is shown (unless {@link Screen.focus} is given). */
  readonly heading: HTMLElement;
  /** Whether the player plays on the map from this screen (otherwise the map is idle and unclickable). */
  readonly onMap?: boolean;
  /** Called once the screen is on the page (draw what it shows). */
  onEnter?(): void;
  /** Called when another screen replaces this one. */
  onLeave?(): void;
  /** Puts focus where the screen wants it on arrival, instead of on its heading. */
  focus?(): void;
  /** A key pressed while the screen is shown; true when the screen used it. */
  onKey?(event: KeyboardEvent): boolean;
  /** The screen space its panels cover, for fitting the map (only for screens on the map). */
  mapInsets?(): MapInsets;
  /** The player clicked or tapped the map while this screen is shown (only for screens on the map). */
  onMapChoice?(choice: MapChoice): void;
  /** The pointer moved onto a region of the map, or off every region. */
  onMapHover?(regionId: string | null): void;
}

/** The screens: for each name, how to make the screen from its parameters (null when it cannot be shown). */
export type ScreenTable<P> = {
  [K in keyof P]: (params: P[K]) => Screen | null | Promise<Screen | null>;
};

/** What navigation needs. */
export interface NavigatorDeps<P> {
  /** Element the screens render into. */
  root: HTMLElement;
  /** The map behind the screens. */
  map: MapView;
  /** The screens. */
  screens: ScreenTable<P>;
  /** Called once a screen is shown and has taken focus (the guided first round follows the screens). */
  onShown?(name: keyof P): void;
}

/**
 * Shows one screen at a time from a table of screens (like bbc/genie's `screens`, and Pixi's
 * `navigation.showScreen`). It owns what every screen change needs: the warning banner, focus, the
 * `data-screen` mark on the page, key routing and the map's fit and input. A screen whose code is still
 * loading when the player moves on is never shown.
 */
export class Navigator<P extends object> {
  /** The warning banner: stays across screens until dismissed. */
  readonly banner: HTMLElement;
  private shown: { name: keyof P; screen: Screen } | null = null;
  /** Counts screen changes, so a screen whose code arrives after the player moved on is not shown. */
  private changes = 0;

  constructor(private readonly deps: NavigatorDeps<P>) {
    this.banner = el('div', { className: 'banner', attrs: { role: 'alert' } });
    this.banner.hidden = true;
    window.addEventListener('resize', () => this.fitMap());
    document.addEventListener('keydown', (event) => {
      if (this.shown?.screen.onKey?.(event)) event.preventDefault();
    });
  }

  /** The name of the screen shown now, or null before the first. */
  get current(): keyof P | null {
    return this.shown?.name ?? null;
  }

  /** Shows a screen; resolves to it, or to null when it could not be made or the player moved on. */
  async show<K extends keyof P>(name: K, params: P[K]): Promise<Screen | null> {
    const change = ++this.changes;
    const made = this.deps.screens[name](params);
    const screen = made instanceof Promise ? await made : made;
    if (!screen || change !== this.changes) return null;
    if (this.shown?.screen !== screen) this.shown?.screen.onLeave?.();
    this.shown = { name, screen };
    document.body.dataset.screen = String(name);
    this.deps.root.replaceChildren(this.banner, screen.element);
    if (!screen.onMap) {
      this.deps.map.setInputEnabled(false);
      this.deps.map.focusRegion(null);
    }
    screen.onEnter?.();
    this.fitMap();
    if (screen.focus) screen.focus();
    else focusHeading(screen.heading);
    this.deps.onShown?.(name);
    return screen;
  }

  /** Hands a click or tap on the map to the screen shown now, if it plays on the map. */
  mapChoice(choice: MapChoice): void {
    if (this.shown?.screen.onMap) this.shown.screen.onMapChoice?.(choice);
  }

  /** Hands the region under the pointer to the screen shown now, if it plays on the map. */
  mapHover(regionId: string | null): void {
    if (this.shown?.screen.onMap) this.shown.screen.onMapHover?.(regionId);
  }

  /** Tells the map which parts of the screen the current screen's panels cover. */
  fitMap(): void {
    this.deps.map.setInsets(this.shown?.screen.mapInsets?.() ?? NO_INSETS);
  }

  /** Shows a warning that stays until dismissed (e.g. progress could not be saved). */
  warn(message: string): void {
    this.banner.replaceChildren(
      el('span', { text: message }),
      el('button', {
        text: 'Dismiss',
        attrs: { type: 'button' },
        onClick: () => (this.banner.hidden = true),
      }),
    );
    this.banner.hidden = false;
  }
}
