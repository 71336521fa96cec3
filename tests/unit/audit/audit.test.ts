import { describe, expect, it } from 'vitest';
import { type AuditInput, type AuditSection, auditReport } from '../../../src/core/audit/audit';
import { answerSlots, bankConfusables, confusablesSection } from '../../../src/core/audit/confusables';
import { estimatesSection } from '../../../src/core/audit/estimates';
import type { NumericQuestion, YearQuestion } from '../../../src/core/model/pack';
import { clozeQuestion, singleQuestion, typedQuestion } from '../../support/packs';

const numeric = (id: string, extra: Partial<NumericQuestion>): NumericQuestion => ({
  id,
  type: 'numeric',
  prompt: `How much for ${id}?`,
  source: 'summit',
  difficulty: 2,
  tags: [],
  answer: 92.5e9,
  unit: 'GBP',
  ...extra,
});

const year: YearQuestion = {
  id: 'peking-year',
  type: 'year',
  prompt: 'When was it signed?',
  source: 'summit',
  difficulty: 1,
  tags: [],
  answer: 1858,
};

const input: AuditInput = {
  entries: [
    typedQuestion('unequal', { answer: 'unequal treaties' }),
    clozeQuestion('treaty', 'Signed at {{Aigun|Aihun}}, which lies {{north}} of Harbin.', {
      reject: [{ gap: 1, answer: 'Argun', why: 'The Argun is a river.' }],
    }),
    singleQuestion('rivers', {
      choices: [{ text: 'The Argun', correct: true }, { text: 'The Amur' }],
    }),
    numeric('sterling', { tolerance: { relative: 0.05 } }),
    numeric('people', { answer: 3.5e6, unit: 'people', estimate: true, tolerance: { relative: 0.15 } }),
    { ...year, id: 'aigun-year', tolerance: 1 },
    year,
  ].map((question) => ({ question, packId: 'test' })),
  placeNames: ['Harbin', 'Outer Manchuria'],
};

describe('answerSlots', () => {
  it('gives one slot per typed answer and one per gap, with the other gaps and the gap’s rejects', () => {
    const [first, second] = answerSlots(input.entries[1]!.question);
    expect(first).toMatchObject({ gap: 1, accepted: ['Aigun', 'Aihun'], otherGaps: ['north'] });
    expect(first?.rejects).toHaveLength(1);
    expect(second).toMatchObject({ gap: 2, accepted: ['north'], rejects: [] });
    expect(answerSlots(input.entries[2]!.question)).toEqual([]);
  });
});

describe('confusables section', () => {
  it('finds a negation, another answer and an opposite, and whether a reject covers each', () => {
    const found = bankConfusables(input).map((finding) => [
      finding.slot.questionId,
      finding.confusable.shown,
      finding.confusable.kind,
      finding.covered,
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['unequal', 'equal treaties', 'negation', false],
        ['treaty', 'The Argun', 'known', true],
        ['treaty', 'south', 'opposite', false],
      ]),
    );
  });

  it('prints one line per finding and a count', () => {
    const lines = confusablesSection.lines(input);
    expect(lines).toContain(
      'treaty gap 1 “Aigun”: “The Argun” (another answer or place, 1 edit) reject: yes',
    );
    expect(lines).toContain('unequal “unequal treaties”: “equal treaties” (negation, 2 edits) reject: no');
    expect(lines.at(-1)).toMatch(/^\d+ confusables, 1 covered by a reject \(/);
  });
});

describe('estimates section', () => {
  it('lists estimate questions and years with a tolerance, and counts the exact ones', () => {
    expect(estimatesSection.lines(input)).toEqual([
      'people: 3.5 million people (within 15%) — How much for people?',
      'estimate questions: 1; recall questions, right or wrong within their tolerance: 1',
      'aigun-year: 1858 (within 1 year) — When was it signed?',
      'year questions with a tolerance: 1; exact year questions: 1',
    ]);
  });
});

describe('auditReport', () => {
  it('prints each section under its underlined title, "none" when it found nothing', () => {
    const empty: AuditSection = { title: 'Empty', lines: () => [] };
    const full: AuditSection = { title: 'Full', lines: () => ['one', 'two'] };
    expect(auditReport([empty, full], input)).toEqual([
      'Empty',
      '=====',
      'none',
      '',
      'Full',
      '====',
      'one',
      'two',
    ]);
  });
});
