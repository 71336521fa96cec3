import type { Unit } from '../model/pack';
import { parseQuantity } from '../quiz/quantity';

/** Where something sits in a sentence: offsets into the sentence's text. */
export interface Span {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** A number with its unit and scale: "$117.5bn", "1,800 miles", "-62c", "800 per cent", "eight million people". */
export interface QuantityFact extends Span {
  kind: 'quantity';
  /** The text as written. */
  text: string;
  /** The value in `unit`, scale applied (117.5bn is 117500000000; 146 billion cubic metres is 146 bcm). */
  value: number;
  /** The unit, when the text names one the game can grade. */
  unit?: Unit;
  /** A conversion written after it in brackets ("(£92.5bn)"): blanked with it, never asked on its own. */
  conversion?: Span;
}

/** A year: "2019", "in December 2019", "1858-1860". */
export interface YearFact extends Span {
  kind: 'year';
  /** The year. */
  year: number;
}

/** A decade: "the 2020s" (a period, not a number). */
export interface DecadeFact extends Span {
  kind: 'decade';
  /** Its first year (2020 for the 2020s). */
  decade: number;
}

/** Numbers that can be asked about. */
export type NumberFact = QuantityFact | YearFact | DecadeFact;

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

/** Number words that count as numbers when a scale or unit follows ("eight million people", "ten times"). */
const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const WORDS = `(?:${Object.keys(WORD_NUMBERS).join('|')})(?=\\s+(?:trillion|billion|million|thousand|times|per\\s?cent|percent)\\b)`;
const SCALE = String.raw`trillion|billion|million|thousand|bn|tn|m(?![\p{L}])`;
const UNIT = [
  String.raw`per\s?cent|percent|%`,
  String.raw`miles?|square\s+kilomet(?:re|er)s|sq\.?\s?km|km²|km2|kilomet(?:re|er)s|kms?`,
  String.raw`cubic\s+met(?:re|er)s|bcm`,
  String.raw`°\s?C|degrees(?:\s+Celsius)?|c(?![\p{L}])`,
  String.raw`people|citizens|inhabitants|residents|times`,
].join('|');

/** A number as written: sign, currency, digits or a number word, scale word, unit (not a code argument such as "alert(1)"). */
const QUANTITY = new RegExp(
  String.raw`(?<![\p{L}\p{N}$£€.,\-–/])(?<!\p{L}\()(?<sign>[-−–](?=\d))?(?<currency>US\$|\$|£|€)?(?<number>${DIGITS}|${WORDS})(?:\s?(?<scale>${SCALE}))?(?:\s?(?<unit>${UNIT}))?(?![\p{L}\p{N}])`,
  'giu',
);

/** A year from 1500 to 2099 standing alone (not "2020s", "G2020", "2,019" or "2019km"). */
const YEAR = /(?<![\p{L}\p{N}$£€.,/])(?<!\p{L}[-–])(1[5-9]\d\d|20\d\d)(?![\p{L}\p{N}]|[.,]\d)/gu;

/** "the 2020s", "the 1990s". */
const DECADE = /\bthe\s+((?:1[5-9]|20)\d0)s\b/gi;

/** A bracketed conversion right after an amount: " (£92.5billion)". */
const CONVERSION = /^\s*\((?:about |around |some |roughly )?(?:US\$|\$|£|€)[^)]{1,30}\)/;

/** A month name right before a day or year ("February 4"), or a day right before a month ("4 Feb"). */
const MONTH_BEFORE = new RegExp(`(?:${MONTHS})\\.?\\s+$`, 'i');
const MONTH_AFTER = new RegExp(`^\\s+(?:${MONTHS})\\b`, 'i');

/** A capitalised word right before a year makes it part of a name ("Vostok 2018"), unless it is a month. */
const NAME_BEFORE = /(?:^|[^.!?]\s)([A-Z][\p{L}]+)\s+$/u;

/** Reads one quantity match into a value and unit, or undefined when it cannot be graded. */
function readQuantity(
  groups: Record<string, string | undefined>,
): { value: number; unit?: Unit } | undefined {
  const wordValue = WORD_NUMBERS[(groups.number ?? '').toLowerCase()];
  const digits = wordValue !== undefined ? String(wordValue) : (groups.number ?? '');
  const currency = groups.currency === '€' ? undefined : groups.currency;
  if (groups.currency === '€') return undefined;
  const unit = groups.unit?.trim();
  const written = [`${groups.sign ? '-' : ''}${currency ?? ''}${digits}`, groups.scale, unit]
    .filter((part) => part !== undefined && part !== '')
    .join(' ');
  const parsed = parseQuantity(written);
  if (!parsed.ok) return undefined;
  return parsed.quantity.unit
    ? { value: parsed.quantity.value, unit: parsed.quantity.unit }
    : { value: parsed.quantity.value };
}

/** True when the years regex found a year that names a thing rather than a time ("Vostok 2018"). */
function yearIsPartOfName(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - 30), start);
  if (MONTH_BEFORE.test(before)) return false;
  const name = NAME_BEFORE.exec(before);
  return name !== null && !/^(In|By|Since|From|Until|Before|After|The|And|Or|Of)$/.test(name[1] ?? '');
}

/**
 * Finds the numbers in a sentence that a question can ask about: quantities with their unit and scale,
 * years and decades. Day numbers of dates ("February 4"), ordinals ("160th"), model names ("S-400",
 * "G20") and bracketed currency conversions are not asked about on their own.
 */
export function findNumberFacts(sentence: string): NumberFact[] {
  const facts: NumberFact[] = [];
  const taken: Span[] = [];
  const overlaps = (span: Span) => taken.some((other) => span.start < other.end && other.start < span.end);

  for (const match of sentence.matchAll(DECADE)) {
    const span = { start: match.index, end: match.index + match[0].length };
    facts.push({ kind: 'decade', ...span, decade: Number(match[1]) });
    taken.push(span);
  }

  for (const match of sentence.matchAll(YEAR)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (overlaps(span) || yearIsPartOfName(sentence, span.start)) continue;
    if (/^\s*(?:km|miles|people|per\s?cent|%|bn|billion|million)\b/i.test(sentence.slice(span.end))) continue;
    facts.push({ kind: 'year', ...span, year: Number(match[0]) });
    taken.push(span);
  }

  const conversions: Span[] = [];
  for (const match of sentence.matchAll(QUANTITY)) {
    const groups = match.groups ?? {};
    const text = match[0];
    const span = { start: match.index, end: match.index + text.length };
    if (overlaps(span)) continue;
    const isPlain = !groups.currency && !groups.scale && !groups.unit;
    if (isPlain && /^\d+$/.test(groups.number ?? '')) {
      if (/^(1[5-9]|20)\d\d$/.test(groups.number ?? '') || yearIsPartOfName(sentence, span.start)) continue;
      if (MONTH_BEFORE.test(sentence.slice(0, span.start)) || MONTH_AFTER.test(sentence.slice(span.end)))
        continue;
    }
    const read = readQuantity(groups);
    if (!read) continue;
    if (conversions.some((conversion) => span.start >= conversion.start && span.end <= conversion.end))
      continue;
    const fact: QuantityFact = { kind: 'quantity', ...span, text, ...read };
    const conversion = CONVERSION.exec(sentence.slice(span.end));
    if (groups.currency && conversion) {
      fact.conversion = { start: span.end, end: span.end + conversion[0].length };
      conversions.push(fact.conversion);
    }
    facts.push(fact);
    taken.push(span);
  }
  return facts.sort((a, b) => a.start - b.start);
}
