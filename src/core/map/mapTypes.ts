/**
 * Types of the generated map asset `assets/map.json` (built by `tools/build-map.ts`).
 *
 * All geometry is in projected map units: x grows to the right, y grows downwards, and the map
 * covers `[0, width] × [0, height]`. The game scales these units into its world.
 */

/** A ring as a flat `[x0, y0, x1, y1, …]` array of integer map units, without the closing point. */
export type FlatRing = number[];

/** One polygon part: the outer ring first, then its holes. */
export type PolygonPart = FlatRing[];

/** An axis-aligned box `[minX, minY, maxX, maxY]` in map units. */
export type BBox = [number, number, number, number];

/** A point `[x, y]` in map units. */
export type MapPoint = [number, number];

/** A colour as `#rrggbb`, as the map's spec writes it. */
export type HexColour = string;

/**
 * How the regions of one group are drawn. Groups are the map's own (e.g. one per country and one for
 * disputed areas), so a map names its groups and colours in its spec instead of in code.
 */
export interface RegionGroupStyle {
  /** Tint of an open region of this group. */
  open: HexColour;
  /** Tint of a cleared region of this group (darker than `open`, so the change shows in grey too). */
  cleared: HexColour;
  /** Whether the group is water, drawn beneath the land so islands inside it stay visible. */
  water?: boolean;
}

/** A circular hit area for a region that is too small to click reliably by its polygon. */
export interface MapMarker {
  /** Centre x in map units. */
  x: number;
  /** Centre y in map units. */
  y: number;
  /** Radius in map units. */
  r: number;
}

/** One clickable game region. */
export interface MapRegion {
  /** Stable id, e.g. `"european-russia"`. */
  id: string;
  /** Display name, e.g. `"European Russia"`. */
  name: string;
  /** Colour group: a key of the map's {@link MapAsset.groups}. */
  group: string;
  /** Optional background note (disputes, what the area contains). */
  note?: string;
  /** A good interior point for the name label. */
  label: MapPoint;
  /** Bounding box of all parts. */
  bbox: BBox;
  /** Polygon parts of the region. */
  polys: PolygonPart[];
  /** Ids of adjacent regions (shared border or a declared link across water), sorted, symmetric. */
  neighbours: string[];
  /** Hit circle for tiny regions, placed at the label point. */
  marker?: MapMarker;
}

/** The projection that turned longitude/latitude into map units (d3-geo `geoConicEqualArea`). */
export interface MapProjection {
  /** Projection kind. */
  type: 'conicEqualArea';
  /** Standard parallels in degrees. */
  parallels: [number, number];
  /** d3 rotation `[lambda, phi]` in degrees. */
  rotate: [number, number];
  /** d3 scale. */
  scale: number;
  /** d3 translate in map units. */
  translate: [number, number];
}

/** A projected point of interest (a city, a field, a terminal). */
export interface MapPoi {
  /** x in map units (projected, rounded to 0.1). */
  x: number;
  /** y in map units (projected, rounded to 0.1). */
  y: number;
  /** The region the point is expected to lie in, if the spec names one. */
  region?: string;
}

/** The whole map asset as stored in `assets/map.json`. */
export interface MapAsset {
  /** Format version. */
  version: 1;
  /** Data source and licence note. */
  source: string;
  /** The subject's title, the menu's heading (e.g. `"Borderlines"`). */
  title: string;
  /** One line under the title saying what the subject is about. */
  tagline: string;
  /**
   * The map's description for screen readers, with `{regions}` where the number of regions goes (e.g.
   * `"Map of Eurasia with {regions} of Russia, China and their neighbours"`); see `describeMap`.
   */
  description: string;
  /** Ids of the regions a new player can play first; every region is reachable from them. */
  startingRegions: string[];
  /** The region groups by name, with their colours. */
  groups: Record<string, RegionGroupStyle>;
  /** Map width in map units. */
  width: number;
  /** Map height in map units. */
  height: number;
  /** Projection parameters, enough to project further points the same way. */
  projection: MapProjection;
  /** The clickable regions. */
  regions: MapRegion[];
  /** Non-clickable land outside the game (other countries in view), as polygon parts. */
  background: PolygonPart[];
  /** Points of interest by id. */
  poi: Record<string, MapPoi>;
}
