import type { AnswerRecord } from '../play/gameState';
import type { ReviewLogEntry } from './cards';

/** How far back "recent" mistakes go: two weeks. */
export const MISTAKE_WINDOW_MS = 14 * 86_400_000;

/**
 * The questions answered wrong recently and not put right since, most recent mistake first: a question
 * counts when its latest quiz answer in the last `windowMs` was wrong (or only partly right) and no later
 * rating (a quiz answer or a flashcard) recalled it. This is what "review my mistakes" plays, across
 * sessions and regions.
 */
export function recentMistakes(
  answers: readonly AnswerRecord[],
  log: readonly ReviewLogEntry[],
  now: number,
  windowMs = MISTAKE_WINDOW_MS,
): string[] {
  const since = now - windowMs;
  const lastAnswer = new Map<string, { at: number; correct: boolean }>();
  for (const answer of answers) {
    if (answer.at >= since) lastAnswer.set(answer.questionId, { at: answer.at, correct: answer.correct });
  }
  const lastRecalled = new Map<string, number>();
  for (const entry of log) if (entry.rating > 1) lastRecalled.set(entry.questionId, entry.review);
  return [...lastAnswer.entries()]
    .filter(([id, last]) => !last.correct && (lastRecalled.get(id) ?? -Infinity) <= last.at)
    .sort((a, b) => b[1].at - a[1].at)
    .map(([id]) => id);
}
