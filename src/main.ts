import './ui/ui.css';
import { GameSession } from './app/gameSession';
import { createPackLibrary } from './app/packLibrary';
import { startPersistence } from './app/persistence';
import { createProfileService } from './app/profiles';
import { watchProgress } from './app/progressWatch';
import { errorMessage } from './core/errors';
import { createEventBus, eventsOf } from './core/events';
import { mapPlacesOf } from './core/map/mapPlaces';
import { neighbourGraph } from './core/map/parseMapAsset';
import { parseLaunchParams } from './core/packs/launchParams';
import { createGameReducer } from './core/play/gameReducer';
import { startGuide } from './core/play/guide';
import { restoreGameState } from './core/play/restoreState';
import { rulesFor } from './core/play/rules';
import { placeNamesOf } from './core/quiz/knownAnswers';
import { formatProblem } from './core/problems';
import { createSeededRng } from './core/rng';
import { createStore } from './core/store';
import { createSoundPlayer } from './services/audio';
import { BUILT_IN_PACK_COUNT, loadBuiltInPacks } from './services/builtInPacks';
import { createClock } from './services/clock';
import { createGuideFlag } from './services/guideFlag';
import { loadMapAsset } from './services/mapSource';
import { startOfflineSupport } from './services/offline';
import { createPackStorage } from './services/packStorage';
import { createProgressStorage, createProgressSync } from './services/progressStorage';
import { App } from './ui/App';
import { loadFontsAfterPaint } from './ui/fonts';
import { DeferredMap } from './ui/map/DeferredMap';
import { problemNotice } from './ui/panels/problemList';
import { showUpdateNotice } from './ui/panels/updateNotice';
import { LoadingScreen } from './ui/screens/LoadingScreen';
import { el } from './ui/widgets/dom';
import { downloadFile } from './ui/widgets/download';
import { LiveRegion } from './ui/widgets/LiveRegion';
import { ProgressToasts, progressMoments } from './ui/widgets/progressToast';

/** Finds an element that index.html must contain. */
function required(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html has no #${id}`);
  return node;
}

/** Tracks weighted loading steps and reports the overall fraction to the loading screen. */
function progressTracker(screen: LoadingScreen) {
  const done = new Map<string, number>();
  const weights: Record<string, number> = { progress: 1, questions: 3, map: 2 };
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  return (step: keyof typeof weights & string, fraction: number, label: string) => {
    done.set(step, Math.min(1, fraction) * (weights[step] ?? 0));
    screen.setProgress([...done.values()].reduce((a, b) => a + b, 0) / total, label);
  };
}

/**
 * Composition root: loads saved progress, the questions and the map geometry in parallel behind a progress
 * bar, builds the store, the application layer and the UI and wires them with the event bus, shows the
 * menu, and only then loads the map engine. It decides nothing itself.
 */
