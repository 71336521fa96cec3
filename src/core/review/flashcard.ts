import type { Flashcard, Question } from '../model/pack';
import { parseCloze } from '../quiz/cloze';
import { type GradeContext, gradeResponse } from '../quiz/grade';

/** The blank shown in place of a cloze gap on a card's front. */
const BLANK = '_____';

/** The prompt as a cue: a cloze question shows its text with blanks, other types their prompt. */
function frontOf(question: Question): string {
  if (question.type !== 'cloze') return question.prompt;
  const parsed = parseCloze(question.text);
  if (!parsed.ok) return question.prompt;
  const text = parsed.segments.map((segment) => (typeof segment === 'string' ? segment : BLANK)).join('');
  return `${question.prompt} ${text}`;
}

/**
 * The flashcard of a question: the pack's own `card` when it has one, otherwise the prompt as the front
 * and the right answer (as the quiz feedback words it) as the back, so every question can be reviewed as
 * a card without the author writing one.
 */
export function flashcardFor(question: Question, context: GradeContext = {}): Flashcard {
  if (question.card) return question.card;
  const answer = gradeResponse(question, null, context).correctText;
  return { front: frontOf(question), back: answer };
}
