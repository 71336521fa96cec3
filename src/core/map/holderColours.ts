/**
 * The colours of the holders on the history map, by holder id (`assets/history.json` `holders`), as
 * `#rrggbb`: shared by the drawn map and any legend beside it, so the two always agree. Pure data.
 *
 * Paul Tol's "muted" scheme: its nine colours stay apart for every common colour-vision deficiency, and
 * they are darker and more saturated than the region game's pastel tints, so a history area never reads as
 * a region's status.
 */
import type { HexColour } from './mapTypes';

/** Each known holder's colour. */
export const HOLDER_COLOURS: Readonly<Record<string, HexColour>> = {
  russia: '#332288',
  china: '#117733',
  joint: '#44aa99',
  japan: '#cc6677',
  mongolia: '#999933',
  tuva: '#aa4499',
  uk: '#88ccee',
  portugal: '#882255',
  ukraine: '#ddcc77',
};

/** Colour of a holder the scheme does not name (one added to the data later): Tol's pale grey. */
export const OTHER_HOLDER_COLOUR: HexColour = '#dddddd';

/** The colour a holder's areas are filled with on the history map. */
export function holderHexColour(holderId: string): HexColour {
  return HOLDER_COLOURS[holderId] ?? OTHER_HOLDER_COLOUR;
}
