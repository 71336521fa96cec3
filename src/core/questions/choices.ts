import * as v from 'valibot';
import { text } from '../packs/packSchema';
import type { Finding } from './kind';
import { repeats } from './kind';

/** Schema of a list of options, each with its text, whether it is right and why it is wrong. */
export const choiceList = (min: number, what: string) =>
  v.pipe(
    v.array(
      v.object({
        /** Option text. */
        text: text('choice text'),
        /** True for the right answer. */
        correct: v.optional(v.boolean('correct must be true or false')),
        /** Why this option is wrong: the misconception it stands for, shown after a wrong answer. */
        why: v.optional(text('why')),
      }),
      'choices must be a list',
    ),
    v.minLength(min, `${what} needs at least ${min} choices`),
    v.maxLength(9, `${what} can have at most 9 choices (keys 1-9)`),
  );

/** One option of a choice question. */
type Choice = v.InferOutput<ReturnType<typeof choiceList>>[number];

/** Options whose texts repeat, pointing at each repeat. */
export function repeatedChoices(choices: readonly Choice[]): Finding[] {
  return repeats(
    choices.map((choice) => choice.text),
    (i) => ['choices', i, 'text'],
    'choice',
  );
}

/** "Answer: right, right · other choices: wrong, wrong", as the draft editor lists a choice question. */
export function choicesSummary(choices: readonly Choice[]): string {
  const right = choices.filter((choice) => choice.correct).map((choice) => choice.text);
  const wrong = choices.filter((choice) => !choice.correct).map((choice) => choice.text);
  return `Answer: ${right.join(', ')} · other choices: ${wrong.join(', ')}`;
}
