import { describe, expect, it } from 'vitest';
import { parsePack } from '../../../src/core/packs/parsePack';
import { parseCloze } from '../../../src/core/quiz/cloze';
import { makePack } from '../../support/packs';

const BASE = {
  region: 'outer-manchuria',
  prompt: 'A question?',
  explanation: 'Because.',
  source: 'summit',
  difficulty: 2,
  tags: ['test'],
};

/** Parses a pack holding `questions` and returns its questions and problems. */
function parse(questions: object[]) {
  const { questions: _none, deferred: _deferred, ...head } = makePack([]);
  const parsed = parsePack(JSON.stringify({ ...head, questions }, null, 2), 'questions/types.json');
  if (!parsed.ok) throw new Error(`pack failed: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

/** The problems one question produces, as "path: message" lines. */
function problemsOf(question: object): string[] {
  return parse([{ ...BASE, id: 'q', ...question }]).problems.map(
    (problem) => `${problem.path.replace(/^questions\[0\]\./, '')}: ${problem.message}`,
  );
}

const VALID: Record<string, object> = {
  multiple: {
    type: 'multiple',
    choices: [{ text: 'Aigun', correct: true }, { text: 'Peking', correct: true }, { text: 'Nerchinsk' }],
  },
  typed: { type: 'typed', answer: 'Vladivostok', accept: ['Haishenwai', 'Hai-shen-wai'] },
  typedWithReject: {
    type: 'typed',
    answer: 'unequal treaties',
    reject: [{ answer: 'equal treaties', why: 'They were called unequal.' }, { answer: 'fair treaties' }],
  },
  numeric: {
    type: 'numeric',
    answer: 117_500_000_000,
    unit: 'USD',
    tolerance: { relative: 0.05 },
    estimate: true,
  },
  year: { type: 'year', answer: 1860, tolerance: 1 },
  ordering: {
    type: 'ordering',
    items: [
      { text: 'Treaty of Aigun', note: '1858' },
      { text: 'Convention of Peking', note: '1860' },
      { text: 'Power of Siberia opens' },
    ],
  },
  matching: {
    type: 'matching',
    pairs: [
      { left: 'Treaty of Aigun', right: '1858' },
      { left: 'Convention of Peking', right: '1860' },
    ],
    distractors: ['1689'],
  },
  cloze: { type: 'cloze', text: 'The {{Convention of Peking|Treaty of Peking}} was signed in {{1860}}.' },
  clozeWithReject: {
    type: 'cloze',
    text: 'The Treaty of {{Aigun|Aihun}} was signed in {{1858}}.',
    reject: [{ gap: 1, answer: 'Argun', why: 'The Argun is a river.' }],
  },
  mapclick: { type: 'mapclick', target: { region: 'outer-manchuria' } },
  mapclickPoint: { type: 'mapclick', target: { point: [131.89, 43.12], radiusKm: 150 } },
};

describe('every question type of the pack format validates', () => {
  it.each(Object.entries(VALID))('accepts a valid %s question', (_name, question) => {
    const parsed = parse([{ ...BASE, id: 'q', ...question }]);
    expect(parsed.problems).toEqual([]);
    expect(parsed.pack.questions).toHaveLength(1);
    expect(parsed.pack.deferred).toEqual([]);
  });

  it('keeps every valid question of these types for play', () => {
    const parsed = parse(
      Object.entries(VALID).map(([name, question]) => ({ ...BASE, id: name.toLowerCase(), ...question })),
    );
    expect(parsed.pack.questions).toHaveLength(Object.keys(VALID).length);
  });
});

describe('each question type reports what is wrong with it, by field', () => {
  it.each([
    [
      { type: 'multiple', choices: [{ text: 'A' }, { text: 'B' }] },
      'choices: a multiple-response question needs at least one correct choice',
    ],
    [
      { type: 'multiple', choices: [{ text: 'A', correct: true }, { text: 'a ' }] },
      'choices[1].text: choice "a" repeats choice 1',
    ],
    [
      { type: 'typed', answer: 'Beijing', accept: ['beijing'] },
      'accept[0]: answer "beijing" repeats answer 1',
    ],
    [{ type: 'typed', answer: '' }, 'answer: answer must not be empty'],
    [
      { type: 'numeric', answer: 62, unit: 'fahrenheit' },
      'unit: unit must be one of USD, GBP, km, miles, km2, bcm, percent, celsius, people, count',
    ],
    [
      { type: 'numeric', answer: 5, tolerance: { relative: 5 } },
      'tolerance.relative: tolerance.relative is a share: at most 1',
    ],
    [
      { type: 'numeric', answer: -62, estimate: true },
      'estimate: an estimate needs a positive answer (it is scored on a log scale)',
    ],
    [{ type: 'numeric', answer: '1,800' }, 'answer: answer must be a number'],
    [{ type: 'year', answer: 1860.5 }, 'answer: answer must be a whole year'],
    [
      { type: 'ordering', items: [{ text: 'A' }, { text: 'B' }] },
      'items: an ordering question needs at least 3 items',
    ],
    [
      { type: 'ordering', items: [{ text: 'A' }, { text: 'B' }, { text: 'A' }] },
      'items[2].text: item "A" repeats item 1',
    ],
    [
      {
        type: 'matching',
        pairs: [
          { left: 'Aigun', right: '1858' },
          { left: 'Peking', right: '1860' },
        ],
        distractors: ['1858'],
      },
      'distractors[0]: right item "1858" repeats right item 1',
    ],
    [
      { type: 'cloze', text: 'No gaps here.' },
      'text: the cloze text needs at least one gap written as {{answer}}',
    ],
    [{ type: 'cloze', text: 'Broken {{gap.' }, 'text: the cloze text has "{{" without a closing "}}"'],
    [
      { type: 'typed', answer: 'Aigun', accept: ['Aihun'], reject: [{ answer: 'aihun' }] },
      'reject[0].answer: rejected answer "aihun" is also accepted ("Aihun")',
    ],
    [
      { type: 'typed', answer: 'Aigun', reject: [{ why: 'No answer given.' }] },
      'reject[0].answer: "answer" is missing',
    ],
    [
      { type: 'typed', answer: 'Aigun', reject: ['Argun'] },
      'reject[0]: each reject must be an object with "answer" and optionally "why"',
    ],
    [
      { type: 'cloze', text: 'The {{Aigun}} treaty.', reject: [{ gap: 2, answer: 'Argun' }] },
      'reject[0].gap: gap 2 does not exist: the text has 1',
    ],
    [
      { type: 'cloze', text: 'The {{Aigun|Aihun}} treaty.', reject: [{ gap: 1, answer: 'AIHUN' }] },
      'reject[0].answer: rejected answer "AIHUN" is also accepted ("Aihun")',
    ],
    [
      { type: 'cloze', text: 'The {{Aigun}} treaty.', reject: [{ gap: 0, answer: 'Argun' }] },
      'reject[0].gap: gap counts from 1',
    ],
    [
      { type: 'mapclick', target: { city: 'Harbin' } },
      'target: target must be {"region": "<id>"}, {"point": [longitude, latitude]} or {"line": [[longitude, latitude], …]}',
    ],
  ])('%j → %s', (question, expected) => {
    expect(problemsOf(question)).toContain(expected);
  });
});

describe('parseCloze', () => {
  it('splits text and gaps, with alternatives', () => {
    const parsed = parseCloze('The {{Amur|Heilong Jiang}} forms the border near {{Blagoveshchensk}}.');
    expect(parsed).toEqual({
      ok: true,
      segments: [
        'The ',
        { answers: ['Amur', 'Heilong Jiang'] },
        ' forms the border near ',
        { answers: ['Blagoveshchensk'] },
        '.',
      ],
    });
  });

  it('accepts a gap at the very start and end', () => {
    expect(parseCloze('{{1858}}')).toEqual({ ok: true, segments: [{ answers: ['1858'] }] });
  });

  it.each([
    ['text without gaps', 'needs at least one gap'],
    ['stray }} here', 'without a matching'],
    ['an {{empty|}} alternative', 'empty answer'],
    ['a {{gap {{inside}} a gap}}', 'gap inside a gap'],
  ])('rejects %j', (text, message) => {
    const parsed = parseCloze(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });
});
