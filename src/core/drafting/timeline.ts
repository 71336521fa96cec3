import type { NumberFact, Span, YearFact } from './facts';
import type { Sentence } from './sentences';

/** One event of a drafted timeline: what happened, the year, and the sentence it is told in. */
export interface TimelineEntry {
  /** The event in the sentence's words, with its date taken out. */
  event: string;
  /** The year the article gives it. */
  year: number;
  /** The sentence it comes from. */
  sentence: Sentence;
  /** The year's place in the sentence. */
  span: Span;
}

/** Fewest and most events in a drafted ordering question (the pack format allows 3 to 8 items). */
const MIN_EVENTS = 3;
const MAX_EVENTS = 5;

/** Longest event text, in characters, before it is cut at a word boundary. */
const MAX_EVENT_CHARS = 110;

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

/** Words before a year that make it a deadline or forecast ("by 2024", "until at least 2030"), not an event. */
const DEADLINE = /\b(?:by|until|till|before|at least)\s+(?:\w+\s+)?$/i;

/** Cuts `text` at a word boundary to at most `limit` characters, marking the cut with an ellipsis. */
function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > limit / 2 ? space : cut.length).replace(/[\s,;:—–-]+$/, '')}…`;
}

/**
 * The event a dated sentence tells, with its date phrase removed so the order is not given away:
 * "It was formally opened with great fanfare in December 2019 — and …" becomes
 * "It was formally opened with great fanfare — and …".
 */
export function eventText(sentence: string, year: Span): string {
  const before = sentence.slice(0, year.start);
  const after = sentence.slice(year.end);
  const lead = new RegExp(
    `(?:\\b(?:in|since|by|from|of|until|on|back in|as recently as|as early as|as late as)\\s+)?(?:(?:early|late|mid-?)\\s*)?(?:(?:\\d{1,2}\\s+)?(?:${MONTHS})\\.?\\s+(?:\\d{1,2},?\\s+)?)?$`,
    'i',
  );
  const trimmedBefore = before.replace(lead, '');
  const text = `${trimmedBefore} ${after}`
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/^[\s,;:—–-]+/, '')
    .replace(/,\s*([,.])/g, '$1')
    .trim();
  const capitalised = text.charAt(0).toUpperCase() + text.slice(1);
  return shorten(capitalised.replace(/[.!?]["”’]?$/, ''), MAX_EVENT_CHARS);
}

/**
 * Picks three to five events for an ordering question: sentences that name exactly one year, one per
 * year, spread over the years found. Returns undefined when the article dates fewer than three events.
 */
export function buildTimeline(
  items: { sentence: Sentence; numbers: NumberFact[] }[],
): TimelineEntry[] | undefined {
  const byYear = new Map<number, TimelineEntry>();
  for (const { sentence, numbers } of items) {
    const years = numbers.filter((fact): fact is YearFact => fact.kind === 'year');
    const year = years[0];
    if (years.length !== 1 || !year || byYear.has(year.year)) continue;
    if (DEADLINE.test(sentence.text.slice(0, year.start))) continue;
    const event = eventText(sentence.text, year);
    if (event.split(' ').length < 4) continue;
    byYear.set(year.year, { event, year: year.year, sentence, span: { start: year.start, end: year.end } });
  }
  const entries = [...byYear.values()].sort((a, b) => a.year - b.year);
  if (entries.length < MIN_EVENTS) return undefined;
  if (entries.length <= MAX_EVENTS) return entries;
  const step = (entries.length - 1) / (MAX_EVENTS - 1);
  return Array.from({ length: MAX_EVENTS }, (_, index) => entries[Math.round(index * step)] as TimelineEntry);
}
