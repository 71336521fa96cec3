import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftQuestions } from '../../../src/core/drafting/draftQuestions';
import type { Question } from '../../../src/core/model/pack';
import { itWithShared } from '../../support/shared';
import { readArticles } from './articles';

/** One hand-labelled draft: would a reader keep it as it stands, and why. */
interface Label {
  article: string;
  id: string;
  answer: string;
  keep: boolean;
  reason: string;
}

const SAMPLE = JSON.parse(readFileSync('tests/unit/drafting/labelled-sample.json', 'utf8')) as {
  drafts: Label[];
};

/** Lowest share of drafts a reader keeps as they stand that the drafter must reach (measured: 96 of 111, 86.5%). */
const PRECISION_FLOOR = 0.85;

/** What identifies a draft's answer, so a label cannot silently drift onto a different draft. */
function answerKey(question: Question): string {
  switch (question.type) {
    case 'numeric':
      return `${question.answer}${question.unit ? ` ${question.unit}` : ''}`;
    case 'year':
      return String(question.answer);
    case 'single':
      return question.choices.find((choice) => choice.correct)?.text ?? '';
    case 'cloze':
      return (question.text.match(/\{\{[^}]*\}\}/g) ?? []).join(' ');
    case 'ordering':
      return question.items.map((item) => item.note).join(' < ');
    default:
      return '';
  }
}

describe('precision on the labelled sample of the five articles', () => {
  itWithShared('labels exactly the drafts the drafter makes now (relabel after changing it)', () => {
    const drafted = new Map(
      readArticles().map(({ file, text }) => [
        file,
        new Map(draftQuestions(text).drafts.map((d) => [d.question.id, d])),
      ]),
    );
    const labelled = new Set(SAMPLE.drafts.map((label) => `${label.article}/${label.id}`));
    const made = [...drafted].flatMap(([file, drafts]) => [...drafts.keys()].map((id) => `${file}/${id}`));
    expect(made.sort()).toEqual([...labelled].sort());
    for (const label of SAMPLE.drafts) {
      const draft = drafted.get(label.article)?.get(label.id);
      expect(draft && answerKey(draft.question), `${label.article} ${label.id}`).toBe(label.answer);
      expect(label.reason.length).toBeGreaterThan(10);
    }
  });

  it(`keeps at least ${PRECISION_FLOOR * 100}% of drafts as they stand`, () => {
    const kept = SAMPLE.drafts.filter((label) => label.keep).length;
    const precision = kept / SAMPLE.drafts.length;
    console.info(
      `drafting precision: ${kept} of ${SAMPLE.drafts.length} drafts kept (${(precision * 100).toFixed(1)}%)`,
    );
    expect(precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });
});
