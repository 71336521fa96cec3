import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { parseMapAsset } from '../../../src/core/map/parseMapAsset';
import type { Pack, Question } from '../../../src/core/model/pack';
import { parsePack } from '../../../src/core/packs/parsePack';
import { buildQuestionBank } from '../../../src/core/packs/questionBank';
import { formatProblem } from '../../../src/core/problems';
import { itWithShared, sharedPath } from '../../support/shared';
import { auditProvenance } from '../../../src/core/audit/provenance';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const questionsDir = path.resolve(projectRoot, 'questions');

/** The built-in pack files, as `questions/<name>.json`, without JSON Schema files. */
const packFiles = fs.existsSync(questionsDir)
  ? fs
      .readdirSync(questionsDir)
      .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
      .sort()
      .map((name) => `questions/${name}`)
  : [];

/** Parses every pack file; files that fail are listed in `failures`. */
function loadPacks() {
  const packs: { pack: Pack; file: string }[] = [];
  const failures: string[] = [];
  for (const file of packFiles) {
    const result = parsePack(fs.readFileSync(path.resolve(projectRoot, file), 'utf8'), file);
    if (!result.ok) failures.push(...result.problems.map(formatProblem));
    else packs.push({ pack: result.value.pack, file });
  }
  return { packs, failures };
}

/** Region ids of the real map. */
function mapRegionIds(): Set<string> {
  const raw: unknown = JSON.parse(fs.readFileSync(path.resolve(projectRoot, 'assets/map.json'), 'utf8'));
  const map = parseMapAsset(raw);
  if (!map.ok)
    throw new Error(`assets/map.json does not parse: ${map.problems.map(formatProblem).join('; ')}`);
  return new Set(map.value.regions.map((region) => region.id));
}

/** Short ids of the source articles, from the table in the shared articles README. */
function articleIds(): Set<string> {
  const readme = fs.readFileSync(sharedPath('articles', 'README.md'), 'utf8');
  const ids = [...readme.matchAll(/^\|\s*([a-z0-9-]+)\s*\|\s*\d{3}_[0-9a-f]+\.txt\s*\|/gm)].map(
    (match) => match[1]!,
  );
  return new Set(ids);
}

