/**
 * Pure helpers that turn what the page recorded (see `instrument.ts`) into latencies. Every time here is
 * the page's own clock (`performance.now()` and `event.timeStamp`, both from the document's time origin),
 * so no conversion between clocks is needed.
 */

/** A progress pointer write: when `put` was called and when its transaction completed. */
export interface PointerWrite {
  put: number;
  done: number;
  /** Quiz answers in the record the pointer points to (-1 when unknown). */
  answers?: number;
}

/** Feedback that appeared: when it entered the DOM and when the frame showing it had been painted. */
export interface FeedbackShown {
  dom: number;
  painted: number;
}

/** A resource the page loaded, as resource timing reports it. */
export interface LoadedResource {
  responseEnd: number;
  encodedBodySize: number;
}

/** The latest of `times` at or before `at`, or undefined when none is. */
export function latestAtOrBefore(times: readonly number[], at: number): number | undefined {
  let latest: number | undefined;
  for (const time of times) if (time <= at && (latest === undefined || time > latest)) latest = time;
  return latest;
}

/**
 * Input → durably written: from the input at `inputAt` to the completion of the first pointer write
 * started at or after it (an earlier write cannot hold the answer) and, when `answers` is given, pointing
 * to a record with at least that many answers (a save already under way when the player answered can
 * finish after the input without holding the answer). Undefined when there is none yet.
 */
export function inputToWrite(
  writes: readonly PointerWrite[],
  inputAt: number,
  answers?: number,
): number | undefined {
  const write = writes
    .filter(({ put, answers: held }) => put >= inputAt && (answers === undefined || (held ?? -1) >= answers))
    .sort((a, b) => a.put - b.put)[0];
  return write ? write.done - inputAt : undefined;
}

/**
 * Input → feedback, for each feedback shown: from the latest input before the feedback entered the DOM
 * (the click or key press that answered) to the paint, or with `until: 'dom'` to its entering the DOM
 * (which tells the game's own work from the rendering after it). Feedback with no input before it is
 * skipped.
 */
export function feedbackLatencies(
  inputs: readonly number[],
  shown: readonly FeedbackShown[],
  until: 'painted' | 'dom' = 'painted',
): number[] {
  return shown.flatMap((feedback) => {
    const input = latestAtOrBefore(inputs, feedback.dom);
    return input === undefined ? [] : [feedback[until] - input];
  });
}

/**
 * Bytes on the wire (compressed bodies) of the resources that had finished loading by `at`, the document
 * itself included when it is passed among `resources`.
 */
export function bytesLoadedBy(resources: readonly LoadedResource[], at: number): number {
  return resources
    .filter(({ responseEnd }) => responseEnd > 0 && responseEnd <= at)
    .reduce((sum, { encodedBodySize }) => sum + encodedBodySize, 0);
}
