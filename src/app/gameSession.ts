import type { Clock } from '../core/clock';
import type { MapRegion } from '../core/map/mapTypes';
import type { MapActivity, RegionView } from '../core/map/regionView';
import { type DailyRecord, type ModeRecords, NO_MODE_RECORDS, type TimedRun } from '../core/modes/records';
import type { GameAction } from '../core/play/gameReducer';
import type { GameState, Settings } from '../core/play/gameState';
import type { Library } from '../core/play/library';
import {
  type Assignment,
  type RegionChoice,
  type RoundStart,
  chooseRegion,
  planMissed,
  planFeatureRound,
  planMistakes,
  planPackRound,
  planReplay,
} from '../core/play/plans';
import {
  type MapQuestion,
  type MenuSummary,
  type Moment,
  mapActivityOf,
  mapQuestionOf,
  menuSummary,
  regionViewsNow,
  roundTitle,
  studyNext,
} from '../core/play/selectors';
import { mapBarText, statusLine } from '../core/play/statusLine';
import { type Bests, NO_BESTS } from '../core/progress/bests';
import { type ProgressSnapshot, progressOf } from '../core/progress/snapshot';
import type { Response } from '../core/questions/responses';
import { MIXED_REGION } from '../core/quiz/round';
import type { RatingValue } from '../core/review/rating';
import type { StudyNext } from '../core/review/study';
import { type Rng, createSeededRng } from '../core/rng';
import type { Store } from '../core/store';

/** What a session needs: the store, the installed questions, the map, randomness and time. */
export interface GameSessionDeps {
  /** The one game state. */
  store: Store<GameState, GameAction>;
  /** The installed questions now (they change when a pack is installed or removed). */
  library(): Library;
  /** The map's regions, for names and views. */
  map: { regions: readonly Pick<MapRegion, 'id' | 'name'>[] };
  /** Randomness for picking and shuffling questions. */
  rng: Rng;
  /** Time. */
  clock: Clock;
}

/**
 * The game's use cases as the screens call them: start each kind of round, answer, move on, rate a card,
 * change a setting, and the read-only views of the state now. It turns intents into actions with the pure
 * plans of `core/play` and holds nothing but its dependencies; the store holds the state.
 */
export class GameSession {
  private readonly names: Map<string, string>;

  constructor(private readonly deps: GameSessionDeps) {
    this.names = new Map(deps.map.regions.map((region) => [region.id, region.name]));
  }

  /** The state now. */
  get state(): GameState {
    return this.deps.store.getState();
  }

  /** The installed questions now. */
  get library(): Library {
    return this.deps.library();
  }

  /** Now, and the learner's UTC offset for "today". */
  moment(): Moment {
    const now = this.deps.clock.now();
    return { now, utcOffsetMin: -new Date(now).getTimezoneOffset() };
  }

  /** A region's display name (its id when the map has no such region). */
  regionName(regionId: string): string {
    return this.names.get(regionId) ?? regionId;
  }

  /** What the current (or last) round is about: a region, a pack's title, or "Recent mistakes". */
  roundTitle(): string {
    return roundTitle(this.state.round, this.library, (id) => this.regionName(id));
  }

  /** The name of what a round with this region id covers (a region, or the round's pack or mistakes). */
  placeName(regionId: string): string {
    return regionId === MIXED_REGION ? this.roundTitle() : this.regionName(regionId);
  }

  /** Every region as the map, the list and the description show it now. */
  regionViews(): RegionView[] {
    return regionViewsNow(this.state, this.library, this.deps.map.regions, this.deps.clock.now());
  }

  /** The map bar's status line now: see {@link statusLine}. */
  statusLine(): string {
    return statusLine(this.state, this.library, (id) => this.regionName(id));
  }

  /** What the map bar says with the pointer over `hovered` (or over no region): see {@link mapBarText}. */
  mapBarText(hovered: RegionView | undefined): string {
    return mapBarText(this.state, this.library, (id) => this.regionName(id), hovered);
  }

  /** What the player is doing on the map now (which decides what the regions' labels invite). */
  mapActivity(): MapActivity {
    return mapActivityOf(this.state, this.library);
  }

  /** The menu's numbers now. */
  menu(): MenuSummary {
    return menuSummary(this.state, this.library, this.moment());
  }

  /** XP and level, the day streak, each region's stars and the map's completion, now. */
  progress(): ProgressSnapshot {
    const library = this.library;
    return progressOf(this.state, (regionId) => library.inRegion(regionId), this.moment());
  }

  /** The personal bests of region and timed rounds, with their last few results. */
  bests(): Bests {
    return this.state.bests ?? NO_BESTS;
  }

  /** The next flashcard and today's counts, over everything or one assignment's questions. */
  nextCard(scope: ReadonlySet<string> | null): StudyNext {
    return studyNext(this.state, this.library, this.moment(), scope);
  }

  /** The current map-click question, if the round is on one. */
  mapQuestion(): MapQuestion | undefined {
    return mapQuestionOf(this.state, this.library);
  }

