/**
 * The map modes' chooser, as elements: the four modes with what each asks, the whole map's best and recent
 * times, and whether today's daily challenge is done.
 */
import { DAILY_COUNT, utcDate } from '../../core/modes/daily';
import { type ModeRecords, type TimedRun, dailyRecordOf } from '../../core/modes/records';
import { type ModeKind, PRACTICE_COUNT } from '../../core/modes/run';
import { formatDuration } from '../../core/modes/share';
import { el } from '../widgets/dom';

/** The modes as the chooser offers them: name, and what each asks. */
export const MODES: { kind: ModeKind; label: string; about: string }[] = [
  {
    kind: 'name',
    label: 'Name it',
    about: `A region is highlighted or a place marked on the map: type its name (${PRACTICE_COUNT} to name).`,
  },
  {
    kind: 'find',
    label: 'Find it',
    about: `You are given a name: click that region or place on the map, three tries each (${PRACTICE_COUNT} to find).`,
  },
  {
    kind: 'whole',
    label: 'Whole map',
    about: 'Find every region against the clock; your best time is kept.',
  },
  {
    kind: 'daily',
    label: 'Daily challenge',
    about: `The same ${DAILY_COUNT} regions and places for everyone today, one go a day, with a result to share.`,
  },
];

/** The whole map's best time and recent runs. */
export function wholeMapRecords(records: ModeRecords): HTMLElement {
  const { best, recent } = records.wholeMap;
  const runText = (run: TimedRun) => `${run.right}/${run.total} in ${formatDuration(run.ms)}`;
  return el('section', { className: 'modes-records', attrs: { 'aria-label': 'Whole map times' } }, [
    el('h3', { text: 'Whole map' }),
    el('p', {
      className: 'modes-best',
      text: best ? `Best: ${runText(best)} (${utcDate(best.at)})` : 'No whole-map run yet.',
    }),
    recent.length > 0
      ? el(
          'ol',
          { className: 'modes-recent', attrs: { 'aria-label': 'Recent whole-map times' } },
          [...recent].reverse().map((run) => el('li', { text: `${runText(run)} (${utcDate(run.at)})` })),
        )
      : null,
  ]);
}

/** Whether today's daily challenge is done (`now` in epoch ms), and its result. */
export function todaySummary(records: ModeRecords, now: number): HTMLElement {
  const today = utcDate(now);
  const done = dailyRecordOf(records, today);
  return el('p', {
    className: 'modes-today',
    text: done
      ? `Today’s challenge (${today}) is done: ${done.right}/${done.total} in ${formatDuration(done.ms)}.`
      : `Today’s challenge (${today}) is waiting.`,
  });
}
