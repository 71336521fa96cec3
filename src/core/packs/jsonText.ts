import { type Node, type ParseError, findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Problem } from '../problems';
import { findExcessJsonDepth, tooDeepMessage } from './jsonDepth';

/** A JSON value together with what is needed to point at places in its source text. */
export interface LocatedJson {
  /** The parsed value. */
  value: unknown;
  /** Returns the 1-based line and column where the value at `path` starts (or its nearest parent). */
  locate(path: readonly (string | number)[]): { line: number; column: number } | undefined;
}

/** Maps character offsets to 1-based line and column numbers (binary search over line starts). */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
}

const SYNTAX_HINTS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'badly written number',
  PropertyNameExpected: 'expected a field name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':' after the field name",
  CommaExpected: "expected ',' between items",
  CloseBraceExpected: "expected '}' to close the object",
  CloseBracketExpected: "expected ']' to close the list",
  EndOfFileExpected: 'unexpected text after the end of the JSON',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'text in quotes is not closed',
  UnexpectedEndOfNumber: 'number is cut off',
  InvalidUnicode: 'bad \\u escape',
  InvalidEscapeCharacter: 'bad escape after a backslash',
  InvalidCharacter: 'control character inside quotes',
};

/**
 * The located-JSON view of text known to be valid JSON: the syntax tree is built only if asked for,
 * unless the caller already has it.
 */
function lazilyLocated(source: string, value: unknown, parsedTree?: Node): LocatedJson {
  let tree: Node | undefined = parsedTree;
  let toLineColumn: ((offset: number) => { line: number; column: number }) | undefined;
  return {
    value,
    locate(path) {
      tree ??= parseTree(source, [], { disallowComments: true, allowTrailingComma: false });
      toLineColumn ??= lineLocator(source);
      if (!tree) return undefined;
      for (let depth = path.length; depth >= 0; depth--) {
        const node = findNodeAtLocation(tree, path.slice(0, depth) as (string | number)[]);
        if (node) {
          const anchor = node.parent?.type === 'property' ? node.parent : node;
          return toLineColumn(anchor.offset);
        }
      }
      return undefined;
    },
  };
}

/**
 * Parses strict JSON so that later validation problems can be reported with line and column. Syntax
 * errors, and nesting deeper than `MAX_JSON_DEPTH` levels, come back as problems with their
 * position, never as exceptions.
 *
 * Valid text, the usual case, is read by the engine's own `JSON.parse` (several times faster than a
 * syntax tree, which matters for the packs read before the menu shows); the tree that locates problems
 * is built only when a problem needs locating. Invalid text goes through jsonc-parser for its positions.
 */
export function parseJsonWithLocations(
  text: string,
  file?: string,
): { ok: true; json: LocatedJson } | { ok: false; problems: Problem[] } {
  // A byte-order mark is invisible in editors, so it must not count as a column.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') {
    return {
      ok: false,
      problems: [{ ...(file ? { file } : {}), line: 1, column: 1, path: '', message: 'the file is empty' }],
    };
  }
  // Checked first: every step below (and the validators and storage after it) recurses once per level.
  const tooDeep = findExcessJsonDepth(source);
  if (tooDeep) {
    return {
      ok: false,
      problems: [
        {
          ...(file ? { file } : {}),
          line: tooDeep.line,
          column: tooDeep.column,
          path: '',
          message: tooDeepMessage(tooDeep),
        },
      ],
    };
  }
  try {
    return { ok: true, json: lazilyLocated(source, JSON.parse(source)) };
  } catch {
    // Not valid JSON: the parser below says where.
  }
  const toLineColumn = lineLocator(source);
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || !tree) {
    const problems = errors.slice(0, 5).map((error): Problem => {
      const code = printParseErrorCode(error.error);
      return {
        ...(file ? { file } : {}),
        ...toLineColumn(error.offset),
        path: '',
        message: `not valid JSON: ${SYNTAX_HINTS[code] ?? code}`,
      };
    });
    if (problems.length === 0)
      problems.push({ ...(file ? { file } : {}), path: '', message: 'the file is empty' });
    return { ok: false, problems };
  }
  return { ok: true, json: lazilyLocated(source, nodeToValue(tree), tree) };
}

/** Converts a jsonc-parser node to a plain value (like JSON.parse, without a second parse). */
function nodeToValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        // defineProperty, not assignment: a "__proto__" key in a pack must stay plain data.
        if (key && value) {
          Object.defineProperty(result, String(key.value), {
            value: nodeToValue(value),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
      }
      return result;
    }
    case 'array':
      return (node.children ?? []).map(nodeToValue);
    default:
      return node.value;
  }
}
