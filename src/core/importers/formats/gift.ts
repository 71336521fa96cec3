/**
 * Importer for GIFT, the plain-text question format of Moodle.
 *
 * It follows Moodle's own reader (`question/format/gift/format.php`) rather than the gift-pegjs grammar:
 * blocks end at blank lines, `//` lines are dropped anywhere, the answer block is the first unescaped
 * `{…}`, and the question type is chosen from the answer text in Moodle's order. It is stricter where
 * Moodle is sloppy (weights outside ±100 %, non-numbers in numerical answers, a second answer block) and
 * it reports every problem against its own question, so one broken block never loses the rest of the
 * file. Escapes become flagged characters, never in-band placeholders, so no literal text can turn into
 * syntax.
 */
import * as v from 'valibot';
import type { Choice, Question } from '../../model/pack';
import { kindOf } from '../../questions/registry';
import { parseCloze } from '../../quiz/cloze';
import { errorMessage } from '../../errors';
import { slugify } from '../../slug';
import type { Importer, QuestionFormat, Severity } from '../importTypes';
import { type ImportCollector, guarded } from '../kit/collector';
import { decodeTextInput } from '../kit/decode';
import { distinct } from '../kit/repeats';
import { decodeEntities, htmlToText, tidyLines } from '../kit/text';

/** What stands for the missing word in a missing-word question's prompt (Moodle's own blank). */
const BLANK = '_____';

/** The prompt of a missing-word short answer turned into a cloze question. */
const CLOZE_PROMPT = 'Fill in the gap.';

/** Characters a backslash makes literal; `\n` is a newline on top of these. */
const ESCAPABLE = '\\~=#{}:';

/** Longest slug used in a tag. */
const MAX_SLUG = 60;

/** Most choices a choice question may have (the game answers them with keys 1-9). */
const MAX_CHOICES = 9;

/** Most pairs a matching question may have (the pack schema's limit). */
const MAX_PAIRS = 8;

/** Longest question block read, in characters; a longer one is almost surely a missing blank line. */
const MAX_BLOCK_CHARS = 100_000;

/** How far the positive weights of a multiple-response question may stray from 100 % (rounded thirds). */
const WEIGHT_SLACK = 1;

/** A number as PHP's `is_numeric` reads it in a GIFT file: `3`, `-1.5`, `.5`, `1e3` (no decimal comma). */
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A `%weight%` prefix of an answer. */
const WEIGHT = /^%\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%/;

/** Something that looks like an HTML tag or comment, which only then is worth converting. */
const LOOKS_LIKE_HTML = /<\/?[a-z][a-z0-9]*\b[^<>]*>|<!--/i;

/** The text formats a GIFT question or answer can declare with `[name]` at its start. */
type TextFormat = 'moodle' | 'html' | 'plain' | 'markdown';

/**
 * Text of one block after escapes are read: each character knows whether a backslash made it literal and
 * which line of the file it came from. Searches only ever match unescaped characters.
 */
class GiftText {
  private constructor(
    /** The characters, escapes already resolved. */
    readonly chars: string,
    private readonly escaped: readonly boolean[],
    private readonly lines: readonly number[],
    private readonly fallbackLine: number,
  ) {}

  /** Reads the escapes of trimmed source lines and joins the lines with newlines. */
  static fromLines(lines: readonly SourceLine[]): GiftText {
    let chars = '';
    const escaped: boolean[] = [];
    const lineOf: number[] = [];
    const push = (char: string, isEscaped: boolean, line: number) => {
      chars += char;
      escaped.push(isEscaped);
      lineOf.push(line);
    };
    lines.forEach(({ text, line }, index) => {
      if (index > 0) push('\n', false, lineOf[lineOf.length - 1] ?? line);
      for (let i = 0; i < text.length; i++) {
        const char = text.charAt(i);
        const next = text.charAt(i + 1);
        if (char === '\\' && next !== '' && ESCAPABLE.includes(next)) {
          push(next, true, line);
          i++;
        } else if (char === '\\' && next === 'n') {
          push('\n', true, line);
          i++;
        } else {
          push(char, false, line);
        }
      }
    });
    return new GiftText(chars, escaped, lineOf, lines[0]?.line ?? 1);
  }

  /** Plain characters that carry no syntax, e.g. the blank of a missing-word prompt. */
  static literal(text: string, line: number): GiftText {
    return new GiftText(
      text,
      Array<boolean>(text.length).fill(true),
      Array<number>(text.length).fill(line),
      line,
    );
  }

  /** Number of characters (UTF-16 units). */
  get length(): number {
    return this.chars.length;
  }

  /** The line of the character at `index`, or of the text's start when it is empty. */
  lineAt(index = 0): number {
    return this.lines[Math.min(Math.max(index, 0), this.lines.length - 1)] ?? this.fallbackLine;
  }

