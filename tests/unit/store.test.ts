import { describe, it, expect } from 'vitest';
import { createStore } from '../../src/core/store';

type Action = { type: 'add'; by: number } | { type: 'noop' } | { type: 'boom' };
interface State {
  count: number;
}

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'add':
      return { count: state.count + action.by };
    case 'noop':
      return state;
    case 'boom':
      throw new Error('reducer failed');
  }
}

describe('createStore', () => {
  it('starts with the initial state', () => {
    const initial = { count: 1 };
    expect(createStore(reducer, initial).getState()).toBe(initial);
  });

  it('applies actions through the reducer and tells listeners the state, the previous state and the action', () => {
    const initial = { count: 0 };
    const store = createStore(reducer, initial);
    const calls: [State, State, Action][] = [];
    store.subscribe((state, previous, action) => calls.push([state, previous, action]));

    const action: Action = { type: 'add', by: 2 };
    store.dispatch(action);

    expect(store.getState()).toEqual({ count: 2 });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.[0]).toBe(store.getState());
    expect(calls[0]?.[1]).toBe(initial);
    expect(calls[0]?.[2]).toBe(action);
  });

  it('lets listeners read the new state through getState', () => {
    const store = createStore(reducer, { count: 0 });
    const seen: number[] = [];
    store.subscribe(() => seen.push(store.getState().count));
    store.dispatch({ type: 'add', by: 5 });
    expect(seen).toEqual([5]);
  });

  it('does not notify when the reducer returns the same state', () => {
    const initial = { count: 3 };
    const store = createStore(reducer, initial);
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.dispatch({ type: 'noop' });
    expect(calls).toBe(0);
    expect(store.getState()).toBe(initial);
  });

  it('queues a dispatch made inside a listener and applies it after the current listeners', () => {
    const store = createStore(reducer, { count: 0 });
    const log: string[] = [];
    store.subscribe((state, previous, action) => {
      log.push(`first saw ${previous.count}->${state.count} (${action.type})`);
      if (state.count === 1) {
        store.dispatch({ type: 'add', by: 10 });
        log.push(`first after nested dispatch sees ${store.getState().count}`);
      }
    });
    store.subscribe((state, previous) => log.push(`second saw ${previous.count}->${state.count}`));

    store.dispatch({ type: 'add', by: 1 });

    expect(log).toEqual([
      'first saw 0->1 (add)',
      'first after nested dispatch sees 1',
      'second saw 0->1',
      'first saw 1->11 (add)',
      'second saw 1->11',
    ]);
    expect(store.getState().count).toBe(11);
  });

  it('stops calling a listener once unsubscribed, and leaves the others', () => {
    const store = createStore(reducer, { count: 0 });
    const a: number[] = [];
    const b: number[] = [];
    const unsubscribeA = store.subscribe((state) => a.push(state.count));
    store.subscribe((state) => b.push(state.count));

    store.dispatch({ type: 'add', by: 1 });
    unsubscribeA();
    store.dispatch({ type: 'add', by: 1 });
    unsubscribeA();

    expect(a).toEqual([1]);
    expect(b).toEqual([1, 2]);
  });

  it('passes on a reducer error and drops the actions queued behind it', () => {
    const store = createStore(reducer, { count: 0 });
    const seen: number[] = [];
    store.subscribe((state) => {
      seen.push(state.count);
      if (state.count === 1) {
        store.dispatch({ type: 'boom' });
        store.dispatch({ type: 'add', by: 100 });
      }
    });

    expect(() => store.dispatch({ type: 'add', by: 1 })).toThrow('reducer failed');
    expect(store.getState().count).toBe(1);

    // The +100 queued behind the failing action must not run on the next dispatch.
    store.dispatch({ type: 'add', by: 2 });
    expect(store.getState().count).toBe(3);
    expect(seen).toEqual([1, 3]);
  });

  it('keeps working after a reducer throws on a top-level dispatch', () => {
    const store = createStore(reducer, { count: 0 });
    expect(() => store.dispatch({ type: 'boom' })).toThrow();
    const seen: number[] = [];
    store.subscribe((state) => seen.push(state.count));
    store.dispatch({ type: 'add', by: 4 });
    expect(seen).toEqual([4]);
  });
});
