import type { GameAction } from './play/gameReducer';
import type { GameState, Settings } from './play/gameState';
import type { RoundResult, RoundScope } from './quiz/round';
import type { RatingValue } from './review/rating';

/**
 * The game's vocabulary of events: what happened, named, with a documented payload. Sound, saving,
 * announcements and the map subscribe by name instead of comparing states; the live classroom mode sends
 * exactly these. Every change of the game state yields at least one event, so a subscriber to all of
 * {@link STATE_EVENTS} sees every change.
 */
export interface GameEventMap {
  /** A round began. */
  roundStarted: {
    /** The region played, or '' for a round across regions. */
    regionId: string;
    /** Questions in the round. */
    questions: number;
    /** What a practice round covers, if it is one. */
    scope?: RoundScope;
    /** Whether it is practice (it cannot clear a region). */
    review: boolean;
    /** Whether it is timed. */
    timed: boolean;
  };
  /** An answer was graded. */
  answerGraded: {
    /** The question answered. */
    questionId: string;
    /** Whether it was fully right. */
    correct: boolean;
    /** Credit from 0 to 1. */
    score: number;
    /** Points earned, in timed mode. */
    points?: number;
    /** Response time, ms. */
    ms: number;
    /** Position of the question in the round, from 0. */
    index: number;
  };
  /** The round moved on to its next question. */
  questionShown: {
    /** Position of the question now asked, from 0. */
    index: number;
  };
  /** The question on screen went off screen: its clock (and a timed round's countdown) stopped. */
  roundPaused: {
    /** Position of the question, from 0. */
    index: number;
    /** Time already spent on it, ms. */
    spentMs: number;
  };
  /** The paused question is on screen again and its clock runs. */
  roundResumed: {
    /** Position of the question, from 0. */
    index: number;
  };
  /** The last question's feedback was dismissed: the round's result. */
  roundFinished: {
    /** The region played, or '' across regions. */
    regionId: string;
    /** The result: score, total, passed, unlocked and timed points. */
    result: RoundResult;
  };
  /** A round just cleared its region and opened new ones (shown on the map when the round closes). */
  regionsUnlocked: {
    /** The region cleared. */
    clearedId: string;
    /** The regions that opened. */
    regionIds: string[];
  };
  /**
   * A round cleared its region for the first time (a region already cleared and passed again is not
   * cleared anew): the map celebrates it when the player goes back to the map.
   */
  regionCleared: {
    /** The region cleared. */
    regionId: string;
    /** The regions that opened because of it (none when every neighbour was open already). */
    unlocked: string[];
  };
  /** The player left the round (back to the map); `unlocked` are the regions it opened, to celebrate now. */
  roundClosed: {
    /** The region played, or '' across regions. */
    regionId: string;
    /** The regions the round opened (empty unless it was passed). */
    unlocked: string[];
  };
  /** A flashcard was rated by the learner. */
  cardRated: {
    /** The card's question. */
    questionId: string;
    /** The rating given. */
    rating: RatingValue;
  };
  /** The last flashcard rating was taken back. */
  ratingUndone: {
    /** The card's question. */
    questionId: string;
  };
  /** Settings changed. */
  settingsChanged: {
    /** The settings now. */
    settings: Settings;
    /** Which of them changed. */
    changed: (keyof Settings)[];
  };
  /** Progress saved by another tab was merged in. */
  progressMerged: {
    /** Quiz answers on record after the merge. */
    answers: number;
    /** Flashcard and quiz reviews on record after the merge. */
    reviews: number;
  };
  /** A map mode's run was recorded: a whole-map time, or the day's daily challenge result. */
  modeRunRecorded: {
    /** Which mode: the timed whole map, or the daily challenge. */
    mode: 'whole' | 'daily';
    /** Targets found at the first try. */
    right: number;
    /** Targets asked. */
    total: number;
    /** Time taken, ms. */
    ms: number;
  };
  /** Progress could not be written: play goes on in memory. */
  saveFailed: {
    /** What went wrong, for the player. */
    message: string;
  };
}

/** The name of an event. */
export type GameEventName = keyof GameEventMap;

/** One event: its name and its payload. */
export type GameEvent = { [K in GameEventName]: { name: K } & GameEventMap[K] }[GameEventName];

/** The events that follow a change of the game state (every name but `saveFailed`, which storage raises). */
export const STATE_EVENTS = [
  'roundStarted',
  'answerGraded',
  'questionShown',
  'roundPaused',
  'roundResumed',
  'roundFinished',
  'regionsUnlocked',
  'regionCleared',
  'roundClosed',
  'cardRated',
  'ratingUndone',
  'settingsChanged',
  'progressMerged',
  'modeRunRecorded',
] as const satisfies readonly GameEventName[];

/** Which settings differ between two states. */
function changedSettings(previous: Settings, next: Settings): (keyof Settings)[] {
  const keys = new Set([...Object.keys(previous), ...Object.keys(next)] as (keyof Settings)[]);
  return [...keys].filter((key) => previous[key] !== next[key]);
}

