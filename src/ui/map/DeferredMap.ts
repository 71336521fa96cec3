import type { RegionStatuses } from '../../core/map/progression';
import type { MapPort } from '../App';

/** Where the map engine stands, for the page to show (the canvas area says it is loading or failed). */
export type MapEngineState = 'loading' | 'ready' | 'failed';

/**
 * A stand-in for the Phaser map while its engine is still downloading, so the DOM menu, the region list and
 * the quiz work from the first moment. It remembers the latest request of each kind (statuses, focus, input,
 * insets) and hands them to the real map when it arrives; an unlock celebrated before then is simply drawn
 * as cleared, since nobody could have seen the animation.
 */
export class DeferredMap implements MapPort {
  private target: MapPort | null = null;
  private statuses: { statuses: RegionStatuses; fading?: ReadonlySet<string> } | null = null;
  private focused: string | null = null;
  private inputEnabled = false;
  private insets = { top: 0, right: 0, bottom: 0, left: 0 };

  /** Whether the real map has arrived. */
  get ready(): boolean {
    return this.target !== null;
  }

  /** Hands over to the real map, replaying the latest state it missed. */
  attach(map: MapPort): void {
    this.target = map;
    map.setInsets(this.insets);
    if (this.statuses) map.setStatuses(this.statuses.statuses, [], this.statuses.fading);
    map.setInputEnabled(this.inputEnabled);
    map.focusRegion(this.focused);
  }

  setStatuses(statuses: RegionStatuses, celebrate?: readonly string[], fading?: ReadonlySet<string>): void {
    if (this.target) this.target.setStatuses(statuses, celebrate, fading);
    else this.statuses = fading ? { statuses, fading } : { statuses };
  }

  focusRegion(regionId: string | null): void {
    if (this.target) this.target.focusRegion(regionId);
    else this.focused = regionId;
  }

  setInputEnabled(enabled: boolean): void {
    if (this.target) this.target.setInputEnabled(enabled);
    else this.inputEnabled = enabled;
  }

  setInsets(insets: { top: number; right: number; bottom: number; left: number }): void {
    if (this.target) this.target.setInsets(insets);
    else this.insets = insets;
  }
}
