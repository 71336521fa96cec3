import type { Clock } from '../core/clock';
import type { MapAsset } from '../core/map/mapTypes';
import type { RegionStatuses } from '../core/map/progression';
import type { GameAction } from '../core/play/gameReducer';
import type { GameState } from '../core/play/gameState';
import type { QuestionBank } from '../core/packs/questionBank';
import type { Problem } from '../core/problems';
import type { Pack } from '../core/model/pack';
import type { LaunchParams } from '../core/packs/launchParams';
import { createSeededRng, shuffled } from '../core/rng';
import {
  MIXED_REGION,
  type RoundScope,
  currentQuestion,
  displayOrder,
  pickRoundQuestions,
} from '../core/quiz/round';
import { previewRatings } from '../core/review/cards';
import { dayNumber, dayStartMs } from '../core/review/days';
import { flashcardFor } from '../core/review/flashcard';
import { fadingRegions, refreshQuestionIds } from '../core/review/memory';
import { recentMistakes } from '../core/review/mistakes';
import { type StudyNext, nextStudyCard } from '../core/review/study';
import { studySettings } from '../core/play/gameState';
import type { Rng } from '../core/rng';
import type { Store } from '../core/store';
import { el, focusHeading } from './widgets/dom';
import type { LiveRegion } from './widgets/LiveRegion';
import { type MenuStudyProps, menuScreen } from './screens/menuScreen';
import { problemNotice } from './panels/problemList';
import { QuizPanel } from './panels/QuizPanel';
import { RegionList } from './panels/RegionList';
import { downloadFile } from './widgets/download';
import { loadCode } from './widgets/loadCode';
import type { PackListing, PackManagerScreen } from './screens/PackManagerScreen';
import { type ProfileService, profilePanel } from './panels/profilePanel';
import { StudyScreen } from './screens/StudyScreen';
import { showSoundState, soundToggle } from './widgets/toggles';

/** Performance mark set once, when the first menu is on screen and its buttons work (read by the bench). */
export const MENU_USABLE_MARK = 'borderlines:menu-usable';

/** The map as the UI sees it (the Phaser map implements this). */
export interface MapPort {
  /** Draws statuses; regions in `celebrate` get the unlock animation, those in `fading` look faded. */
  setStatuses(statuses: RegionStatuses, celebrate?: readonly string[], fading?: ReadonlySet<string>): void;
  /** Shows keyboard focus on a region, or none. */
  focusRegion(regionId: string | null): void;
  /** Enables or disables clicks on the map. */
  setInputEnabled(enabled: boolean): void;
  /** Fits the map into the screen space that panels leave free (px covered on each side). */
  setInsets(insets: { top: number; right: number; bottom: number; left: number }): void;
}

/** Sound effects as the UI sees them. */
export interface SoundPort {
  /** Plays an effect (the player decides elsewhere whether sound is on). */
  play(name: 'correct' | 'wrong' | 'unlock' | 'click'): void;
}

/** The state of saved progress at start-up, when it needs the learner's attention. */
export type StorageNotice =
  | {
      kind: 'unreadable';
      problems: Problem[];
      /** Keep the stored data untouched and play this session without saving. */
      keepWithoutSaving(): void;
      /** Copy the stored data aside under its own key, then start fresh with saving on. */
      setAsideAndStartFresh(): Promise<void>;
      /** Copy the stored data aside, then continue from the last good save (present when there is one). */
      setAsideAndRestore?(): Promise<void>;
      /** Download the unreadable data as a file, to keep or to send for help. */
      download(): void;
    }
  | { kind: 'unavailable'; reason: string };

/** Installing and removing packs, as the composition root provides it: each returns the new bank. */
export interface PackService {
  /** Ids of the packs shipped with the game (they cannot be removed or replaced). */
  builtInIds: ReadonlySet<string>;
  /** Stores a pack durably and returns the question bank with it. */
  install(pack: Pack, file: string): Promise<QuestionBank>;
  /** Removes an installed pack and returns the question bank without it. */
  remove(packId: string): Promise<QuestionBank>;
  /** Downloads a pack file from a link. */
  download(
    url: string,
  ): Promise<{ ok: true; name: string; bytes: Uint8Array } | { ok: false; message: string }>;
}

