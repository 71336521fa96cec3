import * as v from 'valibot';
import { questionBaseEntries, text } from '../packs/packSchema';
import { parseCloze } from '../quiz/cloze';
import { scoreCloze } from '../quiz/scoring';
import { diffText } from '../quiz/textMatch';
import { graded, isStrings, responseField } from './grading';
import { type QuestionKind, noDisplayOrder } from './kind';
import { ClozeRejectsSchema, rejectsAccepted } from './rejects';
import { GapsResponseSchema } from './responses';

/** Schema of a cloze question: fill the gaps, written `{{answer}}` or `{{answer|other accepted answer}}`. */
export const ClozeSchema = v.object({
  ...questionBaseEntries,
  type: v.literal('cloze'),
  /** The text with its gaps. */
  text: text('text'),
  /** Answers close to a gap's answer that mean something else, each with its gap and why it is not accepted. */
  reject: ClozeRejectsSchema,
});

/** The blank shown in place of a cloze gap on a card's front. */
const BLANK = '_____';

/** Cloze: each gap graded like a typed answer (a swapped pair of gaps is wrong twice); credit is the share of gaps right. */
export const clozeKind = {
  type: 'cloze',
  definitionName: 'ClozeQuestion',
  schema: ClozeSchema,
  responseSchema: GapsResponseSchema,
  crossCheck(question) {
    const cloze = parseCloze(question.text);
    if (!cloze.ok) return [{ path: ['text'], message: `the cloze text ${cloze.error}` }];
    const gaps = cloze.segments.filter((segment) => typeof segment !== 'string');
    const rejects = question.reject ?? [];
    return [
      ...rejects.flatMap((reject, index) =>
        reject.gap > gaps.length
          ? [
              {
                path: ['reject', index, 'gap'],
                message: `gap ${reject.gap} does not exist: the text has ${gaps.length}`,
              },
            ]
          : [],
      ),
      ...rejectsAccepted(
        rejects,
        (index) => gaps[(rejects[index]?.gap ?? 0) - 1]?.answers ?? [],
        (index) => ['reject', index, 'answer'],
      ),
    ];
  },
  displayOrder: noDisplayOrder,
  grade(question, response, context) {
    const gaps = responseField(response, 'gaps', isStrings) ?? [];
    const scored = scoreCloze(question, gaps, context.knownAnswers);
    const gapTypos = scored.typos.flatMap((answer, index) =>
      answer === undefined ? [] : [{ gap: index + 1, diff: diffText((gaps[index] ?? '').trim(), answer) }],
    );
    return graded(scored, gaps.join(' / '), {
      gaps: scored.gaps,
      ...(gapTypos.length > 0 ? { gapTypos } : {}),
    });
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
