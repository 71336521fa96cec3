import type { GameSession } from '../app/gameSession';
import type { PackLibrary } from '../app/packLibrary';
import type { StorageNotice } from '../app/persistence';
import type { ProfileService } from '../app/profiles';
import { celebrationMessage } from '../core/map/celebration';
import type { EventBus, GameEventMap } from '../core/events';
import type { MapAsset } from '../core/map/mapTypes';
import type { LandMap } from '../core/map/landAt';
import type { MapView } from '../core/map/mapView';
import type { LaunchParams } from '../core/packs/launchParams';
import type { GuideFlag, GuideState } from '../core/play/guide';
import type { Problem } from '../core/problems';
import { MIXED_REGION } from '../core/quiz/round';
import { Guide } from './guide/Guide';
import { Navigator } from './navigation';
import { downloadRoundResults } from './resultsDownload';
import { type ScreenContext, type Screens, screenTable } from './screenTable';
import type { MapChoice } from '../core/map/mapView';
import { MapScreen, type SoundPort } from './screens/mapScreen';
import type { MenuSubject } from './screens/menuScreen';
import type { LiveRegion } from './widgets/LiveRegion';

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
  /** What the shell reads of the map: its subject and regions (menu) and projection (grading places). */
  map: MenuSubject & Pick<MapAsset, 'projection'>;
  /** The map's land, so that a click on another place than the one asked for is graded as that place. */
  land?: LandMap;
  /** The drawn map. */
  mapView: MapView;
  /** Sound effects. */
  sound: SoundPort;
  /** Problems found loading the built-in questions or the map. */
  loadProblems: Problem[];
  /** Saved progress that needs the learner's decision, if any. */
  storageNotice: StorageNotice | null;
  /** Downloads a pack file from a link. */
  downloadPack: ScreenContext['downloadPack'];
  /** What the page address asks for (`?pack=…`), with any problems reading it. */
  launch: { params: LaunchParams; problems: Problem[] };
  /** Learner profiles and backups (absent when progress cannot be stored). */
  profiles?: ProfileService;
  /** Downloads and checks the history layers of "Borders through time" (called when first opened). */
  loadHistory: ScreenContext['loadHistory'];
  /** The guided first round: where it starts (off for a returning player) and the flag that ends it. */
  guide?: { initial: GuideState; flag: GuideFlag };
}

/**
 * The DOM shell, wiring only: it makes the map screen and the screen table, subscribes sound,
 * announcements and the map screen to the game's events, and starts on the menu (or on the pack manager
 * when the address opens a pack). Rules live in `core`, use cases in `app`, screens in `screens/`.
 */
export class App {
  private readonly navigator: Navigator<Screens>;
  private readonly mapScreen: MapScreen;
  private readonly shell: ScreenContext['shell'];
  private readonly guide: Guide | null;

  constructor(private readonly deps: AppDeps) {
    const { session } = deps;
    this.shell = { storageNotice: deps.storageNotice, packManager: null };
    this.guide = deps.guide ? this.makeGuide(deps.guide) : null;
    this.mapScreen = new MapScreen({
      session,
      map: deps.map,
      ...(deps.land ? { land: deps.land } : {}),
      mapView: deps.mapView,
      sound: deps.sound,
      announce: (message) => deps.live.announce(message),
      onMenu: () => this.show('menu', {}),
      onExportResults: (learner, kind) =>
        void downloadRoundResults(session, learner, kind, deps.map.projection, deps.land, (m) =>
          this.warn(m),
        ),
      guidedRound: () => this.guide?.wantsGuidedRound() ?? false,
    });
    this.navigator = new Navigator<Screens>({
      root: deps.uiRoot,
      map: deps.mapView,
      screens: screenTable({
        ...deps,
        mapScreen: this.mapScreen,
        show: (name, params) => this.show(name, params),
        playPack: (packId) => this.playPack(packId),
        warn: (message) => this.warn(message),
        shell: this.shell,
      }),
      onShown: (name) =>
        this.guide?.handle({ type: 'screen', screen: name === 'menu' || name === 'map' ? name : 'other' }),
    });
    this.subscribe();
  }

  /** The guided first round's coach marks over the screens. */
  private makeGuide({ initial, flag }: NonNullable<AppDeps['guide']>): Guide {
    const { session, map, mapView, live } = this.deps;
    return new Guide({
      initial,
      flag,
      root: this.deps.uiRoot,
      context: () => ({
        starts: map.startingRegions
          .filter((id) => session.state.regions[id] === 'open')
          .map((id) => ({ id, name: session.regionName(id) })),
        regionName: (id) => session.regionName(id),
      }),
      announce: (message) => live.announce(message),
      highlightRegion: (regionId) => mapView.focusRegion(regionId),
    });
  }

