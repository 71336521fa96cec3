import {
  type MapAnswer,
  type MapInsets,
  type MapMark,
  type MapView,
  type ModeDisplay,
  NO_INSETS,
} from '../../core/map/mapView';
import type { RegionCelebration } from '../../core/map/celebration';
import type { HistoryAsset } from '../../core/map/history';
import type { HistoryDisplay } from '../../core/map/historyDisplay';
import type { RegionView } from '../../core/map/regionView';

/** Where the map engine stands, for the page to show (the canvas area says it is loading or failed). */
export type MapEngineState = 'loading' | 'ready' | 'failed';

/**
 * A stand-in for the Phaser map while its engine is still downloading, so the DOM menu, the region list and
 * the quiz work from the first moment. It remembers the latest request of each kind (regions, focus, input,
 * insets) and hands them to the real map when it arrives; an unlock celebrated before then is simply drawn
 * as cleared, since nobody could have seen the animation.
 */
export class DeferredMap implements MapView {
  private target: MapView | null = null;
  private views: readonly RegionView[] | null = null;
  private focused: string | null = null;
  private inputEnabled = false;
  private insets: MapInsets = NO_INSETS;
  private marks: { marks: readonly MapMark[]; frame?: [number, number, number, number] } = { marks: [] };
  private answer: MapAnswer | null = null;
  private history: HistoryAsset | null = null;
  private historyDisplay: HistoryDisplay | null = null;
  private mode: ModeDisplay | null = null;

  /** Whether the real map has arrived. */
  get ready(): boolean {
    return this.target !== null;
  }

  /** Hands over to the real map, replaying the latest state it missed. */
  attach(map: MapView): void {
    this.target = map;
    map.setInsets(this.insets);
    if (this.views) map.showRegions(this.views);
    map.setInputEnabled(this.inputEnabled);
    map.focusRegion(this.focused);
    if (this.marks.marks.length > 0) map.showMarks(this.marks.marks, this.marks.frame);
    if (this.answer) map.showAnswer(this.answer);
    if (this.history) map.setHistory(this.history);
    if (this.historyDisplay) map.showHistory(this.historyDisplay);
    if (this.mode) map.showMode(this.mode);
  }

  /** Draws the regions now (with any celebration), or remembers the latest views for the map to come. */
  showRegions(views: readonly RegionView[], celebration?: RegionCelebration): void {
    if (this.target) this.target.showRegions(views, celebration);
    else this.views = views;
  }

  /** Focuses a region now, or remembers it. */
  focusRegion(regionId: string | null): void {
    if (this.target) this.target.focusRegion(regionId);
    else this.focused = regionId;
  }

  /** Turns map input on or off now, or remembers it. */
  setInputEnabled(enabled: boolean): void {
    if (this.target) this.target.setInputEnabled(enabled);
    else this.inputEnabled = enabled;
  }

  /** Fits the map now, or remembers the insets. */
  setInsets(insets: MapInsets): void {
    if (this.target) this.target.setInsets(insets);
    else this.insets = insets;
  }

  /** Shows a place question's marks now, or remembers them. */
  showMarks(marks: readonly MapMark[], frame?: [number, number, number, number]): void {
    if (this.target) this.target.showMarks(marks, frame);
    else this.marks = frame ? { marks, frame } : { marks };
  }

  /** Shows the answer to a map question now, or remembers it. */
  showAnswer(answer: MapAnswer | null): void {
    if (this.target) this.target.showAnswer(answer);
    else this.answer = answer;
  }

  /** Hands over the history layers now, or remembers them. */
  setHistory(history: HistoryAsset): void {
    if (this.target) this.target.setHistory(history);
    else this.history = history;
  }

  /** Shows the history layers now, or remembers what to show. */
  showHistory(display: HistoryDisplay | null): void {
    if (this.target) this.target.showHistory(display);
    else this.historyDisplay = display;
  }

  /** Shows a map mode's marks now, or remembers them. */
  showMode(display: ModeDisplay | null): void {
    if (this.target) this.target.showMode(display);
    else this.mode = display;
  }
}