  /** Starts a planned round, closing any round still on screen first; false when there was nothing to play. */
  private start(plan: RoundStart | null): boolean {
    if (!plan) return false;
    if (this.state.round) this.deps.store.dispatch({ type: 'roundClosed' });
    this.deps.store.dispatch(plan);
    return this.state.round !== null;
  }

  /**
   * The player chose a region on the map (with the point clicked) or in the list, or clicked outside every
   * region (null): see {@link chooseRegion}. With `guided`, an open region plays the guided first round.
   */
  chooseRegion(regionId: string | null, point?: [number, number], guided = false): RegionChoice {
    const choice = chooseRegion(
      this.state,
      this.library,
      regionId,
      point,
      this.deps.rng,
      this.deps.clock.now(),
      guided,
    );
    if (choice.kind === 'answer' || choice.kind === 'play') this.deps.store.dispatch(choice.action);
    return choice;
  }

  /** Plays one pack's questions (an assignment when `assignment` is given); false when it has none. */
  playPack(packId: string, assignment?: Assignment): boolean {
    return this.start(
      planPackRound(this.state, this.library, packId, this.deps.rng, this.deps.clock.now(), assignment),
    );
  }

  /**
   * Plays the questions about one feature of the history map (`topic` names it in the round's title);
   * false when none of them is installed.
   */
  playFeature(topic: string, questionIds: readonly string[]): boolean {
    return this.start(
      planFeatureRound(this.state, this.library, topic, questionIds, this.deps.rng, this.deps.clock.now()),
    );
  }

  /** Plays the questions missed in the round just finished. */
  reviewMissed(): boolean {
    const plan = planMissed(this.state, this.library, this.deps.rng, this.deps.clock.now());
    if (!plan) this.closeRound();
    return this.start(plan);
  }

  /** Plays every recent mistake as one round. */
  reviewMistakes(): boolean {
    return this.start(planMistakes(this.state, this.library, this.deps.rng, this.deps.clock.now()));
  }

  /** Whether the round's results can offer "Play again": see {@link planReplay}. */
  canPlayAgain(): boolean {
    // Whether there is a round to play does not depend on the draw: a fixed seed keeps the game's own
    // randomness untouched.
    return planReplay(this.state, this.library, createSeededRng(0), this.deps.clock.now()) !== null;
  }

  /**
   * Plays another round of the same kind as the one just finished (the region, the pack, the assignment,
   * the mistakes…): see {@link planReplay}. With none to play, the round closes and this returns false.
   */
  playAgain(): boolean {
    const plan = planReplay(this.state, this.library, this.deps.rng, this.deps.clock.now());
    if (!plan) this.closeRound();
    return this.start(plan);
  }

  /** Answers the question on screen. */
  answer(response: Response): void {
    this.deps.store.dispatch({ type: 'answered', response, at: this.deps.clock.now() });
  }

  /** Moves from feedback to the next question or the results. */
  next(): void {
    this.deps.store.dispatch({ type: 'advanced', at: this.deps.clock.now() });
  }

  /** The question went off screen (the player left the map): its clock, and any countdown, stand still. */
  pauseQuestion(): void {
    this.deps.store.dispatch({ type: 'roundPaused', at: this.deps.clock.now() });
  }

  /** The question is on screen again: its clock goes on from where it stopped. */
  resumeQuestion(): void {
    this.deps.store.dispatch({ type: 'roundResumed', at: this.deps.clock.now() });
  }

  /** Leaves the round (back to the map). */
  closeRound(): void {
    if (this.state.round) this.deps.store.dispatch({ type: 'roundClosed' });
  }

  /** Rates a flashcard. */
  rate(questionId: string, rating: RatingValue): void {
    this.deps.store.dispatch({ type: 'cardRated', questionId, rating, at: this.deps.clock.now() });
  }

  /** Takes back the last flashcard rating. */
  undoRating(): void {
    this.deps.store.dispatch({ type: 'ratingUndone' });
  }

  /** The map modes' records now: whole-map times and daily challenge results. */
  modeRecords(): ModeRecords {
    return this.state.modes ?? NO_MODE_RECORDS;
  }

  /** Records a finished whole-map run or the day's daily challenge (saved with the learner's progress). */
  recordModeRun(record: { kind: 'whole'; run: TimedRun } | { kind: 'daily'; run: DailyRecord }): void {
    this.deps.store.dispatch({ type: 'modeRunRecorded', record });
  }

  /** Turns sound off or on. */
  setMuted(muted: boolean): void {
    this.deps.store.dispatch({ type: 'muteSet', muted });
  }

  /** Turns timed rounds on or off. */
  setTimed(timed: boolean): void {
    this.deps.store.dispatch({ type: 'timedSet', timed });
  }

  /** Changes the study settings (each is clamped into its range). */
  changeStudySettings(settings: Partial<Pick<Settings, 'newPerDay' | 'retention' | 'dailyGoal'>>): void {
    this.deps.store.dispatch({ type: 'studySettingsChanged', settings });
  }
}
