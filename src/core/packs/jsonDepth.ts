/**
 * A cheap, iterative check of how deeply JSON text nests its objects and lists, made before any parser
 * sees it: the parsers, the syntax tree, the validators and the browser's storage all recurse once per
 * level, so a file nested a hundred thousand levels deep would overflow the call stack instead of getting
 * a message.
 */

/** Deepest nesting of objects and lists a pack or backup may have; real ones use fewer than ten levels. */
export const MAX_JSON_DEPTH = 64;

/** Where JSON text first goes deeper than allowed. */
export interface TooDeep {
  /** 1-based line of the bracket that goes one level too deep. */
  line: number;
  /** 1-based column of that bracket. */
  column: number;
  /** The limit that was passed. */
  limit: number;
}

/**
 * Scans JSON text for `{` and `[` outside strings and returns where the nesting first goes deeper than
 * `limit`, or undefined when it never does. Linear time, constant stack; it checks nothing else (broken
 * JSON is left to the parser, which then sees only shallow text).
 */
export function findExcessJsonDepth(text: string, limit = MAX_JSON_DEPTH): TooDeep | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      line += 1;
      lineStart = i + 1;
    } else if (inString) {
      if (code === 92)
        i += 1; // a backslash escapes the next character
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 || code === 91) {
      depth += 1;
      if (depth > limit) return { line, column: i - lineStart + 1, limit };
    } else if ((code === 125 || code === 93) && depth > 0) depth -= 1;
  }
  return undefined;
}

/**
 * The message for JSON nested too deeply, in one wording for every reader; the problem carrying it also
 * gets the line and column, so the message does not repeat them.
 */
export function tooDeepMessage(tooDeep: TooDeep): string {
  return `the JSON is nested more than ${tooDeep.limit} levels deep here (a pack or backup needs only a few levels; the file is damaged or was not made for Borderlines)`;
}
