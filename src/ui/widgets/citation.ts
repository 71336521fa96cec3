import { type BankEntry, citationsOf } from '../../core/packs/questionBank';
import { el } from './dom';

/**
 * The feedback's citation line: each source a question cites, introduced as "Source:" (an article),
 * "Reference:" (a named general reference) or "Map data:", and shown as a link that opens the original in a
 * new tab when the pack gives one, so that a student can check the fact. Null when the question cites nothing
 * its pack lists.
 */
export function citationElement(entry: BankEntry): HTMLParagraphElement | null {
  const citations = citationsOf(entry);
  if (citations.length === 0) return null;
  const parts = citations.flatMap((citation, index) => [
    index > 0 ? '; ' : '',
    `${citation.label}: `,
    citation.url
      ? el('a', {
          text: citation.text,
          attrs: { href: citation.url, target: '_blank', rel: 'noopener noreferrer' },
        })
      : citation.text,
  ]);
  return el('p', { className: 'source' }, parts);
}
