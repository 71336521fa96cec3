import type { Question } from '../model/pack';
import type { Response } from '../questions/responses';
import { kindOf } from '../questions/registry';
import { type Rng, shuffled } from '../rng';

/** Questions per round. */
export const ROUND_SIZE = 5;

/** A question as placed in a round: which question, and the order its options are shown in. */
export interface RoundQuestion {
  /** The question's id. */
  questionId: string;
  /**
   * Display order, as authoring indices: of the choices (single, multiple), of the items as first laid out
   * (ordering), or of the right-hand options (matching); `[]` for the other types.
   */
  order: number[];
}

/** One answer given in a round. */
export interface RoundAnswer {
  /** Which question. */
  questionId: string;
  /** What the player chose. */
  response: Response;
  /** Whether it was fully right. */
  correct: boolean;
  /** Credit from 0 to 1 (absent in older saves: 1 when correct, else 0). */
  score?: number;
  /** Points earned in timed mode. */
  points?: number;
  /** When it was given, epoch ms. */
  at: number;
  /** Time from the question being shown to the answer, ms. */
  ms: number;
}

/** How a finished round went. */
export interface RoundResult {
  /** Points: the sum of each answer's credit (a fully right answer is 1). */
  score: number;
  /** Questions asked. */
  total: number;
  /** Whether the score cleared the region. */
  passed: boolean;
  /** Regions that opened because of it. */
  unlocked: string[];
  /** Timed mode: total points and the longest run of fully right answers. */
  timed?: { points: number; bestStreak: number };
}

/** A round of questions about one region, from the first question to the results. */
export interface Round {
  /** The region being played. */
  regionId: string;
  /** The questions, in the order asked. */
  questions: RoundQuestion[];
  /** Index of the current question. */
  index: number;
  /** Answers so far, one per question answered. */
  answers: RoundAnswer[];
  /** `asking`: waiting for an answer; `feedback`: showing the verdict; `finished`: showing results. */
  phase: 'asking' | 'feedback' | 'finished';
  /**
   * When the current question was shown, epoch ms (for response times and the timed countdown). While the
   * question is off screen ({@link Round.pausedMs} set) it is not used: it is set again when the question
   * comes back, so that the time spent away does not count.
   */
  shownAt: number;
  /**
   * Set while the question being asked is off screen (the player went to the menu, or the page was
   * reloaded): the milliseconds already spent on it. Its clock, and a timed round's countdown, stand still
   * until the question is shown again.
   */
  pausedMs?: number;
  /** Set when the phase is `finished`. */
  result?: RoundResult;
  /** A review of missed questions: practice only, it never clears a region. */
  review?: boolean;
  /** What a review covers: the last round's misses (absent), recent mistakes anywhere, or a fading region. */
  scope?: RoundScope;
  /** For a round of one pack's questions (`scope: 'pack'`): the pack id. */
  packId?: string;
  /** For an assignment: the seed that chose and ordered the questions, reported with the results. */
  seed?: number;
  /** For a round about one feature of the history map (`scope: 'feature'`): the feature's name. */
  topic?: string;
  /** Timed mode: each question has a time limit, and answers earn points for speed and streaks. */
  timed?: boolean;
}

/**
 * What a round covers besides one region: `mistakes` gathers every recent mistake across regions (its
 * `regionId` is {@link MIXED_REGION}); `refresh` asks a fading region's weakest cards; `pack` plays one
 * pack's questions (a teacher's pack, with or without regions, or an assignment); `feature` plays the
 * questions about one feature of the history map (a treaty, a river, a pipeline), named by `topic`.
 */
export type RoundScope = 'mistakes' | 'refresh' | 'pack' | 'feature';

/** The `regionId` of a round whose questions come from many regions. */
export const MIXED_REGION = '';

/** What the player has answered before, to pick questions they have not mastered yet. */
export type AnswerHistory = ReadonlyMap<string, { right: number; wrong: number }>;

/**
 * Picks up to `size` questions for a round: never-answered and previously missed questions first, then
 * the rest, each group shuffled with `rng`. Choice order is shuffled too. A first round (none of the
 * questions answered before) asks the easiest questions first, so that a newcomer starts with the short,
 * concrete difficulty-1 questions of a region; later rounds mix difficulties.
 */
