import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The five built-in articles, read from `../shared/articles` beside the repository (as in CI). */
export const ARTICLE_DIR = join(process.cwd(), '..', 'shared', 'articles');

/** Each article's file name and text. */
export const ARTICLES = readdirSync(ARTICLE_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(ARTICLE_DIR, file), 'utf8') }));
