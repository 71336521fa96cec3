import type { Pack } from '../model/pack';
import { PACK_FORMAT, PACK_FORMAT_VERSION } from '../packs/packSchema';
import { IMPORT_SOURCE_ID, type ImportedQuestions } from './importTypes';
import { idPrefixFrom } from './kit/text';

/** What the teacher tells us about an imported pack (anything left out gets a sensible default). */
export interface PackDetails {
  /** The file the questions came from, for the default id, title and source. */
  file: string;
  /** Pack id; default made from the file name. */
  id?: string;
  /** Title; default the file's own title, else the file name. */
  title?: string;
  /** Author; default "unknown". */
  author?: string;
  /** Licence; default "all rights reserved" (the teacher's own material). */
  license?: string;
  /** Language tag; default `en`. */
  language?: string;
  /** Pack revision; default 1. */
  version?: number;
  /** Date of the source material (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); default the import date. */
  date: string;
}

/**
 * Wraps imported questions in a complete pack in the game's format, with one source entry (the imported
 * file) that every question cites. Question ids are put in the pack's namespace (`<pack id>.<id>`), so a
 * teacher's `::aigun::` never collides with another pack's question. The result is plain JSON that
 * `parsePack` accepts.
 */
export function assemblePack(imported: ImportedQuestions, details: PackDetails): Pack {
  const name = details.file.replace(/^.*[\\/]/, '');
  const author = details.author?.trim() || 'unknown';
  const id = details.id ?? idPrefixFrom(details.file);
  const namespaced = (questionId: string) =>
    questionId.startsWith(`${id}.`) || questionId.startsWith(`${id}-`) ? questionId : `${id}.${questionId}`;
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id,
    version: details.version ?? 1,
    title: details.title?.trim() || imported.title?.trim() || name,
    author,
    license: details.license?.trim() || 'all rights reserved',
    language: details.language ?? 'en',
    sources: [
      {
        id: IMPORT_SOURCE_ID,
        kind: 'article',
        title: name,
        outlet: 'imported file',
        author,
        date: details.date,
      },
    ],
    questions: imported.questions.map((question) => ({ ...question, id: namespaced(question.id) })),
    deferred: [],
  };
}
