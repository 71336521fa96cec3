/**
 * Importer for Moodle XML quiz exports (`<quiz><question type="…">…</question></quiz>`).
 *
 * Reads multiple choice (one or several right answers), true/false, short answer, numerical and matching
 * questions; category pseudo-questions give the following questions a tag and the import its title. Every
 * other type (description, essay, Cloze and the rest) is skipped with a warning. Problems are located by
 * the line of the `<question>` (or `<answer>`) they concern; malformed XML is one error at the line where
 * parsing failed. XML entities are decoded here, never expanded from a DOCTYPE, so a "billion laughs" file
 * is harmless.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { errorMessage } from '../../errors';
import * as v from 'valibot';
import type { Choice, Question, Unit } from '../../model/pack';
import { UNITS } from '../../model/pack';
import { lineLocator } from '../../packs/jsonText';
import { kindOf } from '../../questions/registry';
import { parseQuantity } from '../../quiz/quantity';
import { slugify } from '../../slug';
import type { Importer, QuestionFormat, Severity } from '../importTypes';
import { type ImportCollector, type ImportedBase, guarded } from '../kit/collector';
import { decodeTextInput } from '../kit/decode';
import { MAX_XML_DEPTH, findExcessXmlDepth, xmlTooDeepMessage } from '../kit/xmlDepth';
import { firstRepeat } from '../kit/repeats';
import { htmlToText } from '../kit/text';

/** One XML element, reduced to what the importer reads. */
interface XmlElement {
  /** Tag name. */
  name: string;
  /** Attributes, entity-decoded. */
  attrs: Record<string, string>;
  /** Child elements in source order. */
  children: XmlElement[];
  /** The element's own text and CDATA, joined in order; text is entity-decoded, CDATA is kept as written. */
  text: string;
  /** Offset of the element's `<` in the (normalised) input. */
  offset: number;
}

/** Longest tag made from a category or a question's own tag. */
const MAX_TAG = 40;

/** Property name the parser gives CDATA sections, so that their content is never entity-decoded. */
const CDATA_KEY = '#cdata';
/** Property name the parser gives text nodes. */
const TEXT_KEY = '#text';
/** Property name the parser gives an element's attributes when order is preserved. */
const ATTRS_KEY = ':@';

/**
 * Parser settings: attributes kept without a prefix, CDATA apart from text, order and start offsets kept,
 * no value guessing, and entity processing off (we decode the five XML entities and character references
 * ourselves, and entities declared in a DOCTYPE are never expanded).
 */
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: TEXT_KEY,
  cdataPropName: CDATA_KEY,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  captureMetaData: true,
  // The depth scan before parsing is what refuses deep files, with their line; this is a backstop.
  maxNestedTags: MAX_XML_DEPTH + 1,
});

const METADATA = XMLParser.getMetaDataSymbol();

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes XML's predefined entities and character references; any other `&name;` stays as written. */
function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, name: string) => {
    if (name[0] !== '#') return XML_ENTITIES[name] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Turns the parser's ordered output for one element into an {@link XmlElement}. */
function toElement(entry: Record<string | symbol, unknown>, name: string): XmlElement {
  const rawAttrs = entry[ATTRS_KEY];
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  if (rawAttrs && typeof rawAttrs === 'object') {
    for (const [key, value] of Object.entries(rawAttrs)) attrs[key] = decodeXml(String(value));
  }
  const meta = entry[METADATA as unknown as symbol] as { startIndex?: number } | undefined;
  const element: XmlElement = { name, attrs, children: [], text: '', offset: meta?.startIndex ?? 0 };
  const body = entry[name];
  for (const item of Array.isArray(body) ? body : []) {
    if (!item || typeof item !== 'object') continue;
    const child = item as Record<string | symbol, unknown>;
    const key = Object.keys(child).find((candidate) => candidate !== ATTRS_KEY);
    if (key === undefined) continue;
    if (key === TEXT_KEY) element.text += decodeXml(String(child[key]));
    else if (key === CDATA_KEY) element.text += cdataText(child[key]);
    else element.children.push(toElement(child, key));
  }
  return element;
}

/** The content of a CDATA node as the parser gives it (a list holding one text node). */
function cdataText(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return value
    .map((part: unknown) =>
      part && typeof part === 'object' && TEXT_KEY in part
        ? String((part as Record<string, unknown>)[TEXT_KEY])
        : '',
    )
    .join('');
}

/** The first child element called `name`. */
function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((candidate) => candidate.name === name);
}

