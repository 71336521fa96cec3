import type { Problem } from '../problems';
import type { ArticleDetails } from './articlePack';

/** The fields an article file may give in its header. */
type HeaderField = 'title' | 'outlet' | 'author' | 'date' | 'url';

/** What an article file's header gives, and the article text after it. */
export interface ArticleFile {
  /** Fields given in the header (any may be missing). */
  details: Partial<ArticleDetails>;
  /** The article text after the header. */
  body: string;
  /** Problems in the header, each with its line. */
  problems: Problem[];
}

/** A date the pack format accepts. */
export const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Reads the optional header of an article text file: lines such as `Title: …`, `Outlet: …`,
 * `Author: …`, `Date: 2023-03-28` and `URL: …` at the very top, ended by a blank line or the first line
 * that is not a header field. A date the pack format cannot use is reported with its line.
 */
export function readArticleFile(text: string, file: string): ArticleFile {
  const lines = text.split(/\r?\n/);
  const details: Partial<ArticleDetails> = {};
  const problems: Problem[] = [];
  let index = 0;
  for (; index < lines.length; index++) {
    const match = /^\s*(title|outlet|author|date|url)\s*:\s*(.*)$/i.exec(lines[index] ?? '');
    if (!match) break;
    const field = (match[1] ?? '').toLowerCase() as HeaderField;
    const value = (match[2] ?? '').trim();
    if (field === 'date' && !DATE_PATTERN.test(value)) {
      problems.push({
        file,
        line: index + 1,
        path: 'date',
        message: `date must look like 2023, 2023-03 or 2023-03-28, not "${value}"`,
      });
      continue;
    }
    if (value !== '') details[field] = value;
  }
  if (index > 0 && (lines[index] ?? '').trim() === '') index++;
  return { details, body: lines.slice(index).join('\n'), problems };
}
