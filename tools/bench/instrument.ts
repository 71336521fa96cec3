/**
 * Script added to benchmark pages before any of their own code runs. It records, on the page's clock:
 * clicks and key presses (`event.timeStamp`, in capture listeners, so before the game handles them);
 * every write of a progress pointer (a save writes the next record and then the pointer to it, so the
 * pointer's transaction completing is the moment the new progress is durably the current one); and each
 * time quiz feedback (`#quiz-verdict`) enters the DOM, with the time after the next frame was painted
 * (a requestAnimationFrame callback runs just before the paint; a message posted from it runs after).
 */
export const INSTRUMENT = `
  performance.setResourceTimingBufferSize(1000);
  window.__bench = { inputs: [], keys: [], writes: [], feedback: [] };
  const input = (event) => {
    window.__bench.inputs.push(event.timeStamp);
    if (event.type === 'keydown') window.__bench.keys.push([event.key, event.timeStamp]);
  };
  window.addEventListener('click', input, true);
  window.addEventListener('keydown', input, true);
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    const key = String(args[1] ?? '');
    if (/^progress\\/[^/]+$/.test(key)) {
      const at = performance.now();
      this.transaction.addEventListener('complete', () =>
        window.__bench.writes.push({ put: at, done: performance.now() }),
      );
    }
    return put.apply(this, args);
  };
  const seen = new WeakSet();
  const watch = () => {
    new MutationObserver(() => {
      const verdict = document.getElementById('quiz-verdict');
      if (!verdict || seen.has(verdict)) return;
      seen.add(verdict);
      const dom = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.__bench.feedback.push({ dom, painted: performance.now() });
        channel.port2.postMessage(0);
      });
    }).observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.documentElement) watch();
  else document.addEventListener('readystatechange', watch, { once: true });
`;

/** What {@link INSTRUMENT} records in the page, as `window.__bench`. */
export interface PageLog {
  /** Times of every click and key press. */
  inputs: number[];
  /** Key presses: key and time. */
  keys: [string, number][];
  /** Progress pointer writes. */
  writes: { put: number; done: number }[];
  /** Quiz feedback shown. */
  feedback: { dom: number; painted: number }[];
}
