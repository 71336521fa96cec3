/** One data row of a generic CSV read into a question of the type it names or implies. */
import type { ClozeQuestion, Question, Unit } from '../../model/pack';
import { UNITS } from '../../model/pack';
import { parseCloze } from '../../quiz/cloze';
import { ankiClozeToOurs, hasAnkiCloze } from '../kit/ankiCloze';
import { DEFAULT_IMPORT_DIFFICULTY, cleanTags } from '../kit/collector';
import { distinct, firstRepeat, sameKey } from '../kit/repeats';
import { splitList } from '../kit/rows';
import { parseDifficulty, parseNumber, parseRegion, parseTruth, parseUnit, splitTags } from './csvCells';
import { type CsvRow, headerKey } from './csvColumns';

/** Question types a CSV row can ask for; `choice` means single or multiple, decided by the answers. */
type CsvType = 'single' | 'multiple' | 'choice' | 'truefalse' | 'typed' | 'numeric' | 'year' | 'cloze';

/** The names a type column may use (reduced like headers), and the type each stands for. */
const TYPE_NAMES: Record<string, CsvType> = {
  single: 'single',
  singlechoice: 'single',
  singleanswer: 'single',
  multiple: 'multiple',
  multipleresponse: 'multiple',
  multipleanswer: 'multiple',
  multipleanswers: 'multiple',
  multiselect: 'multiple',
  multi: 'multiple',
  checkbox: 'multiple',
  checkboxes: 'multiple',
  multiplechoice: 'choice',
  mc: 'choice',
  mcq: 'choice',
  choice: 'choice',
  quiz: 'choice',
  truefalse: 'truefalse',
  tf: 'truefalse',
  boolean: 'truefalse',
  bool: 'truefalse',
  typed: 'typed',
  text: 'typed',
  short: 'typed',
  shortanswer: 'typed',
  input: 'typed',
  freetext: 'typed',
  open: 'typed',
  numeric: 'numeric',
  number: 'numeric',
  numerical: 'numeric',
  num: 'numeric',
  year: 'year',
  cloze: 'cloze',
  gaps: 'cloze',
  fillintheblank: 'cloze',
  fillintheblanks: 'cloze',
};

/** Pack types that need more than one answer column and so cannot come from a CSV row. */
const NOT_FROM_CSV = new Set(['ordering', 'matching', 'mapclick']);

/** The optional fields shared by every type, read from a CSV row (with warnings for unusable values). */
export function csvCommon(row: CsvRow): Pick<Question, 'difficulty' | 'tags' | 'explanation' | 'region'> {
  const common: Pick<Question, 'difficulty' | 'tags' | 'explanation' | 'region'> = {
    difficulty: DEFAULT_IMPORT_DIFFICULTY,
    tags: cleanTags(splitTags(row.get('tags'))),
  };
  const difficulty = row.get('difficulty');
  if (difficulty !== '') {
    const level = parseDifficulty(difficulty);
    if (level === undefined)
      row.report(
        'warning',
        `difficulty "${difficulty}" is not 1-3 or easy/medium/hard; using 2`,
        'difficulty',
      );
    else common.difficulty = level;
  }
  const explanation = row.get('explanation');
  if (explanation !== '') common.explanation = explanation;
  const region = row.get('region');
  if (region !== '') {
    const id = parseRegion(region);
    if (id === undefined)
      row.report('warning', `region "${region}" is not a usable region id; ignored`, 'region');
    else common.region = id;
  }
  return common;
}