  /** Feeds the round's events to the guided first round, after the screens have drawn them. */
  private subscribeGuide(guide: Guide): void {
    const { bus } = this.deps;
    bus.on('roundStarted', ({ regionId, review }) =>
      guide.handle({
        type: 'roundStarted',
        regionId,
        guided: guide.wantsGuidedRound() && !review && regionId !== MIXED_REGION,
      }),
    );
    bus.on('answerGraded', () => guide.handle({ type: 'answerGraded' }));
    bus.on('questionShown', () => guide.handle({ type: 'questionShown' }));
    bus.on('roundFinished', ({ result }) => guide.handle({ type: 'roundFinished', passed: result.passed }));
    bus.on('roundClosed', () => guide.handle({ type: 'roundClosed' }));
  }

  /** Subscribes sound, announcements, the map screen and the menu to the game's events. */
  private subscribe(): void {
    const { bus, sound, session } = this.deps;
    const map = this.mapScreen;
    // First, so that the messages below about what just happened are what the bar shows.
    bus.onAny(['roundStarted', 'answerGraded', 'questionShown', 'roundFinished', 'roundClosed'], () =>
      map.showRound(),
    );
    bus.on('answerGraded', (event) => sound.play(event.correct ? 'correct' : 'wrong'));
    bus.on('answerGraded', () => map.refreshProgress());
    bus.on('roundFinished', ({ regionId, result }) =>
      map.say(
        `Round complete: ${result.score} of ${result.total} right.${result.passed ? ` ${session.placeName(regionId)} is cleared.` : ''}`,
      ),
    );
    // A region cleared for the first time is celebrated when the player goes back to the map, where it shows.
    let cleared: GameEventMap['regionCleared'] | null = null;
    bus.on('regionCleared', (event) => {
      cleared = event;
    });
    bus.on('roundClosed', ({ regionId, unlocked }) => {
      const clear = cleared?.regionId === regionId ? regionId : null;
      cleared = null;
      map.drawRegions({ cleared: clear, opened: unlocked });
      if (clear === null && unlocked.length === 0) return;
      sound.play(clear === null ? 'unlock' : 'fanfare');
      map.say(
        celebrationMessage(
          clear === null ? null : session.regionName(clear),
          unlocked.map((id) => session.regionName(id)),
        ),
      );
    });
    bus.on('progressMerged', () => {
      if (this.navigator.current === 'menu') this.show('menu', {});
      else if (!session.state.round) map.drawRegions();
    });
    bus.on('saveFailed', ({ message }) => this.warn(`Your progress could not be saved: ${message}`));
    if (this.guide) this.subscribeGuide(this.guide);
  }

  /** Shows a screen (screens whose code loads on demand appear when it has arrived). */
  private show<K extends keyof Screens>(name: K, params: Screens[K]): void {
    void this.navigator.show(name, params);
  }

  /** Plays one pack's questions on the map (an assignment when `assignment` is given). */
  private playPack(packId: string, assignment?: { count: number; seed: number }): void {
    this.show('map', null);
    this.deps.session.playPack(packId, assignment);
  }

  /** Shows the menu again after the learners changed, keeping the learners panel open. */
  refreshMenu(): void {
    if (this.navigator.current === 'menu') this.show('menu', { reopen: 'profiles' });
  }

  /** Shows a warning that stays until dismissed. */
  warn(message: string): void {
    this.navigator.warn(message);
  }

  /** The map reported the pointer over a region, or over none: the screen shown now decides what it means. */
  hover(regionId: string | null): void {
    this.navigator.mapHover(regionId);
  }

  /** The player clicked or tapped the map: the screen shown now decides what it means. */
  mapChoice(choice: MapChoice): void {
    this.navigator.mapChoice(choice);
  }

  /** Shows the first screen: the menu, or the pack manager when the address opens a pack. */
  async start(): Promise<void> {
    const storage = this.shell.storageNotice;
    if (storage?.kind === 'unavailable') {
      this.warn(
        `Progress cannot be saved in this browser (${storage.reason}). You can play, but your progress will be lost when you close the page.`,
      );
    }
    const { params, problems } = this.deps.launch;
    const unclear = problems.map((p) => `${p.path} ${p.message}`).join('; ');
    if (!params.packUrl) {
      await this.navigator.show('menu', {});
      if (problems.length > 0) this.warn(`The page address was not understood: ${unclear}.`);
      return;
    }
    const manager = (await this.navigator.show('packs', null)) ? this.shell.packManager : null;
    if (!manager) {
      await this.navigator.show('menu', {});
      return;
    }
    const assignment = params.assignment;
    await manager.openLink(params.packUrl, {
      ...(problems.length > 0 ? { note: `Part of the page address was not understood: ${unclear}.` } : {}),
      subject: 'The pack in the page address',
      afterInstall: (pack) => {
        if (!assignment) return;
        if (assignment.mode === 'flashcards')
          this.show('study', { scope: new Set(pack.questions.map((question) => question.id)) });
        else this.playPack(pack.id, { count: assignment.count, seed: assignment.seed });
      },
    });
  }
}