/** Everything the app shell needs, built by the composition root. */
export interface AppDeps {
  /** Element the DOM UI renders into (over the canvas). */
  uiRoot: HTMLElement;
  /** Screen-reader announcements. */
  live: LiveRegion;
  /** The game state. */
  store: Store<GameState, GameAction>;
  /** Installed questions. */
  bank: QuestionBank;
  /** Map geometry (for region names and the region list). */
  map: MapAsset;
  /** The drawn map. */
  mapView: MapPort;
  /** Sound effects. */
  sound: SoundPort;
  /** Randomness for picking and shuffling questions. */
  rng: Rng;
  /** Time. */
  clock: Clock;
  /** Problems found loading the built-in questions or the map. */
  loadProblems: Problem[];
  /** Saved progress that needs the learner's decision, if any. */
  storageNotice: StorageNotice | null;
  /** Installed packs. */
  packs: PackService;
  /** What the page address asks for (`?pack=…`), with any problems reading it. */
  launch: { params: LaunchParams; problems: Problem[] };
  /** Learner profiles and backups (absent when progress cannot be stored). */
  profiles?: ProfileService;
}

/**
 * The DOM shell of the game: the menu, the map screen with its region list, and the quiz panel. It renders
 * the store's state and dispatches the player's intents; the rules live in `src/core`.
 */
export class App {
  private screen: 'menu' | 'map' | 'study' | 'stats' | 'packs' = 'menu';
  /** Counts screen changes, so a screen whose code arrives after the player moved on is not shown. */
  private navigation = 0;
  private readonly study: StudyScreen;
  private questionIds: string[] = [];
  private readonly regionQuestionIds = new Map<string, string[]>();
  /** While studying one pack's flashcards (an assignment), the questions studied; otherwise null. */
  private studyScope: ReadonlySet<string> | null = null;
  private readonly quiz: QuizPanel;
  private readonly regionList: RegionList;
  private readonly mapScreen: HTMLElement;
  private readonly mapStatus: HTMLElement;
  private readonly banner: HTMLElement;
  private storageNotice: StorageNotice | null;
  private readonly names: Map<string, string>;

  constructor(private readonly deps: AppDeps) {
    this.storageNotice = deps.storageNotice;
    this.names = new Map(deps.map.regions.map((region) => [region.id, region.name]));
    this.indexBank();
    this.study = new StudyScreen({
      next: () => this.nextCard(),
      entry: (questionId) => deps.bank.playable(questionId),
      face: (entry) => flashcardFor(entry.question, { regionName: (id) => this.regionName(id) }),
      preview: (questionId) =>
        previewRatings(
          deps.store.getState().cards[questionId],
          deps.clock.now(),
          studySettings(deps.store.getState().settings).retention,
        ),
      canUndo: () => Boolean(deps.store.getState().undo),
      onRate: (questionId, rating) => {
        deps.sound.play('click');
        deps.store.dispatch({ type: 'cardRated', questionId, rating, at: deps.clock.now() });
      },
      onUndo: () => deps.store.dispatch({ type: 'ratingUndone' }),
      onExit: () => {
        this.studyScope = null;
        this.showMenu();
      },
      now: () => deps.clock.now(),
    });
    this.banner = el('div', { className: 'banner', attrs: { role: 'alert' } });
    this.banner.hidden = true;
    this.quiz = new QuizPanel({
      question: (questionId) => deps.bank.playable(questionId),
      regionName: (regionId) => this.regionName(regionId),
      wasCleared: (regionId) => deps.store.getState().regions[regionId] === 'cleared',
      onAnswer: (response) => deps.store.dispatch({ type: 'answered', response, at: deps.clock.now() }),
      onNext: () => {
        deps.sound.play('click');
        deps.store.dispatch({ type: 'advanced', at: deps.clock.now() });
      },
      onBackToMap: () => {
        deps.sound.play('click');
        deps.store.dispatch({ type: 'roundClosed' });
      },
      onPlayAgain: () => {
        const regionId = deps.store.getState().round?.regionId;
        deps.store.dispatch({ type: 'roundClosed' });
        if (regionId) this.startRound(regionId);
      },
      onReviewMissed: () => this.reviewMissed(),
      onExportResults: (learner, kind) => void this.exportResults(learner, kind),
      now: () => deps.clock.now(),
      gradeContext: { projection: deps.map.projection },
      announce: (message) => deps.live.announce(message),
    });
    this.regionList = new RegionList(deps.map.regions, {
      onChoose: (regionId) => this.chooseRegion(regionId),
      onFocus: (regionId) => deps.mapView.focusRegion(regionId),
      questionCount: (regionId) => deps.bank.playableInRegion(regionId).length,
      packStages: () => this.packStages(),
      onChoosePack: (packId) => {
        if (this.deps.store.getState().round) return;
        this.deps.sound.play('click');
        this.startPackRound(packId);
      },
    });
    this.mapStatus = el('p', {
      className: 'map-status',
      text: 'Choose an open region on the map or in the list.',
    });
    this.mapScreen = el('div', { className: 'map-screen' }, [
      el('header', { className: 'map-bar' }, [
        el('button', { text: 'Menu', attrs: { type: 'button' }, onClick: () => this.showMenu() }),
        this.mapStatus,
        soundToggle(deps.store.getState().settings.muted, (muted) => this.setMuted(muted)),
      ]),
      this.regionList.element,
      this.quiz.element,
    ]);
    deps.store.subscribe((state, previous, action) => this.onStateChange(state, previous, action));
    window.addEventListener('resize', () => this.fitMap());
    document.addEventListener('keydown', (event) => {
      if (this.screen === 'map' && !this.quiz.element.hidden && this.quiz.handleKey(event))
        event.preventDefault();
      else if (this.screen === 'study' && this.study.handleKey(event)) event.preventDefault();
    });
  }

