import type {
  ClozeQuestion,
  MatchingQuestion,
  MultipleChoiceQuestion,
  NumericQuestion,
  OrderingQuestion,
  TypedQuestion,
  YearQuestion,
} from '../model/pack';
import { parseCloze } from './cloze';
import { convertQuantity, formatQuantity, parseQuantity } from './quantity';
import { matchAnswer } from './answerMatch';
import type { KnownAnswers } from './knownAnswers';

/** A graded answer: a score from 0 to 1 and what feedback needs to explain it. */
export interface Scored {
  /** 1 is fully right, 0 fully wrong; in between is partial credit. */
  score: number;
  /** The right answer as the feedback shows it. */
  correctText: string;
  /** Why the answer was not read, when it could not be (e.g. "18 furlongs": unknown unit). */
  unreadable?: string;
  /** True when a typed answer was accepted only thanks to typo tolerance. */
  typo?: boolean;
  /** Why a typed answer close to the key is a different answer, not a typo. */
  why?: string;
}

/** Turns a score into the verdict the player sees. */
export function verdictOf(score: number): 'right' | 'partly' | 'wrong' {
  if (score >= 1 - 1e-9) return 'right';
  return score > 0 ? 'partly' : 'wrong';
}

/**
 * Multiple response: right picks minus wrong picks, over the number of right options, never below 0
 * ("by formula"); all or nothing when the question says so. Repeated indices count once.
 */
export function scoreMultiple(question: MultipleChoiceQuestion, picked: readonly number[]): Scored {
  const right = new Set(question.choices.flatMap((choice, index) => (choice.correct ? [index] : [])));
  const chosen = new Set(picked.filter((index) => index >= 0 && index < question.choices.length));
  let hits = 0;
  let misses = 0;
  for (const index of chosen) {
    if (right.has(index)) hits += 1;
    else misses += 1;
  }
  const exact = hits === right.size && misses === 0;
  const score =
    question.scoring === 'all-or-nothing'
      ? exact
        ? 1
        : 0
      : Math.max(0, (hits - misses) / Math.max(1, right.size));
  const correctText = question.choices
    .filter((choice) => choice.correct)
    .map((choice) => choice.text)
    .join('; ');
  return { score, correctText };
}

/**
 * Typed answer: the answer or an accepted variant, with typo tolerance unless the question turns it off.
 * A text that is a different real answer (one of the question's rejects, another answer of the course, the
 * key's negation or opposite) is never a typo, and the result says why.
 *
 * @param known - the loaded course's answers and place names, when grading has them
 */
export function scoreTyped(question: TypedQuestion, typed: string, known?: KnownAnswers): Scored {
  const match = matchAnswer(typed, [question.answer, ...(question.accept ?? [])], {
    typos: question.typos ?? true,
    ...(known ? { known } : {}),
    ...(question.reject ? { rejects: question.reject } : {}),
  });
  return {
    score: match.matched === undefined ? 0 : 1,
    correctText: question.answer,
    ...(match.typo ? { typo: true } : {}),
    ...(match.why ? { why: match.why } : {}),
  };
}

/** Log-scale width for estimates: an answer off by this factor of ten scores 0 (0.5 ≈ three times off). */
const ESTIMATE_DECADES = 0.5;

/**
 * Numeric answer: read with units and scale words, converted to the question's unit (a number without a
 * unit is read in it), then right within the tolerance. Only a question that asks for an estimate gives
 * partial credit, on a log scale, for an answer further off; a recall question ("what figure did the
 * article give?") is right or wrong. An answer in a unit of another kind (bcm or dollars for pounds) is
 * wrong.
 */
export function scoreNumeric(question: NumericQuestion, typed: string): Scored {
  const correctText = formatQuantity(question.answer, question.unit);
  const parsed = parseQuantity(typed);
  if (!parsed.ok) return { score: 0, correctText, unreadable: parsed.error };
  let value = parsed.quantity.value;
  const unit = parsed.quantity.unit;
  if (unit && question.unit && unit !== question.unit) {
    const converted = convertQuantity(value, unit, question.unit);
    if (converted === undefined)
      return { score: 0, correctText, unreadable: `the answer is in ${unit}, not ${question.unit}` };
    value = converted;
  }
  const error = Math.abs(value - question.answer);
  const allowed = Math.max(
    question.tolerance?.absolute ?? 0,
    (question.tolerance?.relative ?? 0) * Math.abs(question.answer),
    Math.abs(question.answer) * 1e-9,
  );
  if (error <= allowed) return { score: 1, correctText };
  if (question.estimate && value > 0) {
    const decades = Math.abs(Math.log10(value / question.answer));
    return { score: Math.max(0, 1 - decades / ESTIMATE_DECADES), correctText };
  }
  return { score: 0, correctText };
}