/** Builds the question of a choice row; undefined after reporting when it cannot. */
function csvChoiceQuestion(row: CsvRow, type: CsvType, answers: string[]): Question | undefined {
  const options = row.all('choice');
  const distractors = row.all('distractor');
  let tokens = answers;
  const findOption = (token: string): number => {
    const byText = options.findIndex((option) => sameKey(option) === sameKey(token));
    if (byText !== -1) return byText;
    if (/^[1-9]$/.test(token) && Number(token) <= options.length) return Number(token) - 1;
    if (/^[a-i]$/i.test(token)) {
      const index = token.toLowerCase().charCodeAt(0) - 97;
      if (index < options.length) return index;
    }
    return -1;
  };
  if (options.length > 0 && tokens.length === 1 && findOption(tokens[0] as string) === -1) {
    const pieces = splitList(tokens[0] as string, /[,;]/);
    if (pieces.length > 1 && pieces.every((piece) => findOption(piece) !== -1)) tokens = pieces;
  }
  const found = tokens.map(findOption);
  let choices: { text: string; correct?: boolean }[];
  if (options.length > 0 && found.some((index) => index !== -1)) {
    const missing = tokens.filter((_, i) => found[i] === -1);
    if (missing.length > 0) {
      row.report('error', `answer "${missing[0]}" is not one of the choices`, 'answer');
      return undefined;
    }
    choices = options.map((text, i) => (found.includes(i) ? { text, correct: true } : { text }));
    choices.push(...distractors.map((text) => ({ text })));
  } else {
    choices = [
      ...tokens.map((text) => ({ text, correct: true })),
      ...options.map((text) => ({ text })),
      ...distractors.map((text) => ({ text })),
    ];
  }
  const repeat = firstRepeat(choices.map((choice) => choice.text));
  if (repeat !== undefined) {
    row.report('error', `choice "${repeat}" appears twice`);
    return undefined;
  }
  if (choices.length < 2) {
    row.report('error', 'a choice question needs at least two choices');
    return undefined;
  }
  if (choices.length > 9) {
    row.report('error', `a choice question can have at most 9 choices, found ${choices.length}`);
    return undefined;
  }
  const correct = choices.filter((choice) => choice.correct).length;
  if (type === 'single' && correct > 1) {
    row.report('error', `type is single but ${correct} answers are marked correct`, 'answer');
    return undefined;
  }
  const base = row.base(row.get('prompt'));
  return correct > 1 || type === 'multiple'
    ? { ...base, type: 'multiple', choices }
    : { ...base, type: 'single', choices };
}

/** Builds a numeric or year question from its answer; undefined after reporting when it cannot. */
function csvNumberQuestion(row: CsvRow, type: 'numeric' | 'year', answerText: string): Question | undefined {
  const percent = /%\s*$/.test(answerText);
  const value = parseNumber(answerText.replace(/%\s*$/, ''));
  if (value === undefined) {
    row.report('error', `answer "${answerText}" is not a number`, 'answer');
    return undefined;
  }
  const toleranceText = row.get('tolerance').replace(/^±/, '').trim();
  const prompt = row.get('prompt');
  if (type === 'year') {
    if (!Number.isInteger(value) || value < -5000 || value > 3000) {
      row.report('error', `answer "${answerText}" is not a year between -5000 and 3000`, 'answer');
      return undefined;
    }
    const years = toleranceText === '' ? undefined : parseNumber(toleranceText);
    const usable = years !== undefined && Number.isInteger(years) && years >= 0 && years <= 100;
    if (toleranceText !== '' && !usable)
      row.report(
        'warning',
        `tolerance "${toleranceText}" is not a whole number of years (0-100); ignored`,
        'tolerance',
      );
    return {
      ...row.base(prompt),
      type: 'year',
      answer: value,
      ...(usable && years > 0 ? { tolerance: years } : {}),
    };
  }
  const unitText = row.get('unit');
  let unit = percent ? ('percent' as Unit) : undefined;
  if (unitText !== '') {
    const parsed = parseUnit(unitText);
    if (parsed === undefined)
      row.report('warning', `unit "${unitText}" is not one of ${UNITS.join(', ')}; ignored`, 'unit');
    else unit = parsed;
  }
  let tolerance: { absolute?: number; relative?: number } | undefined;
  if (toleranceText !== '') {
    const relative = /%$/.test(toleranceText);
    const amount = parseNumber(toleranceText.replace(/%$/, ''));
    if (amount === undefined || amount < 0 || (relative && amount > 100))
      row.report(
        'warning',
        `tolerance "${toleranceText}" is not a number like 5 or 10%; ignored`,
        'tolerance',
      );
    else tolerance = relative ? { relative: amount / 100 } : { absolute: amount };
  }
  return {
    ...row.base(prompt),
    type: 'numeric',
    answer: value,
    ...(unit ? { unit } : {}),
    ...(tolerance ? { tolerance } : {}),
  };
}

