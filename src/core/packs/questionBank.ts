import type { Pack, Question, Source } from '../model/pack';
import type { Problem } from '../problems';

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

/** Finds the source a question cites in its pack. */
export function sourceOf(entry: BankEntry): Source | undefined {
  return entry.pack.sources.find((source) => source.id === entry.question.source);
}

/**
 * Formats a citation as `“Title”, Outlet, Author, Date`. Where the source does not name its outlet or
 * author, the citation says so instead of guessing.
 */
export function formatCitation(source: Source): string {
  const named = (value: string, label: string) =>
    value.trim().toLowerCase() === 'not named in the text' ? `${label} not named` : value;
  return [
    `“${source.title}”`,
    named(source.outlet, 'outlet'),
    named(source.author, 'author'),
    source.date,
  ].join(', ');
}
