import type { ModeRecords, TimedRun } from '../../core/modes/records';
import type { Bests, RoundResultRecord } from '../../core/progress/bests';
import { el } from './dom';
import './progress.css';

/** What the personal bests show. */
export interface PersonalBestsProps {
  /** Region and timed rounds' bests with their recent results. */
  bests: Bests;
  /** The map modes' whole-map runs (best and recent). */
  wholeMap: ModeRecords['wholeMap'];
  /** A region's display name. */
  regionName(regionId: string): string;
}

/** A credit score as written: whole numbers plain, fractions to one decimal ("3.5"). */
function score(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** "4 of 5". */
function roundScore(result: RoundResultRecord): string {
  return `${score(result.score)} of ${result.total}`;
}

/** The date of an instant, `YYYY-MM-DD`. */
function dateOf(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** A whole-map run: "17 of 21 first try, 1:35". */
function runText(run: TimedRun): string {
  const seconds = Math.round(run.ms / 1000);
  const time = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return `${run.right} of ${run.total} at the first try in ${time}`;
}

/** A labelled best with its recent results, oldest first. */
function modeLine(title: string, best: string | null, recent: string[]): HTMLElement {
  return el('div', { className: 'best-mode' }, [
    el('h3', { text: title }),
    el('p', { text: best ? `Best: ${best}.` : 'No result yet.' }),
    recent.length > 0
      ? el('p', { text: `Last ${recent.length}, oldest first: ${recent.join('; ')}.` })
      : null,
  ]);
}

/**
 * Personal bests per mode with their short history: timed rounds (points), the whole-map run (map modes),
 * and each region's rounds (best score and the last few), as text and a table that read the same aloud.
 */
export function personalBests(props: PersonalBestsProps): HTMLElement {
  const { bests, wholeMap, regionName } = props;
  const regions = Object.entries(bests.regions)
    .filter(([, record]) => record.best)
    .sort(([a], [b]) => regionName(a).localeCompare(regionName(b)));
  const timedBest = bests.timed.best;
  return el(
    'section',
    { className: 'stats-section personal-bests', attrs: { 'aria-labelledby': 'stats-bests' } },
    [
      el('h2', { text: 'Personal bests', attrs: { id: 'stats-bests' } }),
      modeLine(
        'Timed rounds',
        timedBest
          ? `${timedBest.points} points (${regionName(timedBest.regionId) || 'across regions'}, ${dateOf(timedBest.at)})`
          : null,
        bests.timed.recent.map((result) => `${result.points}`),
      ),
      modeLine(
        'Whole map',
        wholeMap.best ? `${runText(wholeMap.best)} (${dateOf(wholeMap.best.at)})` : null,
        wholeMap.recent.slice(-5).map(runText),
      ),
      el('h3', { text: 'Region rounds' }),
      regions.length === 0
        ? el('p', { text: 'Finish a round in a region to set its best.' })
        : el('table', {}, [
            el('caption', { className: 'visually-hidden', text: 'Best and recent round scores by region' }),
            el('thead', {}, [
              el('tr', {}, [
                el('th', { text: 'Region', attrs: { scope: 'col' } }),
                el('th', { text: 'Best', attrs: { scope: 'col' } }),
                el('th', { text: 'Recent, oldest first', attrs: { scope: 'col' } }),
              ]),
            ]),
            el(
              'tbody',
              {},
              regions.map(([regionId, record]) =>
                el('tr', {}, [
                  el('th', { text: regionName(regionId), attrs: { scope: 'row' } }),
                  el('td', { text: record.best ? roundScore(record.best) : '' }),
                  el('td', { text: record.recent.map(roundScore).join(', ') }),
                ]),
              ),
            ),
          ]),
    ],
  );
}
