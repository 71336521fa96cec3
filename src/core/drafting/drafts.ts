import type { Question } from '../model/pack';

/** Where a draft's fact is in the article: its sentence and the words the question is about. */
export interface Evidence {
  /** The sentence as written. */
  sentence: string;
  /** Offset of the sentence in the article text. */
  start: number;
  /** Offset just past the sentence. */
  end: number;
  /** The words the question asks about (the blanked answer), as offsets in the article text. */
  highlight: { start: number; end: number };
}

/** What a draft asks about, for the editor's label and for default tags. */
export type DraftTopic =
  'amount' | 'year' | 'decade' | 'person' | 'place' | 'organisation' | 'agreement' | 'name' | 'timeline';

/** A draft question: a valid pack question (without a region) and the sentences it came from. */
export interface Draft {
  /** The question; valid under the pack schema once it is put in a pack citing {@link DRAFT_SOURCE_ID}. */
  question: Question;
  /** What it asks about. */
  topic: DraftTopic;
  /** Its source sentences: one for most drafts, one per item for an ordering question. */
  evidence: Evidence[];
}

/** What drafting an article gives: the drafts and anything the teacher should know about the run. */
export interface DraftRun {
  /** Drafts in article order (ordering questions last). */
  drafts: Draft[];
  /** Plain-language notes: empty input, text cut short, drafts capped. */
  notices: string[];
  /** How many sentences were read. */
  sentences: number;
}

/** The source id drafted questions cite; the pack built from them has one source, the article. */
export const DRAFT_SOURCE_ID = 'article';

/** Longest text drafted from, in characters (a long feature article is about 20,000). */
export const MAX_ARTICLE_CHARS = 60_000;

/** Most drafts one run returns: more than a teacher will review at once. */
export const MAX_DRAFTS = 150;

/** The blank shown in a gapped sentence. */
export const GAP = '___';
