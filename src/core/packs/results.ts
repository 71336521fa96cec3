import Papa from 'papaparse';
import type { Question } from '../model/pack';
import type { GradeContext } from '../questions/grading';
import { gradeResponse } from '../quiz/grade';
import type { Round } from '../quiz/round';

/** One answered question in a results file. */
export interface ResultRow {
  /** Position in the round, from 1. */
  number: number;
  /** Question id. */
  questionId: string;
  /** The question as asked. */
  prompt: string;
  /** The learner's answer, in words ("" for a time-out). */
  answer: string;
  /** The right answer, in words. */
  correctAnswer: string;
  /** Credit from 0 to 1. */
  score: number;
  /** Seconds taken. */
  seconds: number;
  /** When it was answered, ISO 8601. */
  answeredAt: string;
}

/** Results a learner hands in: who, which pack, which assignment, and every answer. */
export interface ResultsFile {
  /** Always `borderlines-results`. */
  format: 'borderlines-results';
  /** Name the learner typed. */
  learner: string;
  /** Pack id and version the questions came from. */
  pack: { id: string; version: number; title: string };
  /** Assignment seed, when the round came from an assignment link. */
  seed?: number;
  /** Total credit and number of questions. */
  score: number;
  total: number;
  /** The answers, in the order asked. */
  answers: ResultRow[];
}

/**
 * Builds the results of a finished pack round for handing in, as JSON and as CSV (one row per question,
 * with the learner, pack and seed repeated so the CSV stands alone in a spreadsheet).
 */
export function buildResults(
  round: Round,
  learner: string,
  pack: { id: string; version: number; title: string },
  question: (questionId: string) => Question | undefined,
  context: GradeContext = {},
): { json: ResultsFile; csv: string } {
  const answers = round.answers.flatMap((given, index): ResultRow[] => {
    const asked = question(given.questionId);
    if (!asked) return [];
    const grade = gradeResponse(asked, given.response, context);
    return [
      {
        number: index + 1,
        questionId: given.questionId,
        prompt: asked.prompt,
        answer: given.response === null ? '' : grade.chosenText,
        correctAnswer: grade.correctText,
        score: Math.round((given.score ?? (given.correct ? 1 : 0)) * 1000) / 1000,
        seconds: Math.round(given.ms / 100) / 10,
        answeredAt: new Date(given.at).toISOString(),
      },
    ];
  });
  const score = Math.round(answers.reduce((sum, row) => sum + row.score, 0) * 1000) / 1000;
  const json: ResultsFile = {
    format: 'borderlines-results',
    learner: learner.trim(),
    pack,
    ...(round.seed !== undefined ? { seed: round.seed } : {}),
    score,
    total: round.questions.length,
    answers,
  };
  const csv = Papa.unparse(
    answers.map((row) => ({
      learner: json.learner,
      pack: pack.id,
      version: pack.version,
      seed: round.seed ?? '',
      ...row,
    })),
    { escapeFormulae: true },
  );
  return { json, csv };
}
