import type { Problem } from '../problems';

/** How an assignment link asks the pack to be played. */
export type AssignmentMode = 'quiz' | 'flashcards';

/** What the page's query string asks for. */
export interface LaunchParams {
  /** A pack to open from a link (`?pack=<url>`). */
  packUrl?: string;
  /** An assignment: every student gets the same questions in the same order. */
  assignment?: { mode: AssignmentMode; count: number; seed: number };
}

/** Most questions an assignment may ask for. */
export const MAX_ASSIGNMENT_COUNT = 200;

/**
 * The first malformed `%` escape in `text` (a `%` not followed by two hex digits, or escapes that do not
 * spell UTF-8), as the escape and its 1-based character position; undefined when every escape decodes.
 */
export function malformedEscape(text: string): { escape: string; at: number } | undefined {
  for (const match of text.matchAll(/%(?![0-9a-f]{2})|(?:%[0-9a-f]{2})+/gi)) {
    try {
      if (match[0] === '%') throw new URIError('a lone %');
      decodeURIComponent(match[0]);
    } catch (error) {
      if (!(error instanceof URIError)) throw error;
      return {
        escape: text.slice(match.index, match.index + Math.max(3, Math.min(match[0].length, 12))),
        at: match.index + 1,
      };
    }
  }
  return undefined;
}

/**
 * The first value of parameter `name` in a query string as it is written, escapes undecoded, or undefined
 * when the query lacks it: what a problem quotes when the value does not decode.
 */
export function rawParam(search: string, name: string): string | undefined {
  for (const part of search.replace(/^\?/, '').split('&')) {
    const split = part.indexOf('=');
    const key = split < 0 ? part : part.slice(0, split);
    if (new URLSearchParams(`${key}=`).keys().next().value === name)
      return split < 0 ? '' : part.slice(split + 1);
  }
  return undefined;
}

/**
 * Reads `?pack=<url>&mode=quiz|flashcards&count=<n>&seed=<n>`. Unknown parameters are ignored; a bad
 * value is a problem naming the parameter, and the rest still applies. `mode`, `count` or `seed` without
 * a pack mean nothing and are reported.
 */
export function parseLaunchParams(search: string): { params: LaunchParams; problems: Problem[] } {
  const query = new URLSearchParams(search);
  const problems: Problem[] = [];
  const where = (name: string, message: string): Problem => ({
    file: 'the page address',
    path: name,
    message,
  });
  const params: LaunchParams = {};
  const pack = query.get('pack')?.trim();
  if (pack !== undefined) {
    // An escape the page address itself cannot decode is quoted as typed: decoded, it is only "�".
    const raw = rawParam(search, 'pack')?.trim() ?? pack;
    const rawBad = malformedEscape(raw);
    const [quoted, bad] = rawBad ? [raw, rawBad] : [pack, malformedEscape(pack)];
    if (pack === '') problems.push(where('pack', 'is empty; it should be the address of a question pack'));
    else if (bad)
      problems.push(
        where(
          'pack',
          `"${quoted}" has a malformed % escape ("${bad.escape}" at character ${bad.at}): a % must be followed by two hex digits that spell UTF-8 text; check how the link was copied`,
        ),
      );
    else params.packUrl = pack;
  }
  const wantsAssignment = ['mode', 'count', 'seed'].some((name) => query.has(name));
  if (!wantsAssignment) return { params, problems };
  if (!params.packUrl) {
    problems.push(where('mode', 'an assignment (mode, count, seed) needs a pack: add pack=<address>'));
    return { params, problems };
  }
  const modeText = query.get('mode') ?? 'quiz';
  const mode: AssignmentMode | undefined =
    modeText === 'quiz' || modeText === 'flashcards' ? modeText : undefined;
  if (!mode) problems.push(where('mode', `"${modeText}" is not a mode; use quiz or flashcards`));
  const countText = query.get('count') ?? '10';
  const count = Number(countText);
  const countOk = Number.isInteger(count) && count >= 1 && count <= MAX_ASSIGNMENT_COUNT;
  if (!countOk)
    problems.push(where('count', `"${countText}" is not a whole number from 1 to ${MAX_ASSIGNMENT_COUNT}`));
  const seedText = query.get('seed') ?? '1';
  const seed = Number(seedText);
  const seedOk = Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff;
  if (!seedOk) problems.push(where('seed', `"${seedText}" is not a whole number from 0 to 4294967295`));
  if (mode && countOk && seedOk) params.assignment = { mode, count, seed };
  return { params, problems };
}
