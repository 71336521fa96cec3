/**
 * Audit of map questions against the round they are played in: a map question must not be answerable by
 * choosing the round's own region, the one answer a player can give without knowing anything (the round is
 * named on screen). Each question is graded, with the game's own grading, as if the player had chosen its
 * round's region from the region list (a region and no point); any credit is a failure.
 *
 * A region target equal to the question's own region fails; a place or a line needs a point, so it passes.
 */
import type { MapClickQuestion, Question } from '../model/pack';
import { gradeResponse } from '../quiz/grade';
import type { AuditEntry, AuditSection } from './audit';

/** A map question that choosing its round's region answers, and the credit that choice earns. */
export interface RoundRegionAnswer {
  /** The question's id. */
  questionId: string;
  /** Id of its pack. */
  packId: string;
  /** The round's region, which answers it. */
  region: string;
  /** The credit choosing that region earns, above 0. */
  score: number;
}

const isMapClick = (question: Question): question is MapClickQuestion => question.type === 'mapclick';

/**
 * The map questions of `entries` that choosing their round's own region answers (for any credit), in bank
 * order. Questions without a region (played only in rounds across regions) have no own region to choose.
 */
export function roundRegionAnswers(entries: readonly AuditEntry[]): RoundRegionAnswer[] {
  return entries.flatMap(({ question, packId }) => {
    if (!isMapClick(question) || question.region === undefined) return [];
    const { score } = gradeResponse(question, { region: question.region });
    return score > 0 ? [{ questionId: question.id, packId, region: question.region, score }] : [];
  });
}

/**
 * Audit section (e): the map questions answered by choosing the round's own region. The first line counts
 * them; `npm run questions:audit` fails while any remain.
 */
export const roundRegionSection: AuditSection = {
  title: '(e) Map questions answered by choosing the round’s own region',
  lines({ entries }) {
    const mapQuestions = entries.filter(({ question }) => isMapClick(question)).length;
    const found = roundRegionAnswers(entries);
    return [
      `${mapQuestions} map questions, ${found.length} answered by choosing the round’s own region${found.length > 0 ? ' (FAIL)' : ''}`,
      ...found.map(
        (answer) =>
          `  ${answer.packId}: ${answer.questionId} is played in ${answer.region} and choosing ${answer.region} earns ${Math.round(answer.score * 100)} %`,
      ),
    ];
  },
};