  /** The first index at or after `from` where `needle` stands with no escaped character in it, or -1. */
  find(needle: string, from = 0): number {
    let at = this.chars.indexOf(needle, from);
    while (at !== -1 && !this.isPlain(at, needle.length)) at = this.chars.indexOf(needle, at + 1);
    return at;
  }

  /** The last index where `needle` stands unescaped, or -1. */
  findLast(needle: string): number {
    let at = this.chars.lastIndexOf(needle);
    while (at !== -1 && !this.isPlain(at, needle.length))
      at = at === 0 ? -1 : this.chars.lastIndexOf(needle, at - 1);
    return at;
  }

  /** True when the text starts with `prefix`, unescaped. */
  startsWith(prefix: string): boolean {
    return this.chars.startsWith(prefix) && this.isPlain(0, prefix.length);
  }

  /** The characters from `start` up to (not including) `end`. */
  slice(start: number, end = this.length): GiftText {
    const from = Math.max(0, Math.min(start, this.length));
    const to = Math.max(from, Math.min(end, this.length));
    return new GiftText(
      this.chars.slice(from, to),
      this.escaped.slice(from, to),
      this.lines.slice(from, to),
      this.lineAt(from),
    );
  }

  /** The text without unescaped white space at either end. */
  trim(): GiftText {
    let start = 0;
    let end = this.length;
    while (start < end && this.isSpace(start)) start++;
    while (end > start && this.isSpace(end - 1)) end--;
    return this.slice(start, end);
  }

  /** This text followed by `other`. */
  concat(other: GiftText): GiftText {
    return new GiftText(
      this.chars + other.chars,
      [...this.escaped, ...other.escaped],
      [...this.lines, ...other.lines],
      this.fallbackLine,
    );
  }

  /**
   * Cuts the text at every unescaped character of `markers`. The first part is what stands before the
   * first marker (marker `''`); every other part starts right after its marker.
   */
  splitAt(markers: string): { marker: string; text: GiftText }[] {
    const parts: { marker: string; text: GiftText }[] = [];
    let marker = '';
    let start = 0;
    for (let i = 0; i < this.length; i++) {
      const char = this.chars.charAt(i);
      if (markers.includes(char) && !this.escaped[i]) {
        parts.push({ marker, text: this.slice(start, i) });
        marker = char;
        start = i + 1;
      }
    }
    parts.push({ marker, text: this.slice(start) });
    return parts;
  }

  /** Splits at the first unescaped `needle`: the text before it, and the text after it (null if none). */
  splitOnce(needle: string): [GiftText, GiftText | null] {
    const at = this.find(needle);
    return at === -1 ? [this, null] : [this.slice(0, at), this.slice(at + needle.length)];
  }

  /** The characters, escapes resolved. */
  toString(): string {
    return this.chars;
  }

  private isPlain(start: number, length: number): boolean {
    for (let i = start; i < start + length; i++) if (this.escaped[i]) return false;
    return true;
  }

  private isSpace(index: number): boolean {
    return !this.escaped[index] && /\s/.test(this.chars.charAt(index));
  }
}

/** One trimmed line of the file with its 1-based number. */
interface SourceLine {
  text: string;
  line: number;
}

/** A run of lines between blank lines, with its comment lines kept apart. */
interface Block {
  lines: SourceLine[];
  comments: SourceLine[];
}

/** A problem that ends the reading of one question block. */
class BlockError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** The type-specific part of an imported question. */
type Body =
  | { type: 'single'; choices: Choice[] }
  | { type: 'multiple'; choices: Choice[]; scoring: 'partial' }
  | { type: 'truefalse'; answer: boolean }
  | { type: 'typed'; answer: string; accept?: string[] }
  | { type: 'numeric'; answer: number; tolerance?: { absolute: number } }
  | { type: 'matching'; pairs: { left: string; right: string }[]; distractors?: string[] }
  | { type: 'cloze'; text: string };

/** What a type reader makes of an answer block. */
interface Reading {
  body: Body;
  /** Feedback of the right answers, for the explanation. */
  explanation: string[];
  /** What was lost on the way (partial credit, extra right answers), for one warning. */
  changes: string[];
  /** Set when the type built its own prompt (a cloze has a fixed instruction). */
  prompt?: string;
}

/** The stem of a question: the text before and after its answer block, and whether a word is missing. */
interface Stem {
  before: GiftText;
  after: GiftText;
  /** True when text follows the answer block (Moodle's missing-word layout). */
  missingWord: boolean;
  format: TextFormat;
}

