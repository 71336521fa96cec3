import type { PlayableQuestion } from '../model/pack';

/** A player's response: the index of a choice (authoring order) or a true/false judgement. */
export type Response = number | boolean;

/** The outcome of one answer, with what feedback needs to show. */
export interface Grade {
  /** Whether the response is right. */
  correct: boolean;
  /** The right answer as text. */
  correctText: string;
  /** The chosen answer as text. */
  chosenText: string;
  /** The pack's note on why the chosen option is wrong, when it gives one. */
  why?: string;
}

/** Text shown for a true/false judgement. */
export function truthLabel(value: boolean): string {
  return value ? 'True' : 'False';
}

/**
 * Grades a response to a single-choice or true/false question. A response of the wrong kind (a number
 * for a true/false question, an index out of range) is simply wrong, never an exception.
 */
export function gradeResponse(question: PlayableQuestion, response: Response): Grade {
  if (question.type === 'truefalse') {
    const chosen = typeof response === 'boolean' ? response : undefined;
    return {
      correct: chosen === question.answer,
      correctText: truthLabel(question.answer),
      chosenText: chosen === undefined ? '' : truthLabel(chosen),
    };
  }
  const right = question.choices.find((choice) => choice.correct === true);
  const chosen = typeof response === 'number' ? question.choices[response] : undefined;
  const correct = chosen !== undefined && chosen === right;
  return {
    correct,
    correctText: right?.text ?? '',
    chosenText: chosen?.text ?? '',
    ...(!correct && chosen?.why ? { why: chosen.why } : {}),
  };
}
