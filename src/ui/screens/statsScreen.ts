import type { GroupStats, Stats } from '../../core/review/stats';
import {
  type Column,
  type PatternKind,
  calendarHeatmap,
  columnChart,
  heatmapLegend,
  patternSwatch,
  percentBar,
  shortDate,
  stackedBar,
} from '../widgets/charts';
import { themeName } from '../../core/themeName';
import { el } from '../widgets/dom';
import './stats.css';

/** What the progress screen shows and where its button leads. */
export interface StatsScreenProps {
  /** The statistics, from `computeStats`. */
  stats: Stats;
  /** A region's display name from its id, for the by-region chart. */
  regionName(regionId: string): string;
  /** Back to the main menu. */
  onBack(): void;
  /** Level, XP, streak and completion (`widgets/progressSummary.ts`), shown first. */
  summary?: HTMLElement;
  /** Personal bests with their recent results (`widgets/personalBests.ts`), shown last. */
  bests?: HTMLElement;
}

/** `1 review`, `2 reviews`. */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A share as a whole percentage, or "not yet" when there is nothing to measure. */
function percent(value: number | null): string {
  return value === null ? 'not yet' : `${Math.round(value * 100)}%`;
}

/** A titled part of the screen: `<section>` labelled by its `<h2>`. */
function part(id: string, title: string, children: (Node | null)[]): HTMLElement {
  return el('section', { className: 'stats-section', attrs: { 'aria-labelledby': id } }, [
    el('h2', { text: title, attrs: { id } }),
    ...children,
  ]);
}

/** Reviews per day: the heatmap, its legend and the same facts in a sentence. */
function activityPart(stats: Stats): HTMLElement {
  const { days, total, studyDays, busiest } = stats.activity;
  const summary =
    total === 0
      ? `No reviews in the last ${days.length} days.`
      : `${count(total, 'review')} on ${studyDays} of the last ${days.length} days; busiest day ${busiest?.date} with ${busiest?.count}.`;
  const from = days[0]?.date ?? stats.today.date;
  const label = `Calendar of reviews per day from ${from} to ${stats.today.date}: ${summary}`;
  return part('stats-activity', 'Reviews per day', [
    el('p', { className: 'chart-summary', text: summary }),
    calendarHeatmap(days, label),
    heatmapLegend(busiest?.count ?? 0),
  ]);
}

/** The due forecast as columns, with today's and this week's totals in a sentence. */
function forecastPart(stats: Stats): HTMLElement {
  const due = stats.forecast.map((d) => d.count);
  const sum = (values: number[]) => values.reduce((total, n) => total + n, 0);
  const summary = `${due[0] ?? 0} due today, ${sum(due.slice(0, 7))} this week, ${sum(due)} in the next ${due.length} days.`;
  const columns: Column[] = stats.forecast.map((d, index) => ({
    count: d.count,
    title:
      index === 0
        ? `Today, ${d.date}, with overdue cards: ${d.count} due`
        : `${d.date}, in ${count(index, 'day')}: ${d.count} due`,
    ...(index % 7 === 0 ? { tick: index === 0 ? 'Today' : shortDate(d.date) } : {}),
  }));
  return part('stats-forecast', 'Due in the next 30 days', [
    el('p', { className: 'chart-summary', text: summary }),
    columnChart(columns, `Cards due per day: ${summary}`),
  ]);
}

/** Card states in display order, with their fills and legend names. */
const STATES: { key: keyof Stats['cards']; name: string; pattern: PatternKind }[] = [
  { key: 'new', name: 'New', pattern: 'dots' },
  { key: 'learning', name: 'Learning', pattern: 'hatch' },
  { key: 'young', name: 'Young (under 21 days)', pattern: 'grid' },
  { key: 'mature', name: 'Mature (21+ days)', pattern: 'solid' },
];

/** Installed questions by card state: one stacked bar and a legend that gives every count. */
function cardsPart(stats: Stats): HTMLElement {
  const segments = STATES.map((state) => ({ ...state, count: stats.cards[state.key] }));
  const label = `Cards by state: ${segments.map((s) => `${s.count} ${s.name}`).join(', ')}`;
  return part('stats-cards', 'Cards by state', [
    stackedBar(segments, label),
    el(
      'ul',
      { className: 'chart-legend', attrs: { 'aria-label': 'Card states' } },
      segments.map((s) =>
        el('li', {}, [patternSwatch(s.pattern), el('span', { text: `${s.name}: ${s.count}` })]),
      ),
    ),
  ]);
}

