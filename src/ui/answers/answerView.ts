import type { Grade } from '../../core/questions/grading';
import type { MapMark } from '../../core/map/mapView';
import type { Response } from '../../core/questions/responses';

/** The answering controls for one question, and how to read the player's response from them. */
export interface AnswerInput {
  /** The controls, placed under the question. */
  element: HTMLElement;
  /** Element to focus first, if not the question heading. */
  focus?: HTMLElement;
  /** A one-line hint on how to answer that suits every device (formats, what to do); '' when none is needed. */
  hint: string;
  /**
   * The keyboard's shortcuts for this question ("Press 1–4 to answer."), shown only on devices with a
   * keyboard and a fine pointer: a phone is never told to press keys it does not have.
   */
  keys?: string;
  /** Handles a shortcut key; returns true when it was used. */
  handleKey?(event: KeyboardEvent): boolean;
}

/** How answer controls report a response. */
export type Answer = (response: Response) => void;

/**
 * How the quiz panel shows one question type: the controls to answer it and the answer as given, in the
 * feedback. One per type in `registry.ts`, next to the type's core kind in `core/questions/`.
 *
 * @typeParam Q - the type's question
 */
export interface AnswerView<Q> {
  /**
   * Builds the controls for answering `question`. `order` is the round's display order (authoring
   * indices) of the list the type shows, `[]` when it shows none. `marks` are the numbered marks the map
   * shows for a place question (map-click only).
   */
  input(question: Q, order: readonly number[], answer: Answer, marks?: readonly MapMark[]): AnswerInput;
  /** Shows the answer as given, in the feedback: options marked right and wrong, or what the player gave. */
  review(question: Q, order: readonly number[], response: Response, grade: Grade): HTMLElement;
  /** The question's heading: its prompt, introduced where the controls alone would not say what to do. */
  heading(question: Q): string;
  /** Whether the panel stays small while asking, to leave the map free for the answer. */
  readonly compact: boolean;
  /** Whether the review already shows the right answer, so feedback need not repeat it. */
  readonly reviewShowsAnswer: boolean;
}
