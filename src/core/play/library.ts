import type { QuestionBank } from '../packs/questionBank';
import { type KnownAnswers, knownAnswersOf } from '../quiz/knownAnswers';

/**
 * The installed questions as play needs them: the bank, and the ids of its playable questions in bank
 * order and by region, worked out once per bank (the study queue and the map's fading ask on every screen).
 * A library is a value: installing or removing a pack makes a new one.
 */
export interface Library {
  /** Every installed question, with its pack. */
  readonly bank: QuestionBank;
  /** Every playable question id, in pack order. */
  readonly questionIds: readonly string[];
  /** The playable question ids of one region, in pack order. */
  inRegion(regionId: string): readonly string[];
  /**
   * Every answer of the bank and every place name of the map, for telling a typo from another answer; made
   * when first asked for (the first graded answer), not while the menu is loading.
   */
  readonly knownAnswers: KnownAnswers;
}

/**
 * Indexes a bank's playable questions: all of them in bank order, and by region; and gathers the answers
 * they hold with the map's place names, which grading uses to tell a typo from a different answer.
 *
 * @param placeNames - the names the map shows (`placeNamesOf` in `quiz/knownAnswers.ts`)
 */
export function libraryOf(
  bank: QuestionBank,
  regionIds: readonly string[],
  placeNames: readonly string[] = [],
): Library {
  const questionIds = bank.packs.flatMap((pack) =>
    pack.questions.filter((question) => bank.get(question.id)?.pack === pack).map((q) => q.id),
  );
  const byRegion = new Map(regionIds.map((id) => [id, bank.inRegion(id).map((entry) => entry.question.id)]));
  let knownAnswers: KnownAnswers | undefined;
  return {
    bank,
    questionIds,
    inRegion: (regionId) => byRegion.get(regionId) ?? [],
    get knownAnswers() {
      knownAnswers ??= knownAnswersOf(
        questionIds.flatMap((questionId) => bank.get(questionId)?.question ?? []),
        placeNames,
      );
      return knownAnswers;
    },
  };
}
