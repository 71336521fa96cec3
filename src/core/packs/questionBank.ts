import type { Pack, Question, Source } from '../model/pack';
import type { Problem } from '../problems';
import { WEB_LINK } from './packSchema';

/** A question with the pack it came from, so that its source can be cited. */
export interface BankEntry {
  /** The question. */
  question: Question;
  /** The pack that holds it. */
  pack: Pack;
}

/** All installed questions, indexed for play. */
export interface QuestionBank {
  /** Looks a question up by id. */
  get(questionId: string): BankEntry | undefined;
  /** Every question tied to `regionId`, in pack order. */
  inRegion(regionId: string): BankEntry[];
  /** Number of playable questions. */
  readonly size: number;
  /** The packs the bank was built from. */
  readonly packs: readonly Pack[];
}

/**
 * Builds the question bank from parsed packs. Questions whose id is already taken by an earlier pack, or
 * whose region is not on the map, are left out and reported; everything else is kept.
 *
 * @param packs - parsed packs, each with the file name to blame in problems and, from `parsePack`, the
 *   position of each question in the file (without it, positions in `pack.questions` are used)
 * @param regionIds - ids of the map's regions
 */
export function buildQuestionBank(
  packs: readonly { pack: Pack; file: string; positions?: readonly number[] }[],
  regionIds: ReadonlySet<string>,
): { bank: QuestionBank; problems: Problem[] } {
  const problems: Problem[] = [];
  const byId = new Map<string, BankEntry>();
  const byRegion = new Map<string, BankEntry[]>();
  const owner = new Map<string, string>();

  for (const { pack, file, positions } of packs) {
    pack.questions.forEach((question, index) => {
      const path = `questions[${positions?.[index] ?? index}]`;
      const takenBy = owner.get(question.id);
      if (takenBy !== undefined) {
        problems.push({
          file,
          path: `${path}.id`,
          message: `question id "${question.id}" is already used in ${takenBy}`,
        });
        return;
      }
      if (question.region !== undefined && !regionIds.has(question.region)) {
        problems.push({
          file,
          path: `${path}.region`,
          message: `region "${question.region}" is not on the map`,
        });
        return;
      }
      owner.set(question.id, file);
      const entry: BankEntry = { question, pack };
      byId.set(question.id, entry);
      if (question.region !== undefined) {
        const list = byRegion.get(question.region) ?? [];
        list.push(entry);
        byRegion.set(question.region, list);
      }
    });
  }

  const get = (questionId: string) => byId.get(questionId);
  const inRegion = (regionId: string) => byRegion.get(regionId) ?? [];
  const bank: QuestionBank = {
    get,
    inRegion,
    size: byId.size,
    packs: packs.map((entry) => entry.pack),
  };
  return { bank, problems };
}

/** The ids a question cites, as a list whether the pack wrote one id or several. */
export function sourceIds(question: Pick<Question, 'source'>): string[] {
  return typeof question.source === 'string' ? [question.source] : [...question.source];
}

/** The sources a question cites, in the order it cites them; ids its pack does not list are left out. */
export function sourcesOf(entry: BankEntry): Source[] {
  return sourceIds(entry.question).flatMap((id) => {
    const found = entry.pack.sources.find((source) => source.id === id);
    return found ? [found] : [];
  });
}

/**
 * Formats a citation as `“Title”, Outlet, Author, Date` (the date only when the source has one, the author
 * only when it is not the outlet itself, as for a census office). Where the source does not name its outlet
 * or author, the citation says so instead of guessing.
 */
export function formatCitation(source: Source): string {
  const named = (value: string, label: string) =>
    value.trim().toLowerCase() === 'not named in the text' ? `${label} not named` : value;
  const outlet = source.outlet.trim().toLowerCase();
  const sameBody = outlet !== 'not named in the text' && source.author.trim().toLowerCase() === outlet;
  return [
    `“${source.title}”`,
    named(source.outlet, 'outlet'),
    ...(sameBody ? [] : [named(source.author, 'author')]),
    ...(source.date ? [source.date] : []),
  ].join(', ');
}

/** How a citation is introduced, by kind: an article is a "Source", a general work a "Reference". */
const CITATION_LABEL: Record<Source['kind'], string> = {
  article: 'Source',
  reference: 'Reference',
  map: 'Map data',
};

/** One cited source as the feedback shows it: its label, its citation, and the link to follow if any. */
export interface CitationLine {
  /** "Source" for an article, "Reference" for a named general reference, "Map data" for the game's map. */
  label: string;
  /** The citation text, from `formatCitation`. */
  text: string;
  /** An http(s) link to the original, when the pack gives one. */
  url?: string;
}

/**
 * The citations a question's feedback shows, one per source it cites, so that a student can check each. A
 * link is offered only when it is http(s), even for packs saved before such links were checked on install.
 */
export function citationsOf(entry: BankEntry): CitationLine[] {
  return sourcesOf(entry).map((source) => ({
    label: CITATION_LABEL[source.kind],
    text: formatCitation(source),
    ...(source.url && WEB_LINK.test(source.url) ? { url: source.url } : {}),
  }));
}