/** Reads one data row of a generic CSV into a question (or reports why not). */
export function csvQuestion(row: CsvRow): Question | undefined {
  const prompt = row.get('prompt');
  if (prompt === '') {
    row.report('error', 'the question is empty', 'prompt');
    return undefined;
  }
  const typeText = row.get('type');
  let type: CsvType | undefined;
  if (typeText !== '') {
    const key = headerKey(typeText);
    if (NOT_FROM_CSV.has(key)) {
      row.report(
        'error',
        `type "${typeText}" cannot be imported from a CSV file; write it in a JSON pack`,
        'type',
      );
      return undefined;
    }
    type = TYPE_NAMES[key];
    if (type === undefined) {
      row.report(
        'error',
        `type "${typeText}" is not one of single, multiple, truefalse, typed, numeric, year, cloze`,
        'type',
      );
      return undefined;
    }
  }
  const answerText = row.get('answer');
  const answers = splitList(answerText);
  const hasChoices = row.all('choice').length > 0 || row.all('distractor').length > 0;
  if (type === undefined) {
    if (hasChoices) type = 'choice';
    else if (answerText === '' && (hasAnkiCloze(prompt) || prompt.includes('{{'))) type = 'cloze';
    else if (parseTruth(answerText, true) !== undefined) type = 'truefalse';
    else if (parseNumber(answerText.replace(/%\s*$/, '')) !== undefined) {
      const value = parseNumber(answerText) ?? NaN;
      const yearLike = Number.isInteger(value) && value >= -5000 && value <= 3000 && row.get('unit') === '';
      type = yearLike && /\b(year|when)\b/i.test(prompt) ? 'year' : 'numeric';
    } else type = 'typed';
  }
  if (type === 'cloze') {
    const text = hasAnkiCloze(prompt) ? ankiClozeToOurs(prompt) : { ok: true as const, text: prompt };
    if (!text.ok) {
      row.report('error', `the cloze text ${text.error}`, 'prompt');
      return undefined;
    }
    const cloze = parseCloze(text.text);
    if (!cloze.ok) {
      row.report('error', `the cloze text ${cloze.error}`, 'prompt');
      return undefined;
    }
    const gaps = cloze.segments.filter((segment) => typeof segment !== 'string').length;
    const question: ClozeQuestion = {
      ...row.base(gaps === 1 ? 'Fill in the gap.' : 'Fill in the gaps.'),
      type: 'cloze',
      text: text.text,
    };
    return question;
  }
  if (answers.length === 0) {
    row.report('error', 'the answer is missing', 'answer');
    return undefined;
  }
  if (hasChoices && type !== 'single' && type !== 'multiple' && type !== 'choice')
    row.report('warning', `choice columns are ignored for a ${type} question`);
  switch (type) {
    case 'single':
    case 'multiple':
    case 'choice':
      return csvChoiceQuestion(row, type, answers);
    case 'truefalse': {
      const truth = parseTruth(answerText, false);
      if (truth === undefined) {
        row.report('error', `answer "${answerText}" is not true or false`, 'answer');
        return undefined;
      }
      return { ...row.base(prompt), type: 'truefalse', answer: truth };
    }
    case 'numeric':
    case 'year':
      return csvNumberQuestion(row, type, answerText);
    case 'typed': {
      const [answer, ...others] = answers as [string, ...string[]];
      const accept = distinct([
        answer,
        ...others,
        ...row.all('accept').flatMap((cell) => splitList(cell)),
      ]).slice(1);
      return { ...row.base(prompt), type: 'typed', answer, ...(accept.length > 0 ? { accept } : {}) };
    }
  }
}
