import { describe, expect, it } from 'vitest';
import { DAILY_COUNT, dailyTargets, utcDate } from '../../../src/core/modes/daily';
import { formatDuration, shareText } from '../../../src/core/modes/share';
import { modeTargets } from '../../../src/core/modes/targets';
import { MAP, PLACE_QUESTIONS } from './modeWorld';

const TARGETS = modeTargets(MAP.regions, PLACE_QUESTIONS);
const ids = (date: string) => dailyTargets(date, TARGETS).map((target) => target.id);

describe('the daily challenge', () => {
  it('gives the same ten for the same date, whatever order the targets come in', () => {
    expect(ids('2026-12-07')).toHaveLength(DAILY_COUNT);
    expect(new Set(ids('2026-12-07')).size).toBe(DAILY_COUNT);
    expect(ids('2026-12-07')).toEqual(ids('2026-12-07'));
    const reversed = dailyTargets('2026-12-07', [...TARGETS].reverse()).map((target) => target.id);
    expect(reversed).toEqual(ids('2026-12-07'));
  });

  it('gives different dates different challenges', () => {
    const days = ['2026-12-07', '2026-12-08', '2026-12-09', '2027-01-01'].map((date) => ids(date).join());
    expect(new Set(days).size).toBe(days.length);
  });

  it('changes at midnight UTC, whatever the player’s time zone', () => {
    expect(utcDate(Date.UTC(2026, 11, 7, 23, 59, 59))).toBe('2026-12-07');
    expect(utcDate(Date.UTC(2026, 11, 8, 0, 0, 0))).toBe('2026-12-08');
  });
});

describe('the shared result', () => {
  it('gives the date, the score, the time and a square per target', () => {
    expect(
      shareText({
        date: '2026-12-07',
        right: 8,
        total: 10,
        ms: 102_400,
        outcomes: ['first', 'first', 'missed', 'later', 'first', 'first', 'first', 'first', 'first', 'first'],
      }),
    ).toBe('Borderlines daily 2026-12-07: 8/10 in 1:42 🟩🟩🟥🟨🟩🟩🟩🟩🟩🟩');
  });

  it('writes durations as minutes and seconds, with hours when needed', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(59_999)).toBe('0:59');
    expect(formatDuration(95_000)).toBe('1:35');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });
});
