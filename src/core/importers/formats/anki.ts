/**
 * Anki's "Notes in Plain Text" export: a `#key:value` header, then one note per record; basic notes become
 * flashcards and cloze notes cloze questions.
 */
import type { ClozeQuestion } from '../../model/pack';
import { clozeCards, hasAnkiCloze, parseAnkiCloze } from '../kit/ankiCloze';
import { type ImportCollector, cleanTags, guarded } from '../kit/collector';
import { decodeTextInput } from '../kit/decode';
import { addFlashcard } from '../kit/flashcards';
import { type DelimitedRow, countOutsideQuotes, isBlankRow, readDelimitedRows, splitList } from '../kit/rows';
import { htmlToText } from '../kit/text';
import type { Importer, QuestionFormat } from '../importTypes';

/** Anki's names for the separators `#separator:` may give. */
const ANKI_SEPARATORS: Record<string, string> = {
  comma: ',',
  semicolon: ';',
  tab: '\t',
  space: ' ',
  pipe: '|',
  colon: ':',
};

/** Separators tried, in order, when an Anki file does not declare one. */
const ANKI_GUESS_ORDER = ['\t', '|', ';', ',', ':', ' '];

/** What the `#key:value` header lines of an Anki export say. */
interface AnkiHeader {
  separator?: string;
  html?: boolean;
  tags: string[];
  columns?: string;
  notetype?: string;
  deck?: string;
  /** 0-based indexes of the guid, notetype, deck and tags columns. */
  guidColumn?: number;
  notetypeColumn?: number;
  deckColumn?: number;
  tagsColumn?: number;
}

/**
 * Reads the header of an Anki export: the `#key:value` lines at the top (keys matched without regard to case
 * or spaces), and a legacy `tags:` first line. Returns the header and the text with that legacy line turned
 * into a comment of the same length, so that offsets, and so line numbers, do not move.
 */
function readAnkiHeader(source: string, collector: ImportCollector): { header: AnkiHeader; text: string } {
  const header: AnkiHeader = { tags: [] };
  let text = source;
  let offset = 0;
  let line = 1;
  const legacy = /^tags:(.*)/i.exec(
    text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')),
  );
  if (legacy) {
    header.tags.push(...splitList(legacy[1] ?? '', /\s+/));
    text = `#${' '.repeat(legacy[0].length - 1)}${text.slice(legacy[0].length)}`;
    offset = legacy[0].length + 1;
    line = 2;
  }
  while (offset < text.length && text[offset] === '#') {
    const end = text.indexOf('\n', offset) === -1 ? text.length : text.indexOf('\n', offset);
    const body = text.slice(offset + 1, end);
    const colon = body.indexOf(':');
    if (colon !== -1) {
      const key = body
        .slice(0, colon)
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, '');
      const raw = body.slice(colon + 1);
      const value = raw.trim();
      const column = (name: string): number | undefined => {
        const n = Number(value);
        if (Number.isInteger(n) && n >= 1) return n - 1;
        collector.report('warning', line, '', `"${name}" should be a column number, not "${value}"; ignored`);
        return undefined;
      };
      switch (key) {
        case 'separator': {
          const named = raw.length === 1 ? raw : ANKI_SEPARATORS[value.toLowerCase()];
          if (named === undefined || named === '"' || named === '#')
            collector.report('warning', line, '', `unknown separator "${value}"; guessing it from the notes`);
          else header.separator = named;
          break;
        }
        case 'html':
          if (/^(true|false)$/i.test(value)) header.html = value.toLowerCase() === 'true';
          else
            collector.report('warning', line, '', `html should be true or false, not "${value}"; guessing`);
          break;
        case 'tags':
          header.tags.push(...splitList(value, /\s+/));
          break;
        case 'columns':
          header.columns = raw;
          break;
        case 'notetype':
          header.notetype = value;
          break;
        case 'deck':
          header.deck = value;
          break;
        case 'guidcolumn':
          header.guidColumn = column('guid column');
          break;
        case 'notetypecolumn':
          header.notetypeColumn = column('notetype column');
          break;
        case 'deckcolumn':
          header.deckColumn = column('deck column');
          break;
        case 'tagscolumn':
          header.tagsColumn = column('tags column');
          break;
        default:
          break;
      }
    }
    offset = end + 1;
    line += 1;
  }
  return { header, text };
}

