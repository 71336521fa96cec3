import type { Clock } from '../core/clock';
import { errorMessage } from '../core/errors';
import { type EventBus, STATE_EVENTS } from '../core/events';
import type { GameAction } from '../core/play/gameReducer';
import type { GameState } from '../core/play/gameState';
import type { Problem } from '../core/problems';
import { type SaveData, toSaveData } from '../core/save/saveData';
import type { LoadOutcome, ProgressStorage } from '../core/save/storagePorts';
import type { Store } from '../core/store';

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

/** Writes progress in the background and keeps it in step with other tabs (the browser's sync service). */
export interface ProgressWriter {
  /** Asks for `data` to be written; an older pending write is replaced by it. */
  save(data: SaveData): void;
  /** Resolves when every requested write has finished. */
  idle(): Promise<void>;
}

/** What the writer is opened with (the browser's `createProgressSync` takes exactly this, plus storage). */
export interface ProgressWriterOptions {
  /** The progress this tab started from (null for a new learner). */
  initial: SaveData | null;
  /** This tab's progress now. */
  current(): SaveData;
  /** Another tab's progress was merged in: adopt `merged`. */
  onMerged(merged: SaveData): void;
  /** A write failed. */
  onError(error: unknown): void;
}

/** What the saving policy needs. */
export interface PersistenceDeps {
  /** The game state. */
  store: Store<GameState, GameAction>;
  /** The events to save on, and where save failures are told. */
  bus: EventBus;
  /** Where progress lives. */
  storage: Pick<ProgressStorage, 'save' | 'setAsideUnreadable'>;
  /** What loading found. */
  saved: LoadOutcome;
  /** Opens the background writer. */
  openWriter(options: ProgressWriterOptions): ProgressWriter;
  /** Time. */
  clock: Clock;
  /** Downloads a file (the unreadable data). */
  download(name: string, text: string, type: string): void;
  /** Reloads the game (after restoring the last good save). */
  reload(): void;
  /**
   * Told `true` when a write is requested and `false` once every requested write has finished, so the page
   * can say whether its progress is on disk (the end-to-end tests wait for that before reloading).
   */
  onWriting?(writing: boolean): void;
}

/** The saving policy, running. */
export interface Persistence {
  /** What the learner must decide about saved progress, if anything. */
  readonly notice: StorageNotice | null;
  /** Whether progress is being saved now. */
  readonly saving: boolean;
  /** Resolves when every pending write has finished. */
  idle(): Promise<void>;
  /** This tab's progress now, as saved. */
  current(): SaveData;
}

/**
 * Starts the saving policy: every state event is saved (once per change, however many events it made),
 * except progress merged in from another tab, which is already stored and would echo between tabs. Saving
 * is on when progress was read or is new; unreadable progress waits for the learner's decision, and
 * unusable storage means play without saving. A failed write raises `saveFailed` and play goes on.
 */
export function startPersistence(deps: PersistenceDeps): Persistence {
  const { store, bus, saved, clock } = deps;
  let saving = saved.kind === 'loaded' || saved.kind === 'fresh';
  const current = () => toSaveData(store.getState(), clock.now());
  const writer = deps.openWriter({
    initial: saved.kind === 'loaded' ? saved.data : null,
    current,
    onMerged: (merged) => {
      if (saving) store.dispatch({ type: 'progressMerged', progress: merged });
    },
    onError: (error) => bus.emit({ name: 'saveFailed', message: errorMessage(error) }),
  });
  let queued = false;
  bus.onAny(STATE_EVENTS, (event) => {
    if (!saving || event.name === 'progressMerged' || queued) return;
    // One change can make several events (a round finished and regions unlocked): save once, after them.
    queued = true;
    queueMicrotask(() => {
      queued = false;
      writer.save(current());
      reportWriting();
    });
  });
  let requested = 0;
  const reportWriting = () => {
    if (!deps.onWriting) return;
    const request = ++requested;
    deps.onWriting(true);
    // Only the newest request's settling counts: an older one settling says nothing about the newer write.
    const settled = () => {
      if (request === requested) deps.onWriting?.(false);
    };
    // A failed write is told through `saveFailed`; here it only ends the writing.
    void writer.idle().then(settled, settled);
  };
  return {
    notice: noticeFor(
      deps,
      () => (saving = false),
      () => (saving = true),
      current,
    ),
    get saving() {
      return saving;
    },
    idle: () => writer.idle(),
    current,
  };
}

/** The notice for progress that cannot be used as it is, with what each choice does. */
function noticeFor(
  deps: PersistenceDeps,
  stop: () => void,
  resume: () => void,
  current: () => SaveData,
): StorageNotice | null {
  const { saved, storage, clock } = deps;
  if (saved.kind === 'unavailable') return { kind: 'unavailable', reason: saved.reason };
  if (saved.kind !== 'unreadable') return null;
  const { lastGood } = saved;
  return {
    kind: 'unreadable',
    problems: saved.problems,
    keepWithoutSaving: stop,
    setAsideAndStartFresh: async () => {
      await storage.setAsideUnreadable(clock.now());
      resume();
      await storage.save(current());
    },
    ...(lastGood
      ? {
          setAsideAndRestore: async () => {
            await storage.setAsideUnreadable(clock.now());
            await storage.save(lastGood);
            deps.reload();
          },
        }
      : {}),
    download: () =>
      deps.download(
        `borderlines-unreadable-progress-${clock.now()}.json`,
        `${JSON.stringify(saved.raw, null, 2) ?? String(saved.raw)}\n`,
        'application/json',
      ),
  };
}
