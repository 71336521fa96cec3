import type { Evidence } from '../../core/drafting/drafts';
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
