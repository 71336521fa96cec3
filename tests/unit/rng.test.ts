import { describe, it, expect } from 'vitest';
import { createSeededRng, shuffled } from '../../src/core/rng';

/** The first `count` values of a generator. */
function take(rng: () => number, count: number): number[] {
  return Array.from({ length: count }, () => rng());
}

describe('createSeededRng', () => {
  it('gives the same sequence for the same seed', () => {
    expect(take(createSeededRng(42), 50)).toEqual(take(createSeededRng(42), 50));
    expect(take(createSeededRng(0), 10)).toEqual(take(createSeededRng(0), 10));
  });

  it('gives different sequences for different seeds', () => {
    expect(take(createSeededRng(1), 10)).not.toEqual(take(createSeededRng(2), 10));
    expect(take(createSeededRng(0), 10)).not.toEqual(take(createSeededRng(1), 10));
  });

  it('does not repeat one value over and over', () => {
    const values = take(createSeededRng(7), 1000);
    expect(new Set(values).size).toBeGreaterThan(990);
  });

  it.each([0, 1, 42, 123456789, 2 ** 32 - 1, -1, -987654])('stays in [0, 1) for seed %d', (seed) => {
    const values = take(createSeededRng(seed), 5000);
    for (const value of values) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('spreads values roughly evenly over [0, 1)', () => {
    const buckets = new Array<number>(10).fill(0);
    const rng = createSeededRng(2024);
    for (let i = 0; i < 20000; i++) buckets[Math.floor(rng() * 10)]! += 1;
    for (const count of buckets) {
      expect(count).toBeGreaterThan(1700);
      expect(count).toBeLessThan(2300);
    }
  });
});

describe('shuffled', () => {
  it('returns a permutation of the input', () => {
    const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const result = shuffled(items, createSeededRng(3));
    expect(result).toHaveLength(items.length);
    expect([...result].sort()).toEqual([...items].sort());
  });

  it('leaves the input untouched and returns a new array', () => {
    const items = Object.freeze([1, 2, 3, 4, 5]);
    const result = shuffled(items, createSeededRng(9));
    expect(items).toEqual([1, 2, 3, 4, 5]);
    expect(result).not.toBe(items);
  });

  it('keeps duplicates', () => {
    expect(shuffled([1, 1, 2, 2, 2], createSeededRng(5)).sort()).toEqual([1, 1, 2, 2, 2]);
  });

  it('handles empty and one-item lists', () => {
    expect(shuffled([], createSeededRng(1))).toEqual([]);
    expect(shuffled(['only'], createSeededRng(1))).toEqual(['only']);
  });

  it('is deterministic for a seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffled(items, createSeededRng(77))).toEqual(shuffled(items, createSeededRng(77)));
  });

  it('actually changes the order for some seed', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    const orders = new Set(
      Array.from({ length: 20 }, (_, seed) => shuffled(items, createSeededRng(seed)).join(',')),
    );
    expect(orders.size).toBeGreaterThan(15);
  });

  it('puts every item in every position over many seeds, without a bias towards staying put', () => {
    const n = 5;
    const runs = 5000;
    const items = Array.from({ length: n }, (_, i) => i);
    const counts = items.map(() => new Array<number>(n).fill(0));
    for (let seed = 0; seed < runs; seed++) {
      shuffled(items, createSeededRng(seed)).forEach((item, position) => {
        counts[position]![item]! += 1;
      });
    }
    const expected = runs / n;
    for (let position = 0; position < n; position++) {
      for (let item = 0; item < n; item++) {
        const count = counts[position]![item]!;
        // Each cell should be near runs / n = 1000; a fixed point or an off-by-one in Fisher–Yates skews it far.
        expect(count, `item ${item} at position ${position}`).toBeGreaterThan(expected * 0.8);
        expect(count, `item ${item} at position ${position}`).toBeLessThan(expected * 1.2);
      }
    }
  });
});
