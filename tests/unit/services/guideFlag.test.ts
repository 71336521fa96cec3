import { describe, expect, it } from 'vitest';
import { type FlagStorage, GUIDE_FLAG_KEY, createGuideFlag } from '../../../src/services/guideFlag';

/** A storage in memory, like localStorage. */
function memoryStorage(initial: Record<string, string> = {}): FlagStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

/** A storage that refuses every read and write, as a blocked or full localStorage does. */
const refusing: FlagStorage = {
  getItem: () => {
    throw new Error('SecurityError: access denied');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('the guided first round flag', () => {
  it('is not done when absent, and done once the tour was finished or skipped', () => {
    for (const outcome of ['finished', 'skipped'] as const) {
      const storage = memoryStorage();
      const flag = createGuideFlag(storage);
      expect(flag.done()).toBe(false);
      flag.remember(outcome);
      expect(storage.items.get(GUIDE_FLAG_KEY)).toBe(outcome);
      expect(createGuideFlag(storage).done()).toBe(true);
    }
  });

  it('reads a damaged value as not done, so the tour shows rather than breaking', () => {
    for (const damaged of ['', 'true', '{"done":1}', 'FINISHED'])
      expect(createGuideFlag(memoryStorage({ [GUIDE_FLAG_KEY]: damaged })).done()).toBe(false);
  });

  it('survives a storage that refuses reads and writes, and a browser without storage', () => {
    const flag = createGuideFlag(refusing);
    expect(flag.done()).toBe(false);
    expect(() => flag.remember('skipped')).not.toThrow();
    const none = createGuideFlag(null);
    expect(none.done()).toBe(false);
    expect(() => none.remember('finished')).not.toThrow();
  });
});