/** Every child element called `name`. */
function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((candidate) => candidate.name === name) : [];
}

/** Plain text of an element's `<text>` child (or of the element itself), spaces collapsed. */
function plainText(element: XmlElement | undefined): string {
  if (!element) return '';
  const source = child(element, 'text')?.text ?? element.text;
  return source.replace(/\s+/g, ' ').trim();
}

/**
 * Text of a Moodle text field (`<questiontext format="…"><text>…</text>`), as plain text. HTML is
 * converted with its own line breaks only; Moodle's auto-format keeps the author's line breaks too;
 * plain text and Markdown are kept as written.
 */
function richText(element: XmlElement | undefined, defaultFormat = 'moodle_auto_format'): string {
  if (!element) return '';
  const source = child(element, 'text')?.text ?? element.text;
  const format = (element.attrs.format ?? defaultFormat).toLowerCase();
  if (format === 'html') return htmlToText(source.replace(/\s+/g, ' '));
  if (format === 'plain_text' || format === 'markdown') return source.trim();
  return htmlToText(source);
}

/** Everything the per-question readers share. */
interface Context {
  /** The import's collector: ids, problems and the final check. */
  collector: ImportCollector;
  /** Locates an offset. */
  locate: (offset: number) => { line: number; column: number };
  /** Tag from the current category, if any. */
  categoryTag?: string;
  /** Title from the first category, if any. */
  title?: string;
}

/** Reports a problem at an element. */
function report(
  context: Context,
  severity: Severity,
  element: XmlElement,
  path: string,
  message: string,
): void {
  context.collector.report(severity, context.locate(element.offset), path, message);
}

/** Thrown inside a question reader to drop that question with an error; caught by the question loop. */
class QuestionError extends Error {
  constructor(
    message: string,
    readonly element?: XmlElement,
    readonly path?: string,
  ) {
    super(message);
  }
}

/** One `<answer>` of a question, read. */
interface Answer {
  /** The answer element, for locating problems. */
  element: XmlElement;
  /** XML path of the answer, e.g. `question[3]/answer[2]`. */
  path: string;
  /** The answer text as plain text. */
  text: string;
  /** Moodle's grade for the answer, in percent (−100 to 100). */
  fraction: number;
  /** The answer's feedback as plain text, possibly empty. */
  feedback: string;
}

/** Reads the `<answer>` elements of a question; `format` is how to read answer texts. */
function readAnswers(question: XmlElement, path: string, format: 'rich' | 'plain'): Answer[] {
  return childrenNamed(question, 'answer').map((element, index) => {
    const answerPath = `${path}/answer[${index + 1}]`;
    const rawFraction = (element.attrs.fraction ?? '0').trim();
    const fraction = Number(rawFraction);
    if (rawFraction === '' || !Number.isFinite(fraction))
      throw new QuestionError(
        `answer ${index + 1} has the grade "${rawFraction}", not a number`,
        element,
        answerPath,
      );
    if (fraction < -100 || fraction > 100)
      throw new QuestionError(
        `answer ${index + 1} has the grade ${fraction}%, outside -100% to 100%`,
        element,
        answerPath,
      );
    const text = format === 'rich' ? richText(element, 'html') : plainText(element);
    return {
      element,
      path: answerPath,
      text,
      fraction,
      feedback: richText(child(element, 'feedback'), 'html'),
    };
  });
}

/** Joins explanation parts, dropping empty ones and repeats. */
function joinParts(parts: readonly string[]): string | undefined {
  const kept = [...new Set(parts.map((part) => part.trim()).filter((part) => part !== ''))];
  return kept.length > 0 ? kept.join('\n') : undefined;
}

/** What every question reader gets. */
interface QuestionInput {
  /** The `<question>` element. */
  element: XmlElement;
  /** Its XML path, e.g. `question[3]`. */
  path: string;
  /** The fields every question has (id, prompt, source, tags…), already read. */
  base: ImportedBase;
  /** The general feedback as plain text, possibly empty. */
  general: string;
  /** Where warnings go. */
  warn: (element: XmlElement, path: string, message: string) => void;
}

