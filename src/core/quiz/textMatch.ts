/**
 * Normalises free text for comparison: Unicode NFKC, lower case, ё→е, diacritics removed, punctuation and
 * symbols turned into spaces, a leading article ("the", "a", "an") dropped, and all spacing removed, so
 * that "The Amur", "amur" and "AMUR!" compare equal, and so do "Ürümqi" and "Urumqi".
 */
export function normalizeAnswer(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .trim()
    .replace(/^(the|a|an)\s+/, '')
    .replace(/\s+/g, '');
}

/** Levenshtein edit distance (insertions, deletions, substitutions each cost 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] as number;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] as number;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      previous[j] = Math.min(above + 1, (previous[j - 1] as number) + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length] as number;
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

/** The outcome of comparing typed text with the accepted answers. */
export interface TextMatch {
  /** The accepted answer that matched, as written in the pack; undefined when nothing matched. */
  matched?: string;
  /** Whether it matched only thanks to typo tolerance. */
  typo: boolean;
}

/**
 * Compares what a player typed with the accepted answers: an exact match after normalisation first, then
 * the closest answer within its typo allowance (when `typos` is true).
 */
export function matchAnswer(input: string, accepted: readonly string[], typos = true): TextMatch {
  const given = normalizeAnswer(input);
  if (given === '') return { typo: false };
  const exact = accepted.find((answer) => normalizeAnswer(answer) === given);
  if (exact !== undefined) return { matched: exact, typo: false };
  if (!typos) return { typo: false };
  let best: { answer: string; distance: number } | undefined;
  for (const answer of accepted) {
    const distance = editDistance(given, normalizeAnswer(answer));
    if (distance <= typoAllowance(answer) && (!best || distance < best.distance)) best = { answer, distance };
  }
  return best ? { matched: best.answer, typo: true } : { typo: false };
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
