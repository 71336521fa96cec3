import { afterEach, describe, expect, it } from 'vitest';
import type { AnswerRecord } from '../../src/core/play/gameState';
import type { CardPhase, CardState, ReviewLogEntry } from '../../src/core/review/cards';
import { type Stats, computeStats } from '../../src/core/review/stats';
import { statsScreen } from '../../src/ui/screens/statsScreen';
import { cardState, logEntry } from '../support/reviews';
import { accessibleName, getButton, getByRole, headings, visibleText } from './a11y';

const DAY = 86_400_000;
/** Friday 2026-11-20, 12:00 UTC (15:00 for the learner at UTC+3). */
const NOW = Date.UTC(2026, 10, 20, 12, 0);

/** A rating `value` given at `at` to a card in `state`. */
function rating(questionId: string, at: number, value: 1 | 2 | 3 | 4, state: CardPhase): ReviewLogEntry {
  return logEntry(questionId, at, { rating: value, state });
}

/** A well-learnt card in `state`, due at `due`, last reviewed now. */
function card(state: CardPhase, due: number, scheduledDays: number): CardState {
  return cardState(state, due, { stability: 10, scheduled_days: scheduledDays, reps: 2, last_review: NOW });
}

function answer(questionId: string, correct: boolean, score?: number): AnswerRecord {
  return {
    questionId,
    regionId: 'crimea',
    response: 0,
    correct,
    ...(score === undefined ? {} : { score }),
    at: NOW - DAY,
    ms: 1500,
  };
}

/** Statistics with known numbers: 3 reviews on 2026-11-10, 1 yesterday, 2 today. */
function sampleStats(): Stats {
  const labels: Record<string, { pack: string; theme: string; region?: string }> = {
    q1: { pack: 'Core', theme: 'unequal-treaties', region: 'crimea' },
    q2: { pack: 'Core', theme: 'power-of-siberia-2', region: 'mongolia' },
    q3: { pack: 'Extra', theme: 'power-of-siberia-2' },
  };
  return computeStats({
    questionIds: ['q1', 'q2', 'q3', 'q4'],
    answers: [answer('q1', true), answer('q1', false, 0.5), answer('q2', false)],
    cards: {
      q1: card(2, NOW - DAY, 30),
      q2: card(2, NOW + 3 * DAY, 5),
      q3: card(1, NOW + 3 * DAY, 0),
    },
    reviewLog: [
      rating('q1', Date.UTC(2026, 10, 10, 9), 3, 2),
      rating('q1', Date.UTC(2026, 10, 10, 10), 1, 2),
      rating('q2', Date.UTC(2026, 10, 10, 11), 3, 0),
      rating('q3', NOW - DAY, 3, 2),
      rating('q1', NOW - 2 * 3_600_000, 4, 2),
      rating('q2', NOW - 3_600_000, 3, 1),
    ],
    describe: (id) => labels[id],
    now: NOW,
    utcOffsetMin: 180,
  });
}

const REGION_NAMES: Record<string, string> = { crimea: 'Crimea', mongolia: 'Mongolia' };

function setup(stats: Stats = sampleStats()) {
  let backs = 0;
  const screen = statsScreen({
    stats,
    regionName: (id) => REGION_NAMES[id] ?? id,
    onBack: () => (backs += 1),
  });
  document.body.append(screen.element);
  return { screen, backs: () => backs };
}

/** The one part of the screen (a `<section>` labelled by its heading) named `name`. */
function section(name: string): HTMLElement {
  const matches = [...document.querySelectorAll<HTMLElement>('.stats-section')].filter(
    (part) => accessibleName(part) === name,
  );
  if (matches.length !== 1) throw new Error(`expected one section named ${name}, found ${matches.length}`);
  return matches[0]!;
}

