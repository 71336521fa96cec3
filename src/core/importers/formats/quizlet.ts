/**
 * Quizlet's text export: cards separated by newlines (or a chosen separator), term and definition by a tab
 * (or a chosen separator), with no quoting; every card becomes a flashcard.
 */
import { lineLocator } from '../../packs/jsonText';
import { guarded } from '../kit/collector';
import { decodeTextInput } from '../kit/decode';
import { addFlashcard } from '../kit/flashcards';
import type { Importer, QuestionFormat } from '../importTypes';

/** The separators of a Quizlet export; any left out are detected from the text. */
export interface QuizletSeparators {
  /** Between term and definition: a tab (Quizlet's default), `,`, or any custom string. */
  term?: string;
  /** Between cards: a newline (Quizlet's default), `;`, or any custom string. */
  row?: string;
}

/** Term/definition separators tried, in order of preference. */
const TERM_CANDIDATES = ['\t', ',', ';', ' - ', ':'];

/** Card separators tried, in order of preference. */
const ROW_CANDIDATES = ['\n', ';'];

/** Splits text at a separator, keeping each piece's offset. */
function splitWithOffsets(text: string, separator: string): { text: string; start: number }[] {
  const pieces: { text: string; start: number }[] = [];
  let start = 0;
  for (let at = text.indexOf(separator); at !== -1; at = text.indexOf(separator, start)) {
    pieces.push({ text: text.slice(start, at), start });
    start = at + separator.length;
  }
  pieces.push({ text: text.slice(start), start });
  return pieces;
}

/**
 * Picks Quizlet separators: each given one is kept, the others are chosen among the usual ones (tab, comma,
 * semicolon, ` - `, colon between term and definition; newline or semicolon between cards) as the pair that
 * finds a separator in the most cards, then in the largest share of them, then in the order above.
 */
export function detectQuizletSeparators(
  text: string,
  given: QuizletSeparators = {},
): Required<QuizletSeparators> {
  const rows = given.row ? [given.row] : ROW_CANDIDATES;
  const terms = given.term ? [given.term] : TERM_CANDIDATES;
  let best = { term: terms[0] as string, row: rows[0] as string };
  let bestHits = 0;
  let bestShare = 0;
  for (const row of rows) {
    for (const term of terms) {
      if (row.includes(term) || term.includes(row)) continue;
      const cards = splitWithOffsets(text, row).filter((piece) => piece.text.trim() !== '');
      const hits = cards.filter((piece) => piece.text.includes(term)).length;
      const share = cards.length === 0 ? 0 : hits / cards.length;
      if (hits > bestHits || (hits === bestHits && share > bestShare)) {
        best = { term, row };
        bestHits = hits;
        bestShare = share;
      }
    }
  }
  return best;
}

/** A Quizlet card as read, before it becomes a question. */
interface QuizletCard {
  term: string;
  definition: string;
  line: number;
  number: number;
}

/**
 * Makes a Quizlet importer for the given separators (those left out are detected with
 * {@link detectQuizletSeparators}). Quizlet's export has no quoting, so the text is split by hand: each card
 * at the first term separator, both sides trimmed, empty cards dropped. A piece with no term separator after
 * a card is taken to be the rest of that card's definition, which a line break (or the card separator)
 * inside the definition cut off, and is joined back with a warning. Terms become prompts and definitions
 * typed answers, each keeping the card (front and back) for flashcard study.
 */
export function quizletImporter(separators: QuizletSeparators = {}): Importer {
  return (input, options) =>
    guarded(options, (collector) => {
      const text = decodeTextInput(input, collector);
      if (text === undefined) return undefined;
      const clean = (value: string | undefined) => (value ? value.replace(/\r\n?/g, '\n') : undefined);
      const given: QuizletSeparators = {};
      const term = clean(separators.term);
      const row = clean(separators.row);
      if (term) given.term = term;
      if (row) given.row = row;
      const chosen = detectQuizletSeparators(text, given);
      const locate = lineLocator(text);
      const cards: QuizletCard[] = [];
      for (const piece of splitWithOffsets(text, chosen.row)) {
        const lead = piece.text.length - piece.text.trimStart().length;
        const { line } = locate(piece.start + lead);
        if (piece.text.trim() === '') continue;
        const at = piece.text.indexOf(chosen.term);
        const previous = cards[cards.length - 1];
        if (at === -1) {
          if (previous) {
            previous.definition = `${previous.definition}${chosen.row}${piece.text}`.trim();
            collector.report(
              'warning',
              line,
              `card ${previous.number}`,
              'no separator between term and definition here, so this was joined to the definition above (a line break inside a definition?)',
            );
          } else {
            collector.report(
              'error',
              line,
              `card ${cards.length + 1}`,
              'no separator between term and definition',
            );
          }
          continue;
        }
        cards.push({
          term: piece.text.slice(0, at).trim(),
          definition: piece.text.slice(at + chosen.term.length).trim(),
          line,
          number: cards.length + 1,
        });
      }
      for (const card of cards) {
        const path = `card ${card.number}`;
        if (card.term === '') collector.report('error', card.line, path, 'the term is empty');
        else if (card.definition === '')
          collector.report('error', card.line, path, 'the definition is empty');
        else
          addFlashcard(collector, {
            front: card.term,
            back: card.definition,
            key: card.term,
            line: card.line,
            path,
            tags: [],
          });
      }
      if (cards.length === 0 && !collector.hasErrors) collector.fileError('the file has no cards');
      return undefined;
    });
}

/** Imports a Quizlet export, detecting its separators (tab and newline unless the text says otherwise). */
export const importQuizlet: Importer = quizletImporter();
/** Header words that show a first line names columns, which a Quizlet export never has. */
const HEADER_WORDS = /\b(question|prompt|front|answer|back|term|definition)\b/i;

/** Quizlet's export: every non-blank line is two fields split by one tab, and the first is not a header. */
export const quizletFormat = {
  id: 'quizlet',
  name: 'Quizlet export',
  extensions: ['.txt', '.tsv'],
  kind: 'questions',
  sniff: (head) => {
    const lines = head.text
      .trimStart()
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '');
    return (
      lines.length > 0 &&
      !HEADER_WORDS.test(lines[0] ?? '') &&
      lines.every((line) => line.split('\t').length === 2)
    );
  },
  read: importQuizlet,
} as const satisfies QuestionFormat;