  /** Shows the menu again (e.g. after a learner was renamed), keeping the learners panel open. */
  refreshMenu(): void {
    if (this.screen !== 'menu') return;
    this.showMenu();
    const panel = this.deps.uiRoot.querySelector<HTMLDetailsElement>('details.profiles');
    if (panel) {
      panel.open = true;
      panel.querySelector<HTMLElement>('summary')?.focus();
    }
  }

  /** Shows the first screen: the menu, or the pack manager when the address opens a pack. */
  async start(): Promise<void> {
    const storage = this.storageNotice;
    if (storage?.kind === 'unavailable') {
      this.warn(
        `Progress cannot be saved in this browser (${storage.reason}). You can play, but your progress will be lost when you close the page.`,
      );
    }
    const { params, problems } = this.deps.launch;
    if (!params.packUrl) {
      this.showMenu();
      if (problems.length > 0)
        this.warn(
          `The page address was not understood: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}.`,
        );
      return;
    }
    const manager = await this.showPacks();
    if (!manager) {
      this.showMenu();
      return;
    }
    if (problems.length > 0)
      manager.say(
        `Part of the page address was not understood: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}.`,
      );
    const assignment = params.assignment;
    void this.deps.packs.download(params.packUrl).then((downloaded) => {
      if (!downloaded.ok) {
        manager.say(`The pack in the page address could not be opened: ${downloaded.message}.`);
        return;
      }
      manager.showPreview({ name: downloaded.name, content: downloaded.bytes }, undefined, (pack) => {
        if (!assignment) return;
        if (assignment.mode === 'flashcards') {
          this.studyScope = new Set(pack.questions.map((question) => question.id));
          this.showStudy();
        } else {
          this.startPackRound(pack.id, { count: assignment.count, seed: assignment.seed });
        }
      });
    });
  }

  /** Indexes the bank's playable questions: all of them in bank order, and by region. */
  private indexBank(): void {
    const bank = this.deps.bank;
    this.questionIds = bank.packs.flatMap((pack) =>
      pack.questions.filter((question) => bank.playable(question.id)?.pack === pack).map((q) => q.id),
    );
    this.regionQuestionIds.clear();
    for (const region of this.deps.map.regions) {
      this.regionQuestionIds.set(
        region.id,
        bank.playableInRegion(region.id).map((entry) => entry.question.id),
      );
    }
  }

  /** Switches to a new question bank after a pack was installed or removed. */
  private setBank(bank: QuestionBank): void {
    this.deps.bank = bank;
    this.indexBank();
  }

  /**
   * Loads a screen's code on demand (the first screen does not need it). Resolves to null, leaving the
   * current screen as it is, when the player went elsewhere meanwhile or the code could not be loaded.
   */
  private async loadOnDemand<T>(what: string, load: () => Promise<T>): Promise<T | null> {
    const navigation = ++this.navigation;
    const loaded = await loadCode(what, load, (message) => this.warn(message));
    return navigation === this.navigation ? loaded : null;
  }