/** Year: exact, or within the question's tolerance; anything that is not a whole year is unreadable. */
export function scoreYear(question: YearQuestion, typed: string): Scored {
  const correctText = String(question.answer);
  const match = /^\s*(-?\d{1,4})\s*(ad|ce)?\s*$/i.exec(typed.normalize('NFKC'));
  if (!match)
    return {
      score: 0,
      correctText,
      unreadable: typed.trim() === '' ? 'no year given' : `"${typed.trim()}" is not a year`,
    };
  const year = Number(match[1]);
  return { score: Math.abs(year - question.answer) <= (question.tolerance ?? 0) ? 1 : 0, correctText };
}

/** Length of the longest increasing subsequence, the core of ordering credit. */
function longestIncreasingRun(values: readonly number[]): number {
  const tails: number[] = [];
  for (const value of values) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((tails[mid] as number) < value) low = mid + 1;
      else high = mid;
    }
    tails[low] = value;
  }
  return tails.length;
}

/**
 * Ordering: credit is the longest run of items already in the right relative order ("longest ordered
 * subset"), over the number of items; placing one item wrongly among five still earns 0.8. `order` lists
 * authoring indices in the order the player placed them; anything that is not a permutation scores 0.
 */
export function scoreOrdering(question: OrderingQuestion, order: readonly number[]): Scored {
  const correctText = question.items.map((item) => item.text).join(' → ');
  const n = question.items.length;
  const isPermutation =
    order.length === n && new Set(order).size === n && order.every((index) => index >= 0 && index < n);
  if (!isPermutation) return { score: 0, correctText };
  return { score: longestIncreasingRun(order) / n, correctText };
}

/**
 * Matching: one share of credit per left item matched with its own right item. `chosen[i]` is the index
 * of the right item picked for left item `i`, counting the pairs' right items first and then the
 * distractors (−1 or missing for none).
 */
export function scoreMatching(question: MatchingQuestion, chosen: readonly number[]): Scored {
  const correctText = question.pairs.map((pair) => `${pair.left} → ${pair.right}`).join('; ');
  const right = question.pairs.filter((_, index) => chosen[index] === index).length;
  return { score: right / question.pairs.length, correctText };
}

/**
 * Cloze: each gap graded like a typed answer (with typo tolerance); credit is the share of gaps right. A
 * gap filled with another gap's answer (two gaps swapped), with one of the gap's rejects, or with another
 * real answer close to the key is wrong, and `why` says so, gap by gap when the text has several.
 * `typos` holds, per gap, the accepted answer a gap matched only thanks to typo tolerance (else undefined).
 *
 * @param known - the loaded course's answers and place names, when grading has them
 */
export function scoreCloze(
  question: ClozeQuestion,
  typed: readonly string[],
  known?: KnownAnswers,
): Scored & { gaps: boolean[]; typos: (string | undefined)[] } {
  const parsed = parseCloze(question.text);
  if (!parsed.ok) return { score: 0, correctText: question.text, gaps: [], typos: [] };
  const gaps = parsed.segments.filter((segment) => typeof segment !== 'string');
  const matches = gaps.map((gap, index) =>
    matchAnswer(typed[index] ?? '', gap.answers, {
      ...(known ? { known } : {}),
      rejects: (question.reject ?? []).filter((reject) => reject.gap === index + 1),
      otherGaps: gaps.flatMap((other, otherIndex) => (otherIndex === index ? [] : other.answers)),
    }),
  );
  const results = matches.map((match) => match.matched !== undefined);
  const whys = matches.flatMap((match, index) =>
    match.why ? [gaps.length > 1 ? `Gap ${index + 1}: ${match.why}` : match.why] : [],
  );
  const correctText = parsed.segments
    .map((segment) => (typeof segment === 'string' ? segment : segment.answers[0]))
    .join('');
  return {
    score: results.filter(Boolean).length / gaps.length,
    correctText,
    gaps: results,
    typos: matches.map((match) => (match.typo ? match.matched : undefined)),
    ...(whys.length > 0 ? { why: whys.join(' ') } : {}),
  };
}
