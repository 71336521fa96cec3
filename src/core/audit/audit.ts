import type { MapAsset } from '../map/mapTypes';
import type { Pack, Question } from '../model/pack';

/** One question of the bank under audit, with the pack that holds it. */
export interface AuditEntry {
  /** The question. */
  question: Question;
  /** Id of its pack. */
  packId: string;
}

/** What an audit section reads: the bank's questions, the map's place names and, when loaded, the map. */
export interface AuditInput {
  /** Every question of the bank, in pack order. */
  entries: readonly AuditEntry[];
  /** The names the map shows (`placeNamesOf`). */
  placeNames: readonly string[];
  /** The map itself, for sections about places and coasts. */
  map?: MapAsset;
  /** The packs as read, each with the file it came from, for sections that read a pack's sources. */
  packs?: readonly { file: string; pack: Pack }[];
  /** Ids of the source articles, when the articles index is at hand; without it every `article` is trusted. */
  articleIds?: ReadonlySet<string>;
}

/** One section of the bank audit: a title and a pure function from the bank to printable lines. */
export interface AuditSection {
  /** The heading printed above the lines. */
  title: string;
  /** The section's findings, one line each; an empty list prints as "none". */
  lines(input: AuditInput): string[];
}

/**
 * Runs every section over the bank and lays the results out as text: each section's title, underlined,
 * then its lines (or "none"), with a blank line between sections.
 */
export function auditReport(sections: readonly AuditSection[], input: AuditInput): string[] {
  return sections.flatMap((section, index) => {
    const lines = section.lines(input);
    return [
      ...(index > 0 ? [''] : []),
      section.title,
      '='.repeat(section.title.length),
      ...(lines.length > 0 ? lines : ['none']),
    ];
  });
}
