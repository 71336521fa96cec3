import { type KnownAnswers, NO_KNOWN_ANSWERS } from './knownAnswers';
import { normalizeAnswer, normalizeWords } from './textMatch';

/** An answer the author rules out for a typed question or a cloze gap, with the reason shown to the player. */
export interface Reject {
  /** The answer that is not accepted ("Argun"). */
  answer: string;
  /** Why it is not accepted ("Argun is the river; the treaty was signed at Aigun"). */
  why?: string;
}

/**
 * Why a text is not a spelling slip of the key: the author rejects it, it answers another gap of the same
 * text, it is another answer or place the course knows, it negates the key, or it says the opposite.
 */
export type ConfusableKind = 'reject' | 'other-gap' | 'known' | 'negation' | 'opposite';

/** A text that is close to an accepted answer but means something else. */
export interface Confusable {
  /** The normalised form compared with what the player typed. */
  form: string;
  /** The text as shown in feedback. */
  shown: string;
  /** What makes it a different answer. */
  kind: ConfusableKind;
  /** The author's reason, for a reject. */
  why?: string;
}

/** Prefixes that negate a word; stripped only when at least four letters remain ("unequal" → "equal"). */
const NEGATING_PREFIXES = ['non', 'dis', 'un', 'in', 'im', 'ir', 'il'];

/**
 * Word starts in which those letters are not a negating prefix ("United", "International", "Ireland"),
 * so that taking them off makes no negation.
 */
const NOT_NEGATED = [
  'uni',
  'inter',
  'intr',
  'instit',
  'industr',
  'india',
  'indo',
  'inner',
  'iran',
  'iraq',
  'irel',
  'irkut',
  'import',
  'imperi',
  'district',
  'distan',
  'display',
  'dispute',
  'discus',
];

/** Prefixes added to a word to negate it ("equal" → "unequal"). */
const ADDED_NEGATIONS = ['un', 'in', 'non', 'dis'];

/**
 * A small curated list of opposite words. Words of four letters or more also count at the start or end
 * of a longer word, so "northward" is the opposite of "southward" and "northeast" of "northwest".
 */
export const OPPOSITES: readonly (readonly [string, string])[] = [
  ['north', 'south'],
  ['east', 'west'],
  ['northern', 'southern'],
  ['eastern', 'western'],
  ['upper', 'lower'],
  ['inner', 'outer'],
  ['upstream', 'downstream'],
  ['import', 'export'],
  ['importer', 'exporter'],
  ['inflow', 'outflow'],
  ['inbound', 'outbound'],
  ['rise', 'fall'],
  ['rose', 'fell'],
  ['risen', 'fallen'],
  ['increase', 'decrease'],
  ['gain', 'loss'],
  ['surplus', 'deficit'],
  ['high', 'low'],
  ['higher', 'lower'],
  ['more', 'less'],
  ['most', 'least'],
  ['maximum', 'minimum'],
  ['first', 'last'],
  ['before', 'after'],
  ['earliest', 'latest'],
  ['left', 'right'],
  ['buy', 'sell'],
  ['buyer', 'seller'],
  ['win', 'lose'],
  ['winner', 'loser'],
  ['victory', 'defeat'],
  ['ally', 'enemy'],
  ['allies', 'enemies'],
  ['friend', 'foe'],
  ['open', 'closed'],
  ['entry', 'exit'],
  ['strong', 'weak'],
  ['stronger', 'weaker'],
  ['rich', 'poor'],
  ['war', 'peace'],
];

/** Shortest opposite word that also counts inside a longer word. */
const MIN_AFFIX_OPPOSITE = 4;

/** The word with a negating prefix removed ("unequal" → "equal"). */
function removedNegationsOfWord(word: string): string[] {
  if (NOT_NEGATED.some((start) => word.startsWith(start))) return [];
  return NEGATING_PREFIXES.filter(
    (prefix) => word.startsWith(prefix) && word.length - prefix.length >= 4,
  ).map((prefix) => word.slice(prefix.length));
}

/** The word with a negating prefix removed or added, each way it can be. */
function negationsOfWord(word: string): string[] {
  const added = word.length >= 3 ? ADDED_NEGATIONS.map((prefix) => prefix + word) : [];
  return [...removedNegationsOfWord(word), ...added];
}

