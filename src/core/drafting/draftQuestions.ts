import type { Choice, Question, Unit } from '../model/pack';
import { formatQuantity } from '../quiz/quantity';
import {
  type Draft,
  type DraftRun,
  type DraftTopic,
  DRAFT_SOURCE_ID,
  GAP,
  MAX_ARTICLE_CHARS,
  MAX_DRAFTS,
} from './drafts';
import { type EntityFact, type EntityKind, findEntities } from './entities';
import { type NumberFact, type QuantityFact, type Span, type YearFact, findNumberFacts } from './facts';
import { type Sentence, splitSentences } from './sentences';
import { buildTimeline } from './timeline';

/** A sentence worth drafting from, with the facts found in it. */
interface FactSentence {
  sentence: Sentence;
  numbers: NumberFact[];
  entities: EntityFact[];
}

/** Most drafts from one sentence, so that one dense sentence does not fill the list. */
const DRAFTS_PER_SENTENCE = 2;

/** A name used this often in the article is too general to blank ("China", "Putin"). */
const TOO_COMMON = 4;

/** Shortest and longest sentences drafted from, in words. */
const MIN_WORDS = 6;
const MAX_WORDS = 70;

/** What each unit is called in "What figure fills the gap, in …?". */
const UNIT_PHRASES: Record<Unit, string> = {
  USD: 'in US dollars',
  GBP: 'in pounds sterling',
  km: 'in kilometres',
  miles: 'in miles',
  km2: 'in square kilometres',
  bcm: 'in billion cubic metres',
  percent: 'as a percentage',
  celsius: 'in degrees Celsius',
  people: 'as a number of people',
  count: 'as a number',
};

/** Default tag for each unit. */
const UNIT_TAGS: Record<Unit, string> = {
  USD: 'money',
  GBP: 'money',
  km: 'distance',
  miles: 'distance',
  km2: 'area',
  bcm: 'gas-volume',
  percent: 'percentages',
  celsius: 'temperature',
  people: 'population',
  count: 'figures',
};

/** Default tag and the word used in "Which … fills the gap?" for each kind of name. */
const ENTITY_WORDS: Record<EntityKind, { tag: string; noun: string }> = {
  person: { tag: 'people', noun: 'person' },
  place: { tag: 'places', noun: 'place' },
  organisation: { tag: 'organisations', noun: 'organisation' },
  agreement: { tag: 'agreements', noun: 'agreement' },
  name: { tag: 'names', noun: 'name' },
};

/** Collapses runs of white space (line breaks inside a sentence included) to single spaces. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * True when a sentence ends like a sentence and is neither a fragment nor a wall of text. A full stop
 * followed by a lowercase word ("…and Russia. since the start…") means the pasted text lost its
 * punctuation there, and the sentence would read wrongly out of context.
 */