/** Everything a question block needs from the blocks before it and from the caller. */
interface Context {
  /** The import's collector: ids, problems and the final check. */
  collector: ImportCollector;
  /** The tag of the current `$CATEGORY:`, if any. */
  categoryTag: string | null;
}

/** All white space (newlines too) folded to single spaces: for choices, answers and titles. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** HTML to text, with raw newlines treated as the white space they are in HTML and comments removed. */
function htmlBodyToText(html: string): string {
  return htmlToText(html.replace(/<!--[\s\S]*?-->/g, '').replace(/\s*\n\s*/g, ' '));
}

/** Basic Markdown to text: emphasis, code, links, headings, quotes and bullets lose their markup. */
function markdownToText(markdown: string): string {
  const text = markdown
    .split('\n')
    .map((line) =>
      line
        .replace(/^#{1,6}\s+/, '')
        .replace(/^>\s?/, '')
        .replace(/^[-*+]\s+/, '• ')
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/`([^`]+)`/g, '$1')
        .replace(/(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s*_])\1/g, '$2')
        .replace(/(^|[^*\w])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![*\w])/g, '$1$2')
        .replace(/(^|[^_\w])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?![_\w])/g, '$1$2'),
    )
    .join('\n');
  return LOOKS_LIKE_HTML.test(text) ? htmlToText(text.replace(/\n/g, '<br>')) : decodeEntities(text);
}

/** Reads an optional `[html]`, `[moodle]`, `[plain]` or `[markdown]` at the start of a text. */
function readFormat(text: GiftText, fallback: TextFormat): { format: TextFormat; rest: GiftText } {
  const match = /^\[(html|moodle|plain|markdown)\]/i.exec(text.toString());
  if (!match) return { format: fallback, rest: text };
  return { format: match[1]!.toLowerCase() as TextFormat, rest: text.slice(match[0].length).trim() };
}

/** Turns text in a GIFT format into the plain text the game shows. */
function toPlain(raw: string, format: TextFormat): string {
  switch (format) {
    case 'html':
      return tidyLines(htmlBodyToText(raw));
    case 'markdown':
      return tidyLines(markdownToText(raw));
    case 'plain':
      return tidyLines(raw);
    case 'moodle':
      return tidyLines(
        LOOKS_LIKE_HTML.test(raw) ? htmlToText(raw.replace(/\n/g, '<br>')) : decodeEntities(raw),
      );
  }
}

/** Plain text of a GIFT text that may carry its own format tag, else takes `inherited`. */
function render(text: GiftText, inherited: TextFormat): string {
  const { format, rest } = readFormat(text.trim(), inherited);
  return toPlain(rest.toString(), format);
}

/** Reads a `%weight%` prefix; a weight outside -100..100 is an error. */
function readWeight(text: GiftText, fallback: number): { weight: number; rest: GiftText } {
  const match = WEIGHT.exec(text.toString());
  if (!match) return { weight: fallback, rest: text };
  const weight = Number(match[1]);
  if (!Number.isFinite(weight) || weight < -100 || weight > 100) {
    throw new BlockError(`the weight %${match[1]}% is outside -100..100`, text.lineAt());
  }
  return { weight, rest: text.slice(match[0].length).trim() };
}

/** A number of a numerical answer, or an error naming what was written. */
function readNumber(text: string, what: string, line: number): number {
  const trimmed = text.trim();
  const value = NUMBER.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isFinite(value)) {
    const hint = /^[+-]?\d+,\d+$/.test(trimmed) ? ' (write decimals with a point)' : '';
    throw new BlockError(`${what} "${trimmed}" is not a number${hint}`, line);
  }
  return value;
}

/** Rounds away float noise such as 0.0005000000000001 from range arithmetic. */
function roundNumber(value: number): number {
  return Number(value.toPrecision(12)) || 0;
}

/** Names an answer in a message, shortened. */
function quote(text: string): string {
  const short = oneLine(text);
  return `"${short.length > 40 ? `${short.slice(0, 39)}…` : short}"`;
}

/** Formats a weight for a message: `50%`, `33.33333%`. */
function percent(weight: number): string {
  return `${roundNumber(weight)}%`;
}

/** One `~`/`=` option of a multiple-choice answer block. */
interface Option {
  text: string;
  weight: number;
  feedback: string;
  line: number;
}

/** Reads the options of a multiple-choice block: `=right`, `~wrong`, `~%50%half`, each with `#feedback`. */
function readOptions(answers: GiftText, format: TextFormat): { options: Option[]; hasEquals: boolean } {
  const parts = answers.splitAt('~=');
  const lead = parts[0]!.text.trim();
  if (lead.length > 0) {
    throw new BlockError(
      `${quote(lead.toString())} stands before the first option; each option must start with "~" or "="`,
      lead.lineAt(),
    );
  }
  const options = parts.slice(1).map(({ marker, text }) => {
    const { weight, rest } = readWeight(text.trim(), marker === '=' ? 100 : 0);
    const [answer, feedback] = rest.splitOnce('#');
    const plain = oneLine(render(answer, format));
    if (plain === '') throw new BlockError('an option is empty', text.lineAt());
    return { text: plain, weight, feedback: feedback ? render(feedback, format) : '', line: text.lineAt() };
  });
  return { options, hasEquals: parts.some((part) => part.marker === '=') };
}

/** Multiple choice: one `=` makes a single-choice question; weights without `=` make multiple response. */
function readMultipleChoice(answers: GiftText, format: TextFormat): Reading {
  const { options, hasEquals } = readOptions(answers, format);
  if (options.length < 2) {
    throw new BlockError('a multiple-choice question needs at least 2 options', answers.lineAt());
  }
  if (options.length > MAX_CHOICES) {
    throw new BlockError(
      `a multiple-choice question can have at most ${MAX_CHOICES} options, found ${options.length}`,
      answers.lineAt(),
    );
  }
  const seen = new Map<string, number>();
  for (const option of options) {
    const key = option.text.toLowerCase();
    if (seen.has(key)) throw new BlockError(`the option ${quote(option.text)} appears twice`, option.line);
    seen.set(key, option.line);
  }
  const changes: string[] = [];
  let correct: (option: Option) => boolean;
  let type: 'single' | 'multiple';
  if (hasEquals) {
    const full = options.filter((option) => option.weight >= 100);
    if (full.length === 0) throw new BlockError('no option is worth 100%', answers.lineAt());
    type = full.length === 1 ? 'single' : 'multiple';
    if (full.length > 1) {
      changes.push(
        `${full.length} options are fully right; Moodle accepts any one of them, the game asks for all of them`,
      );
    }
    correct = (option) => option.weight >= 100;
    for (const option of options) {
      if (option.weight > 0 && option.weight < 100)
        changes.push(`partial credit for ${quote(option.text)} (${percent(option.weight)}) is not kept`);
    }
  } else {
    const positive = options.filter((option) => option.weight > 0);
    if (positive.length === 0)
      throw new BlockError('no option is marked right ("=" or a positive weight)', answers.lineAt());
    const sum = positive.reduce((total, option) => total + option.weight, 0);
    if (Math.abs(sum - 100) > WEIGHT_SLACK) {
      throw new BlockError(`the positive weights add up to ${percent(sum)}, not 100%`, answers.lineAt());
    }
    if (positive.some((option) => Math.abs(option.weight - positive[0]!.weight) > 0.01)) {
      changes.push('the right options have different weights; the game gives each the same credit');
    }
    type = 'multiple';
    correct = (option) => option.weight > 0;
  }
  const choices = options.map((option): Choice => {
    const isCorrect = correct(option);
    return {
      text: option.text,
      ...(isCorrect ? { correct: true } : {}),
      ...(!isCorrect && option.feedback ? { why: option.feedback } : {}),
    };
  });
  const explanation = options.filter(correct).map((option) => option.feedback);
  const body: Body = type === 'single' ? { type, choices } : { type, choices, scoring: 'partial' };
  return { body, explanation, changes };
}

/** True/false: `{T}`, `{TRUE}`, `{F}`, `{FALSE}`, then `#feedback for a wrong pick#feedback for a right pick`. */
function readTrueFalse(answers: GiftText, format: TextFormat): Reading {
  const [value, feedback] = answers.splitOnce('#');
  const answer = ['T', 'TRUE'].includes(value.trim().toString());
  const [wrong, right] = feedback ? feedback.splitOnce('#') : [null, null];
  const wrongText = wrong ? render(wrong, format) : '';
  const rightText = right ? render(right, format) : '';
  return { body: { type: 'truefalse', answer }, explanation: [wrongText || rightText], changes: [] };
}

/** One `=answer` of a short-answer or numerical block. */
interface WeightedAnswer {
  text: GiftText;
  weight: number;
  feedback: GiftText | null;
  line: number;
}

/** Splits a short-answer or numerical block at `=`; each answer is worth 100% unless weighted. */
function readWeightedAnswers(answers: GiftText): WeightedAnswer[] {
  const parts = answers.splitAt('=');
  const first = parts[0]!;
  const kept = first.text.trim().length > 0 ? parts : parts.slice(1);
  return kept.map(({ text }) => {
    const { weight, rest } = readWeight(text.trim(), 100);
    const [answer, feedback] = rest.splitOnce('#');
    return { text: answer.trim(), weight, feedback, line: text.lineAt() };
  });
}

/** Whether a cloze gap can hold these answers and this text around it without changing their meaning. */
function clozeText(before: string, answers: readonly string[], after: string): string | null {
  if (answers.some((answer) => /[{}|]/.test(answer))) return null;
  const text = `${before}{{${answers.join('|')}}}${after}`;
  const parsed = parseCloze(text);
  if (!parsed.ok) return null;
  const gaps = parsed.segments.filter((segment) => typeof segment !== 'string');
  return gaps.length === 1 ? text : null;
}

/** Short answer: every answer worth 100% is accepted; a missing word becomes a one-gap cloze. */
function readShortAnswer(answers: GiftText, stem: Stem): Reading {
  const read = readWeightedAnswers(answers);
  if (read.length === 0) throw new BlockError('the answer block has no answer', answers.lineAt());
  const changes: string[] = [];
  const right: string[] = [];
  const explanation: string[] = [];
  for (const item of read) {
    const text = oneLine(render(item.text, stem.format));
    if (text === '') throw new BlockError('an answer is empty', item.line);
    if (item.weight < 100) {
      if (item.weight > 0)
        changes.push(`partial credit for ${quote(text)} (${percent(item.weight)}) is not kept`);
      continue;
    }
    if (text.includes('*')) {
      changes.push(`the wildcard answer ${quote(text)} is not kept`);
      continue;
    }
    right.push(text);
    if (item.feedback) explanation.push(render(item.feedback, stem.format));
  }
  const accepted = distinct(right);
  if (accepted.length === 0) {
    const why = changes.some((change) => change.startsWith('the wildcard'))
      ? 'no right answer the game can check (wildcard answers with "*" are not supported)'
      : 'no answer is worth 100%';
    throw new BlockError(why, answers.lineAt());
  }
  if (accepted.some((answer) => answer.includes('->')) && answers.find('=') === -1) {
    changes.push('the answer contains "->"; matching pairs must each start with "="');
  }
  if (stem.missingWord) {
    const sides = renderAroundGap(stem);
    const text = sides ? clozeText(sides.before, accepted, sides.after) : null;
    if (text) return { body: { type: 'cloze', text }, explanation, changes, prompt: CLOZE_PROMPT };
  }
  const [answer, ...accept] = accepted as [string, ...string[]];
  return { body: { type: 'typed', answer, ...(accept.length > 0 ? { accept } : {}) }, explanation, changes };
}

/** Numerical: `{#v}`, `{#v:tolerance}`, `{#min..max}` or several `=%w%v:t` answers; the 100% one is kept. */
function readNumerical(answers: GiftText, format: TextFormat): Reading {
  const afterHash = answers.slice(1);
  const otherAt = afterHash.find('~');
  const list = (otherAt === -1 ? afterHash : afterHash.slice(0, otherAt)).trim();
  const read = readWeightedAnswers(list);
  if (read.length === 0) throw new BlockError('the numerical answer block has no number', answers.lineAt());
  const changes: string[] = [];
  const right: { answer: number; tolerance: number; feedback: GiftText | null; text: string }[] = [];
  for (const item of read) {
    const written = item.text.toString();
    if (written === '') throw new BlockError('a numerical answer is empty', item.line);
    if (written === '*') {
      if (item.weight >= 100)
        throw new BlockError('the game cannot accept any number as right ("*")', item.line);
      continue;
    }
    let answer: number;
    let tolerance = 0;
    const range = written.indexOf('..');
    const colon = item.text.find(':');
    if (range > 0) {
      const min = readNumber(written.slice(0, range), 'the lower end', item.line);
      const max = readNumber(written.slice(range + 2), 'the upper end', item.line);
      if (min > max) throw new BlockError(`the range ${written} runs backwards`, item.line);
      answer = roundNumber((min + max) / 2);
      tolerance = roundNumber((max - min) / 2);
    } else if (colon > 0) {
      answer = readNumber(written.slice(0, colon), 'the answer', item.line);
      tolerance = readNumber(written.slice(colon + 1), 'the tolerance', item.line);
      if (tolerance < 0) throw new BlockError(`the tolerance ${tolerance} is negative`, item.line);
    } else {
      answer = readNumber(written, 'the answer', item.line);
    }
    if (item.weight >= 100) right.push({ answer, tolerance, feedback: item.feedback, text: written });
    else if (item.weight > 0)
      changes.push(`partial credit for ${quote(written)} (${percent(item.weight)}) is not kept`);
  }
  const [best, ...others] = right;
  if (!best) throw new BlockError('no numerical answer is worth 100%', answers.lineAt());
  if (others.length > 0) {
    changes.push(
      `only the first right answer is kept; ${others.map((other) => quote(other.text)).join(', ')} will be marked wrong`,
    );
  }
  const body: Body = {
    type: 'numeric',
    answer: best.answer,
    ...(best.tolerance > 0 ? { tolerance: { absolute: best.tolerance } } : {}),
  };
  return { body, explanation: best.feedback ? [render(best.feedback, format)] : [], changes };
}

/** Matching: `=left -> right` pairs; an empty left side adds a distractor. */
function readMatching(answers: GiftText, format: TextFormat): Reading {
  const parts = answers.splitAt('=');
  const items = parts[0]!.text.trim().length > 0 ? parts : parts.slice(1);
  const pairs: { left: string; right: string }[] = [];
  const distractors: string[] = [];
  for (const { text } of items) {
    const [leftText, rightText] = text.trim().splitOnce('->');
    if (!rightText) throw new BlockError(`the pair ${quote(text.toString())} has no "->"`, text.lineAt());
    const left = oneLine(render(leftText, format));
    const right = oneLine(rightText.toString());
    if (right === '')
      throw new BlockError(`the pair ${quote(text.toString())} has nothing after "->"`, text.lineAt());
    if (left === '') {
      distractors.push(right);
      continue;
    }
    if (pairs.some((pair) => pair.left.toLowerCase() === left.toLowerCase())) {
      throw new BlockError(`the left item ${quote(left)} appears twice`, text.lineAt());
    }
    if (pairs.some((pair) => pair.right.toLowerCase() === right.toLowerCase())) {
      throw new BlockError(
        `the right item ${quote(right)} is used twice; the game needs a different right item for each pair`,
        text.lineAt(),
      );
    }
    pairs.push({ left, right });
  }
  if (pairs.length < 2) throw new BlockError('a matching question needs at least 2 pairs', answers.lineAt());
  if (pairs.length > MAX_PAIRS) {
    throw new BlockError(
      `a matching question can have at most ${MAX_PAIRS} pairs, found ${pairs.length}`,
      answers.lineAt(),
    );
  }
  const rights = pairs.map((pair) => pair.right.toLowerCase());
  const extra = distinct(distractors).filter((item) => !rights.includes(item.toLowerCase()));
  return {
    body: { type: 'matching', pairs, ...(extra.length > 0 ? { distractors: extra } : {}) },
    explanation: [],
    changes: [],
  };
}

/**
 * Renders the stem's text either side of the answer block, for a cloze gap. The two sides are rendered
 * together (HTML may span the gap) with a private-use marker at the gap, used only when the text does not
 * already contain it.
 */
function renderAroundGap(stem: Stem): { before: string; after: string } | null {
  const marker = '\uE000';
  const whole = stem.before.toString() + stem.after.toString();
  if (whole.includes(marker)) return null;
  const line = stem.before.lineAt(stem.before.length - 1);
  const text = toPlain(
    stem.before.concat(GiftText.literal(marker, line)).concat(stem.after).toString(),
    stem.format,
  );
  const parts = text.split(marker);
  if (parts.length !== 2) return null;
  return { before: parts[0]!, after: parts[1]! };
}

/** The prompt as the player sees it: a blank for the missing word, or the answer block simply removed. */
function renderPrompt(stem: Stem, blank: boolean): string {
  const line = stem.before.lineAt(stem.before.length - 1);
  const gap = GiftText.literal(blank && stem.missingWord ? BLANK : ' ', line);
  return toPlain(stem.before.concat(gap).concat(stem.after).toString(), stem.format);
}

/** Tags and an id that newer Moodle exports write into comments: `// [id:xyz] [tag:foo]`. */
function readCommentMarks(comments: readonly SourceLine[]): { id: string | null; tags: string[] } {
  let id: string | null = null;
  const tags: string[] = [];
  for (const { text } of comments) {
    for (const match of text.matchAll(/\[(id|tag):((?:\\.|[^\]\\])*)\]/g)) {
      const value = match[2]!.replace(/\\(.)/g, '$1').trim();
      if (match[1] === 'id') id ??= value;
      else if (slugify(value, { max: MAX_SLUG })) tags.push(slugify(value, { max: MAX_SLUG }));
    }
  }
  return { id, tags };
}

