/**
 * Learning statistics for the progress screen: activity per day, the due forecast, accuracy and retention
 * per pack, theme and region, streaks and card counts. One pass over the answers and one over the review
 * log, so it stays fast with years of history; every "day" is the learner's local day.
 */
import type { AnswerRecord } from '../play/gameState';
import { type CardState, type ReviewLogEntry, retrievability } from './cards';
import { dayStreak } from '../progress/streak';
import { dayNumber, isoDate } from './days';

/** Days shown in the activity heatmap: 26 weeks ending today. */
export const HEATMAP_DAYS = 182;

/** Days in the due forecast, today first. */
export const FORECAST_DAYS = 30;

/** A card counts as mature once it is scheduled this many days or more ahead (as in Anki). */
export const MATURE_DAYS = 21;

/** Everything the statistics are computed from. */
export interface StatsInput {
  /** Every installed question, in bank order; card counts, the forecast and recall cover only these. */
  questionIds: readonly string[];
  /** Quiz answers, oldest first. */
  answers: readonly AnswerRecord[];
  /** FSRS card per question reviewed so far. */
  cards: Readonly<Record<string, CardState>>;
  /** Every rating (quiz answers and flashcard ratings), oldest first. */
  reviewLog: readonly ReviewLogEntry[];
  /** Labels to group a question by; undefined leaves it out of the groups (e.g. an uninstalled pack). */
  describe(questionId: string): { pack: string; theme: string; region?: string } | undefined;
  /** The current time, epoch ms. */
  now: number;
  /** The learner's UTC offset, minutes east of UTC, so that days are local days. */
  utcOffsetMin: number;
}

/** The number of reviews, or of cards due, on one local day. */
export interface DayCount {
  /** Local day number (days since 1970-01-01). */
  day: number;
  /** The same day as `YYYY-MM-DD`. */
  date: string;
  /** How many. */
  count: number;
}

/** Reviews per day over the heatmap period. */
export interface ActivityStats {
  /** One entry per day, oldest first, the last one today ({@link HEATMAP_DAYS} entries). */
  days: DayCount[];
  /** Reviews in the period. */
  total: number;
  /** Days in the period with at least one review. */
  studyDays: number;
  /** The day with the most reviews in the period (the earliest on a tie); null when there were none. */
  busiest: DayCount | null;
}

/** Answers and reviews of one group of questions (one pack, theme or region). */
export interface GroupStats {
  /** The group's label as `describe` gave it (a region id for regions). */
  key: string;
  /** Quiz answers given. */
  answered: number;
  /** Mean credit of those answers, 0–1; null when none. */
  accuracy: number | null;
  /** Ratings of cards that were in review (state 2) before the rating: tests of long-term memory. */
  reviews: number;
  /** Share of those reviews that were not "Again", 0–1; null when none. */
  retention: number | null;
}

/** The same statistics grouped three ways, each list most answered first. */
export interface GroupedStats {
  /** By pack label. */
  pack: GroupStats[];
  /** By theme label. */
  theme: GroupStats[];
  /** By region id (questions without a region are left out). */
  region: GroupStats[];
}

/**
 * The day streak: consecutive local days with an answer or a review, a missed day covered by the week's
 * streak freeze (the one rule, in `progress/streak.ts`).
 */
export interface StreakStats {
  /** The streak still alive today (not yet extended today counts as alive); 0 once broken. */
  current: number;
  /** The longest run ever. */
  best: number;
}

/** Installed questions by the state of their card. */
export interface CardCounts {
  /** No card yet, or a card never reviewed. */
  new: number;
  /** In the learning or relearning steps. */
  learning: number;
  /** In review, scheduled less than {@link MATURE_DAYS} days ahead. */
  young: number;
  /** In review, scheduled {@link MATURE_DAYS} days or more ahead. */
  mature: number;
}

/** Learning statistics, as shown on the progress screen. */
export interface Stats {
  /** Today, the learner's local day. */
  today: { day: number; date: string };
  /** Reviews per day for the heatmap. */
  activity: ActivityStats;
  /** Cards due on each of the next {@link FORECAST_DAYS} days, today (with everything overdue) first. */
  forecast: DayCount[];
  /** Accuracy and retention by pack, theme and region. */
  groups: GroupedStats;
  /** Study streaks, in days. */
  streak: StreakStats;
  /** Installed questions by card state. */
  cards: CardCounts;
  /** Ratings given today. */
  reviewsToday: number;
  /** Ratings ever given. */
  totalReviews: number;
  /** Quiz answers ever given. */
  totalAnswers: number;
  /** Mean probability of recall now over installed cards reviewed at least once; null when none. */
  averageRecall: number | null;
}

/** Running totals for one group. */
interface GroupTally {
  answered: number;
  credit: number;
  reviews: number;
  remembered: number;
}

