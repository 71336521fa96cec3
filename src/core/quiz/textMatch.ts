/**
 * Normalises free text into words for comparison: Unicode NFKC, lower case, ё→е, diacritics removed,
 * punctuation and symbols treated as spaces, and a leading article ("the", "a", "an") dropped. The words
 * let the grader see a negating prefix or an opposite word ("unequal", "northward") in a longer answer.
 */
export function normalizeWords(text: string): string[] {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
  return words.length > 1 && /^(the|a|an)$/.test(words[0] as string) ? words.slice(1) : words;
}

/**
 * Normalises free text for comparison: the words of {@link normalizeWords} with all spacing removed, so
 * that "The Amur", "amur" and "AMUR!" compare equal, and so do "Ürümqi" and "Urumqi".
 */
export function normalizeAnswer(text: string): string {
  return normalizeWords(text).join('');
}

/**
 * Edit distance in which an insertion, a deletion, a substitution or a swap of two neighbouring letters
 * each cost 1 (the optimal string alignment distance), so that "Beijnig" is one slip from "Beijing", not
 * two.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const x = [...a];
  const y = [...b];
  const width = y.length + 1;
  let beforePrevious = new Uint16Array(width);
  let previous = Uint16Array.from({ length: width }, (_, j) => j);
  let current = new Uint16Array(width);
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1])
        best = Math.min(best, (beforePrevious[j - 2] as number) + 1);
      current[j] = best;
    }
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[y.length] as number;
}

/**
 * How many typos an answer of this form may contain and still count: none for short answers (4 characters
 * or fewer once normalised), numbers and acronyms; one up to 8 characters; two beyond.
 */
export function typoAllowance(answer: string): number {
  const normal = normalizeAnswer(answer);
  if (normal.length <= 4) return 0;
  if (/\d/.test(normal)) return 0;
  if (/^[A-Z]{2,6}$/.test(answer.trim())) return 0;
  return normal.length <= 8 ? 1 : 2;
}

/** A run of characters in a diff: common to both texts, only in the expected one, or only in the typed one. */
export interface DiffPart {
  /** The characters. */
  text: string;
  /** `same`: in both; `missing`: expected but not typed; `extra`: typed but not expected. */
  kind: 'same' | 'missing' | 'extra';
}

/**
 * A character diff between what was typed and what was expected (case-insensitive), for showing the
 * player where an answer accepted with a typo differs, the way Anki shows typed answers.
 */
export function diffText(typed: string, expected: string): DiffPart[] {
  const a = [...typed];
  const b = [...expected];
  const same = (x: string, y: string) => x.toLowerCase() === y.toLowerCase();
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lengths[i] as number[];
      row[j] = same(a[i] as string, b[j] as string)
        ? ((lengths[i + 1] as number[])[j + 1] as number) + 1
        : Math.max((lengths[i + 1] as number[])[j] as number, row[j + 1] as number);
    }
  }
  const parts: DiffPart[] = [];
  const push = (text: string, kind: DiffPart['kind']) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ text, kind });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(a[i] as string, b[j] as string)) {
      push(b[j] as string, 'same');
      i++;
      j++;
    } else if (((lengths[i + 1] as number[])[j] as number) >= ((lengths[i] as number[])[j + 1] as number)) {
      push(a[i++] as string, 'extra');
    } else {
      push(b[j++] as string, 'missing');
    }
  }
  while (i < a.length) push(a[i++] as string, 'extra');
  while (j < b.length) push(b[j++] as string, 'missing');
  return parts;
}
