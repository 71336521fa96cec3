import './ui/ui.css';
import { neighbourGraph } from './core/map/parseMapAsset';
import { parseLaunchParams } from './core/packs/launchParams';
import { buildQuestionBank } from './core/packs/questionBank';
import { createGameReducer } from './core/play/gameReducer';
import { restoreGameState } from './core/play/restoreState';
import { formatProblem } from './core/problems';
import { createSeededRng } from './core/rng';
import { makeBackup, parseBackup, planBackupImport } from './core/save/backup';
import { type SaveData, toSaveData } from './core/save/saveData';
import { createStore } from './core/store';
import { createSoundPlayer } from './services/audio';
import { createClock } from './services/clock';
import { fetchPackFile } from './services/packFetch';
import { type InstalledPack, createPackStorage } from './services/packStorage';
import { BUILT_IN_PACK_COUNT, loadBuiltInPacks } from './services/builtInPacks';
import { loadMapAsset } from './services/mapSource';
import { startOfflineSupport } from './services/offline';
import { createProgressStorage, createProgressSync } from './services/progressStorage';
import { App, type StorageNotice } from './ui/App';
import { DeferredMap } from './ui/map/DeferredMap';
import type { ProfileService } from './ui/panels/profilePanel';
import { el } from './ui/widgets/dom';
import { downloadFile } from './ui/widgets/download';
import { LiveRegion } from './ui/widgets/LiveRegion';
import { LoadingScreen } from './ui/screens/LoadingScreen';
import { problemNotice } from './ui/panels/problemList';
import { showUpdateNotice } from './ui/panels/updateNotice';

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
 * bar, builds the store, services and UI and wires them together, shows the menu, and only then loads the
 * map engine. Nothing else.
 */
