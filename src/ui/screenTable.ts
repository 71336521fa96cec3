import type { GameSession } from '../app/gameSession';
import type { PackLibrary } from '../app/packLibrary';
import type { StorageNotice } from '../app/persistence';
import type { ProfileService } from '../app/profiles';
import type { HistoryAsset } from '../core/map/history';
import type { LandMap } from '../core/map/landAt';
import type { MapAsset } from '../core/map/mapTypes';
import type { MapView } from '../core/map/mapView';
import type { DownloadProgress, FetchedPack } from '../core/packs/boundedDownload';
import { studySettings } from '../core/play/gameState';
import { statsInputOf } from '../core/play/selectors';
import { type Problem, type Result, formatProblem } from '../core/problems';
import { previewRatings } from '../core/review/cards';
import { flashcardFor } from '../core/review/flashcard';
import type { Screen, ScreenTable } from './navigation';
import { profilePanel } from './panels/profilePanel';
import { startupNotices } from './panels/startupNotices';
import type { MapScreen, SoundPort } from './screens/mapScreen';
import { type MenuSubject, menuScreen } from './screens/menuScreen';
import { openPackManager } from './screens/packManagerRow';
import type { PackManagerScreen } from './screens/PackManagerScreen';
import { StudyScreen } from './screens/StudyScreen';
import { loadCode } from './widgets/loadCode';
import { progressSummary } from './widgets/progressSummary';

/** Performance mark set once, when the first menu is on screen and its buttons work (read by the bench). */
export const MENU_USABLE_MARK = 'borderlines:menu-usable';

/** The screens and what each is shown with: the menu reopens a panel, the flashcards take a scope. */
export type Screens = {
  menu: { reopen?: 'profiles' | 'settings' };
  map: null;
  study: { scope: ReadonlySet<string> | null };
  stats: null;
  packs: null;
  history: null;
  modes: null;
};

/** What the screens share: the session and services, how to move between screens, and the shell's state. */
export interface ScreenContext {
  /** The game's use cases and views. */
  session: GameSession;
  /** Sound effects. */
  sound: SoundPort;
  /** The installed packs. */
  packs: PackLibrary;
  /** The map: its regions (the article editor puts drafted questions in one), its subject (the menu), and its
   * projection (the map modes place and measure places with it). */
  map: MenuSubject & Pick<MapAsset, 'projection'>;
  /** The map's land, so that a click on another place than the one asked for is graded as that place. */
  land?: LandMap;
  /** Says a message through the page's live region. */
  live: { announce(message: string): void };
  /** The map screen, made once: a round on it waits while the player is elsewhere. */
  mapScreen: MapScreen;
  /** The drawn map (the history screen hands it the history layers; the map modes drive it themselves). */
  mapView: MapView;
  /** Downloads and checks the history layers (`assets/history.json`). */
  loadHistory(): Promise<Result<HistoryAsset>>;
  /** Problems found loading the questions or the map. */
  loadProblems: readonly Problem[];
  /** Learner profiles and backups (absent when progress cannot be stored). */
  profiles?: ProfileService;
  /** Downloads a pack file from a link, telling `onProgress` as bytes arrive. */
  downloadPack(url: string, onProgress: (progress: DownloadProgress) => void): Promise<FetchedPack>;
  /** Shows another screen. */
  show<K extends keyof Screens>(name: K, params: Screens[K]): void;
  /** Plays one pack's questions on the map. */
  playPack(packId: string): void;
  /** Shows a warning that stays. */
  warn(message: string): void;
  /** The shell's own state: a storage decision still pending, the open pack manager. */
  shell: { storageNotice: StorageNotice | null; packManager: PackManagerScreen | null };
}

/** The screen table: one row per screen. A new screen is one file in `screens/` and one row here. */
export function screenTable(ctx: ScreenContext): ScreenTable<Screens> {
  let scope: ReadonlySet<string> | null = null;
  const study = studyScreen(ctx, () => scope);
  const history = historyRow(ctx);
  return {
    menu: ({ reopen }) => menuRow(ctx, reopen),
    map: () => ctx.mapScreen,
    study: (params) => {
      scope = params.scope;
      return {
        element: study.element,
        heading: study.element.querySelector('h1') as HTMLElement,
        focus: () => study.showNext(),
        onKey: (event) => study.handleKey(event),
      };
    },
    stats: () => statsRow(ctx),
    modes: () => modesRow(ctx),
    packs: async () => {
      ctx.shell.packManager = await openPackManager({
        library: ctx.packs,
        session: ctx.session,
        regions: ctx.map.regions,
        downloadPack: ctx.downloadPack,
        warn: ctx.warn,
        onPlay: ctx.playPack,
        onBack: () => ctx.show('menu', {}),
      });
      return ctx.shell.packManager;
    },
    history,
  };
}

/**
 * "Borders through time": its code and the history layers load on first use (never before the menu), the
 * map receives the layers once, and the screen is made once, so the player comes back to the year and
 * layers they left. When the layers cannot be loaded or are damaged, the player is told what and where,
 * and stays on the menu.
 */
