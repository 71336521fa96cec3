import type { ProgressSnapshot } from '../../core/progress/snapshot';
import type { StreakInfo } from '../../core/progress/streak';
import { el } from './dom';
import './progress.css';

/** "1 day", "3 days". */
function days(n: number): string {
  return `${n} ${n === 1 ? 'day' : 'days'}`;
}

/** What the streak says today: its length and what keeps it going. */
export function streakText(streak: StreakInfo): string {
  if (streak.current === 0)
    return streak.best > 0
      ? 'No day streak now: answer a question today to start a new one.'
      : 'No day streak yet: answer a question to start one.';
  return streak.activeToday
    ? `Day streak: ${days(streak.current)}, today done.`
    : `Day streak: ${days(streak.current)}. Play today to keep it.`;
}

/** What the week's streak freeze can still do. */
export function freezeText(streak: StreakInfo): string {
  return streak.freezeAvailable
    ? 'Streak freeze ready: one missed day this week keeps your streak.'
    : 'Streak freeze used this week: miss no more days until Monday.';
}

/**
 * The learner's progress for the menu: the level's name with an XP bar to the next level, the day streak
 * with this week's streak freeze, and how much of the map is cleared. Every figure is also in words.
 */
export function progressSummary(progress: ProgressSnapshot): HTMLElement {
  const { level, streak, completion } = progress;
  const toNext = level.next - level.xp;
  const bar = el('progress', {
    attrs: {
      id: 'level-progress',
      max: String(level.next - level.start),
      value: String(level.xp - level.start),
      'aria-label': `XP to level ${level.level + 1}, ${level.nextName}`,
    },
  });
  return el('section', { className: 'progress-summary', attrs: { 'aria-label': 'Your level and streak' } }, [
    el('div', { className: 'level-line' }, [
      el('p', { className: 'level-name' }, [
        el('span', { className: 'level-number', text: `Level ${level.level}` }),
        ' ',
        el('strong', { text: level.name }),
      ]),
      bar,
      el('p', {
        className: 'xp-text',
        text: `${level.xp} XP: ${toNext} more to ${level.nextName}.`,
      }),
    ]),
    el('p', { className: `streak-line${streak.current > 0 ? ' alive' : ''}` }, [
      el('span', { className: 'streak-text', text: streakText(streak) }),
      ' ',
      el('span', {
        className: `freeze ${streak.freezeAvailable ? 'ready' : 'used'}`,
        text: freezeText(streak),
      }),
    ]),
    el('p', {
      className: 'completion-line',
      text: `Map ${completion.percent}% complete: ${completion.cleared} of ${completion.total} regions cleared.`,
    }),
  ]);
}
