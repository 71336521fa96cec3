import type { Question } from '../model/pack';
import type { Rng } from '../rng';
import { shuffled } from '../rng';
import { displayOrder } from '../quiz/round';
import type { GameState } from './gameState';
import type { Library } from './library';
import type { RoundStart } from './plans';

/**
 * The guided first round: a new player is taught by playing. From the menu's Play button the guide points
 * at a starting region; picking it starts a short round of easy questions, and one short hint at each step
 * says what is happening: how to answer, what the feedback means, how the region clears and opens its
 * neighbours, and where to go next. This module decides which step comes next from the game's events (a
 * pure step machine) and what each step says; the DOM shows it (`ui/guide/`), a service remembers that the
 * guide is over (`services/guideFlag.ts`).
 */

/** Questions in the guided first round: short enough to play in about 30 seconds. */
export const GUIDED_ROUND_SIZE = 3;

/** Question types the guided round prefers: answered with one tap, and explained by the guide's hints. */
const ONE_TAP_TYPES: readonly Question['type'][] = ['single', 'truefalse'];

/**
 * Where the guide is. `start`: on the menu, pointing at Play; `pick`: on the map, pointing at a starting
 * region; `answer`: the first question is asked; `feedback`: its feedback is shown; `playing`: the rest of
 * the round (no hint); `result`: the round's results; `next`: back on the map, where to go next; `off`: the
 * guide is over (or was never needed).
 */
export type GuideStep = 'start' | 'pick' | 'answer' | 'feedback' | 'playing' | 'result' | 'next' | 'off';

/** How the guide ended, to be remembered so that it never shows again. */
export type GuideOutcome = 'finished' | 'skipped';

/** Remembers whether the guided first round is over (in the browser: `services/guideFlag.ts`). */
export interface GuideFlag {
  /** True when the tour was finished or skipped before; false when absent, unreadable or damaged. */
  done(): boolean;
  /** Remembers how the tour ended; a storage that refuses the write is ignored (the tour may show again). */
  remember(outcome: GuideOutcome): void;
}

/** The guide's state: its step, whether the player closed the step's hint, and how the round went. */
export interface GuideState {
  /** The step now. */
  step: GuideStep;
  /** The player closed this step's hint ("Got it"): nothing shows until the next step. */
  dismissed: boolean;
  /** The guided round's region, once picked. */
  regionId?: string;
  /** Whether the guided round cleared its region (known from its results on). */
  passed?: boolean;
  /** Set once the guide is over and should be remembered as done. */
  outcome?: GuideOutcome;
}

/** What the guide hears: screen changes, the game's round events, and the player's answers to its hints. */
export type GuideEvent =
  /** A screen is shown: the menu, the map, or another screen. */
  | { type: 'screen'; screen: 'menu' | 'map' | 'other' }
  /** A round started; `guided` when it is the guided round the player picked while the guide pointed. */
  | { type: 'roundStarted'; regionId: string; guided: boolean }
  /** An answer was graded. */
  | { type: 'answerGraded' }
  /** The round moved to its next question. */
  | { type: 'questionShown' }
  /** The round's results are shown. */
  | { type: 'roundFinished'; passed: boolean }
  /** The player left the results, back to the map. */
  | { type: 'roundClosed' }
  /** The player closed the hint on screen ("Got it"). */
  | { type: 'dismiss' }
  /** The player chose "Skip the tour". */
  | { type: 'skip' };

/** What the guide starts from: whether it was done before, and the player's progress. */
export interface GuideStart {
  /** The guide was finished or skipped before (the remembered flag). */
  done: boolean;
  /** The game state loaded at start. */
  state: Pick<GameState, 'answers' | 'round' | 'regions'>;
}

/** The guide that shows nothing. */
const OFF: GuideState = { step: 'off', dismissed: false };

/**
 * The guide for a player at start: on, at the menu step, only for a new player (no answer given, no round on
 * screen, no region cleared) who has not finished or skipped it before; off for everyone else.
 */
export function startGuide({ done, state }: GuideStart): GuideState {
  const started =
    state.answers.length > 0 ||
    state.round !== null ||
    Object.values(state.regions).some((status) => status === 'cleared');
  return done || started ? OFF : { step: 'start', dismissed: false };
}

/** The guide ended: off, with how it ended (kept if it had ended already). */
function ended(guide: GuideState, outcome: GuideOutcome): GuideState {
  return { step: 'off', dismissed: false, outcome: guide.outcome ?? outcome };
}

/** Moves to another step, with its hint shown. */
function moveTo(guide: GuideState, step: GuideStep, extra: Partial<GuideState> = {}): GuideState {
  return { ...guide, ...extra, step, dismissed: false };
}

/**
 * The next guide state after `event`. The guide follows the player and never blocks them: a step whose
 * event does not come simply stays; starting another kind of round than the guided one ends the guide.
 * The guided round's results mark the guide finished (remembered at once, so that a reload never starts it
 * again); the last hint, back on the map, shows until closed or until the player plays on.
 */
