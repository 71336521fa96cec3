import * as v from 'valibot';
import type { DeferredQuestion, Pack, Question } from '../model/pack';
import { QUESTION_TYPES } from '../model/pack';
import { parseCloze } from '../quiz/cloze';
import { type Problem, type Result, fail, ok } from '../problems';
import { type LocatedJson, parseJsonWithLocations } from './jsonText';
import { PACK_FORMAT_VERSION, PackEnvelopeSchema, QUESTION_SCHEMAS } from './packSchema';

/** A pack that parsed, plus what was wrong with individual questions (those questions are left out). */
export interface ParsedPack {
  /** The pack with every valid question. */
  pack: Pack;
  /** Problems with single questions; each such question was skipped, the rest kept. */
  problems: Problem[];
  /** Things worth telling that are not errors, e.g. questions kept for a later version. */
  notices: Problem[];
  /** For each kept question, its index in the file's `questions`, so later checks can point at it. */
  positions: number[];
}

type Path = (string | number)[];

/** Renders a JSON path the way people read it: `questions[3].choices[0].text`. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}

/** Builds a located problem for the value at `path`. */
function problemAt(json: LocatedJson, file: string | undefined, path: Path, message: string): Problem {
  return { ...(file ? { file } : {}), ...json.locate(path), path: formatPath(path), message };
}

/** Turns valibot issues into located problems, saying "missing" rather than "wrong type" for absent fields. */
function issuesToProblems(
  issues: readonly v.BaseIssue<unknown>[],
  json: LocatedJson,
  file: string | undefined,
  base: Path,
): Problem[] {
  return issues.map((issue) => {
    const keys = (issue.path ?? []).map((item) => item.key as string | number);
    const path = [...base, ...keys];
    const last = keys[keys.length - 1];
    const missing = issue.input === undefined && last !== undefined;
    return problemAt(json, file, path, missing ? `"${String(last)}" is missing` : issue.message);
  });
}

/** A cross-field problem, located relative to its question. */
type Finding = { path: Path; message: string };

/** Reports texts that repeat (ignoring case and surrounding space), pointing at each repeat. */
function repeats(texts: readonly string[], path: (index: number) => Path, what: string): Finding[] {
  const seen = new Map<string, number>();
  const found: Finding[] = [];
  texts.forEach((value, index) => {
    const key = value.trim().toLowerCase();
    const first = seen.get(key);
    if (first !== undefined)
      found.push({ path: path(index), message: `${what} "${value}" repeats ${what} ${first + 1}` });
    else seen.set(key, index);
  });
  return found;
}

/** Checks what a schema cannot: the right number of correct choices, no repeats, usable gaps and tolerances. */
function crossCheck(question: Question, sourceIds: ReadonlySet<string>): Finding[] {
  const found: Finding[] = [];
  if (!sourceIds.has(question.source)) {
    found.push({
      path: ['source'],
      message: `source "${question.source}" is not listed in the pack's sources`,
    });
  }
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const correct = question.choices.filter((choice) => choice.correct === true).length;
      if (question.type === 'single' && correct !== 1) {
        found.push({
          path: ['choices'],
          message: `a single-choice question needs exactly one correct choice, found ${correct}`,
        });
      }
      if (question.type === 'multiple' && correct === 0) {
        found.push({
          path: ['choices'],
          message: 'a multiple-response question needs at least one correct choice',
        });
      }
      found.push(
        ...repeats(
          question.choices.map((choice) => choice.text),
          (i) => ['choices', i, 'text'],
          'choice',
        ),
      );
      break;
    }
    case 'typed':
      found.push(
        ...repeats([question.answer, ...(question.accept ?? [])], (i) => ['accept', i - 1], 'answer'),
      );
      break;
    case 'numeric':
      if (question.estimate && question.answer <= 0) {
        found.push({
          path: ['estimate'],
          message: 'an estimate needs a positive answer (it is scored on a log scale)',
        });
      }
      break;
    case 'ordering':
      found.push(
        ...repeats(
          question.items.map((item) => item.text),
          (i) => ['items', i, 'text'],
          'item',
        ),
      );
      break;
    case 'matching': {
      found.push(
        ...repeats(
          question.pairs.map((pair) => pair.left),
          (i) => ['pairs', i, 'left'],
          'left item',
        ),
      );
      const rights = [...question.pairs.map((pair) => pair.right), ...(question.distractors ?? [])];
      found.push(
        ...repeats(
          rights,
          (i) =>
            i < question.pairs.length ? ['pairs', i, 'right'] : ['distractors', i - question.pairs.length],
          'right item',
        ),
      );
      break;
    }
    case 'cloze': {
      const cloze = parseCloze(question.text);
      if (!cloze.ok) found.push({ path: ['text'], message: `the cloze text ${cloze.error}` });
      break;
    }
    case 'truefalse':
    case 'year':
    case 'mapclick':
      break;
  }
  return found;
}

