import { type Confusable, type ConfusableSources, confusablesOf } from './confusables';
import { editDistance, normalizeAnswer, typoAllowance } from './textMatch';

/** The outcome of comparing typed text with the accepted answers. */
export interface TextMatch {
  /** The accepted answer that matched, as written in the pack; undefined when nothing matched. */
  matched?: string;
  /** Whether it matched only thanks to typo tolerance. */
  typo: boolean;
  /** Why the text was not accepted, when it is a different answer rather than a spelling slip. */
  why?: string;
}

/** How a text is checked against the accepted answers. */
export interface MatchOptions extends ConfusableSources {
  /** Whether small typos are forgiven (default true). */
  typos?: boolean;
}

/** Number of characters (code points) of a text: no edit distance is smaller than two texts' difference in it. */
function letters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) count += 1;
  }
  return count;
}

/** How feedback names each kind of confusable when the typed text is only near it. */
const NEAR_LABEL: Record<Confusable['kind'], string> = {
  reject: 'an answer this question rules out',
  'other-gap': 'the answer to another gap',
  known: 'a different name in this course',
  negation: 'its negation',
  opposite: 'its opposite',
};

/** The line of feedback that says why `typed` is not taken as a spelling slip of `key`. */
function whyNot(typed: string, key: string, confusable: Confusable, exact: boolean): string {
  if (!exact) {
    const line = `“${typed}” is at least as close to “${confusable.shown}” (${NEAR_LABEL[confusable.kind]}) as to “${key}”, so it is not taken as a spelling slip.`;
    return confusable.why ? `${line} ${confusable.why}` : line;
  }
  switch (confusable.kind) {
    case 'reject':
      return confusable.why ?? `“${typed}” is a different answer, not a spelling slip of “${key}”.`;
    case 'other-gap':
      return `“${typed}” is the answer to another gap of this text, not this one.`;
    case 'known':
      return `“${typed}” is a different name in this course, not a spelling slip of “${key}”.`;
    case 'negation':
      return `“${typed}” is the negation of “${key}”, not a spelling slip.`;
    case 'opposite':
      return `“${typed}” says the opposite of “${key}”, not a spelling slip.`;
  }
}

/**
 * Compares what a player typed with the accepted answers (the first being the one feedback shows). An
 * exact match after normalisation is right. Otherwise the closest accepted answer within its typo
 * allowance is right as a typo, unless the text is at least as close to something that means otherwise
 * (see {@link confusablesOf}): an author's reject, another gap's answer, another answer or place of the
 * course, or the key's opposite, each of which wins a tie; or the key's negation, which must be strictly
 * closer. Such a text is graded on what it is, with a line saying why. An author's reject or another
 * gap's answer typed exactly says why even where typos are not forgiven.
 */
export function matchAnswer(
  input: string,
  accepted: readonly string[],
  options: MatchOptions = {},
): TextMatch {
  const given = normalizeAnswer(input);
  if (given === '') return { typo: false };
  const exact = accepted.find((answer) => normalizeAnswer(answer) === given);
  if (exact !== undefined) return { matched: exact, typo: false };
  const typed = input.trim();
  const key = accepted[0] ?? '';
  const named = confusablesOf(accepted, {
    ...(options.rejects ? { rejects: options.rejects } : {}),
    ...(options.otherGaps ? { otherGaps: options.otherGaps } : {}),
  }).find(
    (confusable) =>
      (confusable.kind === 'reject' || confusable.kind === 'other-gap') && confusable.form === given,
  );
  if (named) return { typo: false, why: whyNot(typed, key, named, true) };
  if (options.typos === false) return { typo: false };

  let best: { answer: string; distance: number } | undefined;
  for (const answer of accepted) {
    const distance = editDistance(given, normalizeAnswer(answer));
    if (distance <= typoAllowance(answer) && (!best || distance < best.distance)) best = { answer, distance };
  }
  if (!best) return { typo: false };

  const length = letters(given);
  const within = best.distance;
  let nearest: { confusable: Confusable; distance: number } | undefined;
  for (const confusable of confusablesOf(
    accepted,
    options,
    (form) => Math.abs(letters(form) - length) <= within,
  )) {
    const distance = editDistance(given, confusable.form);
    const blocks = confusable.kind === 'negation' ? distance < within : distance <= within;
    if (blocks && (!nearest || distance < nearest.distance)) nearest = { confusable, distance };
  }
  if (nearest)
    return { typo: false, why: whyNot(typed, best.answer, nearest.confusable, nearest.distance === 0) };
  return { matched: best.answer, typo: true };
}
