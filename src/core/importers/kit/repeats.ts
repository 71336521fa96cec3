/** Spotting repeated choices and answers the way the pack validator and the grader compare them. */

/** Lower-cased, trimmed form used to spot repeated choices or answers (as the pack validator does). */
export function sameKey(text: string): string {
  return text.trim().toLowerCase();
}

/** The first text that repeats an earlier one (same {@link sameKey}), if any. */
export function firstRepeat(texts: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const text of texts) {
    const key = sameKey(text);
    if (seen.has(key)) return text;
    seen.add(key);
  }
  return undefined;
}

/** The texts without repeats (same {@link sameKey}), keeping the first of each in order. */
export function distinct(texts: readonly string[]): string[] {
  const seen = new Set<string>();
  return texts.filter((text) => {
    const key = sameKey(text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
