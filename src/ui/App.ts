import type { GameSession } from '../app/gameSession';
import type { PackLibrary } from '../app/packLibrary';
import type { StorageNotice } from '../app/persistence';
import type { ProfileService } from '../app/profiles';
import type { EventBus } from '../core/events';
import type { MapAsset } from '../core/map/mapTypes';
import type { MapView } from '../core/map/mapView';
import type { LaunchParams } from '../core/packs/launchParams';
import type { Problem } from '../core/problems';
import { previewRatings } from '../core/review/cards';
import { flashcardFor } from '../core/review/flashcard';
import { studySettings } from '../core/play/gameState';
import { statsInputOf } from '../core/play/selectors';
import { type Screen, Navigator } from './navigation';
import { startupNotices } from './panels/startupNotices';
import { profilePanel } from './panels/profilePanel';
import { downloadRoundResults } from './resultsDownload';
import { MapScreen, type SoundPort } from './screens/mapScreen';
import { menuScreen } from './screens/menuScreen';
import { openPackManager } from './screens/packManagerRow';
import { StudyScreen } from './screens/StudyScreen';
import type { PackManagerScreen } from './screens/PackManagerScreen';
import type { LiveRegion } from './widgets/LiveRegion';
import { loadCode } from './widgets/loadCode';

/** Performance mark set once, when the first menu is on screen and its buttons work (read by the bench). */
export const MENU_USABLE_MARK = 'borderlines:menu-usable';

/** Everything the app shell needs, built by the composition root. */
export interface AppDeps {
  /** Element the DOM UI renders into (over the canvas). */
  uiRoot: HTMLElement;
  /** Screen-reader announcements. */
  live: LiveRegion;
  /** The game's use cases and views. */
  session: GameSession;
  /** The game's events. */
  bus: EventBus;
  /** The installed packs. */
  packs: PackLibrary;
  /** Map geometry. */
  map: MapAsset;
  /** The drawn map. */
  mapView: MapView;
  /** Sound effects. */
  sound: SoundPort;
  /** Problems found loading the built-in questions or the map. */
  loadProblems: Problem[];
  /** Saved progress that needs the learner's decision, if any. */
  storageNotice: StorageNotice | null;
  /** Downloads a pack file from a link. */
  downloadPack(
    url: string,
  ): Promise<{ ok: true; name: string; bytes: Uint8Array } | { ok: false; message: string }>;
  /** What the page address asks for (`?pack=…`), with any problems reading it. */
  launch: { params: LaunchParams; problems: Problem[] };
  /** Learner profiles and backups (absent when progress cannot be stored). */
  profiles?: ProfileService;
}

/** The screens and what each is shown with: the menu reopens a panel, the flashcards take a scope. */
type Screens = {
  menu: { reopen?: 'profiles' | 'settings' };
  map: null;
  study: { scope: ReadonlySet<string> | null };
  stats: null;
  packs: null;
};

/**
 * The DOM shell: builds the screen table, subscribes the UI to the game's events, and starts on the menu
 * (or on the pack manager when the address opens a pack). Rules live in `core`, use cases in `app`.
 */
export class App {
  private readonly navigator: Navigator<Screens>;
  private readonly mapScreen: MapScreen;
  private readonly study: StudyScreen;
  private storageNotice: StorageNotice | null;
  private studyScope: ReadonlySet<string> | null = null;
  /** The pack manager last opened (the address's pack is previewed in it). */
  private packManager: PackManagerScreen | null = null;

