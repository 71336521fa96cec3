import * as v from 'valibot';
import { questionBaseEntries, text } from '../packs/packSchema';
import { parseCloze } from '../quiz/cloze';
import { scoreCloze } from '../quiz/scoring';
import { graded, isStrings, responseField } from './grading';
import { type QuestionKind, noDisplayOrder } from './kind';
import { GapsResponseSchema } from './responses';

/** Schema of a cloze question: fill the gaps, written `{{answer}}` or `{{answer|other accepted answer}}`. */
export const ClozeSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('cloze'),
  /** The text with its gaps. */
  text: text('text'),
});

/** The blank shown in place of a cloze gap on a card's front. */
const BLANK = '_____';

/** Cloze: each gap graded like a typed answer; credit is the share of gaps right. */
export const clozeKind = {
  type: 'cloze',
  definitionName: 'ClozeQuestion',
  schema: ClozeSchema,
  responseSchema: GapsResponseSchema,
  crossCheck(question) {
    const cloze = parseCloze(question.text);
    return cloze.ok ? [] : [{ path: ['text'], message: `the cloze text ${cloze.error}` }];
  },
  displayOrder: noDisplayOrder,
  grade(question, response) {
    const gaps = responseField(response, 'gaps', isStrings) ?? [];
    const scored = scoreCloze(question, gaps);
    return graded(scored, gaps.join(' / '), { gaps: scored.gaps });
  },
  correctText(question) {
    const parsed = parseCloze(question.text);
    if (!parsed.ok) return question.text;
    return parsed.segments
      .map((segment) => (typeof segment === 'string' ? segment : segment.answers[0]))
      .join('');
  },
  timeLimitMs: 60_000,
  summary: (question) => `Text: ${question.text}`,
  cardFront(question) {
    const parsed = parseCloze(question.text);
    if (!parsed.ok) return question.prompt;
    const blanked = parsed.segments
      .map((segment) => (typeof segment === 'string' ? segment : BLANK))
      .join('');
    return `${question.prompt} ${blanked}`;
  },
} satisfies QuestionKind<typeof ClozeSchema, typeof GapsResponseSchema>;
