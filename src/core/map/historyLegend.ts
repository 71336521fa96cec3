/**
 * The key to the history map at a year: which holders' colours are on the map then, with their names, and
 * whether an annexation not recognised internationally is drawn (striped). The history screen lists it
 * beside the map, in the same colours the map uses. Pure: no Phaser, no DOM.
 */
import { type HistoryAsset, holdingsAt } from './history';
import { holderHexColour } from './holderColours';
import type { HexColour } from './mapTypes';

/** One holder in the key: its colour and name. */
export interface LegendHolder {
  /** Holder id. */
  id: string;
  /** Display name. */
  name: string;
  /** Its fill on the map. */
  colour: HexColour;
}

/** The key at a year. */
export interface HistoryLegend {
  /** The holders that hold at least one area at the year, in the order of the asset's holders. */
  holders: LegendHolder[];
  /** The areas held without international recognition at the year (drawn striped), by name. */
  unrecognised: string[];
}

/** The key to the borders layer at a year. */
export function historyLegend(history: HistoryAsset, year: number): HistoryLegend {
  const holdings = holdingsAt(history, year);
  const held = new Set([...holdings.values()].map((holding) => holding.holder));
  return {
    holders: history.holders
      .filter((holder) => held.has(holder.id))
      .map((holder) => ({ id: holder.id, name: holder.name, colour: holderHexColour(holder.id) })),
    unrecognised: history.areas
      .filter((area) => holdings.get(area.id)?.recognised === false)
      .map((area) => area.name),
  };
}