  /** Shows the pack manager (its code and the importers load on first use). */
  private async showPacks(): Promise<PackManagerScreen | null> {
    const loaded = await this.loadOnDemand('pack manager', () =>
      Promise.all([import('./screens/PackManagerScreen'), import('../core/importers/importAny')]),
    );
    if (!loaded) return null;
    const [{ PackManagerScreen, PASTED_TEXT }, { importAny }] = loaded;
    this.leaveMap('packs');
    const manager = new PackManagerScreen({
      list: () => this.packListings(),
      preview: (input, format) =>
        importAny(
          input.content,
          {
            file: input.name,
            date: new Date(this.now()).toISOString().slice(0, 10),
            // Pasted text has no file name to make a pack id from: each paste is a pack of its own.
            ...(input.name === PASTED_TEXT ? { id: `pasted-${this.now().toString(36)}` } : {}),
          },
          format,
        ),
      download: async (url) => {
        const fetched = await this.deps.packs.download(url);
        return fetched.ok ? { ok: true, input: { name: fetched.name, content: fetched.bytes } } : fetched;
      },
      install: async (pack, file) => this.setBank(await this.deps.packs.install(pack, file)),
      remove: async (packId) => this.setBank(await this.deps.packs.remove(packId)),
      exportPack: (packId) => {
        const pack = this.deps.bank.packs.find((candidate) => candidate.id === packId);
        if (!pack) return;
        const { deferred, ...rest } = pack;
        const json = { ...rest, questions: [...rest.questions, ...deferred.map((item) => item.raw)] };
        downloadFile(`${pack.id}.json`, `${JSON.stringify(json, null, 2)}\n`, 'application/json');
      },
      play: (packId) => this.startPackRound(packId),
      regions: () => this.deps.map.regions.map(({ id, name }) => ({ id, name })),
      today: () => new Date(this.now()).toISOString().slice(0, 10),
      onBack: () => this.showMenu(),
    });
    this.deps.uiRoot.replaceChildren(this.banner, manager.element);
    focusHeading(manager.heading);
    return manager;
  }

  /** Packs with questions that have no region: each plays as a stage of its own from the region list. */
  private packStages(): { id: string; title: string; questions: number }[] {
    return this.deps.bank.packs.flatMap((pack) => {
      const regionless = pack.questions.filter(
        (question) => !question.region && this.deps.bank.playable(question.id)?.pack === pack,
      ).length;
      return regionless > 0 ? [{ id: pack.id, title: pack.title, questions: regionless }] : [];
    });
  }

  /** The installed packs for the manager's list. */
  private packListings(): PackListing[] {
    return this.deps.bank.packs.map((pack) => ({
      id: pack.id,
      title: pack.title,
      version: pack.version,
      author: pack.author,
      questions: pack.questions.filter((question) => this.deps.bank.playable(question.id)?.pack === pack)
        .length,
      builtIn: this.deps.packs.builtInIds.has(pack.id),
    }));
  }

  /**
   * Plays one pack's questions on the map as practice: ten at a time, unseen first; or, for an assignment,
   * `count` questions chosen and ordered by `seed`, the same for every student.
   */
  private startPackRound(packId: string, assignment?: { count: number; seed: number }): void {
    const pack = this.deps.bank.packs.find((candidate) => candidate.id === packId);
    const questions = (pack?.questions ?? []).flatMap((question) => {
      const entry = this.deps.bank.playable(question.id);
      return entry?.pack === pack && entry ? [entry.question] : [];
    });
    if (!pack || questions.length === 0) return;
    let picked;
    if (assignment) {
      const rng = createSeededRng(assignment.seed);
      picked = shuffled(questions, rng)
        .slice(0, assignment.count)
        .map((question) => ({ questionId: question.id, order: displayOrder(question, rng) }));
    } else {
      picked = pickRoundQuestions(questions, this.answerHistory(), this.deps.rng, 10);
    }
    this.showMap();
    if (this.deps.store.getState().round) this.deps.store.dispatch({ type: 'roundClosed' });
    this.deps.store.dispatch({
      type: 'roundStarted',
      regionId: MIXED_REGION,
      questions: picked,
      at: this.now(),
      review: true,
      scope: 'pack',
      packId,
      ...(assignment ? { seed: assignment.seed } : {}),
    });
  }

