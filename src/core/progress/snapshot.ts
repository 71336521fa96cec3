/**
 * The learner's progress at one moment, from the game state: XP and level, the day streak, each region's
 * stars and the map's completion. All of it is derived (only the personal bests are stored, in
 * `bests.ts`), so comparing the progress before and after an action tells what that action achieved.
 */
import type { GameState } from '../play/gameState';
import type { Library } from '../play/library';
import type { Moment } from '../play/selectors';
import { dayNumber } from '../review/days';
import { type MapCompletion, mapCompletion } from './completion';
import { type LevelInfo, levelFor } from './levels';
import { MAX_STARS, type RegionStars, starsByRegion } from './stars';
import { type StreakInfo, activeDaysOf, dayStreak } from './streak';
import { type XpTally, xpOf } from './xp';

/** The learner's progress now. */
export interface ProgressSnapshot {
  /** XP earned, and from what. */
  xp: XpTally;
  /** The level that XP reaches. */
  level: LevelInfo;
  /** The day streak. */
  streak: StreakInfo;
  /** Each region's stars, by region id. */
  stars: Record<string, RegionStars>;
  /** How much of the map is cleared. */
  completion: MapCompletion;
}

/** What progress is computed from: the parts of the game state it reads. */
export type ProgressState = Pick<GameState, 'answers' | 'reviewLog' | 'cards' | 'regions'>;

/**
 * The progress of `state` at `moment`: active days are the local days of every answer and rating, stars
 * cover every region of the map (with the installed questions of each).
 */
export function progressOf(
  state: ProgressState,
  questionsIn: Library['inRegion'],
  moment: Moment,
): ProgressSnapshot {
  const xp = xpOf(state.answers, state.reviewLog);
  const toDay = (ms: number) => dayNumber(ms, moment.utcOffsetMin);
  const instants = [
    ...state.answers.map((answer) => answer.at),
    ...state.reviewLog.map((entry) => entry.review),
  ];
  return {
    xp,
    level: levelFor(xp.total),
    streak: dayStreak(activeDaysOf(instants, toDay), toDay(moment.now)),
    stars: starsByRegion(Object.keys(state.regions), questionsIn, state.cards, state.reviewLog, moment.now),
    completion: mapCompletion(state.regions),
  };
}

/** Something an action achieved (or lost), worth a moment: a toast and a sound. */
export type ProgressChange =
  /** A new level reached. */
  | { kind: 'level'; level: number; name: string }
  /** The day streak grew (the day's first answer or review). */
  | { kind: 'streak'; days: number }
  /** A region gained a star. */
  | { kind: 'star'; regionId: string; stars: number }
  /** A region lost a star (its cards faded, or an answer showed one forgotten). */
  | { kind: 'fade'; regionId: string; stars: number };

/**
 * What changed between two snapshots worth telling the learner, in this order: a level up, a longer streak,
 * stars gained, stars lost (regions in the order of `after`'s stars). The same snapshot twice gives none.
 */
export function progressChanges(before: ProgressSnapshot, after: ProgressSnapshot): ProgressChange[] {
  const changes: ProgressChange[] = [];
  if (after.level.level > before.level.level)
    changes.push({ kind: 'level', level: after.level.level, name: after.level.name });
  if (after.streak.current > before.streak.current)
    changes.push({ kind: 'streak', days: after.streak.current });
  const gained: ProgressChange[] = [];
  const lost: ProgressChange[] = [];
  for (const [regionId, now] of Object.entries(after.stars)) {
    const was = before.stars[regionId]?.stars ?? 0;
    if (now.stars > was) gained.push({ kind: 'star', regionId, stars: now.stars });
    else if (now.stars < was) lost.push({ kind: 'fade', regionId, stars: now.stars });
  }
  return [...changes, ...gained, ...lost];
}

/** The words of a change for a toast and the live region, with region names from `regionName`. */
export function changeMessage(change: ProgressChange, regionName: (regionId: string) => string): string {
  switch (change.kind) {
    case 'level':
      return `Level up! You are now level ${change.level}: ${change.name}.`;
    case 'streak':
      return `Day streak: ${change.days} ${change.days === 1 ? 'day' : 'days'}.`;
    case 'star':
      return `${regionName(change.regionId)} earned a star: ${change.stars} of ${MAX_STARS}.`;
    case 'fade':
      return `${regionName(change.regionId)} lost a star as it fades: ${change.stars} of ${MAX_STARS}.`;
  }
}
