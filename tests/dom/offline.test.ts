import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  NETWORK_QUIET_MAX_MS,
  NETWORK_QUIET_MS,
  SKIP_WAITING_MESSAGE,
  type WorkerContainer,
  type WorkerRegistration,
  watchForUpdates,
  whenNetworkQuiet,
} from '../../src/services/offline';

/** A stand-in service worker that records the messages posted to it. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  readonly messages: unknown[] = [];

  postMessage(message: unknown): void {
    this.messages.push(message);
  }

  /** Moves to a new state and tells listeners, as a real worker does. */
  become(state: ServiceWorkerState): void {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

/** A stand-in registration: which worker is installing and which is waiting. */
class FakeRegistration extends EventTarget {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
}

/** Lets pending promise callbacks run. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A stand-in for `navigator.serviceWorker` and a registration, wired to `watchForUpdates`. */
function setup(options: { controlled: boolean; waiting?: FakeWorker }) {
  const container = Object.assign(new EventTarget(), {
    controller: options.controlled ? new FakeWorker() : null,
  });
  const registration = new FakeRegistration();
  registration.waiting = options.waiting ?? null;
  const offers: (() => void)[] = [];
  let reloads = 0;
  let quiet = () => {};
  watchForUpdates(container as unknown as WorkerContainer, registration as unknown as WorkerRegistration, {
    onUpdateReady: (apply) => offers.push(apply),
    reload: () => (reloads += 1),
    whenQuiet: () => new Promise<void>((resolve) => (quiet = resolve)),
  });
  /** A new version found by an update check: it installs, then waits. */
  const findUpdate = () => {
    const worker = new FakeWorker();
    registration.installing = worker;
    registration.dispatchEvent(new Event('updatefound'));
    return {
      worker,
      install: () => {
        registration.installing = null;
        registration.waiting = worker;
        worker.become('installed');
      },
    };
  };
  /** The waiting worker takes control of the page. */
  const takeOver = () => {
    registration.waiting?.become('activated');
    registration.waiting = null;
    container.dispatchEvent(new Event('controllerchange'));
  };
  /** The page stops downloading. */
  const settle = async () => {
    quiet();
    await flush();
  };
  return { offers, reloads: () => reloads, findUpdate, takeOver, settle };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('watchForUpdates', () => {
  it('offers a version found while the game is open once it is installed and waiting', () => {
    const { offers, findUpdate } = setup({ controlled: true });
    const update = findUpdate();
    expect(offers).toHaveLength(0);
    update.install();
    expect(offers).toHaveLength(1);
  });

  it('offers a version left waiting from an earlier visit at once', () => {
    const { offers } = setup({ controlled: true, waiting: new FakeWorker() });
    expect(offers).toHaveLength(1);
  });

  it('does not offer the first install, which replaces nothing', () => {
    const { offers, findUpdate } = setup({ controlled: false });
    findUpdate().install();
    expect(offers).toHaveLength(0);
  });

  it('applying waits for a quiet network, asks the waiting worker to take over, and reloads once it has', async () => {
    const { offers, reloads, findUpdate, takeOver, settle } = setup({ controlled: true });
    const { worker, install } = findUpdate();
    install();
    offers[0]?.();
    offers[0]?.();
    expect(worker.messages, 'nothing asked while the page downloads').toEqual([]);
    await settle();
    expect(worker.messages).toEqual([SKIP_WAITING_MESSAGE]);
    expect(reloads()).toBe(0);
    takeOver();
    takeOver();
    expect(reloads()).toBe(1);
  });

  it('applying reloads into the new version when it has already taken over on its own', async () => {
    const { offers, reloads, takeOver, settle } = setup({ controlled: true, waiting: new FakeWorker() });
    takeOver();
    expect(reloads()).toBe(0);
    offers[0]?.();
    await settle();
    expect(reloads()).toBe(1);
  });

  it('never reloads on a takeover the player did not ask for', () => {
    const { reloads, findUpdate, takeOver } = setup({ controlled: true });
    findUpdate().install();
    takeOver();
    expect(reloads()).toBe(0);
  });
});

describe('whenNetworkQuiet', () => {
  /** A stand-in PerformanceObserver whose resource entries the test reports by hand. */
  function fakeObserver() {
    const observers: { callback: () => void; connected: boolean }[] = [];
    vi.stubGlobal(
      'PerformanceObserver',
      class {
        private readonly entry: { callback: () => void; connected: boolean };
        constructor(callback: () => void) {
          this.entry = { callback, connected: false };
          observers.push(this.entry);
        }
        observe() {
          this.entry.connected = true;
        }
        disconnect() {
          this.entry.connected = false;
        }
      },
    );
    return {
      download: () => observers.filter((entry) => entry.connected).forEach((entry) => entry.callback()),
      connected: () => observers.some((entry) => entry.connected),
    };
  }

  it('waits until no download has finished for a while, then stops watching', async () => {
    vi.useFakeTimers();
    const network = fakeObserver();
    let done = false;
    void whenNetworkQuiet().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(NETWORK_QUIET_MS - 100);
    network.download();
    await vi.advanceTimersByTimeAsync(NETWORK_QUIET_MS - 100);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(done).toBe(true);
    expect(network.connected()).toBe(false);
  });

  it('gives up waiting after the longest wait', async () => {
    vi.useFakeTimers();
    const network = fakeObserver();
    let done = false;
    void whenNetworkQuiet().then(() => (done = true));
    for (let elapsed = 0; elapsed < NETWORK_QUIET_MAX_MS; elapsed += NETWORK_QUIET_MS / 2) {
      network.download();
      await vi.advanceTimersByTimeAsync(NETWORK_QUIET_MS / 2);
    }
    expect(done).toBe(true);
  });
});