  /** Downloads the results of the finished pack round. */
  private async exportResults(learner: string, kind: 'csv' | 'json'): Promise<void> {
    const round = this.deps.store.getState().round;
    const pack = this.deps.bank.packs.find((candidate) => candidate.id === round?.packId);
    if (!round || !pack) return;
    const results = await loadCode(
      'results export',
      () => import('../core/packs/results'),
      (message) => this.warn(message),
    );
    if (!results) return;
    const { json, csv } = results.buildResults(
      round,
      learner,
      { id: pack.id, version: pack.version, title: pack.title },
      (id) => this.deps.bank.get(id)?.question,
      { regionName: (id) => this.regionName(id), projection: this.deps.map.projection },
    );
    const base = `${pack.id}-results-${
      learner
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-') || 'learner'
    }`;
    if (kind === 'csv') downloadFile(`${base}.csv`, csv, 'text/csv');
    else downloadFile(`${base}.json`, `${JSON.stringify(json, null, 2)}\n`, 'application/json');
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

  /** The map reported the pointer over a region, or over none. */
  hover(regionId: string | null): void {
    if (this.screen !== 'map') return;
    const status = regionId ? (this.deps.store.getState().regions[regionId] ?? 'locked') : 'locked';
    this.mapStatus.textContent = regionId
      ? `${this.regionName(regionId)}: ${status === 'cleared' && this.fading.has(regionId) ? 'cleared, fading: choose it for a short review' : status}`
      : 'Choose an open region on the map or in the list.';
  }

  /** The player chose a region on the map (with the map point clicked) or in the list. */
  chooseRegion(regionId: string, point?: [number, number]): void {
    if (this.screen !== 'map') return;
    if (this.mapQuestion()?.phase === 'asking') {
      const response = point ? { region: regionId, point } : { region: regionId };
      this.deps.store.dispatch({ type: 'answered', response, at: this.deps.clock.now() });
      return;
    }
    if (this.deps.store.getState().round) return;
    const status = this.deps.store.getState().regions[regionId] ?? 'locked';
    const name = this.regionName(regionId);
    if (status === 'locked') {
      this.say(`${name} is locked. Clear a neighbouring region to open it.`);
      return;
    }
    if (this.deps.bank.playableInRegion(regionId).length === 0) {
      this.say(`There are no questions about ${name} yet.`);
      return;
    }
    this.deps.sound.play('click');
    if (status === 'cleared' && this.fading.has(regionId)) {
      this.startReview(
        regionId,
        'refresh',
        refreshQuestionIds(this.questionsIn(regionId), this.cards(), this.now()),
      );
      return;
    }
    this.startRound(regionId);
  }

  /** Starts a review round (practice only) of the given questions, for one region or across regions. */
  private startReview(regionId: string, scope: RoundScope, questionIds: readonly string[]): void {
    const questions = questionIds.flatMap((id) => {
      const question = this.deps.bank.playable(id)?.question;
      return question ? [{ questionId: id, order: displayOrder(question, this.deps.rng) }] : [];
    });
    if (questions.length === 0) return;
    this.deps.store.dispatch({
      type: 'roundStarted',
      regionId,
      questions,
      at: this.now(),
      review: true,
      scope,
    });
  }

  /** Plays every recent mistake, from any region, as one review round on the map. */
  private reviewMistakes(): void {
    const mistakes = this.mistakes();
    if (mistakes.length === 0) return;
    this.deps.sound.play('click');
    this.showMap();
    if (this.deps.store.getState().round) this.deps.store.dispatch({ type: 'roundClosed' });
    this.startReview(MIXED_REGION, 'mistakes', mistakes);
  }

  /** Recent mistakes among the installed questions. */
  private mistakes(): string[] {
    const state = this.deps.store.getState();
    return recentMistakes(state.answers, state.reviewLog, this.now()).filter((id) =>
      this.deps.bank.playable(id),
    );
  }

  /** The learner's UTC offset now (minutes east), for "today" in their time zone. */
  private utcOffset(): number {
    return -new Date(this.now()).getTimezoneOffset();
  }

  /** When the learner's day began, epoch ms. */
  private dayStart(): number {
    const offset = this.utcOffset();
    return dayStartMs(dayNumber(this.now(), offset), offset);
  }

  /** The next flashcard and today's counts, from the due queue across all installed questions. */
  private nextCard(): StudyNext {
    const state = this.deps.store.getState();
    const settings = studySettings(state.settings);
    const scope = this.studyScope;
    const ids = scope ? this.questionIds.filter((id) => scope.has(id)) : this.questionIds;
    return nextStudyCard(ids, state.cards, state.reviewLog, this.now(), this.dayStart(), {
      newPerDay: settings.newPerDay,
      reviewsPerDay: settings.reviewsPerDay,
    });
  }

  /** Cleared regions whose cards the learner is forgetting, as last drawn (see {@link drawRegions}). */
  private fading: ReadonlySet<string> = new Set();

  private questionsIn(regionId: string): string[] {
    return this.regionQuestionIds.get(regionId) ?? [];
  }

  private cards() {
    return this.deps.store.getState().cards;
  }

  private now(): number {
    return this.deps.clock.now();
  }

  /** Starts a review round of the questions missed in the round just finished. */
  private reviewMissed(): void {
    const round = this.deps.store.getState().round;
    if (!round) return;
    const questions = round.answers
      .filter((answer) => !answer.correct)
      .flatMap((answer) => {
        const question = this.deps.bank.playable(answer.questionId)?.question;
        return question ? [{ questionId: question.id, order: displayOrder(question, this.deps.rng) }] : [];
      });
    this.deps.store.dispatch({ type: 'roundClosed' });
    if (questions.length === 0) return;
    this.deps.store.dispatch({
      type: 'roundStarted',
      regionId: round.regionId,
      questions,
      at: this.deps.clock.now(),
      review: true,
    });
  }

  private startRound(regionId: string): void {
    const state = this.deps.store.getState();
    const questions = pickRoundQuestions(
      this.deps.bank.playableInRegion(regionId).map((entry) => entry.question),
      this.answerHistory(),
      this.deps.rng,
    );
    this.deps.store.dispatch({
      type: 'roundStarted',
      regionId,
      questions,
      at: this.deps.clock.now(),
      ...(state.settings.timed ? { timed: true } : {}),
    });
  }

  /** How often each question was answered right and wrong, for picking the next round's questions. */
  private answerHistory(): Map<string, { right: number; wrong: number }> {
    const history = new Map<string, { right: number; wrong: number }>();
    for (const answer of this.deps.store.getState().answers) {
      const seen = history.get(answer.questionId) ?? { right: 0, wrong: 0 };
      if (answer.correct) seen.right += 1;
      else seen.wrong += 1;
      history.set(answer.questionId, seen);
    }
    return history;
  }

  private onStateChange(state: GameState, previous: GameState, action: GameAction): void {
    if (action.type === 'progressMerged' && this.screen === 'menu') {
      this.showMenu();
      return;
    }
    if (action.type === 'answered' && state.round && state.round !== previous.round) {
      const last = state.round.answers[state.round.answers.length - 1];
      this.deps.sound.play(last?.correct ? 'correct' : 'wrong');
    }
    if (action.type === 'advanced' && state.round?.phase === 'finished' && state.round.result) {
      const { score, total, passed } = state.round.result;
      this.say(
        `Round complete: ${score} of ${total} right.${passed ? ` ${this.regionName(state.round.regionId)} is cleared.` : ''}`,
      );
    }
    if (state.round === null && state.regions !== previous.regions) this.drawRegions(state.regions, []);
    if (action.type === 'roundClosed') {
      const unlocked = previous.round?.result?.unlocked ?? [];
      this.drawRegions(state.regions, unlocked);
      if (unlocked.length > 0) {
        this.deps.sound.play('unlock');
        this.say(`New regions open: ${unlocked.map((id) => this.regionName(id)).join(', ')}.`);
      }
    }
    if (state.round !== previous.round) this.showRound();
  }

  /**
   * Draws region statuses on the map and in the list. Which cleared regions are fading is worked out
   * here (recall over every reviewed card) and kept for hover and choice, which happen far more often.
   */
  private drawRegions(statuses: RegionStatuses, celebrate: readonly string[]): void {
    const state = this.deps.store.getState();
    this.fading = fadingRegions(statuses, (id) => this.questionsIn(id), state.cards, this.now());
    this.deps.mapView.setStatuses(statuses, celebrate, this.fading);
    this.regionList.update(statuses, this.fading);
  }

  /** The current question when it is a map-click question, with its target region and the phase. */
  private mapQuestion(): { target: string | undefined; phase: 'asking' | 'feedback' } | undefined {
    const round = this.deps.store.getState().round;
    if (!round || round.phase === 'finished') return undefined;
    const asked = currentQuestion(round);
    const question = asked ? this.deps.bank.playable(asked.questionId)?.question : undefined;
    if (question?.type !== 'mapclick') return undefined;
    const target = 'region' in question.target ? question.target.region : question.region;
    return { target, phase: round.phase };
  }

  private showRound(): void {
    const round = this.deps.store.getState().round;
    const onMap = this.screen === 'map';
    const open = onMap && round !== null;
    const mapQuestion = onMap ? this.mapQuestion() : undefined;
    const answeringOnMap = mapQuestion?.phase === 'asking';
    this.quiz.update(onMap ? round : null);
    // Set only on change: toggling `inert` restyles the whole list, on every answer otherwise.
    const inert = open && !answeringOnMap;
    if (this.regionList.element.inert !== inert) this.regionList.element.inert = inert;
    this.deps.mapView.setInputEnabled(onMap && (!open || answeringOnMap));
    // After a map-click answer, the right place stays highlighted while the feedback shows.
    this.deps.mapView.focusRegion(mapQuestion?.phase === 'feedback' ? (mapQuestion.target ?? null) : null);
    if (onMap && !open) focusHeading(this.regionList.element.querySelector('h2') as HTMLElement);
  }

  private showMenu(): void {
    this.navigation += 1;
    this.screen = 'menu';
    this.fitMap();
    this.deps.mapView.setInputEnabled(false);
    this.deps.mapView.focusRegion(null);
    const state = this.deps.store.getState();
    const regions = Object.values(state.regions);
    const { element, heading } = menuScreen({
      subject: this.deps.map,
      cleared: regions.filter((status) => status === 'cleared').length,
      regions: regions.length,
      answered: state.answers.length,
      muted: state.settings.muted,
      timed: state.settings.timed ?? false,
      onTimed: (timed) => this.deps.store.dispatch({ type: 'timedSet', timed }),
      notices: this.notices(),
      canPlay: this.storageNotice?.kind !== 'unreadable',
      onPlay: () => {
        this.deps.sound.play('click');
        this.showMap();
      },
      onMute: (muted) => this.setMuted(muted),
      study: this.menuStudy(),
      ...(this.deps.profiles
        ? { profiles: profilePanel(this.deps.profiles, (message) => this.warn(message)) }
        : {}),
    });
    this.deps.uiRoot.replaceChildren(this.banner, element);
    document.body.dataset.screen = 'menu';
    focusHeading(heading);
    // The moment the first menu can be used: what `npm run bench` times from navigation.
    if (performance.getEntriesByName(MENU_USABLE_MARK).length === 0) performance.mark(MENU_USABLE_MARK);
  }

  /** The menu's study part: today's goal, cards to study, mistakes, stats and settings. */
  private menuStudy(): MenuStudyProps {
    const state = this.deps.store.getState();
    const settings = studySettings(state.settings);
    const dayStart = this.dayStart();
    const { remaining } = this.nextCard();
    return {
      due: remaining.learning + remaining.review + remaining.new,
      mistakes: this.mistakes().length,
      today: state.reviewLog.filter((entry) => entry.review >= dayStart).length,
      settings,
      onStudy: () => {
        this.deps.sound.play('click');
        this.showStudy();
      },
      onMistakes: () => this.reviewMistakes(),
      onPacks: () => {
        this.deps.sound.play('click');
        void this.showPacks();
      },
      onStats: () => {
        this.deps.sound.play('click');
        void this.showStats();
      },
      onSettings: (changes) => {
        this.deps.store.dispatch({ type: 'studySettingsChanged', settings: changes });
        this.showMenu();
        const details = this.deps.uiRoot.querySelector<HTMLDetailsElement>('details.settings');
        if (details) details.open = true;
        const status = details?.querySelector('[role="status"]');
        if (status) status.textContent = 'Settings saved.';
        details?.querySelector<HTMLElement>('summary')?.focus();
      },
    };
  }

  /** Shows the flashcards, starting with the first due card. */
  private showStudy(): void {
    this.navigation += 1;
    this.leaveMap('study');
    this.deps.uiRoot.replaceChildren(this.banner, this.study.element);
    this.study.showNext();
  }

  /** Shows the stats screen, computed from the whole history now (its code loads on first use). */
  private async showStats(): Promise<void> {
    const loaded = await this.loadOnDemand('stats screen', () =>
      Promise.all([import('./screens/statsScreen'), import('../core/review/stats')]),
    );
    if (!loaded) return;
    const [{ statsScreen }, { computeStats }] = loaded;
    this.leaveMap('stats');
    const state = this.deps.store.getState();
    const stats = computeStats({
      questionIds: this.questionIds,
      answers: state.answers,
      cards: state.cards,
      reviewLog: state.reviewLog,
      describe: (questionId) => {
        const entry = this.deps.bank.get(questionId);
        if (!entry) return undefined;
        return {
          pack: entry.pack.title,
          theme: entry.question.tags[0] ?? 'untagged',
          ...(entry.question.region ? { region: entry.question.region } : {}),
        };
      },
      now: this.now(),
      utcOffsetMin: this.utcOffset(),
    });
    const { element, heading } = statsScreen({
      stats,
      regionName: (id) => this.regionName(id),
      onBack: () => this.showMenu(),
    });
    this.deps.uiRoot.replaceChildren(this.banner, element);
    focusHeading(heading);
  }

  /** Switches to a full-screen DOM screen over an idle, unclickable map. */
  private leaveMap(screen: 'study' | 'stats' | 'packs'): void {
    this.screen = screen;
    document.body.dataset.screen = screen;
    this.fitMap();
    this.deps.mapView.setInputEnabled(false);
    this.deps.mapView.focusRegion(null);
  }

  private showMap(): void {
    this.navigation += 1;
    this.screen = 'map';
    document.body.dataset.screen = 'map';
    this.deps.uiRoot.replaceChildren(this.banner, this.mapScreen);
    const state = this.deps.store.getState();
    this.drawRegions(state.regions, []);
    const toggle = this.mapScreen.querySelector<HTMLButtonElement>('.toggle');
    if (toggle) showSoundState(toggle, state.settings.muted);
    this.showRound();
    this.fitMap();
    if (state.round) focusHeading(this.quiz.element.querySelector('h2') as HTMLElement);
  }

  /** Tells the map which parts of the screen the bar and the region list cover. */
  private fitMap(): void {
    if (this.screen !== 'map') {
      this.deps.mapView.setInsets({ top: 0, right: 0, bottom: 0, left: 0 });
      return;
    }
    const width = window.innerWidth;
    const height = window.innerHeight;
    const bar = this.mapScreen.querySelector('.map-bar')?.getBoundingClientRect();
    const list = this.regionList.element.getBoundingClientRect();
    const side = list.left > width / 2;
    this.deps.mapView.setInsets({
      top: bar?.bottom ?? 0,
      right: side ? width - list.left : 0,
      bottom: side ? 0 : height - list.top,
      left: 0,
    });
  }

  private notices(): HTMLElement[] {
    const notices: HTMLElement[] = [];
    const storage = this.storageNotice;
    if (storage?.kind === 'unreadable') {
      notices.push(
        problemNotice({
          title: 'Your saved progress could not be read',
          problems: storage.problems,
          outcome: 'Nothing has been changed or deleted. Choose how to go on:',
          actions: [
            el('button', {
              text: 'Play without saving',
              attrs: { type: 'button' },
              onClick: () => {
                storage.keepWithoutSaving();
                this.storageNotice = null;
                this.warn('Progress is not being saved this session; your earlier saved data is untouched.');
                this.showMenu();
              },
            }),
            storage.setAsideAndRestore
              ? el('button', {
                  text: 'Set it aside and continue from the last good save',
                  attrs: { type: 'button' },
                  onClick: () => {
                    void storage
                      .setAsideAndRestore?.()
                      .catch((error: unknown) =>
                        this.warn(`Could not restore the last good save: ${String(error)}`),
                      );
                  },
                })
              : null,
            el('button', {
              text: 'Download the unreadable data',
              attrs: { type: 'button' },
              onClick: () => storage.download(),
            }),
            el('button', {
              text: 'Set it aside and start fresh',
              attrs: { type: 'button' },
              onClick: () => {
                void storage.setAsideAndStartFresh().then(
                  () => {
                    this.storageNotice = null;
                    this.showMenu();
                  },
                  (error: unknown) => this.warn(`Could not set the old data aside: ${String(error)}`),
                );
              },
            }),
          ],
        }),
      );
    }
    if (this.deps.loadProblems.length > 0) {
      notices.push(
        problemNotice({
          title: 'Some questions could not be loaded',
          problems: this.deps.loadProblems,
          outcome: `The game goes on with the ${this.deps.bank.size} questions that loaded.`,
        }),
      );
    }
    return notices;
  }

  private setMuted(muted: boolean): void {
    this.deps.store.dispatch({ type: 'muteSet', muted });
  }

  private regionName(regionId: string): string {
    if (regionId === MIXED_REGION) {
      const round = this.deps.store.getState().round;
      const pack =
        round?.scope === 'pack' ? this.deps.bank.packs.find((p) => p.id === round.packId) : undefined;
      return pack ? pack.title : 'Recent mistakes';
    }
    return this.names.get(regionId) ?? regionId;
  }

  private say(message: string): void {
    if (this.screen === 'map') this.mapStatus.textContent = message;
    this.deps.live.announce(message);
  }
}