/** The outcome of one question block. */
interface BlockResult {
  question?: Question;
  problems: { message: string; line: number; severity: Severity }[];
}

/** A block's `::title::`, when it has one, and the text after it. */
function readTitle(text: GiftText): { title: string | null; rest: GiftText; unclosed: boolean } {
  if (!text.startsWith('::')) return { title: null, rest: text, unclosed: false };
  const end = text.find('::', 2);
  if (end === -1) return { title: null, rest: text.slice(2).trim(), unclosed: true };
  return {
    title: oneLine(text.slice(2, end).toString()) || null,
    rest: text.slice(end + 2).trim(),
    unclosed: false,
  };
}

/** The parts of a question around its answer block; null for a description (no braces at all). */
interface Parts {
  stem: Stem;
  answers: GiftText;
  general: string;
}

/** Finds the one `{…}` answer block (first unescaped braces) and the general feedback after `####`. */
function readParts(text: GiftText): Parts | null {
  const { format, rest: body } = readFormat(text, 'moodle');
  const open = body.find('{');
  const close = body.find('}');
  if (open === -1 && close === -1) return null;
  if (close === -1) throw new BlockError('"{" has no closing "}"', body.lineAt(open));
  if (open === -1 || close < open) {
    throw new BlockError(
      '"}" has no opening "{" before it (write \\} for a literal brace)',
      body.lineAt(close),
    );
  }
  const nested = body.find('{', open + 1);
  if (nested !== -1 && nested < close) {
    throw new BlockError('"{" inside the answer block (write \\{ for a literal brace)', body.lineAt(nested));
  }
  const second = [body.find('{', close + 1), body.find('}', close + 1)].filter((at) => at !== -1);
  if (second.length > 0) {
    throw new BlockError(
      'a second {…} answer block; GIFT allows one per question (write \\{ \\} for literal braces)',
      body.lineAt(Math.min(...second)),
    );
  }
  const after = body.slice(close + 1);
  const stem: Stem = { before: body.slice(0, open), after, missingWord: after.trim().length > 0, format };
  const answers = body.slice(open + 1, close).trim();
  const generalAt = answers.findLast('####');
  if (generalAt === -1) return { stem, answers, general: '' };
  return {
    stem,
    answers: answers.slice(0, generalAt).trim(),
    general: render(answers.slice(generalAt + 4), format),
  };
}