async function boot(): Promise<void> {
  const uiRoot = required('ui-root');
  const gameRoot = required('game-root');
  const loading = new LoadingScreen();
  uiRoot.replaceChildren(loading.element);
  const step = progressTracker(loading);
  const clock = createClock();
  const storage = createProgressStorage(clock);
  const packStorage = createPackStorage();
  // The menu needs only progress, questions and the map's regions: the map engine (Phaser, the largest
  // download by far) is loaded after the menu is on screen, and the map appears when it is ready.
  const [saved, installed, builtIn, mapResult] = await Promise.all([
    storage.load().finally(() => step('progress', 1, 'Saved progress read')),
    packStorage.loadAll(),
    loadBuiltInPacks((done, total) =>
      step('questions', done / total, `Questions: ${done} of ${total} files`),
    ),
    loadMapAsset({
      url: new URL('../assets/map.json', import.meta.url).href,
      file: 'assets/map.json',
    }).finally(() => step('map', 1, 'Map geometry loaded')),
  ]);
  if (!mapResult.ok) {
    uiRoot.replaceChildren(
      problemNotice({
        title: 'The map could not be loaded',
        problems: mapResult.problems,
        outcome: 'Reload the page to try again. Your saved progress has not been touched.',
      }),
    );
    return;
  }
  const map = mapResult.value;
  const graph = neighbourGraph(map);
  const regionIds = map.regions.map((region) => region.id);
  const packs = createPackLibrary({
    builtIn: builtIn.packs,
    installed: installed.packs,
    regionIds,
    placeNames: placeNamesOf(map),
    storage: packStorage,
    now: () => clock.now(),
  });
  const loadProblems = [...builtIn.problems, ...installed.problems, ...packs.problems];
  if (BUILT_IN_PACK_COUNT === 0)
    loadProblems.push({ file: 'questions/', path: '', message: 'no question files were found' });
  for (const problem of loadProblems) console.warn(`Borderlines: ${formatProblem(problem)}`);

  const initial = restoreGameState(
    saved.kind === 'loaded' ? saved.data : null,
    {
      regionIds,
      graph,
      startingRegions: map.startingRegions,
      hasQuestion: (questionId) => packs.current().bank.get(questionId) !== undefined,
    },
    clock.now(),
  );
  const store = createStore(createGameReducer(rulesFor(packs.current(), graph, map)), initial);
  packs.onChange((library) => store.replaceReducer(createGameReducer(rulesFor(library, graph, map))));
  const bus = createEventBus();
  store.subscribe((state, previous, action) => {
    for (const event of eventsOf(previous, state, action)) bus.emit(event);
  });

  const sound = createSoundPlayer(initial.settings.muted);
  const enableSound = () => sound.enable();
  window.addEventListener('pointerdown', enableSound, { once: true, capture: true });
  window.addEventListener('keydown', enableSound, { once: true, capture: true });
  bus.on('settingsChanged', ({ settings, changed }) => {
    if (changed.includes('muted')) sound.setMuted(settings.muted);
  });

  const reload = () => window.location.reload();
  const persistence = startPersistence({
    store,
    bus,
    storage,
    saved,
    openWriter: (options) => createProgressSync({ storage, ...options }),
    clock,
    download: downloadFile,
    reload,
    onWriting: (writing) => (document.documentElement.dataset.progress = writing ? 'saving' : 'saved'),
  });
  const session = new GameSession({
    store,
    library: () => packs.current(),
    map,
    rng: createSeededRng(clock.now()),
    clock,
  });
  const mapView = new DeferredMap();
  const app: App = new App({
    uiRoot,
    live: new LiveRegion(required('a11y-live')),
    session,
    bus,
    packs,
    map,
    land: map,
    mapView,
    sound,
    loadProblems,
    storageNotice: persistence.notice,
    // Only a `?pack=` link or the pack manager downloads packs, so the downloader loads when first used.
    downloadPack: async (url, onProgress) => {
      const { fetchPackFile, packDownloadStallMs } = await import('./services/packFetch');
      return fetchPackFile(url, window.location.href, { stallMs: packDownloadStallMs(), onProgress });
    },
    launch: parseLaunchParams(window.location.search),
    guide: (() => {
      const flag = createGuideFlag();
      return { flag, initial: startGuide({ done: flag.done(), state: initial }) };
    })(),
    // The history layers load when "Borders through time" is first opened, never before the menu.
    loadHistory: async () => {
      const { loadHistoryAsset } = await import('./services/historySource');
      return loadHistoryAsset(
        { url: new URL('../assets/history.json', import.meta.url).href, file: 'assets/history.json' },
        new Set(regionIds),
      );
    },
    ...(saved.kind === 'unavailable'
      ? {}
      : {
          profiles: createProfileService({
            storage,
            progress: persistence,
            clock,
            download: downloadFile,
            reload,
            onChanged: () => app.refreshMenu(),
          }),
        }),
  });
  const toasts = new ProgressToasts();
  document.body.append(toasts.element);
  watchProgress({
    store,
    library: () => packs.current(),
    moment: () => session.moment(),
    onChanges: progressMoments(toasts, sound, (id) => session.regionName(id)),
  });
  // The fonts follow the first paint of the menu, so they never delay it.
  void app.start().then(loadFontsAfterPaint);
  void startMap();

  /** Loads the map engine and draws the map behind the menu; the region list works meanwhile. */
  async function startMap(): Promise<void> {
    gameRoot.setAttribute('aria-busy', 'true');
    gameRoot.dataset.map = 'loading';
    try {
      const engine = await import('./game/startMapGame');
      const phaserMap = await engine.startMapGame({
        parent: gameRoot,
        map,
        views: session.regionViews(),
        places: mapPlacesOf(
          builtIn.packs.flatMap(({ pack }) => pack.questions),
          map,
        ),
        reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
        onChoose: (choice) => app.mapChoice(choice),
        onHover: (regionId) => app.hover(regionId),
      });
      gameRoot.dataset.renderer = phaserMap.renderer;
      mapView.attach(phaserMap);
      gameRoot.dataset.map = 'ready';
    } catch (error) {
      gameRoot.dataset.map = 'failed';
      app.warn(
        `The map could not be drawn (${errorMessage(error)}). You can still play from the region list; reload the page to try again.`,
      );
    } finally {
      gameRoot.removeAttribute('aria-busy');
    }
  }
  void startOfflineSupport((apply) => showUpdateNotice(document.body, { reload: apply }));
}

boot().catch((error: unknown) => {
  console.error(error);
  document
    .getElementById('ui-root')
    ?.replaceChildren(
      el('section', { className: 'screen notice notice-error', attrs: { role: 'alert' } }, [
        el('h1', { text: 'Borderlines could not start' }),
        el('p', { text: errorMessage(error) }),
        el('p', { text: 'Reload the page to try again. Your saved progress has not been touched.' }),
      ]),
    );
});
