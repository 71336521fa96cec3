import { asOfLine, updateLine } from '../../core/packs/figureNotes';
import type { BankEntry } from '../../core/packs/questionBank';
import { el } from './dom';

/**
 * The paragraphs that date a question's figure ("Figure as of 2021") and say how the record has moved on
 * since its source ("Since then: …"), for the quiz feedback and the back of a flashcard; empty when the
 * question carries neither.
 */
export function figureNotes(entry: BankEntry): HTMLElement[] {
  const asOf = asOfLine(entry.question);
  const update = updateLine(entry);
  return [
    ...(asOf ? [el('p', { className: 'as-of', text: asOf })] : []),
    ...(update ? [el('p', { className: 'update', text: update })] : []),
  ];
}