/** The word with one opposite swapped in: whole, or at its start or end. */
function oppositesOfWord(word: string): string[] {
  const found: string[] = [];
  for (const [a, b] of OPPOSITES) {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      if (word === from) found.push(to);
      else if (from.length >= MIN_AFFIX_OPPOSITE && word.length > from.length) {
        if (word.startsWith(from)) found.push(to + word.slice(from.length));
        if (word.endsWith(from)) found.push(word.slice(0, -from.length) + to);
      }
    }
  }
  return found;
}

/** Every text made by changing one word of `answer` with `change`, written with spaces between words. */
function variants(answer: string, change: (word: string) => string[]): string[] {
  const words = normalizeWords(answer);
  return words.flatMap((word, index) =>
    change(word).map((changed) => [...words.slice(0, index), changed, ...words.slice(index + 1)].join(' ')),
  );
}

/** The negations of an answer: a negating prefix added to or removed from one word ("equal treaties"). */
export function negationsOf(answer: string): string[] {
  return variants(answer, negationsOfWord);
}

/**
 * The negations of an answer made by taking a prefix off one word ("equal treaties" from "unequal
 * treaties"): mostly real words, unlike most made by adding one.
 */
export function removedNegationsOf(answer: string): string[] {
  return variants(answer, removedNegationsOfWord);
}

/** The opposites of an answer: one word swapped for its opposite ("southward", "Inner Manchuria"). */
export function oppositesOf(answer: string): string[] {
  return variants(answer, oppositesOfWord);
}

/** A variant of normalised words as a normalised form. */
const unspaced = (words: string) => words.replace(/ /g, '');

/** A form with a plural or possessive "s" taken off, so that "Kurils" and "Kuril's" count as "Kuril". */
const singular = (form: string) => (form.length > 4 && form.endsWith('s') ? form.slice(0, -1) : form);

/** What, besides the accepted answers, decides whether an answer is a typo. */
export interface ConfusableSources {
  /** Every answer the loaded course knows. */
  known?: KnownAnswers;
  /** The author's rejected answers for this typed answer or gap. */
  rejects?: readonly Reject[];
  /** The answers of the other gaps of the same cloze text. */
  otherGaps?: readonly string[];
}

/**
 * The texts an answer could be confused with: the author's rejects, the other gaps' answers, every other
 * answer or place the course knows, and the negations and opposites of each accepted answer. Anything
 * accepted here (or accepted together with an accepted answer elsewhere in the course) is left out, and
 * so is a plural or possessive of it.
 *
 * @param near - keeps only the normalised forms it approves (the grader looks only at those a typo could
 *   reach), so that the rest are never built
 */
export function confusablesOf(
  accepted: readonly string[],
  sources: ConfusableSources = {},
  near: (form: string) => boolean = () => true,
): Confusable[] {
  const known = sources.known ?? NO_KNOWN_ANSWERS;
  const same = new Set<string>();
  for (const answer of accepted) {
    const form = normalizeAnswer(answer);
    same.add(form);
    for (const synonym of known.synonyms.get(form) ?? []) same.add(synonym);
  }
  const sameSingular = new Set([...same].map(singular));
  const found = new Map<string, Confusable>();
  const add = (shown: string, kind: ConfusableKind, why?: string, form = normalizeAnswer(shown)) => {
    if (form === '' || !near(form) || same.has(form) || sameSingular.has(singular(form)) || found.has(form))
      return;
    found.set(form, { form, shown, kind, ...(why !== undefined ? { why } : {}) });
  };
  for (const reject of sources.rejects ?? []) add(reject.answer, 'reject', reject.why);
  for (const answer of sources.otherGaps ?? []) add(answer, 'other-gap');
  // Made of normalised words, a variant's form is the variant without its spaces.
  for (const answer of accepted)
    for (const opposite of oppositesOf(answer)) add(opposite, 'opposite', undefined, unspaced(opposite));
  for (const [form, shown] of known.names) add(shown, 'known', undefined, form);
  for (const answer of accepted)
    for (const negation of negationsOf(answer)) add(negation, 'negation', undefined, unspaced(negation));
  return [...found.values()];
}