  constructor(private readonly deps: AppDeps) {
    const { session, sound } = deps;
    this.storageNotice = deps.storageNotice;
    this.mapScreen = new MapScreen({
      session,
      map: deps.map,
      mapView: deps.mapView,
      sound,
      announce: (message) => deps.live.announce(message),
      onMenu: () => void this.navigator.show('menu', {}),
      onExportResults: (learner, kind) =>
        void downloadRoundResults(session, learner, kind, deps.map.projection, (m) => this.warn(m)),
    });
    this.study = this.studyScreen();
    this.navigator = new Navigator<Screens>({
      root: deps.uiRoot,
      map: deps.mapView,
      screens: {
        menu: ({ reopen }) => this.menu(reopen),
        map: () => this.mapScreen,
        study: ({ scope }) => {
          this.studyScope = scope;
          const study = this.study;
          return {
            element: study.element,
            heading: study.element.querySelector('h1') as HTMLElement,
            focus: () => study.showNext(),
            onKey: (event) => study.handleKey(event),
          };
        },
        stats: () => this.stats(),
        packs: async () => {
          this.packManager = await openPackManager({
            library: deps.packs,
            session,
            regions: deps.map.regions,
            downloadPack: deps.downloadPack,
            warn: (message) => this.warn(message),
            onPlay: (packId) => this.playPack(packId),
            onBack: () => void this.navigator.show('menu', {}),
          });
          return this.packManager;
        },
      },
    });
    this.subscribe();
  }

  /** Subscribes sound, announcements, the map screen and the menu to the game's events. */
  private subscribe(): void {
    const { bus, sound, session } = this.deps;
    const map = this.mapScreen;
    bus.on('answerGraded', (event) => sound.play(event.correct ? 'correct' : 'wrong'));
    bus.on('roundFinished', ({ regionId, result }) =>
      map.say(
        `Round complete: ${result.score} of ${result.total} right.${result.passed ? ` ${session.placeName(regionId)} is cleared.` : ''}`,
      ),
    );
    bus.on('roundClosed', ({ unlocked }) => {
      map.drawRegions(unlocked);
      if (unlocked.length === 0) return;
      sound.play('unlock');
      map.say(`New regions open: ${unlocked.map((id) => session.regionName(id)).join(', ')}.`);
    });
    bus.on('progressMerged', () => {
      if (this.navigator.current === 'menu') void this.navigator.show('menu', {});
      else if (!session.state.round) map.drawRegions([]);
    });
    bus.onAny(['roundStarted', 'answerGraded', 'questionShown', 'roundFinished', 'roundClosed'], () =>
      map.showRound(),
    );
    bus.on('saveFailed', ({ message }) => this.warn(`Your progress could not be saved: ${message}`));
  }

  /** The flashcard screen over the due queue (or one assignment's questions). */
  private studyScreen(): StudyScreen {
    const { session, sound } = this.deps;
    return new StudyScreen({
      next: () => session.nextCard(this.studyScope),
      entry: (questionId) => session.library.bank.playable(questionId),
      face: (entry) => flashcardFor(entry.question, { regionName: (id) => session.regionName(id) }),
      preview: (questionId) =>
        previewRatings(
          session.state.cards[questionId],
          session.moment().now,
          studySettings(session.state.settings).retention,
        ),
      canUndo: () => Boolean(session.state.undo),
      onRate: (questionId, rating) => {
        sound.play('click');
        session.rate(questionId, rating);
      },
      onUndo: () => session.undoRating(),
      onExit: () => void this.navigator.show('menu', {}),
      now: () => session.moment().now,
    });
  }

  /** The menu, optionally with the learners or settings panel open again (after a change there). */
  private menu(reopen?: 'profiles' | 'settings'): Screen {
    const { session, sound } = this.deps;
    const summary = session.menu();
    const menu = menuScreen({
      ...summary,
      onTimed: (timed) => session.setTimed(timed),
      notices: startupNotices({
        storage: this.storageNotice,
        loadProblems: this.deps.loadProblems,
        questions: session.library.bank.size,
        onDecided: () => {
          this.storageNotice = null;
          void this.navigator.show('menu', {});
        },
        warn: (message) => this.warn(message),
      }),
      canPlay: this.storageNotice?.kind !== 'unreadable',
      onPlay: () => {
        sound.play('click');
        void this.navigator.show('map', null);
      },
      onMute: (muted) => session.setMuted(muted),
      study: {
        ...summary,
        onStudy: () => {
          sound.play('click');
          void this.navigator.show('study', { scope: null });
        },
        onMistakes: () => {
          if (summary.mistakes === 0) return;
          sound.play('click');
          void this.navigator.show('map', null).then(() => session.reviewMistakes());
        },
        onPacks: () => {
          sound.play('click');
          void this.navigator.show('packs', null);
        },
        onStats: () => {
          sound.play('click');
          void this.navigator.show('stats', null);
        },
        onSettings: (changes) => {
          session.changeStudySettings(changes);
          void this.navigator.show('menu', { reopen: 'settings' });
        },
      },
      ...(this.deps.profiles ? { profiles: profilePanel(this.deps.profiles, (m) => this.warn(m)) } : {}),
    });
    return {
      ...menu,
      onEnter: () => {
        // The moment the first menu can be used: what `npm run bench` times from navigation.
        if (performance.getEntriesByName(MENU_USABLE_MARK).length === 0) performance.mark(MENU_USABLE_MARK);
      },
      ...(reopen ? { focus: () => reopenPanel(menu.element, reopen) } : {}),
    };
  }