/**
 * Parses and validates a question pack from its JSON text.
 *
 * A broken envelope (bad JSON, wrong format, a newer format version, missing title…) fails the whole pack.
 * A broken question is reported with its line and skipped, and the rest of the pack is kept. Questions of
 * every known type are validated, whether or not this version plays them yet; questions of an unknown
 * type are kept aside as `deferred`, with a notice, never as an error.
 *
 * @param text - the file's text
 * @param file - the name to use in problems, e.g. `questions/trade-money.json`
 */
export function parsePack(text: string, file?: string): Result<ParsedPack> {
  const parsed = parseJsonWithLocations(text, file);
  if (!parsed.ok) return fail(parsed.problems);
  const json = parsed.json;
  const raw = json.value;

  if (typeof raw === 'object' && raw !== null && 'formatVersion' in raw) {
    const declared = (raw as { formatVersion: unknown }).formatVersion;
    if (typeof declared === 'number' && declared > PACK_FORMAT_VERSION) {
      return fail([
        problemAt(
          json,
          file,
          ['formatVersion'],
          `this pack uses format version ${declared}, made for a newer version of Borderlines (this one reads up to ${PACK_FORMAT_VERSION})`,
        ),
      ]);
    }
  }

  const envelope = v.safeParse(PackEnvelopeSchema, raw);
  if (!envelope.success) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return fail([
        problemAt(json, file, [], 'a pack must be a JSON object with "format", "title" and "questions"'),
      ]);
    }
    return fail(issuesToProblems(envelope.issues, json, file, []));
  }
  const head = envelope.output;

  const problems: Problem[] = [];
  const sourceIds = new Set<string>();
  head.sources.forEach((source, index) => {
    if (sourceIds.has(source.id))
      problems.push(
        problemAt(json, file, ['sources', index, 'id'], `source id "${source.id}" is used twice`),
      );
    sourceIds.add(source.id);
  });

  const notices: Problem[] = [];
  const questions: Question[] = [];
  const deferred: DeferredQuestion[] = [];
  const positions: number[] = [];
  const seenIds = new Map<string, number>();

  head.questions.forEach((item, index) => {
    const base: Path = ['questions', index];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push(problemAt(json, file, base, 'a question must be an object'));
      return;
    }
    const record = item as Record<string, unknown>;
    const type = record.type;
    if (typeof type !== 'string' || type.trim() === '') {
      problems.push(problemAt(json, file, [...base, 'type'], '"type" is missing'));
      return;
    }
    const questionId = typeof record.id === 'string' ? record.id : '';
    if (questionId) {
      const first = seenIds.get(questionId);
      if (first !== undefined) {
        problems.push(
          problemAt(
            json,
            file,
            [...base, 'id'],
            `question id "${questionId}" is already used by questions[${first}]`,
          ),
        );
        return;
      }
      seenIds.set(questionId, index);
    }
    if (!(QUESTION_TYPES as readonly string[]).includes(type)) {
      deferred.push({ id: questionId, type, raw: item });
      notices.push(
        problemAt(
          json,
          file,
          [...base, 'type'],
          `question type "${type}" is not one this version knows (${QUESTION_TYPES.join(', ')}); it is kept for later`,
        ),
      );
      return;
    }
    const schema = QUESTION_SCHEMAS[type as keyof typeof QUESTION_SCHEMAS];
    const checked = v.safeParse(schema, item);
    if (!checked.success) {
      problems.push(...issuesToProblems(checked.issues, json, file, base));
      return;
    }
    const question = checked.output as Question;
    const crossProblems = crossCheck(question, sourceIds);
    if (crossProblems.length > 0) {
      problems.push(...crossProblems.map((p) => problemAt(json, file, [...base, ...p.path], p.message)));
      return;
    }
    questions.push(question);
    positions.push(index);
  });

  return ok({
    pack: { ...head, format: 'borderlines-pack', questions, deferred },
    problems,
    notices,
    positions,
  });
}
