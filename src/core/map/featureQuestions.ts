/**
 * Which built-in questions are about a feature of the history map, for the "Questions about this" button
 * of its card. The data files (`tools/history/*.json`) list the question ids of each event, ceded land,
 * river, pipeline and point; an area is about the questions of the events that changed its holder. Pure:
 * no Phaser, no DOM.
 */
import { type HistoryAsset, eventYear } from './history';
import { type FeatureRef, parseFeatureRef } from './historyDisplay';

/** The question ids the history asset lists for a feature, in its order, without repeats. */
export function listedQuestionIds(history: HistoryAsset, ref: FeatureRef): string[] {
  const { kind, id } = parseFeatureRef(ref);
  const byId = <T extends { id: string; questions?: string[] }>(items: readonly T[]): string[] =>
    items.find((item) => item.id === id)?.questions ?? [];
  let ids: string[];
  switch (kind) {
    case 'event':
      ids = byId(history.events);
      break;
    case 'cession':
      ids = byId(history.cessions.cessions);
      break;
    case 'river':
      ids = byId(history.rivers);
      break;
    case 'pipeline':
      ids = byId(history.pipelines);
      break;
    case 'point':
      ids = byId(history.points);
      break;
    case 'area':
      ids = history.events
        .filter((event) => event.changes.some((change) => change.area === id))
        .sort((a, b) => eventYear(a) - eventYear(b))
        .flatMap((event) => event.questions ?? []);
      break;
  }
  return [...new Set(ids)];
}

/**
 * The questions a round about a feature asks: those the asset lists for it that the installed questions
 * still have (`has`), so that a question removed from the bank is skipped rather than breaking the round.
 * Empty when there are none: then the card offers no "Questions about this".
 */
export function questionsAbout(
  history: HistoryAsset,
  ref: FeatureRef,
  has: (questionId: string) => boolean,
): string[] {
  return listedQuestionIds(history, ref).filter(has);
}
