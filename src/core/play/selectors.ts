import { type MapActivity, type RegionView, regionViews } from '../map/regionView';
import { type Round, MIXED_REGION, currentQuestion } from '../quiz/round';
import { dayNumber, dayStartMs } from '../review/days';
import { fadingRegions } from '../review/memory';
import { recentMistakes } from '../review/mistakes';
import type { StatsInput } from '../review/stats';
import { type StudyNext, nextStudyCard } from '../review/study';
import { type GameState, type StudySettings, studySettings } from './gameState';
import type { Library } from './library';

/**
 * Read-only views of the game state for the screens: pure functions of the state, the installed
 * questions and the time, so the rules behind "due today" or "fading" are tested in Node, not in a browser.
 */

/** Where and when the learner is: now, and their UTC offset (minutes east) for "today". */
export interface Moment {
  /** Epoch ms. */
  now: number;
  /** Minutes east of UTC, as `-Date.getTimezoneOffset()`. */
  utcOffsetMin: number;
}

/** When the learner's day began, epoch ms. */
export function dayStartOf(moment: Moment): number {
  return dayStartMs(dayNumber(moment.now, moment.utcOffsetMin), moment.utcOffsetMin);
}

/** The cleared regions whose cards the learner is forgetting now. */
export function fadingNow(state: GameState, library: Library, now: number): ReadonlySet<string> {
  return fadingRegions(state.regions, (id) => library.inRegion(id), state.cards, now);
}

/** What the player is doing on the map now: choosing a region, playing a round, or answering on the map. */
export function mapActivityOf(state: GameState, library: Library): MapActivity {
  if (!state.round) return 'choosing';
  return mapQuestionOf(state, library)?.phase === 'asking' ? 'answering' : 'playing';
}

/** Every region as the map, the list and the description show it now (labels fit what the player is doing). */
export function regionViewsNow(
  state: GameState,
  library: Library,
  regions: readonly { id: string; name: string }[],
  now: number,
): RegionView[] {
  return regionViews(regions, state.regions, fadingNow(state, library, now), mapActivityOf(state, library));
}

/** Recent mistakes among the installed questions, most recent first. */
export function mistakesNow(state: GameState, library: Library, now: number): string[] {
  return recentMistakes(state.answers, state.reviewLog, now).filter((id) => library.bank.get(id));
}

/**
 * The next flashcard and today's counts, from the due queue across the installed questions, or only those
 * in `scope` (the questions of an assignment studied as flashcards).
 */
export function studyNext(
  state: GameState,
  library: Library,
  moment: Moment,
  scope: ReadonlySet<string> | null = null,
): StudyNext {
  const settings = studySettings(state.settings);
  const ids = scope ? library.questionIds.filter((id) => scope.has(id)) : library.questionIds;
  return nextStudyCard(ids, state.cards, state.reviewLog, moment.now, dayStartOf(moment), {
    newPerDay: settings.newPerDay,
    reviewsPerDay: settings.reviewsPerDay,
  });
}

/** What the menu shows: progress on the map, today's study and the settings. */
export interface MenuSummary {
  /** Regions cleared. */
  cleared: number;
  /** Regions on the map. */
  regions: number;
  /** Answers ever given. */
  answered: number;
  /** Flashcards left today (due and new within the limit). */
  due: number;
  /** Recent mistakes to review. */
  mistakes: number;
  /** Answers and reviews today. */
  today: number;
  /** The study settings in force. */
  settings: StudySettings;
  /** Whether rounds are timed. */
  timed: boolean;
  /** Whether sound is off. */
  muted: boolean;
}

