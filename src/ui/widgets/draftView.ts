import type { Evidence } from '../../core/drafting/drafts';
import type { Question } from '../../core/model/pack';
import { formatQuantity } from '../../core/quiz/quantity';
import { el } from './dom';

/**
 * A draft's source sentence with the words it asks about wrapped in `<mark>`, built from text nodes only
 * (the article is never parsed as HTML).
 */
export function evidenceQuote(evidence: Evidence): HTMLElement {
  const from = Math.max(0, evidence.highlight.start - evidence.start);
  const to = Math.min(evidence.sentence.length, evidence.highlight.end - evidence.start);
  return el('blockquote', { className: 'draft-source' }, [
    evidence.sentence.slice(0, from),
    el('mark', { text: evidence.sentence.slice(from, to) }),
    evidence.sentence.slice(to),
  ]);
}

/** The answer part of a question in words, as the editor lists it under the prompt. */
export function answerSummary(question: Question): string {
  switch (question.type) {
    case 'numeric': {
      const tolerance = question.tolerance;
      const within = tolerance?.absolute
        ? ` (within ${formatQuantity(tolerance.absolute, question.unit)})`
        : tolerance?.relative
          ? ` (within ${Math.round(tolerance.relative * 100)}%)`
          : ' (exact)';
      return `Answer: ${formatQuantity(question.answer, question.unit)}${within}`;
    }
    case 'year':
      return `Answer: ${question.answer}`;
    case 'single':
    case 'multiple': {
      const right = question.choices.filter((choice) => choice.correct).map((choice) => choice.text);
      const wrong = question.choices.filter((choice) => !choice.correct).map((choice) => choice.text);
      return `Answer: ${right.join(', ')} · other choices: ${wrong.join(', ')}`;
    }
    case 'cloze':
      return `Text: ${question.text}`;
    case 'ordering':
      return `Order: ${question.items.map((item) => (item.note ? `${item.text} (${item.note})` : item.text)).join(' → ')}`;
    case 'typed':
      return `Answer: ${question.answer}`;
    case 'truefalse':
      return `Answer: ${question.answer ? 'true' : 'false'}`;
    case 'matching':
      return `Pairs: ${question.pairs.map((pair) => `${pair.left} – ${pair.right}`).join(', ')}`;
    case 'mapclick':
      return 'Answer: a place on the map';
  }
}
