import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type HistoryAsset, parseHistoryAsset } from '../../../src/core/map/history';
import {
  FIRST_HISTORY_YEAR,
  timeChangeMessage,
  timeSpan,
  yearForKey,
} from '../../../src/core/map/timeControl';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const parsed = parseHistoryAsset(
  JSON.parse(fs.readFileSync(path.resolve(projectRoot, 'assets/history.json'), 'utf8')) as unknown,
);
if (!parsed.ok) throw new Error('assets/history.json does not parse');
const history: HistoryAsset = parsed.value;
const span = timeSpan(history, 2026);

describe('the time span', () => {
  it('runs from 1689 to the current year, with the event years ascending', () => {
    expect(span.min).toBe(FIRST_HISTORY_YEAR);
    expect(span.max).toBe(2026);
    expect(span.eventYears[0]).toBe(1689);
    expect(span.eventYears).toContain(1858);
    expect([...span.eventYears]).toEqual([...span.eventYears].sort((a, b) => a - b));
    expect(new Set(span.eventYears).size).toBe(span.eventYears.length);
  });

  it('never ends before the last event, whatever the clock says', () => {
    expect(timeSpan(history, 2000).max).toBe(2014);
  });
});

describe('the keys of the time control', () => {
  it('move one year with the arrows, within the span', () => {
    expect(yearForKey('ArrowRight', 1900, span)).toBe(1901);
    expect(yearForKey('ArrowUp', 1900, span)).toBe(1901);
    expect(yearForKey('ArrowLeft', 1900, span)).toBe(1899);
    expect(yearForKey('ArrowDown', 1900, span)).toBe(1899);
    expect(yearForKey('ArrowLeft', 1689, span)).toBeNull();
    expect(yearForKey('ArrowRight', 2026, span)).toBeNull();
  });

  it('move to the previous event with PageUp and the next with PageDown', () => {
    expect(yearForKey('PageDown', 1690, span)).toBe(1858);
    expect(yearForKey('PageDown', 1858, span)).toBe(1860);
    expect(yearForKey('PageUp', 1860, span)).toBe(1858);
    expect(yearForKey('PageUp', 1859, span)).toBe(1858);
    expect(yearForKey('PageDown', 2014, span)).toBe(2026);
    expect(yearForKey('PageUp', 1689, span)).toBeNull();
  });

  it('go to the first and last years with Home and End, and ignore other keys', () => {
    expect(yearForKey('Home', 1900, span)).toBe(1689);
    expect(yearForKey('End', 1900, span)).toBe(2026);
    expect(yearForKey('End', 2026, span)).toBeNull();
    expect(yearForKey('a', 1900, span)).toBeNull();
    expect(yearForKey('Enter', 1900, span)).toBeNull();
  });
});

describe('what the time control announces', () => {
  it('is nothing while no event is passed, so holding an arrow does not flood a screen reader', () => {
    expect(timeChangeMessage(history, 1700, 1701)).toBeNull();
    expect(timeChangeMessage(history, 1859, 1858)).toBeNull();
    expect(timeChangeMessage(history, 1900, 1900)).toBeNull();
  });

  it('names the event passed and who holds what changed', () => {
    expect(timeChangeMessage(history, 1859, 1860)).toBe(
      '1860: Convention of Peking. Now: Land east of the Ussuri to the sea: Russia.',
    );
    expect(timeChangeMessage(history, 2013, 2014)).toBe(
      '2014: Crimea annexed by Russia. Now: Crimea: Russia (not recognised internationally).',
    );
  });

  it('says what is undone when going back', () => {
    expect(timeChangeMessage(history, 1860, 1859)).toBe(
      '1859: back before Convention of Peking (1860). Now: Land east of the Ussuri to the sea: China and Russia jointly.',
    );
  });

  it('sums up a jump across many events in one sentence', () => {
    const message = timeChangeMessage(history, 2026, 1689)!;
    expect(message).toMatch(
      /^1689: back before \d+ events, Treaty of Aigun \(1858\) to Crimea annexed by Russia \(2014\)\. \d+ areas changed hands\.$/,
    );
  });
});
