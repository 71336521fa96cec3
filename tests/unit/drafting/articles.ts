import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../../support/shared';

/** The five built-in articles, read from `../shared/articles` beside the repository (as in CI). */
const ARTICLE_DIR = sharedPath('articles');

/**
 * Each article's file name and text. Call it only from tests registered with `describeWithShared` or
 * `itWithShared`: a clone without `../shared` has no articles.
 */
export function readArticles(): { file: string; text: string }[] {
  return readdirSync(ARTICLE_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(ARTICLE_DIR, file), 'utf8') }));
}