/** The text of each child element of `element`, as separate strings. */
function parts(element: Element): string[] {
  return [...element.children].map(visibleText).filter((text) => text !== '');
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('statsScreen', () => {
  it('is a screen named by its "Your progress" heading, returned for focus', () => {
    const { screen } = setup();
    expect(screen.element.tagName).toBe('SECTION');
    expect(accessibleName(screen.element)).toBe('Your progress');
    expect(screen.heading.tagName).toBe('H1');
    expect(screen.heading.textContent).toBe('Your progress');
  });

  it('has a section per chart, each with its heading', () => {
    setup();
    expect(headings()).toEqual([
      'Your progress',
      'Reviews per day',
      'Due in the next 30 days',
      'Cards by state',
      'Accuracy and retention',
      'By pack',
      'By theme',
      'By region',
      'Streak',
    ]);
  });

  it('draws the heatmap with a titled cell per day, a legend and a summary in words', () => {
    setup();
    const part = section('Reviews per day');
    const map = getByRole('img', /^Calendar of reviews per day from 2026-05-23 to 2026-11-20/, part);
    const cells = [...map.querySelectorAll('rect')];
    expect(cells).toHaveLength(182);
    const titles = cells.map((cell) => cell.querySelector('title')?.textContent);
    expect(titles).toContain('2026-11-10: 3 reviews');
    expect(titles).toContain('2026-11-19: 1 review');
    expect(titles).toContain('2026-11-20: 2 reviews');
    expect(titles).toContain('2026-11-01: 0 reviews');
    expect(map.querySelector('[data-date="2026-11-10"]')?.getAttribute('class')).toContain('heat-4');
    expect(visibleText(part)).toContain(
      '6 reviews on 3 of the last 182 days; busiest day 2026-11-10 with 3.',
    );
    const legend = getByRole('list', 'Reviews per day, legend', part);
    expect([...legend.querySelectorAll('li')].map(visibleText)).toEqual([
      'No reviews',
      '1 review',
      '2 reviews',
      '3 reviews',
    ]);
  });

  it('lays out the heatmap in weeks, Monday at the top', () => {
    setup();
    const map = getByRole('img', /^Calendar of reviews/, section('Reviews per day'));
    const at = (date: string) => map.querySelector(`[data-date="${date}"]`)!;
    expect(at('2026-11-16').getAttribute('y')).toBe(at('2026-11-09').getAttribute('y'));
    expect(at('2026-11-16').getAttribute('x')).toBe(at('2026-11-20').getAttribute('x'));
    expect(at('2026-11-16').getAttribute('x')).not.toBe(at('2026-11-15').getAttribute('x'));
    expect(Number(at('2026-11-20').getAttribute('y'))).toBeGreaterThan(
      Number(at('2026-11-16').getAttribute('y')),
    );
  });

  it('charts the due forecast with counts above the columns and totals in words', () => {
    setup();
    const part = section('Due in the next 30 days');
    expect(visibleText(part)).toContain('1 due today, 3 this week, 3 in the next 30 days.');
    const chart = getByRole(
      'img',
      'Cards due per day: 1 due today, 3 this week, 3 in the next 30 days.',
      part,
    );
    expect([...chart.querySelectorAll('.column-count')].map((t) => t.textContent)).toEqual(['1', '2']);
    const titles = [...chart.querySelectorAll('title')].map((t) => t.textContent);
    expect(titles[0]).toBe('Today, 2026-11-20, with overdue cards: 1 due');
    expect(titles[3]).toBe('2026-11-23, in 3 days: 2 due');
    const ticks = [...chart.querySelectorAll('text')]
      .map((t) => t.textContent)
      .filter((t) => !/^\d+$/.test(t ?? ''));
    expect(ticks).toEqual(['Today', '27 Nov', '4 Dec', '11 Dec', '18 Dec']);
  });

  it('shows cards by state in a patterned bar and a legend with every count', () => {
    setup();
    const part = section('Cards by state');
    getByRole('img', 'Cards by state: 1 New, 1 Learning, 1 Young (under 21 days), 1 Mature (21+ days)', part);
    const legend = getByRole('list', 'Card states', part);
    expect([...legend.querySelectorAll('li')].map(visibleText)).toEqual([
      'New: 1',
      'Learning: 1',
      'Young (under 21 days): 1',
      'Mature (21+ days): 1',
    ]);
    expect(part.querySelectorAll('pattern').length).toBeGreaterThanOrEqual(3);
  });

  it('writes accuracy and retention as percentages, "not yet" when unknown, names themes and regions', () => {
    setup();
    const part = section('Accuracy and retention');
    const rows = [...part.querySelectorAll('li')].map((row) =>
      [...row.children].map((child) => (child.children.length > 0 ? parts(child) : visibleText(child))),
    );
    expect(rows).toEqual([
      ['Core', ['Accuracy', '50%'], ['Retention', '67%'], '3 answers, 3 reviews'],
      ['Extra', ['Accuracy', 'not yet'], ['Retention', '100%'], '0 answers, 1 review'],
      ['Unequal treaties', ['Accuracy', '75%'], ['Retention', '67%'], '2 answers, 3 reviews'],
      ['Power of Siberia 2', ['Accuracy', '0%'], ['Retention', '100%'], '1 answer, 1 review'],
      ['Crimea', ['Accuracy', '75%'], ['Retention', '67%'], '2 answers, 3 reviews'],
      ['Mongolia', ['Accuracy', '0%'], ['Retention', 'not yet'], '1 answer, 0 reviews'],
    ]);
  });

  it('gives the streaks, today’s reviews and the average recall', () => {
    setup();
    const part = section('Streak');
    const figures = [...part.querySelectorAll('dl > div')].map(parts);
    expect(figures).toEqual([
      ['Current streak', '2 days'],
      ['Best streak', '2 days'],
      ['Reviews today', '2'],
      ['Average recall probability', '100%'],
    ]);
  });

  it('shows a friendly line and only the back button when there is nothing yet', () => {
    const empty = computeStats({
      questionIds: ['q1'],
      answers: [],
      cards: {},
      reviewLog: [],
      describe: () => undefined,
      now: NOW,
      utcOffsetMin: -300,
    });
    const { screen } = setup(empty);
    const [header, ...rest] = screen.element.children;
    expect(parts(header!)).toEqual(['Your progress', 'Back to menu']);
    expect(rest.map(visibleText)).toEqual([
      'Answer some questions or study flashcards to see your progress here.',
    ]);
    getButton('Back to menu');
    expect(screen.element.querySelector('svg')).toBeNull();
    expect(headings()).toEqual(['Your progress']);
  });

  it('calls onBack when "Back to menu" is pressed', () => {
    const { backs } = setup();
    getButton('Back to menu').click();
    expect(backs()).toBe(1);
  });
});
