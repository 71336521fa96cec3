/** A gap in a cloze text: the accepted answers, the first being the one shown in feedback. */
export interface ClozeGap {
  /** Accepted answers, canonical first. */
  answers: string[];
}

/** A cloze text split into plain text and gaps, in reading order. */
export type ClozeSegment = string | ClozeGap;

/**
 * Splits a cloze text such as `The {{Treaty of Aigun|Aigun Treaty}} was signed in {{1858}}.` into text
 * and gaps. Returns an error message for texts without gaps, empty gaps, or unbalanced braces.
 */
export function parseCloze(
  text: string,
): { ok: true; segments: ClozeSegment[] } | { ok: false; error: string } {
  const segments: ClozeSegment[] = [];
  let rest = text;
  while (rest.length > 0) {
    const open = rest.indexOf('{{');
    const strayClose = rest.indexOf('}}');
    if (open === -1) {
      if (strayClose !== -1) return { ok: false, error: 'has "}}" without a matching "{{"' };
      segments.push(rest);
      break;
    }
    if (strayClose !== -1 && strayClose < open)
      return { ok: false, error: 'has "}}" without a matching "{{"' };
    if (open > 0) segments.push(rest.slice(0, open));
    const close = rest.indexOf('}}', open + 2);
    if (close === -1) return { ok: false, error: 'has "{{" without a closing "}}"' };
    const inner = rest.slice(open + 2, close);
    if (inner.includes('{{')) return { ok: false, error: 'has a gap inside a gap' };
    const answers = inner.split('|').map((answer) => answer.trim());
    if (answers.some((answer) => answer === ''))
      return { ok: false, error: `has an empty answer in the gap "{{${inner}}}"` };
    segments.push({ answers });
    rest = rest.slice(close + 2);
  }
  if (!segments.some((segment) => typeof segment !== 'string')) {
    return { ok: false, error: 'needs at least one gap written as {{answer}}' };
  }
  return { ok: true, segments };
}