function isDraftable(sentence: Sentence): boolean {
  const words = sentence.text.split(/\s+/).length;
  return (
    words >= MIN_WORDS &&
    words <= MAX_WORDS &&
    /[.!?]["'”’»)\]]*$/.test(sentence.text) &&
    /^["'“‘«(]?[\p{Lu}\p{N}$£]/u.test(sentence.text) &&
    !/\p{L}{2,}[.!?]\s+\p{Ll}/u.test(sentence.text)
  );
}

/** The sentence with the given spans replaced by the gap (and any `removed` spans dropped), tidied. */
function gapped(sentence: string, gaps: Span[], removed: Span[] = [], gap = GAP): string {
  const edits = [
    ...gaps.map((span) => ({ ...span, text: gap })),
    ...removed.map((span) => ({ ...span, text: '' })),
  ];
  edits.sort((a, b) => b.start - a.start);
  let text = sentence;
  for (const edit of edits) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return tidy(text).replace(/\s+([,.;:!?])/g, '$1');
}

/** Every span of `sentence` where `text` appears as whole words (the answer must not show elsewhere). */
function allOccurrences(sentence: string, text: string): Span[] {
  const spans: Span[] = [];
  let index = sentence.indexOf(text);
  while (index !== -1) {
    const before = sentence[index - 1] ?? ' ';
    const after = sentence[index + text.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after))
      spans.push({ start: index, end: index + text.length });
    index = sentence.indexOf(text, index + text.length);
  }
  return spans;
}

/** How often `word` appears in `text` as a whole word. */
function occurrences(text: string, word: string): number {
  return allOccurrences(text, word).length;
}

/**
 * Whether the words before a figure make it a bound: after "more than 20", any smaller figure is also
 * true, so a distractor must be larger (and smaller after "less than").
 */
function boundBefore(before: string): 'more' | 'less' | undefined {
  if (/\b(?:more than|over|above|at least|exceeding)\s*$/i.test(before)) return 'more';
  if (/\b(?:less than|fewer than|under|below|up to)\s*$/i.test(before)) return 'less';
  return undefined;
}

/**
 * Capitals and the countries they stand for in news writing ("Beijing says…"): one is never a
 * distractor for the other, because both would be right.
 */
const SAME_PLACE: [string, string][] = [
  ['Beijing', 'China'],
  ['Moscow', 'Russia'],
  ['Kremlin', 'Russia'],
  ['Kyiv', 'Ukraine'],
  ['Kiev', 'Ukraine'],
  ['Washington', 'US'],
  ['Washington', 'United States'],
  ['London', 'UK'],
  ['London', 'Britain'],
  ['Pyongyang', 'North Korea'],
  ['Tokyo', 'Japan'],
  ['Ulaanbaatar', 'Mongolia'],
  ['Brussels', 'EU'],
];

/** True when `a` and `b` name the same country, one by its capital. */
function samePlace(a: string, b: string): boolean {
  return SAME_PLACE.some(
    ([capital, country]) => (a === capital && b === country) || (a === country && b === capital),
  );
}

/** Rounds to two significant figures, for made-up distractor figures that look like real ones. */
function roundNicely(value: number): number {
  if (value === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  return Math.round(value / magnitude) * magnitude;
}

/** Plausible wrong figures near `value`: half, double, one and a half times (percentages stay under 100). */
function variations(value: number, unit: Unit | undefined): number[] {
  const candidates = [value / 2, value * 2, value * 1.5, value * 0.75, value * 3, value / 4].map(roundNicely);
  return [...new Set(candidates)].filter(
    (candidate) =>
      candidate !== value &&
      Math.sign(candidate) === Math.sign(value) &&
      !(unit === 'percent' && value <= 100 && candidate > 100),
  );
}

/** The accepted error for a drafted numeric answer: exact for small counts, a few per cent otherwise. */
function toleranceFor(
  value: number,
  unit: Unit | undefined,
): { absolute?: number; relative?: number } | undefined {
  if (unit === 'celsius') return { absolute: 2 };
  if (unit === 'percent') return { absolute: Math.max(0.5, Math.round(Math.abs(value) * 0.05)) };
  if (unit === undefined && Number.isInteger(value) && Math.abs(value) <= 20) return undefined;
  return { relative: 0.05 };
}

/** The source-quoting explanation every draft starts with; the teacher can rewrite it. */
function explanationFrom(sentence: string): string {
  return `The article says: “${tidy(sentence).replace(/^["“]|["”]$/g, '')}”`;
}

/**
 * A gapped sentence in double quote marks. Quotations inside it become single quote marks, as in a
 * quote within a quote; double marks that do not pair up (a quotation running on into the next
 * paragraph) are dropped, so the prompt never shows a stray or doubled mark.
 */
function quoted(text: string): string {
  const opens = (text.match(/“/g) ?? []).length;
  const closes = (text.match(/”/g) ?? []).length;
  const inner = opens === closes ? text.replace(/“/g, '‘').replace(/”/g, '’') : text.replace(/[“”]/g, '');
  return `“${inner}”`;
}

/** Shared fields of a drafted question. */
function base(id: string, prompt: string, sentence: string, difficulty: 1 | 2 | 3, tags: string[]) {
  return { id, prompt, explanation: explanationFrom(sentence), source: DRAFT_SOURCE_ID, difficulty, tags };
}

/** Puts the right choice among the wrong ones at a position that depends on the id (not always first). */
function placeChoices(correct: string, wrong: string[], seed: number): Choice[] {
  const choices: Choice[] = wrong.map((text) => ({ text }));
  choices.splice(seed % (wrong.length + 1), 0, { text: correct, correct: true });
  return choices;
}

/** Builds drafts for one article; counts give each draft its own id. */
class Drafter {
  private count = 0;
  readonly drafts: Draft[] = [];

  constructor(
    private readonly article: FactSentence[],
    private readonly nameCounts: Map<string, number>,
  ) {}

  private nextId(type: string): string {
    this.count += 1;
    return `${type}-${this.count}`;
  }

  private add(question: Question, topic: DraftTopic, sentence: Sentence, highlight: Span): void {
    this.drafts.push({
      question,
      topic,
      evidence: [
        {
          sentence: sentence.text,
          start: sentence.start,
          end: sentence.end,
          highlight: { start: sentence.start + highlight.start, end: sentence.start + highlight.end },
        },
      ],
    });
  }

  /** Drafts for one sentence, at most {@link DRAFTS_PER_SENTENCE}: figures first, then dates, then names. */
  draftSentence(item: FactSentence): void {
    let made = 0;
    const quantities = item.numbers.filter((fact): fact is QuantityFact => fact.kind === 'quantity');
    for (const fact of item.numbers) {
      if (made >= DRAFTS_PER_SENTENCE) return;
      if (fact.kind === 'quantity') made += this.quantity(item.sentence, fact, quantities) ? 1 : 0;
      else if (fact.kind === 'year') made += this.year(item.sentence, fact) ? 1 : 0;
      else made += this.decade(item.sentence, fact) ? 1 : 0;
    }
    for (const entity of item.entities) {
      if (made >= DRAFTS_PER_SENTENCE) return;
      made += this.entity(item.sentence, entity) ? 1 : 0;
    }
  }

  private quantity(sentence: Sentence, fact: QuantityFact, inSentence: QuantityFact[]): boolean {
    const removed = fact.conversion ? [fact.conversion] : [];
    const text = gapped(sentence.text, [fact], removed);
    const tags = [UNIT_TAGS[fact.unit ?? 'count']];
    const shownHere = new Set(inSentence.map((other) => other.value));
    const sameUnit = [
      ...new Set(
        this.article
          .flatMap((other) => other.numbers)
          .filter(
            (other): other is QuantityFact =>
              other.kind === 'quantity' && other.unit === fact.unit && !other.conversion,
          )
          .map((other) => other.value)
          .filter((value) => !shownHere.has(value) && value !== fact.value),
      ),
    ];
    const bound = boundBefore(sentence.text.slice(0, fact.start));
    const fits = (value: number) =>
      bound === 'more' ? value > fact.value : bound === 'less' ? value < fact.value : true;
    const fromArticle = sameUnit.filter(fits);
    const asChoice = fact.unit === undefined || (fact.unit === 'percent' && fromArticle.length >= 2);
    if (asChoice) {
      const wrong = (
        fromArticle.length >= 2 ? fromArticle : variations(fact.value, fact.unit).filter(fits)
      ).slice(0, 3);
      if (wrong.length < 2) return false;
      const times = /\btimes$/i.test(fact.text) ? ' times' : '';
      const format = (value: number) => `${formatQuantity(value, fact.unit)}${times}`;
      const id = this.nextId('single');
      const question: Question = {
        ...base(id, `${quoted(text)} Which figure fills the gap?`, sentence.text, 1, tags),
        type: 'single',
        choices: placeChoices(format(fact.value), wrong.map(format), this.count),
      };
      this.add(question, 'amount', sentence, fact);
      return true;
    }
    const tolerance = toleranceFor(fact.value, fact.unit);
    const question: Question = {
      ...base(
        this.nextId('numeric'),
        `${quoted(text)} What figure fills the gap, ${UNIT_PHRASES[fact.unit ?? 'count']}?`,
        sentence.text,
        3,
        tags,
      ),
      type: 'numeric',
      answer: fact.value,
      ...(fact.unit ? { unit: fact.unit } : {}),
      ...(tolerance ? { tolerance } : {}),
    };
    this.add(question, 'amount', sentence, fact);
    return true;
  }

  private year(sentence: Sentence, fact: YearFact): boolean {
    if (/\d[-–]$/.test(sentence.text.slice(0, fact.start))) return false;
    const gaps = allOccurrences(sentence.text, String(fact.year));
    const question: Question = {
      ...base(
        this.nextId('year'),
        `${quoted(gapped(sentence.text, gaps))} Which year fills the gap?`,
        sentence.text,
        2,
        ['dates'],
      ),
      type: 'year',
      answer: fact.year,
    };
    this.add(question, 'year', sentence, fact);
    return true;
  }

  private decade(sentence: Sentence, fact: NumberFact & { kind: 'decade' }): boolean {
    const name = (decade: number) => `the ${decade}s`;
    const id = this.nextId('single');
    const question: Question = {
      ...base(id, `${quoted(gapped(sentence.text, [fact]))} Which decade fills the gap?`, sentence.text, 1, [
        'dates',
      ]),
      type: 'single',
      choices: placeChoices(
        name(fact.decade),
        [name(fact.decade - 20), name(fact.decade - 10), name(fact.decade + 10)],
        this.count,
      ),
    };
    this.add(question, 'decade', sentence, fact);
    return true;
  }

  private entity(sentence: Sentence, fact: EntityFact): boolean {
    if ((this.nameCounts.get(fact.name) ?? 0) >= TOO_COMMON) return false;
    const gaps = allOccurrences(sentence.text, fact.name);
    const words = ENTITY_WORDS[fact.kind];
    const inSentence = sentence.text.toLowerCase();
    const sameKind = [...this.nameCounts.keys()].filter((name) => {
      const kind = this.kindOf(name);
      const lower = name.toLowerCase();
      const answer = fact.name.toLowerCase();
      return (
        kind === fact.kind &&
        !inSentence.includes(lower) &&
        !lower.includes(answer) &&
        !answer.includes(lower) &&
        !samePlace(name, fact.name)
      );
    });
    if ((fact.kind === 'person' || fact.kind === 'place') && sameKind.length >= 3) {
      const distinct = sameKind.filter(
        (name, index) =>
          !sameKind.some((other, at) => at !== index && other.includes(name) && other.length > name.length),
      );
      const wrong = distinct
        .sort((a, b) => (this.nameCounts.get(b) ?? 0) - (this.nameCounts.get(a) ?? 0))
        .slice(0, 3);
      const id = this.nextId('single');
      const question: Question = {
        ...base(
          id,
          `${quoted(gapped(sentence.text, gaps))} Which ${words.noun} fills the gap?`,
          sentence.text,
          1,
          [words.tag],
        ),
        type: 'single',
        choices: placeChoices(fact.name, wrong, this.count),
      };
      this.add(question, fact.kind, sentence, fact);
      return true;
    }
    const surname =
      fact.kind === 'person' && fact.name.includes(' ') ? fact.name.split(' ').pop() : undefined;
    const answer = surname ? `{{${fact.name}|${surname}}}` : `{{${fact.name}}}`;
    const question: Question = {
      ...base(
        this.nextId('cloze'),
        `Fill in the missing ${words.noun} in this sentence from the article.`,
        sentence.text,
        2,
        [words.tag],
      ),
      type: 'cloze',
      text: gapped(sentence.text, gaps, [], answer),
    };
    this.add(question, fact.kind, sentence, fact);
    return true;
  }

  /** The kind a name was first found as. */
  private kindOf(name: string): EntityKind | undefined {
    for (const item of this.article) {
      const found = item.entities.find((entity) => entity.name === name);
      if (found) return found.kind;
    }
    return undefined;
  }

  /** An ordering question from the dated sentences, when there are three or more distinct years. */
  timeline(): void {
    const timeline = buildTimeline(
      this.article.map((item) => ({ sentence: item.sentence, numbers: item.numbers })),
    );
    if (!timeline) return;
    const question: Question = {
      id: this.nextId('ordering'),
      type: 'ordering',
      prompt: 'In what order did these events from the article happen, earliest first?',
      items: timeline.map((entry) => ({ text: entry.event, note: String(entry.year) })),
      explanation: `The article dates them ${timeline.map((entry) => entry.year).join(', ')}.`,
      source: DRAFT_SOURCE_ID,
      difficulty: 2,
      tags: ['timeline'],
    };
    this.drafts.push({
      question,
      topic: 'timeline',
      evidence: timeline.map((entry) => ({
        sentence: entry.sentence.text,
        start: entry.sentence.start,
        end: entry.sentence.end,
        highlight: {
          start: entry.sentence.start + entry.span.start,
          end: entry.sentence.start + entry.span.end,
        },
      })),
    });
  }
}

/**
 * Drafts quiz questions from the text of a news article, offline: it splits the text into sentences,
 * finds those with checkable facts (figures with units and scales, years, decades, named people, places,
 * organisations and agreements) and drafts a question of the fitting type for each: numeric with unit
 * and tolerance, year, single choice with distractors of the same kind from the article (or plausible
 * variations of a figure), cloze with a name blanked, and one ordering question from the dates. Every
 * draft carries its source sentence and the offsets of the words it asks about. Questions cite
 * {@link DRAFT_SOURCE_ID} and have no region; the teacher adds those.
 */
export function draftQuestions(text: string): DraftRun {
  const notices: string[] = [];
  if (text.trim() === '') {
    return { drafts: [], notices: ['The text is empty: paste the article first.'], sentences: 0 };
  }
  let read = text;
  if (text.length > MAX_ARTICLE_CHARS) {
    const cut = text.lastIndexOf('\n', MAX_ARTICLE_CHARS);
    read = text.slice(0, cut > MAX_ARTICLE_CHARS / 2 ? cut : MAX_ARTICLE_CHARS);
    notices.push(
      `The text is ${text.length.toLocaleString('en-GB')} characters long; only the first ${read.length.toLocaleString('en-GB')} were read. Draft a long text in parts.`,
    );
  }
  const sentences = splitSentences(read);
  const article: FactSentence[] = sentences.filter(isDraftable).map((sentence) => ({
    sentence,
    numbers: findNumberFacts(sentence.text),
    entities: findEntities(sentence.text),
  }));
  const nameCounts = new Map<string, number>();
  for (const item of article) {
    for (const entity of item.entities) {
      const word = entity.kind === 'person' ? (entity.name.split(' ').pop() ?? entity.name) : entity.name;
      nameCounts.set(entity.name, Math.max(nameCounts.get(entity.name) ?? 0, occurrences(read, word)));
    }
  }

  const drafter = new Drafter(article, nameCounts);
  for (const item of article) drafter.draftSentence(item);
  drafter.timeline();

  let drafts = drafter.drafts;
  if (drafts.length > MAX_DRAFTS) {
    notices.push(
      `${drafts.length} drafts were found; only the first ${MAX_DRAFTS} are listed. Draft a long text in parts.`,
    );
    drafts = drafts.slice(0, MAX_DRAFTS);
  }
  if (drafts.length === 0) {
    notices.push('No sentence with a figure, a date or a name to ask about was found.');
  }
  return { drafts, notices, sentences: sentences.length };
}
