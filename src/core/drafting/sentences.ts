/** A sentence of an article, with where it sits in the text. */
export interface Sentence {
  /** The sentence as written (its own line breaks and spacing kept, so offsets stay true). */
  text: string;
  /** Offset of its first character in the article. */
  start: number;
  /** Offset just past its last character in the article. */
  end: number;
}

/**
 * Words that end with a full stop without ending the sentence ("Mr. Putin", "Jan. 4", "e.g. gas").
 * "Ltd" and "Inc" are left out on purpose: they end sentences more often than not.
 */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'rev',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'no',
  'nos',
  'approx',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'fig',
  'vol',
  'pp',
]);

/** Quote marks and brackets that may close a sentence after its full stop: `…said.”` */
const CLOSERS = '"\'”’»)]';

/** True when the full stop at `dot` belongs to an abbreviation or an initial rather than ending a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  const before = /(^|[^\p{L}\p{N}])([A-Za-z][A-Za-z.]*)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[2] ?? '';
  if (/^[A-Z]$/.test(word)) return true; // an initial: "Pavel K. Baev"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** True when a line break at `index` continues the sentence (text wrapped mid-sentence). */
function continuesAfterBreak(text: string, index: number): boolean {
  const next = /^[ \t]*(\S)/.exec(text.slice(index + 1));
  const first = next?.[1];
  return first !== undefined && /[a-z0-9,;]/.test(first);
}

/**
 * Splits an article into sentences with their character offsets. A sentence ends at `.`, `!` or `?`
 * (with any closing quote marks or brackets after it) followed by a space, or at a line break that is
 * not text wrapped mid-sentence. Decimals ("117.5"), abbreviations ("Mr.", "Jan."), initials
 * ("Pavel K. Baev") and ellipses inside a sentence do not split it. Fragments with no letters (a stray
 * ". .") are dropped.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (/\p{L}/u.test(trimmed)) {
      sentences.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    }
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === '\n') {
      if (!continuesAfterBreak(text, i)) push(i);
      continue;
    }
    if (char !== '.' && char !== '!' && char !== '?') continue;
    if (char === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) continue;
    let end = i + 1;
    while (end < text.length && '.!?'.includes(text[end] ?? '')) end++;
    while (end < text.length && CLOSERS.includes(text[end] ?? '')) end++;
    const after = text[end];
    if (after !== undefined && !/\s/.test(after)) continue;
    if (char === '.' && end === i + 1 && isAbbreviation(text, i)) continue;
    const next = /^\s*(\S)/.exec(text.slice(end))?.[1];
    if (next !== undefined && /[a-z]/.test(next)) continue;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return sentences;
}
