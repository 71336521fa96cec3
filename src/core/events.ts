/** A typed publish/subscribe hub. `Events` maps each event name to its payload type. */
export interface Emitter<Events extends object> {
  /** Calls `listener` on every `name` event until the returned function is called. */
  on<K extends keyof Events>(name: K, listener: (payload: Events[K]) => void): () => void;
  /** Delivers `payload` to every listener of `name`, in subscription order. */
  emit<K extends keyof Events>(name: K, payload: Events[K]): void;
}

/**
 * Creates an {@link Emitter}. Kept tiny and free of Phaser's EventEmitter so that the core stays pure.
 */
export function createEmitter<Events extends object>(): Emitter<Events> {
  const listeners = new Map<keyof Events, Set<(payload: never) => void>>();
  return {
    on(name, listener) {
      let set = listeners.get(name);
      if (!set) {
        set = new Set();
        listeners.set(name, set);
      }
      set.add(listener as (payload: never) => void);
      return () => set.delete(listener as (payload: never) => void);
    },
    emit(name, payload) {
      for (const listener of [...(listeners.get(name) ?? [])]) {
        (listener as (p: typeof payload) => void)(payload);
      }
    },
  };
}