/**
 * Guesses an Anki file's separator from its first notes: the first of tab, pipe, semicolon, comma, colon and
 * space found (outside quotes) on every one of up to five data lines, else on the first, else tab. Anki itself
 * tries colon before comma; we do not, since colons are common in questions.
 */
function guessAnkiSeparator(text: string): string {
  const lines = text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .slice(0, 5);
  const found = (line: string, separator: string) => countOutsideQuotes(line, separator) > 0;
  return (
    ANKI_GUESS_ORDER.find((separator) => lines.length > 0 && lines.every((line) => found(line, separator))) ??
    ANKI_GUESS_ORDER.find((separator) => lines[0] !== undefined && found(lines[0], separator)) ??
    '\t'
  );
}

/** A deck name for people: Anki's `Geography::Capitals` becomes `Geography › Capitals`. */
function deckTitle(deck: string): string {
  return deck
    .split('::')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' › ');
}

/** The deck path all `decks` share (`A::B` of `A::B::C` and `A::B::D`), or '' when they share none. */
function commonDeck(decks: readonly string[]): string {
  const split = decks.map((deck) => deck.split('::').map((part) => part.trim()));
  const first = split[0] ?? [];
  let length = 0;
  while (length < first.length && split.every((parts) => parts[length] === first[length])) length += 1;
  return first.slice(0, length).join('::');
}