/**
 * Reads the answer block as Moodle types it, in Moodle's order: `#` first is numerical, any `~` is
 * multiple choice, `=` with `->` is matching, `T`/`TRUE`/`F`/`FALSE` before any `#` is true/false, and
 * anything else is short answer. Returns whether the prompt shows a blank where a missing word stood.
 */
function readByType({ answers, stem }: Parts): { reading: Reading; blank: boolean } {
  if (answers.startsWith('#')) return { reading: readNumerical(answers, stem.format), blank: true };
  if (answers.find('~') !== -1) return { reading: readMultipleChoice(answers, stem.format), blank: true };
  if (answers.find('=') !== -1 && answers.find('->') !== -1) {
    return { reading: readMatching(answers, stem.format), blank: false };
  }
  const value = answers.splitOnce('#')[0].trim().toString();
  if (['T', 'TRUE', 'F', 'FALSE'].includes(value)) {
    return { reading: readTrueFalse(answers, stem.format), blank: false };
  }
  return { reading: readShortAnswer(answers, stem), blank: true };
}

/** Puts a question together from its reading and checks it against the pack schema. */
function buildQuestion(
  parts: Parts,
  read: { reading: Reading; blank: boolean },
  title: string | null,
  block: Block,
  context: Context,
): Question {
  const { reading, blank } = read;
  const prompt = reading.prompt ?? (renderPrompt(parts.stem, blank) || title || '');
  if (prompt === '') throw new BlockError('the question has no text and no title', parts.answers.lineAt());
  const marks = readCommentMarks(block.comments);
  const explanation = distinct([...reading.explanation, parts.general].filter((part) => part !== ''));
  const tags = distinct([...(context.categoryTag ? [context.categoryTag] : []), ...marks.tags]);
  const { id, source, difficulty } = context.collector.base(prompt, prompt, marks.id ?? title ?? undefined);
  const question: Question = {
    id,
    ...reading.body,
    prompt,
    ...(explanation.length > 0 ? { explanation: explanation.join('\n') } : {}),
    source,
    difficulty,
    tags,
  };
  const checked = v.safeParse(kindOf(reading.body.type).schema, question);
  if (!checked.success) {
    throw new BlockError(
      `the question does not fit the game: ${checked.issues[0]?.message ?? 'invalid'}`,
      parts.answers.lineAt(),
    );
  }
  return question;
}

