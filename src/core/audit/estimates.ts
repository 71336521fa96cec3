import { formatQuantity } from '../quiz/quantity';
import type { AuditSection } from './audit';

/**
 * Audit section (b): every numeric question that asks for an estimate (partial credit on a log scale for
 * an answer further off), with its answer and tolerance, and how many numeric questions are recall
 * questions, right or wrong within their tolerance; then every year question that accepts years either
 * side (a tolerance is closeness credit too), and how many year questions are exact.
 */
export const estimatesSection: AuditSection = {
  title: '(b) Estimate questions (closeness credit)',
  lines(input) {
    const numeric = input.entries.flatMap((entry) =>
      entry.question.type === 'numeric' ? [entry.question] : [],
    );
    const estimates = numeric.filter((question) => question.estimate === true);
    const years = input.entries.flatMap((entry) => (entry.question.type === 'year' ? [entry.question] : []));
    const roughYears = years.filter((question) => (question.tolerance ?? 0) > 0);
    if (numeric.length === 0 && years.length === 0) return [];
    return [
      ...estimates.map((question) => {
        const tolerance = question.tolerance?.relative
          ? `within ${Math.round(question.tolerance.relative * 100)}%`
          : question.tolerance?.absolute
            ? `within ${formatQuantity(question.tolerance.absolute, question.unit)}`
            : 'exact';
        return `${question.id}: ${formatQuantity(question.answer, question.unit)} (${tolerance}) — ${question.prompt}`;
      }),
      `estimate questions: ${estimates.length}; recall questions, right or wrong within their tolerance: ${numeric.length - estimates.length}`,
      ...roughYears.map(
        (question) =>
          `${question.id}: ${question.answer} (within ${question.tolerance} ${question.tolerance === 1 ? 'year' : 'years'}) — ${question.prompt}`,
      ),
      `year questions with a tolerance: ${roughYears.length}; exact year questions: ${years.length - roughYears.length}`,
    ];
  },
};