/** HTML or plain text guessed from the first notes, as Anki does when the header does not say. */
function looksLikeHtml(rows: readonly DelimitedRow[]): boolean {
  return rows
    .slice(0, 5)
    .some((row) => row.fields.some((field) => /<[a-z/][^>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(field)));
}

/**
 * Imports Anki's "Notes in Plain Text" export (`.txt`/`.csv`, Anki 2.1.54 and later, and older files with a
 * `tags:` first line). The `#key:value` header is read here (separator, html, tags, columns, notetype, deck and
 * the guid/notetype/deck/tags column numbers); the notes are read by papaparse, where a line starting with `#`
 * is a comment. With `html:true` (or HTML guessed from the first notes, as Anki does) fields become plain text;
 * images and sounds are dropped with one warning.
 *
 * Notes are flashcards. A basic note (front, back) becomes a `typed` question whose answer is the back and
 * whose `card` keeps front and back; long backs are kept too (see {@link SHORT_BACK_CHARS}). Notetypes named
 * "… reversed …" add the reverse card ("optional reversed" only when the third field is filled). A cloze note
 * (notetype "Cloze", or `{{c1::…}}` in its first field) gives one `cloze` question per card number, as Anki
 * makes one card per number: that number's deletions become `{{gaps}}`, the others are shown, hints go into the
 * prompt and the second field ("Back Extra") becomes the explanation. The deck name is the title (the shared
 * part when several decks are exported, each question then tagged with its own deck); tags are slugged.
 */
export const importAnki: Importer = (input, options) =>
  guarded(options, (collector) => {
    const decoded = decodeTextInput(input, collector);
    if (decoded === undefined) return undefined;
    const { header, text } = readAnkiHeader(decoded, collector);
    const separator = header.separator ?? guessAnkiSeparator(text);
    const rows = readDelimitedRows(text, separator, true).filter((row) => !isBlankRow(row));
    const names =
      header.columns === undefined ? [] : header.columns.split(separator).map((name) => name.trim());
    const namedTags = names.findIndex((name) => name.toLowerCase() === 'tags');
    const tagsColumn = header.tagsColumn ?? (namedTags === -1 ? undefined : namedTags);
    const special = new Set(
      [header.guidColumn, header.notetypeColumn, header.deckColumn, tagsColumn].filter(
        (index): index is number => index !== undefined,
      ),
    );
    const fieldNames = names.filter((_, index) => !special.has(index));
    const html = header.html ?? looksLikeHtml(rows);
    const cell = (row: DelimitedRow, index: number | undefined) =>
      index === undefined ? '' : (row.fields[index] ?? '').trim();
    const deckOf = (row: DelimitedRow) => cell(row, header.deckColumn) || header.deck || '';
    const decks = [...new Set(rows.map(deckOf).filter((deck) => deck !== '' && !/^\d+$/.test(deck)))];
    const several = decks.length > 1;

    rows.forEach((row, index) => {
      const path = (field?: number) =>
        field === undefined
          ? `note ${index + 1}`
          : `note ${index + 1}, field ${fieldNames[field] ? `"${fieldNames[field]}"` : field + 1}`;
      if (row.quoteProblem === 'unclosed') {
        collector.report(
          'error',
          row.line,
          path(),
          'a quoted field starts here but never ends; the rest of the file was read into it',
        );
        return;
      }
      if (row.quoteProblem === 'malformed')
        collector.report(
          'warning',
          row.line,
          path(),
          'a quote is misplaced (a field that starts with " must end with " before the separator)',
        );
      const raw = row.fields.filter((_, i) => !special.has(i));
      const fields = raw.map((field) => {
        if (/\[sound:[^\]]*\]/i.test(field) || (html && /<img\b/i.test(field)))
          collector.tally(
            'media',
            row.line,
            path(),
            (count) =>
              `${count} note${count === 1 ? ' has' : 's have'} images or sounds, which are not imported`,
          );
        const stripped = field.replace(/\[sound:[^\]]*\]/gi, '').replace(/\[\[type:[^\]]*\]\]/gi, '');
        return html ? htmlToText(stripped) : stripped.trim();
      });
      const notetype = cell(row, header.notetypeColumn) || header.notetype || '';
      const deck = deckOf(row);
      const tags = cleanTags([
        ...header.tags,
        ...splitList(cell(row, tagsColumn), /\s+/),
        ...(several && deck ? [deck.split('::').pop() ?? ''] : []),
      ]);
      const key = cell(row, header.guidColumn) || (fields[0] ?? '');
      const front = fields[0] ?? '';
      const back = fields[1] ?? '';
      if (front === '') {
        collector.report('error', row.line, path(0), 'the first field (front) is empty');
        return;
      }
      if (/cloze/i.test(notetype) || hasAnkiCloze(front)) {
        const parsed = parseAnkiCloze(front);
        if (!parsed.ok) {
          collector.report('error', row.line, path(0), `the cloze text ${parsed.error}`);
          return;
        }
        if (!parsed.parts.some((part) => typeof part !== 'string')) {
          collector.report(
            'error',
            row.line,
            path(0),
            'a cloze note needs at least one deletion written {{c1::answer}}',
          );
          return;
        }
        for (const card of clozeCards(parsed.parts, true)) {
          const question: ClozeQuestion = {
            ...collector.base(`${key}#c${card.card}`, card.prompt),
            type: 'cloze',
            text: card.text,
            tags,
            ...(back ? { explanation: back } : {}),
          };
          collector.add(question, row.line, path(0));
        }
        return;
      }
      if (back === '') {
        collector.report('error', row.line, path(1), 'the second field (back) is empty');
        return;
      }
      addFlashcard(collector, { front, back, key, line: row.line, path: path(), tags });
      const reverse = /revers/i.test(notetype) && (!/optional/i.test(notetype) || (fields[2] ?? '') !== '');
      if (reverse)
        addFlashcard(collector, {
          front: back,
          back: front,
          key: `${key}#reverse`,
          line: row.line,
          path: path(),
          tags,
        });
    });
    if (rows.length === 0) collector.fileError('the file has no notes');
    return header.deck && !/^\d+$/.test(header.deck) ? deckTitle(header.deck) : deckTitle(commonDeck(decks));
  });
/** Anki notes in plain text: recognised by its `#separator:`-style header lines or a legacy `tags:` line. */
export const ankiFormat = {
  id: 'anki',
  name: 'Anki notes in plain text',
  extensions: ['.txt', '.csv'],
  kind: 'questions',
  sniff: (head) => {
    const start = head.text.trimStart();
    return (
      /^#(separator|html|tags|deck|notetype|columns|guid)[^:\n]*:/im.test(start) || /^tags:/i.test(start)
    );
  },
  read: importAnki,
} as const satisfies QuestionFormat;