export function nextGuide(guide: GuideState, event: GuideEvent): GuideState {
  if (guide.step === 'off') return guide;
  if (event.type === 'skip') return ended(guide, 'skipped');
  if (event.type === 'dismiss') {
    if (guide.step === 'next') return ended(guide, 'finished');
    return { ...guide, dismissed: true };
  }
  switch (guide.step) {
    case 'start':
      if (event.type === 'screen' && event.screen === 'map') return moveTo(guide, 'pick');
      if (event.type === 'roundStarted') return ended(guide, 'finished');
      return guide;
    case 'pick':
      if (event.type === 'screen' && event.screen === 'menu') return moveTo(guide, 'start');
      if (event.type === 'roundStarted')
        return event.guided
          ? moveTo(guide, 'answer', { regionId: event.regionId })
          : ended(guide, 'finished');
      return guide;
    case 'answer':
      if (event.type === 'answerGraded') return moveTo(guide, 'feedback');
      return guide;
    case 'feedback':
      if (event.type === 'questionShown') return moveTo(guide, 'playing');
      if (event.type === 'roundFinished')
        return moveTo(guide, 'result', { passed: event.passed, outcome: 'finished' });
      return guide;
    case 'playing':
      if (event.type === 'roundFinished')
        return moveTo(guide, 'result', { passed: event.passed, outcome: 'finished' });
      return guide;
    case 'result':
      if (event.type === 'roundClosed') return moveTo(guide, 'next');
      if (event.type === 'roundStarted') return ended(guide, 'finished');
      return guide;
    case 'next':
      if (event.type === 'roundStarted' || (event.type === 'screen' && event.screen !== 'map'))
        return ended(guide, 'finished');
      return guide;
  }
}

/**
 * What a hint points at: the menu's Play button, one region (a starting region, or the guided round's region
 * to try again), the answers, the feedback's source, the results, or the open regions in the region list.
 */
export type GuideAnchor = 'play' | 'region' | 'answers' | 'source' | 'results' | 'regions';

/** One hint on screen: what it says and what it points at. */
export interface GuideHint {
  /** The step's number and how many there are, for "Tour 2 of 6". */
  number: number;
  /** Steps in the tour. */
  steps: number;
  /** One short line. */
  text: string;
  /** What it points at. */
  anchor: GuideAnchor;
  /** The region pointed at (for the `region` anchor): the first open starting region, or the round's. */
  regionId?: string;
  /** Whether this is the last hint (its button ends the tour). */
  last: boolean;
}

/** What the hints need to know about the player's device and the map. */
export interface HintContext {
  /** The player taps a touch screen (no keyboard hints then). */
  touch: boolean;
  /** The starting regions that are open now, in the map's order, with their names. */
  starts: readonly { id: string; name: string }[];
  /** A region's display name. */
  regionName(regionId: string): string;
}

/** The steps that show a hint, in order. */
const SHOWN: readonly GuideStep[] = ['start', 'pick', 'answer', 'feedback', 'result', 'next'];

/** "A or B" from a list of names. */
function either(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? 'an open region';
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

/**
 * The hint to show now, or null when none is (the guide is off, between steps, or its hint was closed).
 * Each hint is one short line; on a touch screen it says "tap" and never mentions keys.
 */
export function guideHint(guide: GuideState, context: HintContext): GuideHint | null {
  if (guide.dismissed) return null;
  const number = SHOWN.indexOf(guide.step) + 1;
  if (number === 0) return null;
  const base = { number, steps: SHOWN.length, last: guide.step === 'next' };
  const region = guide.regionId ? context.regionName(guide.regionId) : 'the region';
  const tap = context.touch ? 'Tap' : 'Click';
  switch (guide.step) {
    case 'start':
      return {
        ...base,
        anchor: 'play',
        text: `New here? ${context.touch ? 'Tap' : 'Press'} Play for a 30-second first round of ${GUIDED_ROUND_SIZE} easy questions.`,
      };
    case 'pick': {
      const first = context.starts[0];
      return {
        ...base,
        anchor: 'region',
        ...(first ? { regionId: first.id } : {}),
        text: `${tap} ${either(context.starts.map((start) => start.name))} to start, here or on the map.`,
      };
    }
    case 'answer':
      return {
        ...base,
        anchor: 'answers',
        text: context.touch
          ? 'Tap the answer you think is right.'
          : 'Click the answer you think is right, or press its number key.',
      };
    case 'feedback':
      return {
        ...base,
        anchor: 'source',
        text: 'Right or wrong, read why below, and the source: the article the fact comes from.',
      };
    case 'result':
      return {
        ...base,
        anchor: 'results',
        text: guide.passed
          ? `That cleared ${region}. Go back to the map to see its neighbours open.`
          : `Get all ${GUIDED_ROUND_SIZE} right to clear ${region} and open its neighbours: play again.`,
      };
    case 'next':
      return guide.passed || !guide.regionId
        ? {
            ...base,
            anchor: 'regions',
            text: 'Pick a newly opened region next. Flashcards on the menu bring back what you learnt.',
          }
        : {
            ...base,
            anchor: 'region',
            regionId: guide.regionId,
            text: `Try ${region} again, or come back later: Flashcards on the menu bring back what you learnt.`,
          };
    default:
      return null;
  }
}

/**
 * The guided first round in a region: {@link GUIDED_ROUND_SIZE} of its easiest questions (difficulty 1
 * first), preferring those answered with one tap (single choice, true or false), in a random order. Never
 * timed, whatever the setting: a first round teaches, it does not race. Null when the region has no
 * questions.
 */
export function planGuidedRound(library: Library, regionId: string, rng: Rng, at: number): RoundStart | null {
  const pool = shuffled(
    library.bank.inRegion(regionId).map((entry) => entry.question),
    rng,
  );
  const oneTap = (question: Question) => (ONE_TAP_TYPES.includes(question.type) ? 0 : 1);
  const picked = pool
    .map((question, position) => ({ question, position }))
    .sort(
      (a, b) =>
        a.question.difficulty - b.question.difficulty ||
        oneTap(a.question) - oneTap(b.question) ||
        a.position - b.position,
    )
    .slice(0, GUIDED_ROUND_SIZE)
    .map(({ question }) => ({ questionId: question.id, order: displayOrder(question, rng) }));
  if (picked.length === 0) return null;
  return { type: 'roundStarted', regionId, questions: picked, at };
}
