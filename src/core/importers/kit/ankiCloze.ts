/** Cloze deletions in Anki's syntax (`{{c1::answer::hint}}`), turned into our `{{gap}}` cloze text. */

/** One Anki cloze deletion `{{cN::answer::hint}}`. */
export interface Deletion {
  /** The card number N of `cN`. */
  card: number;
  /** The hidden text. */
  answer: string;
  /** The hint shown in the gap, if any. */
  hint?: string;
}

/**
 * Splits a text with Anki cloze deletions into plain text and deletions. Fails on a deletion that is not
 * closed, an empty one, or a deletion inside another (nested clozes have no equivalent in our gaps).
 */
export function parseAnkiCloze(
  text: string,
): { ok: true; parts: (string | Deletion)[] } | { ok: false; error: string } {
  const parts: (string | Deletion)[] = [];
  const opener = /\{\{c(\d+)::/g;
  let from = 0;
  for (let match = opener.exec(text); match; match = opener.exec(text)) {
    const contentStart = match.index + match[0].length;
    let i = contentStart;
    for (; i < text.length; i++) {
      if (text.startsWith('{{', i)) return { ok: false, error: 'has a cloze deletion inside another one' };
      if (text.startsWith('}}', i)) break;
    }
    if (i >= text.length) return { ok: false, error: `has "{{c${match[1]}::" without a closing "}}"` };
    const content = text.slice(contentStart, i);
    const split = content.indexOf('::');
    const answer = (split === -1 ? content : content.slice(0, split)).trim();
    const hint = split === -1 ? '' : content.slice(split + 2).trim();
    if (answer === '') return { ok: false, error: `has an empty cloze deletion "${match[0]}…}}"` };
    if (match.index > from) parts.push(text.slice(from, match.index));
    parts.push({ card: Number(match[1]), answer, ...(hint ? { hint } : {}) });
    from = i + 2;
    opener.lastIndex = from;
  }
  if (from < text.length) parts.push(text.slice(from));
  return { ok: true, parts };
}

/** True when a text holds at least one Anki cloze deletion. */
export function hasAnkiCloze(text: string): boolean {
  return /\{\{c\d+::/.test(text);
}

/** One cloze question made from an Anki cloze note. */
export interface ClozeCard {
  /** The Anki card number it stands for (0 when every deletion is a gap of one question). */
  card: number;
  /** Our cloze text, with `{{gaps}}`. */
  text: string;
  /** The instruction shown above it, with any hints. */
  prompt: string;
}

/**
 * Turns Anki cloze text into our cloze questions. `perCard` follows Anki (one question per `cN` number, whose
 * deletions become gaps while the other numbers' answers are shown as text); otherwise every deletion is a
 * gap of a single question. Hints have no place in a gap, so they go into the prompt.
 */
export function clozeCards(parts: readonly (string | Deletion)[], perCard: boolean): ClozeCard[] {
  const numbers = perCard
    ? [...new Set(parts.flatMap((part) => (typeof part === 'string' ? [] : [part.card])))].sort(
        (a, b) => a - b,
      )
    : [0];
  return numbers.map((card) => {
    const asked = (part: Deletion) => !perCard || part.card === card;
    const text = parts
      .map((part) => (typeof part === 'string' ? part : asked(part) ? `{{${part.answer}}}` : part.answer))
      .join('');
    const gaps = parts.filter((part): part is Deletion => typeof part !== 'string' && asked(part));
    const hints = gaps.flatMap((gap) => (gap.hint ? [gap.hint] : []));
    const ask = gaps.length === 1 ? 'Fill in the gap.' : 'Fill in the gaps.';
    const prompt =
      hints.length === 0 ? ask : `${ask} Hint${hints.length === 1 ? '' : 's'}: ${hints.join('; ')}`;
    return { card, text, prompt };
  });
}

/** Our cloze text from Anki's syntax with every deletion a gap (the CSV importer makes one question). */
export function ankiClozeToOurs(text: string): { ok: true; text: string } | { ok: false; error: string } {
  const parsed = parseAnkiCloze(text);
  if (!parsed.ok) return parsed;
  const [card] = clozeCards(parsed.parts, false);
  return { ok: true, text: card?.text ?? text };
}
