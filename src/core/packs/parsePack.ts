import * as v from 'valibot';
import type { DeferredQuestion, Pack, Question } from '../model/pack';
import type { Finding } from '../questions/kind';
import { QUESTION_TYPES, isQuestionType, kindOf } from '../questions/registry';
import { type Problem, type Result, fail, ok } from '../problems';
import { type LocatedJson, parseJsonWithLocations } from './jsonText';
import { PACK_FORMAT_VERSION, PackEnvelopeSchema, SourceSchema } from './packSchema';

/** A pack that parsed, plus what was wrong with individual questions (those questions are left out). */
export interface ParsedPack {
  /** The pack with every valid question. */
  pack: Pack;
  /**
   * Problems with single questions, each such question skipped and the rest kept, and with single source
   * fields (a repeated source id; a `url` that is not an http(s) link, which is dropped so it is never shown).
   */
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

/**
 * Takes every source `url` that is not an http(s) web address out of the pack, with a located problem for
 * each, so that a `javascript:` or `data:` address is never offered as a link, while the pack, and packs
 * installed before such links were refused, still load.
 */
function dropBadLinks(
  raw: unknown,
  json: LocatedJson,
  file: string | undefined,
): { value: unknown; problems: Problem[] } {
  if (typeof raw !== 'object' || raw === null || !('sources' in raw)) return { value: raw, problems: [] };
  const sources = (raw as { sources: unknown }).sources;
  if (!Array.isArray(sources)) return { value: raw, problems: [] };
  const problems: Problem[] = [];
  const kept = sources.map((source: unknown, index) => {
    if (typeof source !== 'object' || source === null || !('url' in source)) return source;
    const checked = v.safeParse(SourceSchema.entries.url, (source as { url: unknown }).url);
    if (checked.success) return source;
    const id = (source as { id?: unknown }).id;
    const which = typeof id === 'string' ? `source "${id}"` : `sources[${index}]`;
    problems.push(
      problemAt(
        json,
        file,
        ['sources', index, 'url'],
        `${checked.issues[0].message}; the link of ${which} is left out`,
      ),
    );
    const { url: _dropped, ...rest } = source as Record<string, unknown>;
    return rest;
  });
  return { value: { ...raw, sources: kept }, problems };
}

/**
 * Checks what a schema cannot: that every cited source (and an update's source) is listed, and a list names
 * none twice, then the question type's own cross-checks.
 */
function crossCheck(question: Question, sourceIds: ReadonlySet<string>): Finding[] {
  const cited = typeof question.source === 'string' ? [question.source] : question.source;
  const list = typeof question.source !== 'string';
  const sourceFindings = cited.flatMap((sourceId, index): Finding[] => {
    const path = list ? ['source', index] : ['source'];
    if (!sourceIds.has(sourceId))
      return [{ path, message: `source "${sourceId}" is not listed in the pack's sources` }];
    if (cited.indexOf(sourceId) !== index) return [{ path, message: `source "${sourceId}" is cited twice` }];
    return [];
  });
  const updateFindings: Finding[] =
    question.update === undefined || sourceIds.has(question.update.source)
      ? []
      : [
          {
            path: ['update', 'source'],
            message: `update source "${question.update.source}" is not listed in the pack's sources`,
          },
        ];
  return [...sourceFindings, ...updateFindings, ...kindOf(question.type).crossCheck(question)];
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

  const links = dropBadLinks(raw, json, file);
  const envelope = v.safeParse(PackEnvelopeSchema, links.value);
  if (!envelope.success) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return fail([
        problemAt(json, file, [], 'a pack must be a JSON object with "format", "title" and "questions"'),
      ]);
    }
    return fail([...links.problems, ...issuesToProblems(envelope.issues, json, file, [])]);
  }
  const head = envelope.output;

  const problems: Problem[] = [...links.problems];
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
    if (!isQuestionType(type)) {
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
    const checked = v.safeParse(kindOf(type).schema, item);
    if (!checked.success) {
      problems.push(...issuesToProblems(checked.issues, json, file, base));
      return;
    }
    const question: Question = checked.output;
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