/**
 * Reads one question block into a question, or into the problems that stop it. Essays and descriptions
 * are skipped with a warning; every message names the question's title when it has one.
 */
function readQuestion(block: Block, lines: SourceLine[], context: Context): BlockResult {
  const firstLine = lines[0]?.line ?? 1;
  const { title, rest, unclosed } = readTitle(GiftText.fromLines(lines).trim());
  const problems: BlockResult['problems'] = [];
  const report = (message: string, line: number, severity: Severity) =>
    problems.push({ message: title ? `"${title}": ${message}` : message, line, severity });
  if (unclosed) report('the title has no closing "::"; it is read as question text', firstLine, 'warning');
  try {
    const parts = readParts(rest);
    if (!parts) {
      report(
        'text without a {…} answer block (a Moodle description) is not a question; skipped',
        firstLine,
        'warning',
      );
      return { problems };
    }
    if (parts.answers.length === 0) {
      report('essay question skipped: the game cannot grade free-text answers', firstLine, 'warning');
      return { problems };
    }
    const read = readByType(parts);
    const question = buildQuestion(parts, read, title, block, context);
    if (read.reading.changes.length > 0) {
      report(`imported with changes: ${read.reading.changes.join('; ')}`, firstLine, 'warning');
    }
    return { question, problems };
  } catch (error) {
    if (!(error instanceof BlockError)) throw error;
    report(error.message, error.line, 'error');
    return { problems };
  }
}

