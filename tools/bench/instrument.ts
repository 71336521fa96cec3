/**
 * Script added to benchmark pages before any of their own code runs. It records, on the page's clock:
 * clicks and key presses (`event.timeStamp`, in capture listeners, so before the game handles them);
 * every write of a progress pointer (a save writes the next record and then the pointer to it, so the
 * pointer's transaction completing is the moment the new progress is durably the current one), with the
 * number of quiz answers in the record it points to (saves run one at a time, so that is the record
 * written just before); and each
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
  let answers = -1;
  IDBObjectStore.prototype.put = function (...args) {
    const key = String(args[1] ?? '');
    if (/^progress\\/[^/]+\\/\\d+$/.test(key)) answers = args[0]?.answers?.length ?? -1;
    if (/^progress\\/[^/]+$/.test(key)) {
      const write = { put: performance.now(), answers };
      this.transaction.addEventListener('complete', () =>
        window.__bench.writes.push({ ...write, done: performance.now() }),
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
  /** Progress pointer writes, with the number of answers in the record pointed to (-1: unknown). */
  writes: { put: number; done: number; answers: number }[];
  /** Quiz feedback shown. */
  feedback: { dom: number; painted: number }[];
}
