import { describe, expect, it } from 'vitest';
import {
  bytesLoadedBy,
  feedbackLatencies,
  inputToWrite,
  latestAtOrBefore,
} from '../../../tools/bench/pageLog';

describe('page log to latencies', () => {
  it('finds the latest input at or before a moment', () => {
    expect(latestAtOrBefore([5, 30, 10, 40], 35)).toBe(30);
    expect(latestAtOrBefore([5, 30], 30)).toBe(30);
    expect(latestAtOrBefore([50], 10)).toBeUndefined();
  });

  it('times an input to the first pointer write started after it, never an earlier one', () => {
    const writes = [
      { put: 90, done: 130 },
      { put: 120, done: 150 },
      { put: 105, done: 160 },
    ];
    expect(inputToWrite(writes, 100)).toBe(60);
    expect(inputToWrite(writes, 110)).toBe(40);
    expect(inputToWrite(writes, 200)).toBeUndefined();
  });

  it('skips a write that started after the input but does not hold the answer yet', () => {
    const writes = [
      { put: 110, done: 120, answers: 3 },
      { put: 140, done: 170, answers: 4 },
    ];
    expect(inputToWrite(writes, 100, 4)).toBe(70);
    expect(inputToWrite(writes, 100, 3)).toBe(20);
    expect(inputToWrite(writes, 100, 5)).toBeUndefined();
    expect(inputToWrite([{ put: 110, done: 120 }], 100, 1)).toBeUndefined();
  });

  it('times each feedback from the input that caused it', () => {
    const inputs = [100, 180, 400];
    const shown = [
      { dom: 190, painted: 205 },
      { dom: 420, painted: 450 },
      { dom: 50, painted: 60 },
    ];
    expect(feedbackLatencies(inputs, shown)).toEqual([25, 50]);
    expect(feedbackLatencies(inputs, shown, 'dom')).toEqual([10, 20]);
  });

  it('adds the compressed bytes of what finished loading by the mark', () => {
    const resources = [
      { responseEnd: 10, encodedBodySize: 1000 },
      { responseEnd: 99.5, encodedBodySize: 200 },
      { responseEnd: 100.5, encodedBodySize: 5000 },
      { responseEnd: 0, encodedBodySize: 7 },
    ];
    expect(bytesLoadedBy(resources, 100)).toBe(1200);
    expect(bytesLoadedBy(resources, 5)).toBe(0);
  });
});
