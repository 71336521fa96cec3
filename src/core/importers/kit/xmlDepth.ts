/**
 * A cheap, iterative check of how deeply XML text nests its elements, made before the XML validator and
 * parser see it (the parser refuses deep nesting with a message that says neither where nor why, and
 * what it builds is walked recursively).
 */

/** Deepest nesting of elements a Moodle quiz or a spreadsheet part may have; real ones use about ten. */
export const MAX_XML_DEPTH = 64;

/** Index just past the first `end` at or after `from` (the end of the text when there is none). */
function after(text: string, from: number, end: string): number {
  const at = text.indexOf(end, from);
  return at === -1 ? text.length : at + end.length;
}

/** Index just past the `>` that closes the tag starting at `from`, skipping quoted attribute values. */
function tagEnd(text: string, from: number): number {
  let quote = 0;
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) quote = code;
    else if (code === 62) return i + 1;
  }
  return text.length;
}

/** Index just past a `<!DOCTYPE …>`, whose internal subset in `[…]` may hold `>` of its own. */
function doctypeEnd(text: string, from: number): number {
  const close = text.indexOf('>', from);
  const open = text.indexOf('[', from);
  if (open !== -1 && (close === -1 || open < close)) return after(text, after(text, open, ']'), '>');
  return close === -1 ? text.length : close + 1;
}

/**
 * Where XML text first nests elements deeper than `limit` (1-based line of the opening tag), or undefined
 * when it never does. Comments, CDATA, processing instructions and a DOCTYPE are skipped; self-closing
 * tags do not nest. Linear time, constant stack; well-formedness is left to the validator.
 */
export function findExcessXmlDepth(
  text: string,
  limit = MAX_XML_DEPTH,
): { line: number; limit: number } | undefined {
  let depth = 0;
  let i = text.indexOf('<');
  let counted = 0;
  let line = 1;
  const lineAt = (index: number): number => {
    for (; counted < index; counted++) if (text.charCodeAt(counted) === 10) line += 1;
    return line;
  };
  while (i !== -1 && i < text.length) {
    let next: number;
    if (text.startsWith('<!--', i)) next = after(text, i + 4, '-->');
    else if (text.startsWith('<![CDATA[', i)) next = after(text, i + 9, ']]>');
    else if (text.startsWith('<?', i)) next = after(text, i + 2, '?>');
    else if (text.startsWith('<!', i)) next = doctypeEnd(text, i + 2);
    else if (text.startsWith('</', i)) {
      next = tagEnd(text, i + 2);
      if (depth > 0) depth -= 1;
    } else {
      next = tagEnd(text, i + 1);
      if (text.charCodeAt(next - 2) !== 47) {
        depth += 1;
        if (depth > limit) return { line: lineAt(i), limit };
      }
    }
    i = text.indexOf('<', next);
  }
  return undefined;
}

/**
 * The message for XML nested too deeply. A file's own problem carries the line, so the message names it
 * only for a part inside an archive (`xl/worksheets/sheet1.xml is nested … at line 3`).
 */
export function xmlTooDeepMessage(tooDeep: { line: number; limit: number }, part?: string): string {
  const where = part
    ? `${part} is nested more than ${tooDeep.limit} levels deep at line ${tooDeep.line}`
    : `the XML is nested more than ${tooDeep.limit} levels deep here`;
  return `${where} (a quiz needs about ten levels; the file is damaged or is not a quiz)`;
}