/** Computes every statistic for the progress screen in one pass over each input. */
export function computeStats(input: StatsInput): Stats {
  const { now, utcOffsetMin } = input;
  const today = dayNumber(now, utcOffsetMin);
  const groups = new GroupTallies(input.describe);
  const studied = new Set<number>();

  for (let i = 0; i < input.answers.length; i++) {
    const answer = input.answers[i]!;
    const credit = answer.score ?? (answer.correct ? 1 : 0);
    studied.add(dayNumber(answer.at, utcOffsetMin));
    const tallies = groups.of(answer.questionId);
    for (let t = 0; t < tallies.length; t++) {
      tallies[t]!.answered += 1;
      tallies[t]!.credit += credit;
    }
  }

  const firstHeatmapDay = today - HEATMAP_DAYS + 1;
  const perDay = new Array<number>(HEATMAP_DAYS).fill(0);
  for (let i = 0; i < input.reviewLog.length; i++) {
    const entry = input.reviewLog[i]!;
    const day = dayNumber(entry.review, utcOffsetMin);
    studied.add(day);
    if (day >= firstHeatmapDay && day <= today) perDay[day - firstHeatmapDay]! += 1;
    if (entry.state !== 2) continue;
    const tallies = groups.of(entry.questionId);
    const remembered = entry.rating > 1 ? 1 : 0;
    for (let t = 0; t < tallies.length; t++) {
      tallies[t]!.reviews += 1;
      tallies[t]!.remembered += remembered;
    }
  }

  const { cards, forecast, averageRecall } = cardStats(input, today);
  return {
    today: { day: today, date: isoDate(today) },
    activity: activity(perDay, firstHeatmapDay),
    forecast,
    groups: groups.results(),
    streak: streakStats(studied, today),
    cards,
    reviewsToday: perDay[HEATMAP_DAYS - 1]!,
    totalReviews: input.reviewLog.length,
    totalAnswers: input.answers.length,
    averageRecall,
  };
}

/** The groupings, in the order `describe`'s labels are read. */
const GROUPINGS = ['pack', 'theme', 'region'] as const;

/**
 * Tallies per group, with each question's tallies looked up once: the log repeats the same questions many
 * times, so each answer or rating then costs one map lookup and at most three additions.
 */
class GroupTallies {
  private readonly tallies: Record<keyof GroupedStats, Map<string, GroupTally>> = {
    pack: new Map(),
    theme: new Map(),
    region: new Map(),
  };
  private readonly perQuestion = new Map<string, GroupTally[]>();

  constructor(private readonly describe: StatsInput['describe']) {}

  /** The tallies a question counts towards (none when `describe` does not know it). */
  of(questionId: string): GroupTally[] {
    const known = this.perQuestion.get(questionId);
    if (known) return known;
    const found: GroupTally[] = [];
    const label = this.describe(questionId);
    for (const grouping of GROUPINGS) {
      const key = label?.[grouping];
      if (key === undefined) continue;
      let tally = this.tallies[grouping].get(key);
      if (!tally) {
        tally = { answered: 0, credit: 0, reviews: 0, remembered: 0 };
        this.tallies[grouping].set(key, tally);
      }
      found.push(tally);
    }
    this.perQuestion.set(questionId, found);
    return found;
  }

  /** The finished statistics of every group. */
  results(): GroupedStats {
    return {
      pack: sortedGroups(this.tallies.pack),
      theme: sortedGroups(this.tallies.theme),
      region: sortedGroups(this.tallies.region),
    };
  }
}

/** Turns tallies into group statistics: most answered first, then most reviewed, then by name. */
function sortedGroups(tallies: Map<string, GroupTally>): GroupStats[] {
  return [...tallies]
    .map(([key, tally]) => ({
      key,
      answered: tally.answered,
      accuracy: tally.answered > 0 ? tally.credit / tally.answered : null,
      reviews: tally.reviews,
      retention: tally.reviews > 0 ? tally.remembered / tally.reviews : null,
    }))
    .sort((a, b) => b.answered - a.answered || b.reviews - a.reviews || a.key.localeCompare(b.key));
}

/** The heatmap's days with their totals. */
function activity(perDay: number[], firstDay: number): ActivityStats {
  let total = 0;
  let studyDays = 0;
  let busiest: DayCount | null = null;
  const days: DayCount[] = [];
  for (const [index, count] of perDay.entries()) {
    const day = firstDay + index;
    const entry = { day, date: isoDate(day), count };
    days.push(entry);
    total += count;
    if (count === 0) continue;
    studyDays += 1;
    if (!busiest || count > busiest.count) busiest = entry;
  }
  return { days, total, studyDays, busiest };
}

/** Current and best day streak from the days with answers or reviews (see `dayStreak`). */
function streakStats(studied: Set<number>, today: number): StreakStats {
  const { current, best } = dayStreak(studied, today);
  return { current, best };
}

/** Card counts by state, the due forecast and the mean recall, over installed questions. */
function cardStats(input: StatsInput, today: number): Pick<Stats, 'cards' | 'forecast' | 'averageRecall'> {
  const counts: CardCounts = { new: 0, learning: 0, young: 0, mature: 0 };
  const forecast: DayCount[] = Array.from({ length: FORECAST_DAYS }, (_, offset) => ({
    day: today + offset,
    date: isoDate(today + offset),
    count: 0,
  }));
  let recallSum = 0;
  let reviewed = 0;
  for (const id of input.questionIds) {
    const card = input.cards[id];
    if (!card || card.state === 0) {
      counts.new += 1;
      continue;
    }
    if (card.state === 2) {
      if (card.scheduled_days >= MATURE_DAYS) counts.mature += 1;
      else counts.young += 1;
    } else {
      counts.learning += 1;
    }
    const offset = Math.max(0, dayNumber(card.due, input.utcOffsetMin) - today);
    if (offset < FORECAST_DAYS) forecast[offset]!.count += 1;
    recallSum += retrievability(card, input.now);
    reviewed += 1;
  }
  return { cards: counts, forecast, averageRecall: reviewed > 0 ? recallSum / reviewed : null };
}