/**
 * The events of one state change: what `action` did to `previous` to make `next`. Pure; an action the
 * reducer ignored (same state) yields none.
 */
export function eventsOf(previous: GameState, next: GameState, action: GameAction): GameEvent[] {
  if (previous === next) return [];
  switch (action.type) {
    case 'roundStarted': {
      const round = next.round;
      if (!round) return [];
      return [
        {
          name: 'roundStarted',
          regionId: round.regionId,
          questions: round.questions.length,
          ...(round.scope ? { scope: round.scope } : {}),
          review: round.review ?? false,
          timed: round.timed ?? false,
        },
      ];
    }
    case 'answered': {
      const round = next.round;
      const last = round?.answers[round.answers.length - 1];
      if (!round || !last) return [];
      return [
        {
          name: 'answerGraded',
          questionId: last.questionId,
          correct: last.correct,
          score: last.score ?? (last.correct ? 1 : 0),
          ...(last.points !== undefined ? { points: last.points } : {}),
          ms: last.ms,
          index: round.index,
        },
      ];
    }
    case 'advanced': {
      const round = next.round;
      if (!round) return [];
      if (round.phase !== 'finished' || !round.result) return [{ name: 'questionShown', index: round.index }];
      const finished: GameEvent[] = [
        { name: 'roundFinished', regionId: round.regionId, result: round.result },
      ];
      if (round.result.passed && round.result.unlocked.length > 0)
        finished.push({
          name: 'regionsUnlocked',
          clearedId: round.regionId,
          regionIds: round.result.unlocked,
        });
      if (previous.regions[round.regionId] !== 'cleared' && next.regions[round.regionId] === 'cleared')
        finished.push({ name: 'regionCleared', regionId: round.regionId, unlocked: round.result.unlocked });
      return finished;
    }
    case 'roundClosed':
      return [
        {
          name: 'roundClosed',
          regionId: previous.round?.regionId ?? '',
          unlocked: previous.round?.result?.unlocked ?? [],
        },
      ];
    case 'roundPaused':
      return next.round
        ? [{ name: 'roundPaused', index: next.round.index, spentMs: next.round.pausedMs ?? 0 }]
        : [];
    case 'roundResumed':
      return next.round ? [{ name: 'roundResumed', index: next.round.index }] : [];
    case 'cardRated':
      return [{ name: 'cardRated', questionId: action.questionId, rating: action.rating }];
    case 'ratingUndone':
      return [{ name: 'ratingUndone', questionId: previous.undo?.questionId ?? '' }];
    case 'progressMerged':
      return [{ name: 'progressMerged', answers: next.answers.length, reviews: next.reviewLog.length }];
    case 'modeRunRecorded': {
      const { kind, run } = action.record;
      return [{ name: 'modeRunRecorded', mode: kind, right: run.right, total: run.total, ms: run.ms }];
    }
    case 'muteSet':
    case 'timedSet':
    case 'studySettingsChanged':
      return [
        {
          name: 'settingsChanged',
          settings: next.settings,
          changed: changedSettings(previous.settings, next.settings),
        },
      ];
  }
}

/** A handler of one kind of event. */
export type EventHandler<K extends GameEventName> = (event: Extract<GameEvent, { name: K }>) => void;

/** True when `event` is the one named `name` (narrows its payload). */
function isNamed<K extends GameEventName>(
  event: GameEvent,
  name: K,
): event is Extract<GameEvent, { name: K }> {
  return event.name === name;
}

/** Delivers events to the handlers subscribed by name. */
export interface EventBus {
  /** Subscribes to one event by name; returns the function that unsubscribes. */
  on<K extends GameEventName>(name: K, handler: EventHandler<K>): () => void;
  /** Subscribes one handler to several events (e.g. saving to every state event). */
  onAny(names: readonly GameEventName[], handler: (event: GameEvent) => void): () => void;
  /** Delivers an event to its subscribers, in the order they subscribed. */
  emit(event: GameEvent): void;
}

/** Creates an event bus. A handler that throws does not stop the others; the error is rethrown after. */
export function createEventBus(): EventBus {
  const handlers = new Map<GameEventName, Set<(event: GameEvent) => void>>();
  const add = (name: GameEventName, handler: (event: GameEvent) => void) => {
    const set = handlers.get(name) ?? new Set();
    set.add(handler);
    handlers.set(name, set);
    return () => set.delete(handler);
  };
  return {
    on(name, handler) {
      return add(name, (event) => {
        if (isNamed(event, name)) handler(event);
      });
    },
    onAny(names, handler) {
      const offs = names.map((name) => add(name, handler));
      return () => offs.forEach((off) => off());
    },
    emit(event) {
      const errors: unknown[] = [];
      for (const handler of [...(handlers.get(event.name) ?? [])]) {
        try {
          handler(event);
        } catch (error) {
          errors.push(error);
        }
      }
      if (errors.length > 0) throw errors[0];
    },
  };
}