  /** The stats screen, computed from the whole history now (its code loads on first use). */
  private async stats(): Promise<Screen | null> {
    const loaded = await loadCode(
      'stats screen',
      () => Promise.all([import('./screens/statsScreen'), import('../core/review/stats')]),
      (message) => this.warn(message),
    );
    if (!loaded) return null;
    const [{ statsScreen }, { computeStats }] = loaded;
    const { session } = this.deps;
    return statsScreen({
      stats: computeStats(statsInputOf(session.state, session.library, session.moment())),
      regionName: (id) => session.regionName(id),
      onBack: () => void this.navigator.show('menu', {}),
    });
  }

  /** Plays one pack's questions on the map (an assignment when `assignment` is given). */
  private playPack(packId: string, assignment?: { count: number; seed: number }): void {
    void this.navigator.show('map', null).then((shown) => {
      if (shown) this.deps.session.playPack(packId, assignment);
    });
  }

  /** Shows the menu again after the learners changed, keeping the learners panel open. */
  refreshMenu(): void {
    if (this.navigator.current === 'menu') void this.navigator.show('menu', { reopen: 'profiles' });
  }

  /** Shows a warning that stays until dismissed. */
  warn(message: string): void {
    this.navigator.warn(message);
  }

  /** The map reported the pointer over a region, or over none. */
  hover(regionId: string | null): void {
    this.mapScreen.hover(regionId);
  }

  /** The player chose a region on the map, at this map point. */
  chooseRegion(regionId: string, point?: [number, number]): void {
    this.mapScreen.choose(regionId, point);
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
    const unclear = problems.map((p) => `${p.path} ${p.message}`).join('; ');
    const packUrl = params.packUrl;
    if (!packUrl) {
      await this.navigator.show('menu', {});
      if (problems.length > 0) this.warn(`The page address was not understood: ${unclear}.`);
      return;
    }
    const manager = (await this.navigator.show('packs', null)) ? this.packManager : null;
    if (!manager) {
      await this.navigator.show('menu', {});
      return;
    }
    if (problems.length > 0) manager.say(`Part of the page address was not understood: ${unclear}.`);
    const assignment = params.assignment;
    const downloaded = await this.deps.downloadPack(packUrl);
    if (!downloaded.ok) {
      manager.say(`The pack in the page address could not be opened: ${downloaded.message}.`);
      return;
    }
    manager.showPreview({ name: downloaded.name, content: downloaded.bytes }, undefined, (pack) => {
      if (!assignment) return;
      if (assignment.mode === 'flashcards')
        void this.navigator.show('study', { scope: new Set(pack.questions.map((question) => question.id)) });
      else this.playPack(pack.id, { count: assignment.count, seed: assignment.seed });
    });
  }
}

/** Opens a menu panel again after a change in it, and puts focus on its summary. */
function reopenPanel(menu: HTMLElement, panel: 'profiles' | 'settings'): void {
  const details = menu.querySelector<HTMLDetailsElement>(`details.${panel}`);
  if (!details) return;
  details.open = true;
  if (panel === 'settings') {
    const status = details.querySelector('[role="status"]');
    if (status) status.textContent = 'Settings saved.';
  }
  details.querySelector<HTMLElement>('summary')?.focus();
}
