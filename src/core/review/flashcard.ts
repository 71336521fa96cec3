import type { Flashcard, Question } from '../model/pack';
import type { GradeContext } from '../questions/grading';
import { kindOf } from '../questions/registry';

/**
 * The flashcard of a question: the pack's own `card` when it has one, otherwise the type's cue as the front
 * (the prompt; a cloze question adds its text with blanks) and the right answer (as the quiz feedback words
 * it) as the back, so every question can be reviewed as a card without the author writing one.
 */
export function flashcardFor(question: Question, context: GradeContext = {}): Flashcard {
  if (question.card) return question.card;
  const kind = kindOf(question.type);
  return { front: kind.cardFront(question), back: kind.correctText(question, context) };
}