export function pickRoundQuestions(
  questions: readonly Question[],
  history: AnswerHistory,
  rng: Rng,
  size = ROUND_SIZE,
): RoundQuestion[] {
  const mastery = (question: Question) => {
    const seen = history.get(question.id);
    if (!seen) return 0;
    return seen.right > seen.wrong ? 2 : 1;
  };
  const firstRound = questions.every((question) => !history.has(question.id));
  const ease = (question: Question) => (firstRound ? question.difficulty : 0);
  const ranked = shuffled(questions, rng)
    .map((question, position) => ({ question, position, rank: mastery(question), ease: ease(question) }))
    .sort((a, b) => a.rank - b.rank || a.ease - b.ease || a.position - b.position)
    .slice(0, size);
  return ranked.map(({ question }) => ({ questionId: question.id, order: displayOrder(question, rng) }));
}

/** The shuffled display order a question needs, or `[]` when its type shows no list. */
export function displayOrder(question: Question, rng: Rng): number[] {
  return kindOf(question.type).displayOrder(question, rng);
}

/** How a round is played: a review only practises; a timed round scores speed and streaks. */
export interface RoundMode {
  /** Practise missed questions; never clears a region. */
  review?: boolean;
  /** What the review covers. */
  scope?: RoundScope;
  /** The pack played, for `scope: 'pack'`. */
  packId?: string;
  /** The assignment's seed, if any. */
  seed?: number;
  /** The feature's name, for `scope: 'feature'`. */
  topic?: string;
  /** Time limit per question, points for speed and streaks. */
  timed?: boolean;
}

/** Starts a round at its first question. */
export function startRound(
  regionId: string,
  questions: RoundQuestion[],
  now: number,
  mode: RoundMode = {},
): Round {
  return {
    regionId,
    questions,
    index: 0,
    answers: [],
    phase: 'asking',
    shownAt: now,
    ...(mode.review ? { review: true } : {}),
    ...(mode.scope ? { scope: mode.scope } : {}),
    ...(mode.packId !== undefined ? { packId: mode.packId } : {}),
    ...(mode.seed !== undefined ? { seed: mode.seed } : {}),
    ...(mode.topic !== undefined ? { topic: mode.topic } : {}),
    ...(mode.timed ? { timed: true } : {}),
  };
}

/** Fully right answers in a row at the end of `answers`. */
export function currentStreak(answers: readonly RoundAnswer[]): number {
  let streak = 0;
  for (let i = answers.length - 1; i >= 0 && answers[i]?.correct; i--) streak += 1;
  return streak;
}

/** The longest run of fully right answers. */
export function bestStreak(answers: readonly RoundAnswer[]): number {
  let best = 0;
  let run = 0;
  for (const answer of answers) {
    run = answer.correct ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

/** The question the round is on, or undefined once it is finished. */
export function currentQuestion(round: Round): RoundQuestion | undefined {
  return round.phase === 'finished' ? undefined : round.questions[round.index];
}

/**
 * Stops the clock of the question being asked, keeping the time already spent on it; a round that is not
 * asking, or is already paused, is returned as it is.
 */
export function pauseRound(round: Round, at: number): Round {
  if (round.phase !== 'asking' || round.pausedMs !== undefined) return round;
  return { ...round, pausedMs: Math.max(0, at - round.shownAt) };
}

/**
 * Starts the paused question's clock again at `at`, counting the time spent on it before the pause; a
 * round that is not paused is returned as it is.
 */
export function resumeRound(round: Round, at: number): Round {
  if (round.pausedMs === undefined) return round;
  const { pausedMs, ...running } = round;
  return { ...running, shownAt: at - pausedMs };
}

/** Time spent on the question being asked at `at`, ms, not counting any time it was off screen. */
export function timeOnQuestion(round: Round, at: number): number {
  return round.pausedMs ?? Math.max(0, at - round.shownAt);
}

/** Credit of one answer: its score, or 1/0 from `correct` for answers saved before partial credit. */
export function answerCredit(answer: RoundAnswer): number {
  return answer.score ?? (answer.correct ? 1 : 0);
}

/** Points so far: the sum of the answers' credit, rounded to a tenth. */
export function roundScore(round: Round): number {
  return Math.round(round.answers.reduce((sum, answer) => sum + answerCredit(answer), 0) * 10) / 10;
}