async function boot(): Promise<void> {
  const uiRoot = required('ui-root');
  const gameRoot = required('game-root');
  const live = new LiveRegion(required('a11y-live'));
  const loading = new LoadingScreen();
  uiRoot.replaceChildren(loading.element);
  const step = progressTracker(loading);
  const clock = createClock();

  const storage = createProgressStorage();
  const packStorage = createPackStorage();
  // The menu needs only progress, questions and the map's regions: the map engine (Phaser, the largest
  // download by far) is loaded after the menu is on screen, and the map appears when it is ready.
  const [saved, installedPacks, packs, mapResult] = await Promise.all([
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
  const regionSet = new Set(regionIds);
  let installed: InstalledPack[] = installedPacks.packs;
  const buildBank = () => buildQuestionBank([...packs.packs, ...installed], regionSet);
  const { bank: firstBank, problems: bankProblems } = buildBank();
  let bank = firstBank;
  const loadProblems = [...packs.problems, ...installedPacks.problems, ...bankProblems];
  if (BUILT_IN_PACK_COUNT === 0)
    loadProblems.push({ file: 'questions/', path: '', message: 'no question files were found' });
  for (const problem of loadProblems) console.warn(`Borderlines: ${formatProblem(problem)}`);

  const world = {
    regionIds,
    graph,
    startingRegions: map.startingRegions,
    hasQuestion: (questionId: string) => bank.playable(questionId) !== undefined,
  };
  const initial = restoreGameState(saved.kind === 'loaded' ? saved.data : null, world);
  const store = createStore(
    createGameReducer({
      graph,
      question: (questionId) => bank.playable(questionId)?.question,
      projection: map.projection,
    }),
    initial,
  );

  let persisting = saved.kind === 'loaded' || saved.kind === 'fresh';
  const saver = createProgressSync({
    storage,
    initial: saved.kind === 'loaded' ? saved.data : null,
    current: () => toSaveData(store.getState(), clock.now()),
    onMerged: (merged) => {
      if (persisting) store.dispatch({ type: 'progressMerged', progress: merged });
    },
    onError: (error) =>
      app.warn(`Your progress could not be saved: ${error instanceof Error ? error.message : String(error)}`),
  });
  const sound = createSoundPlayer(initial.settings.muted);
  const enableSound = () => sound.enable();
  window.addEventListener('pointerdown', enableSound, { once: true, capture: true });
  window.addEventListener('keydown', enableSound, { once: true, capture: true });

  store.subscribe((state, previous, action) => {
    if (state.settings.muted !== previous.settings.muted) sound.setMuted(state.settings.muted);
    // Progress merged in from another tab is already stored; saving it again would echo between tabs.
    if (persisting && action.type !== 'progressMerged') saver.save(toSaveData(state, clock.now()));
  });

  let storageNotice: StorageNotice | null = null;
  if (saved.kind === 'unreadable') {
    storageNotice = {
      kind: 'unreadable',
      problems: saved.problems,
      keepWithoutSaving: () => {
        persisting = false;
      },
      setAsideAndStartFresh: async () => {
        await storage.setAsideUnreadable(clock.now());
        persisting = true;
        await storage.save(toSaveData(store.getState(), clock.now()));
      },
      ...(saved.lastGood
        ? {
            setAsideAndRestore: async () => {
              await storage.setAsideUnreadable(clock.now());
              await storage.save(saved.lastGood as SaveData);
              window.location.reload();
            },
          }
        : {}),
      download: () =>
        downloadFile(
          `borderlines-unreadable-progress-${clock.now()}.json`,
          `${JSON.stringify(saved.raw, null, 2) ?? String(saved.raw)}\n`,
          'application/json',
        ),
    };
  } else if (saved.kind === 'unavailable') {
    storageNotice = { kind: 'unavailable', reason: saved.reason };
  }

  // The callbacks above reach `app` only on user input or saves, which cannot happen before this line.
  const mapView = new DeferredMap();
  const app = new App({
    uiRoot,
    live,
    store,
    bank,
    map,
    mapView,
    sound,
    rng: createSeededRng(clock.now()),
    clock,
    loadProblems,
    storageNotice,
    packs: {
      builtInIds: new Set(packs.packs.map(({ pack }) => pack.id)),
      install: async (pack, file) => {
        await packStorage.put(pack, file, clock.now());
        installed = [
          ...installed.filter((entry) => entry.pack.id !== pack.id),
          {
            pack,
            file: `installed pack "${pack.id}" (from ${file})`,
            positions: pack.questions.map((_, i) => i),
          },
        ];
        bank = buildBank().bank;
        return bank;
      },
      remove: async (packId) => {
        await packStorage.remove(packId);
        installed = installed.filter((entry) => entry.pack.id !== packId);
        bank = buildBank().bank;
        return bank;
      },
      download: (url) => fetchPackFile(url, window.location.href),
    },
    launch: parseLaunchParams(window.location.search),
    ...(saved.kind === 'unavailable' ? {} : { profiles: profileService() }),
  });
  void app.start();
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
        statuses: store.getState().regions,
        reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
        onChoose: (regionId, point) => app.chooseRegion(regionId, point),
        onHover: (regionId) => app.hover(regionId),
      });
      gameRoot.dataset.renderer = phaserMap.renderer;
      mapView.attach(phaserMap);
      gameRoot.dataset.map = 'ready';
    } catch (error) {
      gameRoot.dataset.map = 'failed';
      app.warn(
        `The map could not be drawn (${error instanceof Error ? error.message : String(error)}). You can still play from the region list; reload the page to try again.`,
      );
    } finally {
      gameRoot.removeAttribute('aria-busy');
    }
  }

  /** Learner profiles and backups over the progress storage; switching learners reloads the page. */
  function profileService(): ProfileService {
    const reload = async (work: () => Promise<unknown>) => {
      await saver.idle();
      await work();
      window.location.reload();
    };
    const currentProfile = () => {
      const index = storage.profiles();
      return index.profiles.find((profile) => profile.id === index.current) ?? index.profiles[0];
    };
    return {
      index: () => storage.profiles(),
      create: (name) => reload(() => storage.createProfile(name, clock.now())),
      rename: async (profileId, name) => {
        await storage.renameProfile(profileId, name, clock.now());
        app.refreshMenu();
      },
      switchTo: (profileId) => reload(() => storage.switchProfile(profileId, clock.now())),
      remove: async (profileId) => {
        if (profileId === storage.profiles().current)
          return reload(() => storage.deleteProfile(profileId, clock.now()));
        await storage.deleteProfile(profileId, clock.now());
        app.refreshMenu();
      },
      exportBackup: () => {
        const profile = currentProfile();
        if (!profile) return;
        const now = clock.now();
        const slug =
          profile.name
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '') || 'learner';
        const backup = makeBackup(profile, toSaveData(store.getState(), now), now);
        downloadFile(
          `borderlines-backup-${slug}-${new Date(now).toISOString().slice(0, 10)}.json`,
          `${JSON.stringify(backup, null, 2)}\n`,
          'application/json',
        );
      },
      readBackup: parseBackup,
      plan: async (backup) => {
        const index = storage.profiles();
        const profile = index.profiles.find((candidate) => candidate.id === backup.profile.id);
        if (!profile) return planBackupImport(backup, []);
        const progress =
          profile.id === index.current
            ? toSaveData(store.getState(), clock.now())
            : await storage.peekProfile(profile.id);
        return planBackupImport(backup, [{ profile, progress }]);
      },
      restore: (backup) => reload(() => storage.restoreProfile(backup.profile, backup.progress, clock.now())),
    };
  }
  void startOfflineSupport((apply) => showUpdateNotice(document.body, { reload: apply }));
}

boot().catch((error: unknown) => {
  console.error(error);
  const message = error instanceof Error ? error.message : String(error);
  document
    .getElementById('ui-root')
    ?.replaceChildren(
      el('section', { className: 'screen notice notice-error', attrs: { role: 'alert' } }, [
        el('h1', { text: 'Borderlines could not start' }),
        el('p', { text: message }),
        el('p', { text: 'Reload the page to try again. Your saved progress has not been touched.' }),
      ]),
    );
});
