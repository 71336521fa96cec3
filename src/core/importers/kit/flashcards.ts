/** Flashcards (Anki notes, Quizlet cards) as typed questions that keep their card for flashcard study. */
import type { TypedQuestion } from '../../model/pack';
import type { ImportCollector } from './collector';

/** Longest back (one line) that is still a sensible answer to type. */
export const SHORT_BACK_CHARS = 60;

/** One flashcard read from a file. */
export interface CardInput {
  /** The side shown first: the prompt. */
  front: string;
  /** The other side: the typed answer. */
  back: string;
  /** What identifies the card in its file, for a stable id. */
  key: string;
  /** Line the card is on. */
  line: number;
  /** Path for problems, such as `note 3`. */
  path: string;
  /** Tags, already slugged. */
  tags: string[];
  /** An explanation shown after answering, if the file gives one. */
  explanation?: string;
}

/**
 * Adds a flashcard as a `typed` question that keeps the card (front and back) for flashcard study. A short,
 * one-line back is the typed answer as it is. A long back (over {@link SHORT_BACK_CHARS} characters or several
 * lines) is kept the same way with typos allowed, so it can still be quizzed, but mainly serves as a card; one
 * warning says how many there are.
 */
export function addFlashcard(collector: ImportCollector, card: CardInput): void {
  const short = card.back.length <= SHORT_BACK_CHARS && !card.back.includes('\n');
  if (!short) {
    collector.tally(
      'long-back',
      card.line,
      card.path,
      (count) =>
        `${count} card${count === 1 ? ' has a long back' : 's have long backs'} (over ${SHORT_BACK_CHARS} characters or several lines): kept as typed questions with typos allowed, best studied as flashcards`,
    );
  }
  const question: TypedQuestion = {
    ...collector.base(card.key, card.front),
    type: 'typed',
    answer: card.back,
    ...(short ? {} : { typos: true }),
    tags: card.tags,
    ...(card.explanation ? { explanation: card.explanation } : {}),
    card: { front: card.front, back: card.back },
  };
  collector.add(question, card.line, card.path);
}
