import { describe, it, expect } from 'vitest';
import { createEmitter } from '../../src/core/events';

interface TestEvents {
  regionCleared: { regionId: string; unlocked: string[] };
  muted: boolean;
  tick: number;
}

describe('createEmitter', () => {
  it('delivers the payload to listeners of that event only, in subscription order', () => {
    const emitter = createEmitter<TestEvents>();
    const log: string[] = [];
    emitter.on('regionCleared', (payload) => log.push(`a:${payload.regionId}:${payload.unlocked.join('+')}`));
    emitter.on('regionCleared', (payload) => log.push(`b:${payload.regionId}`));
    emitter.on('muted', (payload) => log.push(`muted:${String(payload)}`));

    emitter.emit('regionCleared', { regionId: 'mongolia', unlocked: ['north-china', 'west-china'] });

    expect(log).toEqual(['a:mongolia:north-china+west-china', 'b:mongolia']);
    emitter.emit('muted', true);
    expect(log).toEqual(['a:mongolia:north-china+west-china', 'b:mongolia', 'muted:true']);
  });

  it('does nothing when an event has no listeners', () => {
    const emitter = createEmitter<TestEvents>();
    expect(() => emitter.emit('tick', 1)).not.toThrow();
  });

  it('stops calling a listener after its unsubscribe function runs', () => {
    const emitter = createEmitter<TestEvents>();
    const a: number[] = [];
    const b: number[] = [];
    const offA = emitter.on('tick', (n) => a.push(n));
    emitter.on('tick', (n) => b.push(n));

    emitter.emit('tick', 1);
    offA();
    emitter.emit('tick', 2);
    offA();
    emitter.emit('tick', 3);

    expect(a).toEqual([1]);
    expect(b).toEqual([1, 2, 3]);
  });

  it('treats the same function subscribed to two events as two subscriptions', () => {
    const emitter = createEmitter<{ one: number; two: number }>();
    const seen: number[] = [];
    const listener = (n: number) => seen.push(n);
    const offOne = emitter.on('one', listener);
    emitter.on('two', listener);
    offOne();
    emitter.emit('one', 1);
    emitter.emit('two', 2);
    expect(seen).toEqual([2]);
  });

  it('does not run listeners added during an emit in that emit, but does in the next', () => {
    const emitter = createEmitter<TestEvents>();
    const log: string[] = [];
    emitter.on('tick', (n) => {
      log.push(`outer ${n}`);
      if (n === 1) emitter.on('tick', (m) => log.push(`inner ${m}`));
    });

    emitter.emit('tick', 1);
    expect(log).toEqual(['outer 1']);
    emitter.emit('tick', 2);
    expect(log).toEqual(['outer 1', 'outer 2', 'inner 2']);
  });
});
