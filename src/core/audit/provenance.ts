/**
 * The provenance audit: finds every built-in question whose source is not one of the articles or a named
 * general reference, so that the bank never presents the map outlines (or an unknown id) as the authority
 * for a date, a population or a piece of history.
 */
import type { Pack, Question, Source } from '../model/pack';
import { sourceIds } from '../packs/questionBank';
import type { AuditSection } from './audit';

/** A pack to audit, with the file it came from so each line can point at it. */
export interface AuditedPack {
  /** The file the pack was read from, e.g. `questions/border-geography.json`. */
  file: string;
  /** The parsed pack. */
  pack: Pack;
}

/** What the audit needs to know beyond the packs. */
export interface ProvenanceOptions {
  /**
   * Ids of the source articles (the articles index). A source of kind `article` with any other id is reported:
   * it is not one of the articles, whatever its pack calls it. Leave out to trust every `article` source.
   */
  articleIds?: ReadonlySet<string>;
}

/** Why one cited id cannot back a question, or undefined when it can. */
function complaint(
  question: Question,
  id: string,
  source: Source | undefined,
  options: ProvenanceOptions,
): string | undefined {
  if (!source) return `cites "${id}", which its pack does not list`;
  if (source.kind === 'map')
    return question.type === 'mapclick'
      ? undefined
      : `cites the map data "${id}" for a fact the map's geometry does not hold (only a map-click answer can rest on it)`;
  if (source.kind === 'article' && options.articleIds && !options.articleIds.has(id))
    return `cites "${id}" as an article, but it is not one of the source articles (${[...options.articleIds].join(', ')})`;
  return undefined;
}

/**
 * Audits where the questions' facts come from and returns one printable line per problem, as
 * `file: question-id cites …`, in pack and question order; an empty list means every question rests on an
 * article or a named reference (or, for a map-click answer, on the map).
 */
export function auditProvenance(packs: readonly AuditedPack[], options: ProvenanceOptions = {}): string[] {
  return packs.flatMap(({ file, pack }) => {
    const byId = new Map(pack.sources.map((source) => [source.id, source]));
    return pack.questions.flatMap((question) =>
      sourceIds(question).flatMap((id) => {
        const why = complaint(question, id, byId.get(id), options);
        return why ? [`${file}: ${question.id} ${why}`] : [];
      }),
    );
  });
}

/**
 * Audit section (d): every question whose source is not one of the articles or a named reference (or, for
 * a map-click answer, the map), counted first.
 */
export const provenanceSection: AuditSection = {
  title: '(d) Sources that are not an article or a named reference',
  lines(input) {
    const lines = auditProvenance(
      input.packs ?? [],
      input.articleIds ? { articleIds: input.articleIds } : {},
    );
    const checked = input.articleIds
      ? `article ids checked against the articles index (${[...input.articleIds].join(', ')})`
      : 'article ids NOT checked: the articles index (../shared/articles/README.md) is missing';
    return [
      `${lines.length} question source(s) that are not an article or a named reference; ${checked}`,
      ...lines,
    ];
  },
};
