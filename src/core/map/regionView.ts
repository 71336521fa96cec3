import type { RegionStatus, RegionStatuses } from './progression';

/**
 * A region's state as the player sees it: a cleared region whose cards the learner is forgetting is
 * `fading`, a state of its own, so that the map, the list and the text description never disagree.
 */
export type RegionState = RegionStatus | 'fading';

/**
 * What the player is doing, which decides what choosing a region does and so what its label may invite:
 * `choosing` a region to play (no round on), `playing` a round (choosing a region does nothing), or
 * `answering` a map question (choosing a region answers it).
 */
export type MapActivity = 'choosing' | 'playing' | 'answering';

/** One region as every view shows it: its name, its state, and the words for that state. */
export interface RegionView {
  /** The region's id. */
  id: string;
  /** Its display name. */
  name: string;
  /** Its state. */
  state: RegionState;
  /** One word for the state, for a badge: "open", "cleared", "locked", "fading". */
  word: string;
  /** The state in a short phrase, for sentences: "cleared, fading". */
  phrase: string;
  /**
   * The phrase with what choosing the region does now, when it does something: "cleared, fading: review to
   * refresh" while choosing, "open: click to answer" during a map question, and only the phrase ("cleared,
   * fading") during the rest of a round, when a click does nothing.
   */
  label: string;
}

/** The one wording of each state; every view reads it from here. */
const WORDING: Record<RegionState, { word: string; phrase: string; hint?: string }> = {
  locked: { word: 'locked', phrase: 'locked' },
  open: { word: 'open', phrase: 'open' },
  cleared: { word: 'cleared', phrase: 'cleared' },
  fading: { word: 'fading', phrase: 'cleared, fading', hint: 'review to refresh' },
};

/** What a region's label adds to its state, for what the player is doing: an action only when one works. */
function labelOf(phrase: string, hint: string | undefined, activity: MapActivity): string {
  if (activity === 'answering') return `${phrase}: click to answer`;
  return activity === 'choosing' && hint ? `${phrase}: ${hint}` : phrase;
}

/**
 * The view of one region, given its progress status, whether its cards are fading and what the player is
 * doing (choosing a region unless told otherwise).
 */
export function regionView(
  region: { id: string; name: string },
  status: RegionStatus,
  fading: boolean,
  activity: MapActivity = 'choosing',
): RegionView {
  const state: RegionState = status === 'cleared' && fading ? 'fading' : status;
  const { word, phrase, hint } = WORDING[state];
  return {
    id: region.id,
    name: region.name,
    state,
    word,
    phrase,
    label: labelOf(phrase, hint, activity),
  };
}

/**
 * The views of every region, in map order. A region missing from `statuses` is locked, and only a cleared
 * region can be fading.
 */
export function regionViews(
  regions: readonly { id: string; name: string }[],
  statuses: RegionStatuses,
  fading: ReadonlySet<string>,
  activity: MapActivity = 'choosing',
): RegionView[] {
  return regions.map((region) =>
    regionView(region, statuses[region.id] ?? 'locked', fading.has(region.id), activity),
  );
}

/** Progress statuses back from views (a fading region is cleared), for code that only needs progress. */
export function statusesOf(views: readonly RegionView[]): RegionStatuses {
  return Object.fromEntries(views.map((view) => [view.id, view.state === 'fading' ? 'cleared' : view.state]));
}

/** The ids of the fading regions among `views`. */
export function fadingOf(views: readonly RegionView[]): ReadonlySet<string> {
  return new Set(views.filter((view) => view.state === 'fading').map((view) => view.id));
}