/** The menu's numbers, now. */
export function menuSummary(state: GameState, library: Library, moment: Moment): MenuSummary {
  const statuses = Object.values(state.regions);
  const { remaining } = studyNext(state, library, moment);
  const dayStart = dayStartOf(moment);
  return {
    cleared: statuses.filter((status) => status === 'cleared').length,
    regions: statuses.length,
    answered: state.answers.length,
    due: remaining.learning + remaining.review + remaining.new,
    mistakes: mistakesNow(state, library, moment.now).length,
    today: state.reviewLog.filter((entry) => entry.review >= dayStart).length,
    settings: studySettings(state.settings),
    timed: state.settings.timed ?? false,
    muted: state.settings.muted,
  };
}

/** The stats screen's input: the whole history, described by pack, theme and region. */
export function statsInputOf(state: GameState, library: Library, moment: Moment): StatsInput {
  return {
    questionIds: library.questionIds,
    answers: state.answers,
    cards: state.cards,
    reviewLog: state.reviewLog,
    describe: (questionId) => {
      const entry = library.bank.get(questionId);
      if (!entry) return undefined;
      return {
        pack: entry.pack.title,
        theme: entry.question.tags[0] ?? 'untagged',
        ...(entry.question.region ? { region: entry.question.region } : {}),
      };
    },
    now: moment.now,
    utcOffsetMin: moment.utcOffsetMin,
  };
}

/** A pack whose questions have no region: it plays as a stage of its own from the region list. */
export interface PackStage {
  /** The pack's id. */
  id: string;
  /** Its title. */
  title: string;
  /** Its playable questions without a region. */
  questions: number;
}

/** The packs with playable questions that have no region. */
export function packStages(library: Library): PackStage[] {
  const { bank } = library;
  return bank.packs.flatMap((pack) => {
    const regionless = pack.questions.filter(
      (question) => !question.region && bank.get(question.id)?.pack === pack,
    ).length;
    return regionless > 0 ? [{ id: pack.id, title: pack.title, questions: regionless }] : [];
  });
}

/** An installed pack as the pack manager lists it. */
export interface PackListing {
  /** The pack's id. */
  id: string;
  /** Its title. */
  title: string;
  /** Its version. */
  version: number;
  /** Its author. */
  author: string;
  /** Its playable questions. */
  questions: number;
  /** Whether it ships with the game (built-in packs cannot be removed). */
  builtIn: boolean;
}

/** The installed packs for the pack manager's list. */
export function packListings(library: Library, builtInIds: ReadonlySet<string>): PackListing[] {
  const { bank } = library;
  return bank.packs.map((pack) => ({
    id: pack.id,
    title: pack.title,
    version: pack.version,
    author: pack.author,
    questions: pack.questions.filter((question) => bank.get(question.id)?.pack === pack).length,
    builtIn: builtInIds.has(pack.id),
  }));
}

/** The current question when it is answered on the map: the region that answers it and the phase. */
export interface MapQuestion {
  /** The region holding the right place (absent for a point target outside every region). */
  target: string | undefined;
  /** `asking`: a click answers it; `feedback`: the right place is shown. */
  phase: 'asking' | 'feedback';
}

/** The current map-click question, if the round is on one. */
export function mapQuestionOf(state: GameState, library: Library): MapQuestion | undefined {
  const round = state.round;
  if (!round || round.phase === 'finished') return undefined;
  const asked = currentQuestion(round);
  const question = asked ? library.bank.get(asked.questionId)?.question : undefined;
  if (question?.type !== 'mapclick') return undefined;
  const target = 'region' in question.target ? question.target.region : question.region;
  return { target, phase: round.phase };
}

/**
 * The name of what a round is about: its region, or for a round across regions its pack's title, the
 * history feature it is about, or "Recent mistakes".
 */
export function roundTitle(
  round: Round | null,
  library: Library,
  regionName: (id: string) => string,
): string {
  if (!round) return '';
  if (round.regionId !== MIXED_REGION) return regionName(round.regionId);
  if (round.scope === 'feature' && round.topic !== undefined) return round.topic;
  const pack = round.scope === 'pack' ? library.bank.packs.find((p) => p.id === round.packId) : undefined;
  return pack ? pack.title : 'Recent mistakes';
}