/** Reads a multichoice question: one right answer (`single`), or several with weights (`multiple`). */
function readMultichoice({ element, path, base, general, warn }: QuestionInput): Question {
  const answers = readAnswers(element, path, 'rich');
  answers.forEach((answer, index) => {
    if (answer.text === '')
      throw new QuestionError(
        `answer ${index + 1} has no text (images are not imported)`,
        answer.element,
        answer.path,
      );
  });
  const singleFlag = plainText(child(element, 'single')).toLowerCase();
  const single = singleFlag !== 'false' && singleFlag !== '0';
  const repeat = firstRepeat(answers.map((answer) => answer.text));
  if (repeat !== undefined) throw new QuestionError(`the answer "${repeat}" appears twice`);

  const isCorrect = single
    ? (answer: Answer) => answer.fraction >= 100
    : (answer: Answer) => answer.fraction > 0;
  const correct = answers.filter(isCorrect);
  if (single) {
    if (correct.length === 0)
      throw new QuestionError('no answer is fully right (100%); a single-answer question needs one');
    if (correct.length > 1)
      throw new QuestionError(
        `${correct.length} answers are fully right (100%); a single-answer question here needs exactly one`,
      );
    for (const answer of answers) {
      if (answer.fraction > 0 && answer.fraction < 100)
        warn(
          answer.element,
          answer.path,
          `partial credit (${answer.fraction}%) is not supported: "${answer.text}" counts as wrong`,
        );
    }
  } else {
    if (correct.length === 0)
      throw new QuestionError(
        'no answer has a positive grade; a multiple-answer question needs at least one',
      );
    const weights = new Set(correct.map((answer) => answer.fraction));
    if (weights.size > 1)
      warn(
        element,
        path,
        `the right answers have different grades (${[...weights].map((weight) => `${weight}%`).join(', ')}); here every right answer counts the same`,
      );
  }
  const choices: Choice[] = answers.map((answer) => {
    const right = correct.includes(answer);
    return {
      text: answer.text,
      ...(right ? { correct: true } : {}),
      ...(!right && answer.feedback ? { why: answer.feedback } : {}),
    };
  });
  const explanation = joinParts([general, ...correct.map((answer) => answer.feedback)]);
  return single
    ? { ...base, type: 'single', choices, ...(explanation ? { explanation } : {}) }
    : { ...base, type: 'multiple', choices, ...(explanation ? { explanation } : {}) };
}

/** Reads a true/false question: the answer graded 100% says which value is right. */
function readTrueFalse({ element, path, base, general }: QuestionInput): Question {
  const answers = readAnswers(element, path, 'plain');
  const right = answers.filter((answer) => answer.fraction >= 100);
  if (right.length !== 1)
    throw new QuestionError(
      `a true/false question needs exactly one answer graded 100%, found ${right.length}`,
    );
  const [rightAnswer] = right as [Answer];
  const value = rightAnswer.text.toLowerCase();
  if (value !== 'true' && value !== 'false')
    throw new QuestionError(
      `the right answer is "${rightAnswer.text}", expected "true" or "false"`,
      rightAnswer.element,
      rightAnswer.path,
    );
  const wrongFeedback = answers.filter((answer) => answer !== rightAnswer).map((answer) => answer.feedback);
  const explanation = joinParts([general, rightAnswer.feedback]) ?? joinParts(wrongFeedback);
  return { ...base, type: 'truefalse', answer: value === 'true', ...(explanation ? { explanation } : {}) };
}

/** Warns about every answer graded below 100%, which this importer leaves out. */
function warnLowerGrades(answers: readonly Answer[], warn: QuestionInput['warn']): void {
  for (const answer of answers) {
    if (answer.fraction >= 100) continue;
    warn(
      answer.element,
      answer.path,
      answer.fraction > 0
        ? `partial credit (${answer.fraction}%) is not supported: the answer "${answer.text}" is left out`
        : `the answer "${answer.text}" graded ${answer.fraction}% is left out: only right answers are kept`,
    );
  }
}

