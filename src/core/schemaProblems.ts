import type * as v from 'valibot';
import { formatPath } from './packs/parsePack';
import type { Problem } from './problems';

/** How many of a schema's issues are reported: the first few say what to fix without a wall of text. */
const MAX_REPORTED_ISSUES = 5;

/**
 * The problems a valibot schema found in an input read from `file`: the first few issues, each with its
 * field path (`events[3].changes[0].from`), "is missing" for an absent field, and its line and column when
 * `locate` can find the field in the text. One wording for every schema-checked input (map, history,
 * saved progress, backups).
 */
export function schemaProblems(
  issues: readonly v.BaseIssue<unknown>[],
  file: string,
  locate?: (path: readonly (string | number)[]) => { line: number; column: number } | undefined,
): Problem[] {
  return issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => {
    const path = (issue.path ?? []).map((item) =>
      typeof item.key === 'number' ? item.key : String(item.key),
    );
    return {
      file,
      ...locate?.(path),
      path: formatPath(path),
      message: issue.input === undefined ? 'is missing' : issue.message,
    };
  });
}
