import type { Pack, Question } from '../model/pack';
import { parsePack } from '../packs/parsePack';
import { PACK_FORMAT, PACK_FORMAT_VERSION } from '../packs/packSchema';
import type { Problem } from '../problems';
import { slugify } from '../slug';
import { DRAFT_SOURCE_ID } from './drafts';

/** What the teacher says about the article: it becomes the pack's one source. */
export interface ArticleDetails {
  /** Headline. */
  title: string;
  /** Publication; "not named in the text" when left empty. */
  outlet?: string;
  /** Author; "not named in the text" when left empty. */
  author?: string;
  /** Publication date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  /** Link to the original, if any. */
  url?: string;
}

/** What the teacher decides for the pack as a whole. */
export interface PackChoices {
  /** Pack id; default made from the title. */
  id?: string;
  /** Map region every question belongs to; none leaves the questions regionless (a stage of their own). */
  region?: string;
  /** Tags added to every question (lowercase words), besides the drafts' own. */
  tags?: string[];
  /** Who made the pack; default "unknown". */
  packAuthor?: string;
}

/** Words the pack format shows when the article does not name its outlet or author. */
const NOT_NAMED = 'not named in the text';

/** A pack id made from a title: lowercase words joined by '-', prefixed so it never looks built in. */
export function packIdFromTitle(title: string): string {
  return `article-${slugify(title, { max: 40, fallback: 'draft' })}`;
}

/** Splits a comma- or space-separated tag list into lowercase tags. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\s]+/)
        .map((tag) => tag.trim().toLowerCase())
        .filter((tag) => tag !== ''),
    ),
  ];
}

/**
 * Builds a normal question pack from the drafts a teacher kept: one source (the article), the chosen
 * region and tags on every question, ids in the pack's namespace. The result is checked with the same
 * validator as any pack file, so a bad date or an edit that broke a question is reported with its field
 * ("questions[2].prompt: prompt must not be empty") instead of being saved.
 */
export function packFromDrafts(
  questions: readonly Question[],
  article: ArticleDetails,
  choices: PackChoices = {},
): { ok: true; pack: Pack } | { ok: false; problems: Problem[] } {
  if (questions.length === 0) {
    return {
      ok: false,
      problems: [{ path: 'questions', message: 'keep at least one draft to make a pack' }],
    };
  }
  const id = choices.id?.trim() || packIdFromTitle(article.title);
  const extraTags = choices.tags ?? [];
  const region = choices.region?.trim();
  const json = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id,
    version: 1,
    title: article.title.trim(),
    description: `Questions drafted from “${article.title.trim()}”.`,
    author: choices.packAuthor?.trim() || 'unknown',
    license: 'all rights reserved',
    language: 'en',
    sources: [
      {
        id: DRAFT_SOURCE_ID,
        kind: 'article',
        title: article.title.trim(),
        outlet: article.outlet?.trim() || NOT_NAMED,
        author: article.author?.trim() || NOT_NAMED,
        date: article.date.trim(),
        ...(article.url?.trim() ? { url: article.url.trim() } : {}),
      },
    ],
    questions: questions.map((question) => ({
      ...question,
      id: question.id.startsWith(`${id}.`) ? question.id : `${id}.${question.id}`,
      ...(region ? { region } : {}),
      tags: [...new Set([...question.tags, ...extraTags])],
    })),
  };
  const parsed = parsePack(JSON.stringify(json), 'draft pack');
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  if (parsed.value.problems.length > 0) return { ok: false, problems: parsed.value.problems };
  return { ok: true, pack: parsed.value.pack };
}