/** Reads a short-answer question: the first 100% answer, the other 100% answers as accepted spellings. */
function readShortAnswer({ element, path, base, general, warn }: QuestionInput): Question {
  const answers = readAnswers(element, path, 'plain');
  warnLowerGrades(answers, warn);
  const right: Answer[] = [];
  for (const answer of answers.filter((candidate) => candidate.fraction >= 100)) {
    if (answer.text.includes('*'))
      warn(
        answer.element,
        answer.path,
        `the wildcard answer "${answer.text}" is left out: wildcards are not supported`,
      );
    else if (answer.text !== '') right.push(answer);
  }
  const [first, ...others] = right;
  if (!first) throw new QuestionError('no answer graded 100% can be used');
  if (plainText(child(element, 'usecase')) === '1')
    warn(element, path, 'case-sensitive matching is not supported: answers are compared ignoring case');
  const accept: string[] = [];
  const seen = new Set([first.text.toLowerCase()]);
  for (const answer of others) {
    const key = answer.text.toLowerCase();
    if (!seen.has(key)) accept.push(answer.text);
    seen.add(key);
  }
  const explanation = joinParts([general, first.feedback]);
  return {
    ...base,
    type: 'typed',
    answer: first.text,
    ...(accept.length > 0 ? { accept } : {}),
    ...(explanation ? { explanation } : {}),
  };
}

/** A number as Moodle writes it: optional sign, digits with an optional point, optional exponent. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The unit of our model that a Moodle unit name stands for, if any. */
function unitFrom(name: string): Unit | undefined {
  const lower = name.trim().toLowerCase();
  const exact = UNITS.find((unit) => unit.toLowerCase() === lower);
  if (exact) return exact;
  const read = parseQuantity(`1 ${name}`);
  return read.ok && read.quantity.value === 1 ? read.quantity.unit : undefined;
}

/** Reads the base unit (multiplier 1) of a numerical question, warning when it is not one of ours. */
function readUnit({ element, path, warn }: QuestionInput): Unit | undefined {
  const units = childrenNamed(child(element, 'units'), 'unit');
  const base = units.find((unit) => Number(plainText(child(unit, 'multiplier'))) === 1) ?? units[0];
  const name = plainText(child(base, 'unit_name'));
  if (!base || name === '') return undefined;
  const unit = unitFrom(name);
  if (!unit)
    warn(
      base,
      `${path}/units`,
      `the unit "${name}" is not one this game knows (${UNITS.join(', ')}); it is left out`,
    );
  return unit;
}

/** Reads a numerical question: the first 100% answer with its absolute tolerance, and the unit. */
function readNumerical(input: QuestionInput): Question {
  const { element, path, base, general, warn } = input;
  const answers = readAnswers(element, path, 'plain');
  warnLowerGrades(answers, warn);
  const right = answers.filter((answer) => answer.fraction >= 100 && answer.text !== '*');
  const [first, ...others] = right;
  if (!first) throw new QuestionError('no answer graded 100% is a number');
  if (!NUMBER.test(first.text))
    throw new QuestionError(`the answer "${first.text}" is not a number`, first.element, first.path);
  for (const other of others)
    warn(other.element, other.path, `only one right answer is supported: "${other.text}" is left out`);
  const rawTolerance = plainText(child(first.element, 'tolerance')) || '0';
  const tolerance = Math.abs(Number(rawTolerance));
  if (!NUMBER.test(rawTolerance) || !Number.isFinite(tolerance))
    throw new QuestionError(`the tolerance "${rawTolerance}" is not a number`, first.element, first.path);
  const answer = Number(first.text);
  if (!Number.isFinite(answer))
    throw new QuestionError(`the answer "${first.text}" is too large`, first.element, first.path);
  const unit = readUnit(input);
  const explanation = joinParts([general, first.feedback]);
  return {
    ...base,
    type: 'numeric',
    answer,
    ...(unit ? { unit } : {}),
    ...(tolerance > 0 ? { tolerance: { absolute: tolerance } } : {}),
    ...(explanation ? { explanation } : {}),
  };
}

/** Reads a matching question: sub-questions with text are pairs, those without are distractors. */
function readMatching({ element, path, base, general }: QuestionInput): Question {
  const pairs: { left: string; right: string }[] = [];
  const distractors: string[] = [];
  childrenNamed(element, 'subquestion').forEach((subquestion, index) => {
    const subPath = `${path}/subquestion[${index + 1}]`;
    const left = richText(subquestion, 'html');
    const right = plainText(child(subquestion, 'answer'));
    if (right === '')
      throw new QuestionError(`sub-question ${index + 1} has no answer`, subquestion, subPath);
    if (left === '') distractors.push(right);
    else pairs.push({ left, right });
  });
  const leftRepeat = firstRepeat(pairs.map((pair) => pair.left));
  if (leftRepeat !== undefined) throw new QuestionError(`the item "${leftRepeat}" appears twice`);
  const rightRepeat = firstRepeat([...pairs.map((pair) => pair.right), ...distractors]);
  if (rightRepeat !== undefined)
    throw new QuestionError(
      `the answer "${rightRepeat}" is used twice; here every pair needs its own answer`,
    );
  const explanation = joinParts([general]);
  return {
    ...base,
    type: 'matching',
    pairs,
    ...(distractors.length > 0 ? { distractors } : {}),
    ...(explanation ? { explanation } : {}),
  };
}