const ABBREVIATIONS = new Set([
  'approx',
  'c',
  'ca',
  'cf',
  'co',
  'corp',
  'dr',
  'e.g',
  'etc',
  'gen',
  'i.e',
  'inc',
  'jr',
  'km',
  'ltd',
  'mr',
  'mrs',
  'ms',
  'no',
  'prof',
  'sen',
  'sr',
  'st',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/**
 * Counts sentences loosely: a full stop, question or exclamation mark (maybe followed by a closing quote or
 * bracket) ends a sentence when the text ends there or the next word starts like a sentence. Dotted
 * abbreviations (U.S., e.g.), initials and common short forms (approx., Dr.) do not end one; decimals
 * (1.5) never match because no space follows the point.
 */
function countSentences(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  let count = 0;
  for (const match of trimmed.matchAll(/[.!?]+["'”’)\]]*(?=\s|$)/g)) {
    const end = match.index + match[0].length;
    const after = trimmed.slice(end).trimStart();
    if (after !== '') {
      const word = (/(\S+)$/.exec(trimmed.slice(0, match.index))?.[1] ?? '').replace(/^["'“‘([]+/, '');
      if (match[0].startsWith('.')) {
        if (/^(?:[A-Za-z]\.)+[A-Za-z]?$/.test(word)) continue; // U.S. / e.g.
        if (/^[A-Z]$/.test(word)) continue; // an initial: "Pavel K. Baev"
        if (ABBREVIATIONS.has(word.toLowerCase())) continue;
      }
      if (!/^["'“‘([]?[A-Z0-9]/.test(after)) continue; // the next word does not start a sentence
    }
    count += 1;
  }
  if (!/[.!?]["'”’)\]]*$/.test(trimmed)) count += 1; // a last sentence without end punctuation
  return count;
}

describe('countSentences (the helper used below)', () => {
  it.each([
    ['One sentence.', 1],
    ['No full stop at the end', 1],
    ['First. Second! Third?', 3],
    ['The U.S. buys less. China buys more.', 2],
    ['Pavel K. Baev wrote it in 2019. It is an opinion.', 2],
    ['Trade reached $147bn in 2021, about 18.5% of the total. The target was $250bn.', 2],
    ['He said “No limits.” Then the war began.', 2],
    ['One. Two. Three. Four.', 4],
    ['', 0],
  ])('%j has %d', (text, expected) => {
    expect(countSentences(text)).toBe(expected);
  });
});

describe('built-in question packs in questions/', () => {
  it('has pack files', () => {
    expect(packFiles.length).toBeGreaterThan(0);
  });

  it('parses every file with no problems and nothing deferred', () => {
    const report: string[] = [];
    for (const file of packFiles) {
      const result = parsePack(fs.readFileSync(path.resolve(projectRoot, file), 'utf8'), file);
      if (!result.ok) {
        report.push(...result.problems.map(formatProblem));
        continue;
      }
      report.push(...result.value.problems.map(formatProblem));
      report.push(
        ...result.value.pack.deferred.map((q) => `${file}: question ${q.id} of type ${q.type} is deferred`),
      );
    }
    expect(report).toEqual([]);
  });

  it('builds one question bank over all packs with the map regions, with no problems', () => {
    const { packs, failures } = loadPacks();
    expect(failures).toEqual([]);
    const { problems } = buildQuestionBank(packs, mapRegionIds());
    expect(problems.map(formatProblem)).toEqual([]);
  });

  const bank = () => {
    const { packs } = loadPacks();
    const built = buildQuestionBank(packs, mapRegionIds());
    const questions: Question[] = packs
      .flatMap(({ pack }) => pack.questions)
      .filter((q) => built.bank.get(q.id)?.question === q);
    return { ...built, questions };
  };

  it('has at least 25 questions', () => {
    expect(bank().bank.size).toBeGreaterThanOrEqual(25);
  });

  it('covers at least 5 distinct regions', () => {
    const regions = new Set(bank().questions.flatMap((q) => (q.region ? [q.region] : [])));
    expect(regions.size).toBeGreaterThanOrEqual(5);
  });

  it.each(['european-russia', 'north-china'])(
    'has at least 5 questions for the starting region %s',
    (region) => {
      expect(bank().bank.inRegion(region).length).toBeGreaterThanOrEqual(5);
    },
  );

  itWithShared('rests every question on one of the five articles or a named reference', () => {
    const articles = articleIds();
    expect(articles.size).toBe(5);
    const { packs } = loadPacks();
    expect(packs.length).toBeGreaterThan(0);
    expect(auditProvenance(packs, { articleIds: articles })).toEqual([]);
  });

  it('explains every question in one to three sentences', () => {
    const { packs } = loadPacks();
    expect(packs.length).toBeGreaterThan(0);
    const wrong = packs.flatMap(({ pack, file }) =>
      pack.questions
        .map((q) => ({ q, sentences: countSentences(q.explanation ?? '') }))
        .filter(({ sentences }) => sentences < 1 || sentences > 3)
        .map(({ q, sentences }) => `${file}: ${q.id} has ${sentences} sentences: ${q.explanation}`),
    );
    expect(wrong).toEqual([]);
  });

  it('gives every single-choice question 3 or 4 choices', () => {
    const { packs } = loadPacks();
    expect(packs.length).toBeGreaterThan(0);
    const wrong = packs.flatMap(({ pack, file }) =>
      pack.questions
        .filter((q) => q.type === 'single' && (q.choices.length < 3 || q.choices.length > 4))
        .map((q) => `${file}: ${q.id} has ${q.type === 'single' ? q.choices.length : 0} choices`),
    );
    expect(wrong).toEqual([]);
  });
});
