/**
 * Grading on the built-in bank as the game loads it: the bank's known answers and the map's place names
 * reach the grader, so that no other real answer of the course is ever taken for a typo.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerSlots } from '../../../src/core/audit/confusables';
import type { Question } from '../../../src/core/model/pack';
import { parsePack } from '../../../src/core/packs/parsePack';
import { gradeResponse } from '../../../src/core/quiz/grade';
import { knownAnswersOf, placeNamesOf } from '../../../src/core/quiz/knownAnswers';
import { editDistance, normalizeAnswer } from '../../../src/core/quiz/textMatch';
import { oppositesOf, removedNegationsOf } from '../../../src/core/quiz/confusables';

const root = path.resolve(import.meta.dirname, '../../..');
const questionsDir = path.join(root, 'questions');

const questions: Question[] = fs
  .readdirSync(questionsDir)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
  .flatMap((name) => {
    const parsed = parsePack(fs.readFileSync(path.join(questionsDir, name), 'utf8'), name);
    return parsed.ok ? parsed.value.pack.questions : [];
  });
const map = JSON.parse(fs.readFileSync(path.join(root, 'assets', 'map.json'), 'utf8')) as Parameters<
  typeof placeNamesOf
>[0];
const knownAnswers = knownAnswersOf(questions, placeNamesOf(map));
const context = { knownAnswers };

/** The built-in question with this id. */
function question(id: string): Question {
  const found = questions.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no built-in question "${id}"`);
  return found;
}

/** The same question without its author's rejects, to show the rule holds without them. */
function withoutRejects(q: Question): Question {
  if (q.type !== 'typed' && q.type !== 'cloze') return q;
  const { reject: _reject, ...rest } = q;
  return rest;
}

describe('the confirmed typo-tolerance failures are graded on what was typed', () => {
  it('power-of-siberia-flows-cloze: gas and money the wrong way round score only the third gap', () => {
    const q = question('power-of-siberia-flows-cloze');
    for (const asked of [q, withoutRejects(q)]) {
      const grade = gradeResponse(asked, { gaps: ['northward', 'southward', 'Kremlin'] }, context);
      expect(grade.gaps).toEqual([false, false, true]);
      expect(grade.score).toBeCloseTo(1 / 3);
    }
    const grade = gradeResponse(q, { gaps: ['northward', 'southward', 'Kremlin'] }, context);
    expect(grade.why).toContain('Gap 1: The gas went south');
    expect(grade.why).toContain('Gap 2: The money went north');
    expect(gradeResponse(q, { gaps: ['southwrad', 'nortward', 'Kremlin'] }, context).score).toBe(1);
  });

  it('unequal-treaties-typed: "equal treaties" is wrong and says why', () => {
    const q = question('unequal-treaties-typed');
    const grade = gradeResponse(q, { text: 'equal treaties' }, context);
    expect(grade).toMatchObject({ score: 0, verdict: 'wrong' });
    expect(grade.why).toContain('says the opposite');
    expect(gradeResponse(withoutRejects(q), { text: 'Equal Treaties' }, context)).toMatchObject({
      score: 0,
      why: '“Equal Treaties” is the negation of “unequal treaties”, not a spelling slip.',
    });
    expect(gradeResponse(q, { text: 'unequal treatise' }, context).score).toBe(1);
  });

  it('aigun-beijing-treaties-cloze: "Argun", the border river, is not a spelling of Aigun', () => {
    const q = question('aigun-beijing-treaties-cloze');
    for (const asked of [q, withoutRejects(q)]) {
      const grade = gradeResponse(asked, { gaps: ['Second Opium War', 'Argun', 'Peking'] }, context);
      expect(grade.gaps).toEqual([true, false, true]);
    }
    expect(gradeResponse(q, { gaps: ['Opium War', 'Argun', 'Beijing'] }, context).why).toBe(
      'Gap 2: The Argun is a border river; the 1858 treaty was signed at Aigun, a town on the Amur.',
    );
    expect(gradeResponse(withoutRejects(q), { gaps: ['', 'Argun', ''] }, context).why).toBe(
      'Gap 2: “Argun” is a different name in this course, not a spelling slip of “Aigun”.',
    );
    expect(gradeResponse(q, { gaps: ['Opium War', 'Aigum', 'Beijnig'] }, context).score).toBe(1);
  });

  it('trade-target-2024-numeric: a recall of the figure is right or wrong, in dollars', () => {
    const q = question('trade-target-2024-numeric');
    expect(gradeResponse(q, { text: '$250 billion' }, context).score).toBe(1);
    expect(gradeResponse(q, { text: '250bn' }, context).score).toBe(1);
    expect(gradeResponse(q, { text: '147 billion' }, context).score).toBe(0);
    expect(gradeResponse(q, { text: '$117.5bn' }, context).score).toBe(0);
    expect(gradeResponse(q, { text: '£250bn' }, context).score).toBe(0);
  });
});

/** The texts a player could type for a slot that are other real answers: not accepted, not a synonym. */
function otherAnswersNear(accepted: readonly string[]): string[] {
  const forms = new Set(accepted.map(normalizeAnswer));
  const same = new Set([...forms].flatMap((form) => [...(knownAnswers.synonyms.get(form) ?? [form])]));
  const singular = (form: string) => (form.length > 4 && form.endsWith('s') ? form.slice(0, -1) : form);
  const sameSingular = new Set([...same].map(singular));
  const near = (form: string) =>
    [...forms].some(
      (accepted) => Math.abs(accepted.length - form.length) <= 3 && editDistance(form, accepted) <= 3,
    );
  const candidates = [
    ...knownAnswers.names.values(),
    ...accepted.flatMap((answer) => [...removedNegationsOf(answer), ...oppositesOf(answer)]),
  ];
  return candidates.filter((text) => {
    const form = normalizeAnswer(text);
    return form !== '' && !same.has(form) && !sameSingular.has(singular(form)) && near(form);
  });
}

describe('property: no other answer of the bank within 3 edits scores as right', () => {
  const slots = questions.flatMap((q) =>
    answerSlots(q).map((slot) => ({ q, slot, others: otherAnswersNear(slot.accepted) })),
  );

  it('has typed answers and gaps to check, and other answers near some of them', () => {
    expect(slots.length).toBeGreaterThan(50);
    expect(slots.filter(({ others }) => others.length > 0).length).toBeGreaterThan(20);
  });

  it('grades every such answer wrong, for every typed question and every gap', () => {
    const accepted: string[] = [];
    for (const { q, slot, others } of slots) {
      for (const text of others) {
        const grade =
          q.type === 'cloze'
            ? gradeResponse(
                q,
                {
                  gaps: Array.from({ length: slot.gap ?? 1 }, (_, i) =>
                    i === (slot.gap ?? 1) - 1 ? text : '',
                  ),
                },
                context,
              )
            : gradeResponse(q, { text }, context);
        const right = q.type === 'cloze' ? grade.gaps?.[(slot.gap ?? 1) - 1] === true : grade.score > 0;
        if (right) accepted.push(`${q.id}${slot.gap ? ` gap ${slot.gap}` : ''}: “${text}”`);
      }
    }
    expect(accepted).toEqual([]);
  });
});