/** The readers of the supported question types, by Moodle type name. */
const READERS: Record<string, (input: QuestionInput) => Question> = {
  multichoice: readMultichoice,
  truefalse: readTrueFalse,
  shortanswer: readShortAnswer,
  numerical: readNumerical,
  matching: readMatching,
};

/** The schemas imported questions must pass, by our type. */

/** Why a skipped Moodle type is skipped. */
const SKIPPED: Record<string, string> = {
  description: 'a description is not a question',
  essay: 'essays need a person to grade them',
  multianswer: 'embedded-answer (Cloze) questions are not supported',
  cloze: 'embedded-answer (Cloze) questions are not supported',
};

/** Splits a Moodle category path (`$course$/top/A//B/C`) into names; `//` is a slash inside a name. */
function categoryNames(path: string): string[] {
  return path
    .split(/(?<!\/)\/(?!\/)/)
    .map((name) => name.replace(/\/\//g, '/').trim())
    .filter((name, index) => name !== '' && !(index === 0 && /^\$\w+\$$/.test(name)))
    .filter((name, index) => !(index === 0 && name.toLowerCase() === 'top'));
}

/** Reads a category pseudo-question: its last name becomes the tag of what follows, the first one the title. */
function readCategory(element: XmlElement, context: Context): void {
  const names = categoryNames(plainText(child(element, 'category')));
  const last = names[names.length - 1];
  const tag = last ? slugify(last, { max: MAX_TAG }) : '';
  if (tag) context.categoryTag = tag;
  else delete context.categoryTag;
  if (last && context.title === undefined) context.title = last;
}

/** Reads the tags a question carries itself (`<tags><tag><text>…`), as slugs. */
function ownTags(element: XmlElement): string[] {
  return childrenNamed(child(element, 'tags'), 'tag')
    .map((tag) => slugify(plainText(tag), { max: MAX_TAG }))
    .filter((tag) => tag !== '');
}

/** Reads one `<question>` element; returns the question, or nothing when it is skipped or dropped. */
function readQuestion(element: XmlElement, ordinal: number, context: Context): Question | undefined {
  const path = `question[${ordinal}]`;
  const type = (element.attrs.type ?? '').trim();
  if (type === 'category') {
    readCategory(element, context);
    return undefined;
  }
  const reader = READERS[type];
  if (!reader) {
    if (type === '') report(context, 'error', element, path, 'the question has no type; it is skipped');
    else
      report(
        context,
        'warning',
        element,
        path,
        `"${type}" questions are not imported (${SKIPPED[type] ?? 'this game has no such type'}); it is skipped`,
      );
    return undefined;
  }
  const questionText = child(element, 'questiontext');
  const prompt = richText(questionText);
  if (prompt === '') {
    report(context, 'error', element, path, 'the question text is empty (images are not imported)');
    return undefined;
  }
  const rawText = child(questionText, 'text')?.text ?? '';
  if (/<img\b|@@PLUGINFILE@@/i.test(rawText))
    report(context, 'warning', element, path, 'images and attached files are not imported');
  const tags = [...new Set([...(context.categoryTag ? [context.categoryTag] : []), ...ownTags(element)])];
  const base: ImportedBase = {
    ...context.collector.base(prompt, prompt, plainText(child(element, 'name'))),
    tags,
  };
  const warnings: { at: XmlElement; path: string; message: string }[] = [];
  const warn = (at: XmlElement, atPath: string, message: string) =>
    warnings.push({ at, path: atPath, message });
  let question: Question;
  try {
    question = reader({ element, path, base, general: richText(child(element, 'generalfeedback')), warn });
  } catch (error) {
    if (!(error instanceof QuestionError)) throw error;
    report(context, 'error', error.element ?? element, error.path ?? path, error.message);
    return undefined;
  }
  const checked = v.safeParse(kindOf(question.type).schema, question);
  if (!checked.success) {
    const issue = checked.issues[0];
    report(context, 'error', element, path, issue.message);
    return undefined;
  }
  for (const warning of warnings) report(context, 'warning', warning.at, warning.path, warning.message);
  return checked.output;
}

/**
 * The 1-based line of the first `<?…` that is not closed by a `?>` outside quotes, as the parser reads it
 * (the validator lets some through that the parser then refuses), else 1.
 */
function unclosedInstructionLine(text: string): number {
  for (let at = text.indexOf('<?'); at !== -1; at = text.indexOf('<?', at + 2)) {
    let quote = '';
    let closed = -1;
    for (let i = at + 2; i < text.length - 1 && closed === -1; i++) {
      const char = text[i] as string;
      if (quote) {
        if (char === quote) quote = '';
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '?' && text[i + 1] === '>') closed = i;
    }
    if (closed === -1) return text.slice(0, at).split('\n').length;
    at = closed;
  }
  return 1;
}

/** Parses well-formed XML into its root element, or returns the reason it could not (with its line). */
function parseRoot(text: string): XmlElement | { message: string; line: number } {
  let parsed: unknown;
  try {
    parsed = parser.parse(text);
  } catch (error) {
    const reason = errorMessage(error);
    if (/pi tag/i.test(reason))
      return {
        message:
          'this is not well-formed XML: an XML declaration or processing instruction ("<?…") is not closed by "?>" (check its quotes)',
        line: unclosedInstructionLine(text),
      };
    return { message: `this is not well-formed XML: ${reason}`, line: 1 };
  }
  const entries = Array.isArray(parsed) ? (parsed as Record<string | symbol, unknown>[]) : [];
  for (const entry of entries) {
    const key = Object.keys(entry).find((candidate) => candidate !== ATTRS_KEY);
    if (key !== undefined && key !== TEXT_KEY && key !== CDATA_KEY) return toElement(entry, key);
  }
  return { message: 'the file holds no XML element', line: 1 };
}

/** Reads every `<question>` of a parsed quiz into the collector; past the question cap they are counted. */
function readQuiz(root: XmlElement, context: Context): void {
  const elements = childrenNamed(root, 'question');
  if (elements.length === 0) report(context, 'error', root, 'quiz', 'the quiz holds no questions');
  for (const [index, element] of elements.entries()) {
    const path = `question[${index + 1}]`;
    if (context.collector.full) {
      context.collector.overCap(context.locate(element.offset), path);
      continue;
    }
    const question = readQuestion(element, index + 1, context);
    if (question) context.collector.add(question, context.locate(element.offset), path);
  }
}

/** Reads a Moodle XML quiz into the collector and returns its title (the first category's name). */
function readMoodleXml(input: string | Uint8Array, collector: ImportCollector): string | undefined {
  const fileProblem = (message: string, line = 1, column?: number) =>
    collector.report('error', column ? { line, column } : line, '', message);
  const text = decodeTextInput(input, collector);
  if (text === undefined) return undefined;
  const tooDeep = findExcessXmlDepth(text);
  if (tooDeep) {
    fileProblem(xmlTooDeepMessage(tooDeep), tooDeep.line);
    return undefined;
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    fileProblem(`this is not well-formed XML: ${msg}`, line || 1, col || undefined);
    return undefined;
  }
  const root = parseRoot(text);
  if ('message' in root) {
    fileProblem(root.message, root.line);
    return undefined;
  }
  const context: Context = { collector, locate: lineLocator(text) };
  if (root.name !== 'quiz') {
    report(
      context,
      'error',
      root,
      root.name,
      `this is not a Moodle XML quiz: the root element is <${root.name}>, not <quiz>`,
    );
    return undefined;
  }
  readQuiz(root, context);
  return context.title;
}

/**
 * Imports a Moodle XML quiz export. Supported: multichoice (single → `single`, multiple → `multiple`),
 * truefalse, shortanswer (→ `typed`), numerical (→ `numeric`) and matching; categories set a tag and the
 * title. Everything else is skipped with a warning. Never throws: a malformed file is one located error,
 * a bad question is an error for that question only.
 */
export const importMoodleXml: Importer = (input, options) =>
  guarded(options, (collector) => readMoodleXml(input, collector));

/** Moodle XML: a `.xml` file, or text that starts with an XML declaration or `<quiz`. */
export const moodleXmlFormat = {
  id: 'moodle-xml',
  name: 'Moodle XML',
  extensions: ['.xml'],
  kind: 'questions',
  sniff: (head) => /^<(\?xml|quiz)/.test(head.text.trimStart()),
  read: importMoodleXml,
} as const satisfies QuestionFormat;