/** One metric of a group: its name, a bar and the percentage as text. */
function metric(name: string, value: number | null): HTMLElement {
  return el('div', { className: 'metric' }, [
    el('span', { className: 'metric-name', text: name }),
    percentBar(value),
    el('span', { className: 'metric-value', text: percent(value) }),
  ]);
}

/** A list of groups, each with its accuracy and retention bars and counts. */
function groupList(
  title: string,
  groups: readonly GroupStats[],
  name: (key: string) => string,
): HTMLElement[] {
  const heading = el('h3', { text: title });
  if (groups.length === 0)
    return [heading, el('p', { className: 'chart-summary', text: 'Nothing answered yet.' })];
  return [
    heading,
    el(
      'ul',
      { className: 'group-list' },
      groups.map((group) =>
        el('li', { className: 'group-row' }, [
          el('span', { className: 'group-name', text: name(group.key) }),
          metric('Accuracy', group.accuracy),
          metric('Retention', group.retention),
          el('span', {
            className: 'group-counts',
            text: `${count(group.answered, 'answer')}, ${count(group.reviews, 'review')}`,
          }),
        ]),
      ),
    ),
  ];
}

/** Accuracy and retention by pack, by theme and by region. */
function groupsPart(stats: Stats, regionName: (regionId: string) => string): HTMLElement {
  const same = (key: string) => key;
  return part('stats-groups', 'Accuracy and retention', [
    el('p', {
      className: 'chart-summary',
      text: 'Accuracy is your average score on quiz answers. Retention is how often you remembered a card you had already learned.',
    }),
    ...groupList('By pack', stats.groups.pack, same),
    ...groupList('By theme', stats.groups.theme, themeName),
    ...groupList('By region', stats.groups.region, regionName),
  ]);
}

/** Streaks, today's reviews and the average recall probability, as labelled figures. */
function streakPart(stats: Stats): HTMLElement {
  const figure = (term: string, value: string) =>
    el('div', {}, [el('dt', { text: term }), el('dd', { text: value })]);
  const keepGoing =
    stats.streak.current > 0 && stats.reviewsToday === 0
      ? 'Review something today to keep your streak.'
      : null;
  return part('stats-streak', 'Streak', [
    el('dl', { className: 'stat-figures' }, [
      figure('Current streak', count(stats.streak.current, 'day')),
      figure('Best streak', count(stats.streak.best, 'day')),
      figure('Reviews today', String(stats.reviewsToday)),
      figure('Average recall probability', percent(stats.averageRecall)),
    ]),
    keepGoing ? el('p', { className: 'chart-summary', text: keepGoing }) : null,
  ]);
}

/**
 * Builds the progress screen: reviews per day, the due forecast, cards by state, accuracy and retention
 * by pack, theme and region, and streaks. Every chart also states its numbers in text, so the screen
 * reads the same without colour or sight of the charts.
 */
export function statsScreen(props: StatsScreenProps): { element: HTMLElement; heading: HTMLElement } {
  const heading = el('h1', { text: 'Your progress', attrs: { id: 'stats-title' } });
  const back = el('button', {
    text: 'Back to menu',
    attrs: { type: 'button' },
    onClick: () => props.onBack(),
  });
  const { stats } = props;
  const empty = stats.totalReviews === 0 && stats.totalAnswers === 0;
  const body = empty
    ? [
        el('p', {
          className: 'stats-empty',
          text: 'Answer some questions or study flashcards to see your progress here.',
        }),
      ]
    : [
        activityPart(stats),
        forecastPart(stats),
        cardsPart(stats),
        groupsPart(stats, props.regionName),
        streakPart(stats),
        props.bests ?? null,
      ];
  const element = el(
    'section',
    { className: 'screen stats-screen', attrs: { 'aria-labelledby': 'stats-title' } },
    [
      el('div', { className: 'stats-header' }, [heading, back]),
      empty ? null : (props.summary ?? null),
      ...body,
    ],
  );
  return { element, heading };
}