function historyRow(ctx: ScreenContext): () => Promise<Screen | null> {
  let made: Promise<Screen | null> | null = null;
  const make = async (): Promise<Screen | null> => {
    const [loaded, asset] = await Promise.all([
      loadCode(
        'history map',
        () => Promise.all([import('./screens/historyScreen'), import('../core/map/featureQuestions')]),
        ctx.warn,
      ),
      ctx.loadHistory(),
    ]);
    if (!loaded) return null;
    if (!asset.ok) {
      ctx.warn(
        `Borders through time could not be opened: ${asset.problems.map(formatProblem).join('; ')}. Reload the page to try again.`,
      );
      return null;
    }
    const [{ HistoryScreen }, { questionsAbout }] = loaded;
    const { session } = ctx;
    const history = asset.value;
    ctx.mapView.setHistory(history);
    return new HistoryScreen({
      history,
      map: ctx.mapView,
      currentYear: new Date(session.moment().now).getUTCFullYear(),
      questionsAbout: (ref) =>
        questionsAbout(history, ref, (questionId) => session.library.bank.get(questionId) !== undefined),
      onQuestions: (topic, questionIds) => {
        ctx.sound.play('click');
        ctx.show('map', null);
        session.playFeature(topic, questionIds);
      },
      onBack: () => ctx.show('menu', {}),
    });
  };
  return () => {
    made ??= make().then((screen) => {
      if (!screen) made = null;
      return screen;
    });
    return made;
  };
}

/** The flashcard screen over the due queue, or over the questions in `scope()` when it is set. */
function studyScreen(ctx: ScreenContext, scope: () => ReadonlySet<string> | null): StudyScreen {
  const { session, sound } = ctx;
  return new StudyScreen({
    next: () => session.nextCard(scope()),
    entry: (questionId) => session.library.bank.get(questionId),
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
    onExit: () => ctx.show('menu', {}),
    now: () => session.moment().now,
  });
}

/** The menu, optionally with the learners or settings panel open again (after a change there). */
function menuRow(ctx: ScreenContext, reopen?: 'profiles' | 'settings'): Screen {
  const { session, sound, shell } = ctx;
  const summary = session.menu();
  const menu = menuScreen({
    ...summary,
    subject: ctx.map,
    onTimed: (timed) => session.setTimed(timed),
    notices: startupNotices({
      storage: shell.storageNotice,
      loadProblems: ctx.loadProblems,
      questions: session.library.bank.size,
      onDecided: () => {
        shell.storageNotice = null;
        ctx.show('menu', {});
      },
      warn: ctx.warn,
    }),
    canPlay: shell.storageNotice?.kind !== 'unreadable',
    onPlay: () => {
      sound.play('click');
      ctx.show('map', null);
    },
    onHistory: () => {
      sound.play('click');
      ctx.show('history', null);
    },
    onMute: (muted) => session.setMuted(muted),
    onModes: () => {
      sound.play('click');
      ctx.show('modes', null);
    },
    study: {
      ...summary,
      onStudy: () => {
        sound.play('click');
        ctx.show('study', { scope: null });
      },
      onMistakes: () => {
        if (summary.mistakes === 0) return;
        sound.play('click');
        ctx.show('map', null);
        session.reviewMistakes();
      },
      onPacks: () => {
        sound.play('click');
        ctx.show('packs', null);
      },
      onStats: () => {
        sound.play('click');
        ctx.show('stats', null);
      },

      onSettings: (changes) => {
        session.changeStudySettings(changes);
        ctx.show('menu', { reopen: 'settings' });
      },
    },
    ...(ctx.profiles ? { profiles: profilePanel(ctx.profiles, ctx.warn) } : {}),
    progress: progressSummary(session.progress()),
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

/** The stats screen, computed from the whole history now (its code loads on first use). */
async function statsRow(ctx: ScreenContext): Promise<Screen | null> {
  const loaded = await loadCode(
    'stats screen',
    () =>
      Promise.all([
        import('./screens/statsScreen'),
        import('../core/review/stats'),
        import('./widgets/personalBests'),
      ]),
    ctx.warn,
  );
  if (!loaded) return null;
  const [{ statsScreen }, { computeStats }, { personalBests }] = loaded;
  const { session } = ctx;
  const regionName = (id: string) => session.regionName(id);
  return statsScreen({
    stats: computeStats(statsInputOf(session.state, session.library, session.moment())),
    summary: progressSummary(session.progress()),
    bests: personalBests({ bests: session.bests(), wholeMap: session.modeRecords().wholeMap, regionName }),
    regionName,
    onBack: () => ctx.show('menu', {}),
  });
}

/** The map modes screen over the map's regions and the bank's named places (its code loads on first use). */
async function modesRow(ctx: ScreenContext): Promise<Screen | null> {
  const loaded = await loadCode(
    'map modes',
    () => Promise.all([import('./screens/mapModesScreen'), import('../core/modes/targets')]),
    ctx.warn,
  );
  if (!loaded) return null;
  const [{ MapModesScreen }, { modeTargets }] = loaded;
  const { session } = ctx;
  const library = session.library;
  const questionsOf = (keep: (packId: string) => boolean) =>
    library.questionIds.flatMap((questionId) => {
      const entry = library.bank.get(questionId);
      return entry && keep(entry.pack.id) ? [entry.question] : [];
    });
  const known = library.knownAnswers;
  return new MapModesScreen({
    targets: modeTargets(
      ctx.map.regions,
      questionsOf(() => true),
      known,
    ),
    // The daily challenge draws only from what every player has: the map and the built-in packs.
    dailyPool: modeTargets(
      ctx.map.regions,
      questionsOf((packId) => ctx.packs.builtInIds.has(packId)),
    ),
    mapView: ctx.mapView,
    regionViews: () => session.regionViews(),
    projection: ctx.map.projection,
    ...(ctx.land ? { land: ctx.land } : {}),
    regionName: (id) => session.regionName(id),
    known,
    records: () => session.modeRecords(),
    onRecord: (record) => session.recordModeRun(record),
    now: () => session.moment().now,
    announce: (message) => ctx.live.announce(message),
    sound: ctx.sound,
    ...(typeof navigator !== 'undefined' && navigator.clipboard ? { clipboard: navigator.clipboard } : {}),
    onMenu: () => ctx.show('menu', {}),
  });
}
