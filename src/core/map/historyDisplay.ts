/**
 * What the map shows of the history layers (`assets/history.json`): which layers, at which year, and which
 * feature is selected. The map screens decide it; the drawn map only shows it. Pure: no Phaser, no DOM.
 */

/** The history layers a player can show or hide. */
export type HistoryLayerId = 'borders' | 'cessions' | 'rivers' | 'pipelines' | 'places';

/** Every history layer, in the order the layer switches list them. */
export const HISTORY_LAYERS: readonly HistoryLayerId[] = [
  'borders',
  'cessions',
  'rivers',
  'pipelines',
  'places',
];

/** The kinds of thing on the history map that a player can choose and read a card about. */
export type FeatureKind = 'event' | 'area' | 'cession' | 'river' | 'pipeline' | 'point';

/**
 * One feature of the history asset, named by kind and id (ids are unique only within a kind: the Aigun
 * cession and the Aigun event share `aigun-1858`), e.g. `river:amur`.
 */
export type FeatureRef = `${FeatureKind}:${string}`;

/** The state of the history map: the screens set it, the drawn map shows it. */
export interface HistoryDisplay {
  /** The year the borders are drawn at (1689 to this year). */
  year: number;
  /** The layers shown; the others are hidden. */
  layers: ReadonlySet<HistoryLayerId>;
  /** The feature highlighted on the map (its card is open), or null. */
  selected: FeatureRef | null;
}

/** The feature ref of a kind and id. */
export function featureRef(kind: FeatureKind, id: string): FeatureRef {
  return `${kind}:${id}`;
}

/** Splits a feature ref into its kind and id. */
export function parseFeatureRef(ref: FeatureRef): { kind: FeatureKind; id: string } {
  const colon = ref.indexOf(':');
  return { kind: ref.slice(0, colon) as FeatureKind, id: ref.slice(colon + 1) };
}
