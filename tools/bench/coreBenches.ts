/** Benchmarks of the pure core, run in Node: the due queue, picking the next card, and stats. */
import { dayNumber, dayStartMs } from '../../src/core/review/days';
import { DEFAULT_LIMITS, buildDueQueue } from '../../src/core/review/dueQueue';
import { computeStats } from '../../src/core/review/stats';
import { nextStudyCard } from '../../src/core/review/study';
import { syntheticLearner } from './learner';
import { type Measure, absoluteBudget } from './report';
import { summarise, timeRuns } from './stats';

/** Measures the core's study computations over a 10,000-card collection. */
export function coreBenches(): Measure[] {
  const now = Date.UTC(2026, 10, 22, 12);
  const ids = Array.from({ length: 10_000 }, (_, i) => `q${i}`);
  const learner = syntheticLearner(ids, 8_000, 365, now);
  const dayStart = dayStartMs(dayNumber(now, 0), 0);
  const queue = summarise(
    timeRuns(() => buildDueQueue(ids, learner.cards, learner.reviewLog, now, dayStart, DEFAULT_LIMITS), 30),
  );
  const next = summarise(
    timeRuns(() => nextStudyCard(ids, learner.cards, learner.reviewLog, now, dayStart, DEFAULT_LIMITS), 30),
  );
  const stats = summarise(
    timeRuns(
      () =>
        computeStats({
          questionIds: ids,
          answers: learner.answers,
          cards: learner.cards,
          reviewLog: learner.reviewLog,
          describe: (id) => ({
            pack: `pack-${id.length}`,
            theme: `theme-${id.slice(-1)}`,
            region: `r${id.slice(-2)}`,
          }),
          now,
          utcOffsetMin: 0,
        }),
      10,
    ),
  );
  const size = `10,000 cards, ${learner.reviewLog.length.toLocaleString('en')} log entries`;
  return [
    { name: `build the due queue (${size})`, unit: 'ms', ...queue, budget: absoluteBudget(20, 'p95') },
    { name: `pick the next flashcard (${size})`, unit: 'ms', ...next, budget: absoluteBudget(20, 'p95') },
    { name: `compute the stats screen (${size})`, unit: 'ms', ...stats },
  ];
}