/** Splits the file into blocks at blank lines, trimming every line and setting comment lines apart. */
function readBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block = { lines: [], comments: [] };
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') {
      if (current.lines.length > 0 || current.comments.length > 0) blocks.push(current);
      current = { lines: [], comments: [] };
    } else if (line.startsWith('//')) {
      current.comments.push({ text: line, line: index + 1 });
    } else {
      current.lines.push({ text: line, line: index + 1 });
    }
  });
  if (current.lines.length > 0 || current.comments.length > 0) blocks.push(current);
  return blocks;
}

/** A category path's readable name: `$course$/top/Unit 1/Topic` → `Unit 1 / Topic` (`//` is a slash). */
function categoryName(path: string): string {
  const parts = path
    .split(/(?<!\/)\/(?!\/)/)
    .map((part) => part.replace(/\/\//g, '/').trim())
    .filter((part) => part !== '');
  if (parts[0] && /^\$\w*\$$/.test(parts[0])) parts.shift();
  if (parts[0]?.toLowerCase() === 'top') parts.shift();
  return parts.join(' / ');
}

/**
 * Reads a GIFT file into the collector, block by block, and returns its title (the first category's name).
 * Every problem is located at a line of the file.
 */
function readGift(input: string | Uint8Array, collector: ImportCollector): string | undefined {
  const report = (message: string, line: number, severity: Severity) =>
    collector.report(severity, Math.max(1, line), '', message);
  const text = decodeTextInput(input, collector);
  if (text === undefined) return undefined;
  const context: Context = { collector, categoryTag: null };
  let title: string | undefined;
  for (const block of readBlocks(text)) {
    let lines = block.lines;
    const first = lines[0];
    if (!first) continue;
    if (first.text.startsWith('$CATEGORY:')) {
      const name = categoryName(GiftText.fromLines([{ ...first, text: first.text.slice(10) }]).toString());
      context.categoryTag = slugify(name.replace(/\//g, ' '), { max: MAX_SLUG }) || null;
      if (name && title === undefined) title = name;
      lines = lines.slice(1);
      if (lines.length === 0) continue;
    }
    const firstLine = lines[0]!.line;
    if (collector.full) {
      collector.overCap(firstLine, '');
      continue;
    }
    if (lines.reduce((total, line) => total + line.text.length + 1, 0) > MAX_BLOCK_CHARS) {
      report(
        `this question is longer than ${MAX_BLOCK_CHARS} characters (is a blank line missing between questions?)`,
        firstLine,
        'error',
      );
      continue;
    }
    try {
      const result = readQuestion(block, lines, context);
      for (const problem of result.problems) report(problem.message, problem.line, problem.severity);
      if (result.question) collector.add(result.question, firstLine, '');
    } catch (error) {
      report(`this question could not be read (${errorMessage(error)})`, firstLine, 'error');
    }
  }
  return title;
}

/**
 * Imports a GIFT file (Moodle's text format) into the game's questions: multiple choice (single or
 * multiple response), true/false, short answer (typed, or a one-gap cloze for a missing word), numerical
 * and matching. Essays and descriptions are skipped with a warning; a broken question is reported with
 * its line and skipped, the rest still imports. Accepts text or bytes (decoded like every format); never
 * throws.
 */
export const importGift: Importer = (input, options) =>
  guarded(options, (collector) => readGift(input, collector));

/** GIFT: a `.gift` file, or text with a `{…}` answer block that holds `=`, `~` or `#`, or a title or category line. */
export const giftFormat = {
  id: 'gift',
  name: 'GIFT (Moodle)',
  extensions: ['.gift', '.txt'],
  kind: 'questions',
  sniff: (head) =>
    /\{[^}]*(^|[\s}])[=~#][^}]*\}/m.test(head.text) || /^(::|\$CATEGORY:)/m.test(head.text.trimStart()),
  read: importGift,
} as const satisfies QuestionFormat;
