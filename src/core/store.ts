/** A reducer: the only way state changes. Pure: same state and action, same result. */
export type Reducer<S, A> = (state: S, action: A) => S;

/** Called after every dispatch with the new state, the previous state and the action. */
export type StoreListener<S, A> = (state: S, previous: S, action: A) => void;

/** Holds one serialisable state and tells listeners when it changes. */
export interface Store<S, A> {
  /** The current state; treat it as read-only. */
  getState(): S;
  /** Applies `action` through the reducer and notifies listeners if the state changed. */
  dispatch(action: A): void;
  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: StoreListener<S, A>): () => void;
  /**
   * Applies later actions with `reducer` (new rules, such as a question bank with a pack installed). The
   * state is kept; replaying the same actions with the same reducer still gives the same state.
   */
  replaceReducer(reducer: Reducer<S, A>): void;
}

/**
 * Creates a tiny typed store. Listeners run after the state is updated; a dispatch from inside a listener
 * is queued and applied after the current round of listeners, so listeners always see a consistent order.
 */
export function createStore<S, A>(initialReducer: Reducer<S, A>, initial: S): Store<S, A> {
  let reducer = initialReducer;
  let state = initial;
  const listeners = new Set<StoreListener<S, A>>();
  const queue: A[] = [];
  let dispatching = false;

  return {
    getState: () => state,
    dispatch(action) {
      queue.push(action);
      if (dispatching) return;
      dispatching = true;
      try {
        while (queue.length > 0) {
          const next = queue.shift() as A;
          const previous = state;
          state = reducer(previous, next);
          if (state !== previous) for (const listener of [...listeners]) listener(state, previous, next);
        }
      } catch (error) {
        queue.length = 0;
        throw error;
      } finally {
        dispatching = false;
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    replaceReducer(next) {
      reducer = next;
    },
  };
}
