/**
 * The history layers of the map (`assets/history.json`, built by `tools/build-history.ts`): who held
 * which piece of land from 1689 to today, the treaties and acts that changed it, the ceded lands of 1858
 * and 1860 with their measured areas, and the border rivers and pipelines the articles talk about.
 *
 * Geometry is in the same projected map units as `assets/map.json`. The asset is loaded separately from
 * the base map, so the menu never waits for it. Pure: no Phaser, no DOM.
 */
import * as v from 'valibot';
import { schemaProblems } from '../schemaProblems';
import { type Problem, type Result, fail, ok } from '../problems';
import type { BBox, MapMarker, MapPoint, PolygonPart } from './mapTypes';

/** Where a fact comes from: one of the five articles by short id, or a named general reference. */
export type HistorySource = { article: string } | { title: string; publisher: string };

/** An article the layers cite, with what a card needs to cite it (outlet, author, date). */
export interface HistoryArticle {
  /** Short id, e.g. `pos2-coercion`. */
  id: string;
  /** Headline or description of the piece. */
  title: string;
  /** Publication; "not named in the text" when the article does not say. */
  outlet: string;
  /** Author; "not named in the text" when the article does not say. */
  author: string;
  /** Publication date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
}

/** A named place used by rivers, pipelines, events and area markers. */
export interface HistoryPlace {
  /** Stable id, e.g. `blagoveshchensk`. */
  id: string;
  /** Display name. */
  name: string;
  /** `[longitude, latitude]` in degrees as the data file gives it. */
  lonLat: [number, number];
  /** Projected x in map units (rounded to 0.1). */
  x: number;
  /** Projected y in map units (rounded to 0.1). */
  y: number;
  /** Where the coordinate comes from and how precise it is. */
  basis: string;
}

/** A state an area can be held by; one id covers its successive governments (see `note`). */
export interface HistoryHolder {
  /** Stable id, e.g. `china`. */
  id: string;
  /** Display name. */
  name: string;
  /** Which governments the id covers, or what the holding meant. */
  note?: string;
}

/**
 * How an area is drawn: as a whole region of the base map, as its own polygons (cut at build time), or
 * as a marker at a place where the map has no outline for it.
 */
export type AreaShape =
  | { region: string }
  | { polys: PolygonPart[]; bbox: BBox; label: MapPoint }
  | { place: string; marker: MapMarker };

/** A piece of land whose holder changes on the time line. */
export interface HistoryArea {
  /** Stable id, e.g. `left-bank-amur`. */
  id: string;
  /** Display name. */
  name: string;
  /** How the map draws it. */
  shape: AreaShape;
  /** The holder from the year the time line starts covering this area. */
  initial: { year: number; holder: string };
}

/** One area changing hands in an event. */
export interface HolderChange {
  /** The area's id. */
  area: string;
  /** Holder just before the event. */
  from: string;
  /** Holder after the event. */
  to: string;
  /** `false` where the change is not recognised internationally (Crimea, 2014). */
  recognised?: boolean;
}

/** A dated treaty or act on the time line. */
export interface HistoryEvent {
  /** Stable id, e.g. `aigun-1858`. */
  id: string;
  /** ISO date as precise as known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  /** Short title. */
  title: string;
  /** The treaty or act. */
  act: string;
  /** What changed, in neutral words. */
  summary: string;
  /** Places the event is about (ids of {@link HistoryAsset.places}). */
  places: string[];
  /** Areas whose holder changed; empty when the event changed no holder on this map. */
  changes: HolderChange[];
  /** Where the facts come from; at least one. */
  sources: HistorySource[];
  /** Ids of the built-in questions about it, for "Questions about this" (absent when there are none). */
  questions?: string[];
}

/** One ceded land with its area measured from the geometry. */
export interface Cession {
  /** Id of the cut polygon, e.g. `aigun-1858`. */
  id: string;
  /** Display name. */
  name: string;
  /** The event that ceded it. */
  event: string;
  /** The area (of {@link HistoryAsset.areas}) drawn with this polygon. */
  area: string;
  /** Area computed from the polygons, in km², rounded to 1,000. */
  areaKm2: number;
  /** Ids of the built-in questions about it, for "Questions about this" (absent when there are none). */
  questions?: string[];
}

/** The ceded lands of 1858 and 1860, measured, beside the article's figure and why they differ. */
export interface CessionMeasure {
  /** Aigun (1858) and Peking (1860). */
  cessions: Cession[];
  /** Sum of the computed areas, km². */
  totalKm2: number;
  /** The article's figure for both treaties together, km². */
  articleFigureKm2: number;
  /** Short id of the article giving that figure. */
  articleSource: string;
  /** The rounder figure other references give for both together, km². */
  otherReferencesKm2: number;
  /** One sentence explaining why the figures differ. */
  explanation: string;
}

/** One drawn stretch of a river, as a flat `[x0, y0, x1, y1, …]` polyline in map units. */
export interface RiverStretch {
  /** `border`: taken from the Russia–China border line; `course`: drawn through named towns. */
  kind: 'border' | 'course';
  /** Whether the stretch is only approximate. */
  approximate: boolean;
  /** The polyline. */
  points: number[];
}

/** A river of the border story. */
export interface HistoryRiver {
  /** Stable id, e.g. `amur`. */
  id: string;
  /** Display name. */
  name: string;
  /** One or two sentences for its card. */
  summary: string;
  /** Places along it (ids of {@link HistoryAsset.places}). */
  towns: string[];
  /** Its drawn stretches. */
  stretches: RiverStretch[];
  /** Where the facts come from. */
  sources: HistorySource[];
  /** Ids of the built-in questions about it, for "Questions about this" (absent when there are none). */
  questions?: string[];
}

/** Whether a pipeline or plant works, is planned, or was damaged. */
export type FeatureStatus = 'operating' | 'planned' | 'damaged';

/** One line of a pipeline, drawn straight through named places. */
export interface PipelineLine {
  /** Display name, e.g. `Nord Stream 2`. */
  name: string;
  /** The places it is drawn through, in order. */
  places: string[];
  /** Whether the route is only approximate. */
  approximate: boolean;
  /** Flat polyline in map units through those places. */
  points: number[];
}

/** A pipeline of the gas story. */
export interface HistoryPipeline {
  /** Stable id, e.g. `power-of-siberia-1`. */
  id: string;
  /** Display name. */
  name: string;
  /** Operating, planned or damaged. */
  status: FeatureStatus;
  /**
   * The year it first shows on the time line: when it opened, or for a planned line when it was first
   * agreed. Before it the map does not draw it, so 1860 shows no gas pipeline.
   */
  since: number;
  /** One or two sentences for its card. */
  summary: string;
  /** Its lines. */
  lines: PipelineLine[];
  /** Where the facts come from. */
  sources: HistorySource[];
  /** Ids of the built-in questions about it, for "Questions about this" (absent when there are none). */
  questions?: string[];
}

/** A point feature (a plant or port). */
export interface HistoryPoint {
  /** Stable id, e.g. `yamal-lng`. */
  id: string;
  /** Display name. */
  name: string;
  /** Operating, planned or damaged. */
  status: FeatureStatus;
  /** The year it first shows on the time line (when it opened). */
  since: number;
  /** One or two sentences for its card. */
  summary: string;
  /** Its place. */
  place: string;
  /** Where the facts come from. */
  sources: HistorySource[];
  /** Ids of the built-in questions about it, for "Questions about this" (absent when there are none). */
  questions?: string[];
}

/** The whole history asset as stored in `assets/history.json`. */
export interface HistoryAsset {
  /** Format version. */
  version: 1;
  /** Data sources of the geometry. */
  source: string;
  /** The articles the layers cite. */
  articles: HistoryArticle[];
  /** Named places, projected. */
  places: HistoryPlace[];
  /** States that hold areas. */
  holders: HistoryHolder[];
  /** Areas whose holder changes. */
  areas: HistoryArea[];
  /** Events, sorted by date. */
  events: HistoryEvent[];
  /** The ceded lands of 1858 and 1860, measured. */
  cessions: CessionMeasure;
  /** Border rivers. */
  rivers: HistoryRiver[];
  /** Pipelines. */
  pipelines: HistoryPipeline[];
  /** Point features. */
  points: HistoryPoint[];
}

/** What an area's holding is at a year: the holder, and whether that holding is recognised. */
export interface Holding {
  /** Holder id. */
  holder: string;
  /** `false` where the holding is not recognised internationally. */
  recognised: boolean;
}

const text = v.pipe(v.string(), v.nonEmpty());
const id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case id like "aigun-1858"'),
);
const pair = v.tuple([v.number(), v.number()]);
const polyline = v.pipe(
  v.array(v.number()),
  v.minLength(4, 'must have at least two points'),
  v.check((points) => points.length % 2 === 0, 'must have an even number of coordinates'),
);
const ring = v.pipe(v.array(v.number()), v.minLength(6, 'must have at least three points'));
const year = v.pipe(v.number(), v.integer(), v.minValue(1500), v.maxValue(2100));
const status = v.picklist(['operating', 'planned', 'damaged']);
const source = v.union(
  [v.strictObject({ article: id }), v.strictObject({ title: text, publisher: text })],
  'must be { "article": id } or { "title": …, "publisher": … }',
);
const sources = v.pipe(v.array(source), v.minLength(1, 'must name at least one source'));
const questions = v.optional(v.array(text));

const HistoryAssetSchema: v.GenericSchema<unknown, HistoryAsset> = v.object({
  version: v.literal(1),
  source: text,
  articles: v.array(v.object({ id, title: text, outlet: text, author: text, date: text })),
  places: v.array(v.object({ id, name: text, lonLat: pair, x: v.number(), y: v.number(), basis: text })),
  holders: v.array(v.object({ id, name: text, note: v.optional(text) })),
  areas: v.array(
    v.object({
      id,
      name: text,
      shape: v.union(
        [
          v.strictObject({ region: id }),
          v.strictObject({
            polys: v.pipe(v.array(v.pipe(v.array(ring), v.minLength(1))), v.minLength(1)),
            bbox: v.tuple([v.number(), v.number(), v.number(), v.number()]),
            label: pair,
          }),
          v.strictObject({ place: id, marker: v.object({ x: v.number(), y: v.number(), r: v.number() }) }),
        ],
        'must be { region }, { polys, bbox, label } or { place, marker }',
      ),
      initial: v.object({ year, holder: id }),
    }),
  ),
  events: v.array(
    v.object({
      id,
      date: v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')),
      title: text,
      act: text,
      summary: text,
      places: v.array(id),
      changes: v.array(v.object({ area: id, from: id, to: id, recognised: v.optional(v.boolean()) })),
      sources,
      questions,
    }),
  ),
  cessions: v.object({
    cessions: v.array(
      v.object({
        id,
        name: text,
        event: id,
        area: id,
        areaKm2: v.pipe(v.number(), v.minValue(0)),
        questions,
      }),
    ),
    totalKm2: v.pipe(v.number(), v.minValue(0)),
    articleFigureKm2: v.pipe(v.number(), v.minValue(0)),
    articleSource: id,
    otherReferencesKm2: v.pipe(v.number(), v.minValue(0)),
    explanation: text,
  }),
  rivers: v.array(
    v.object({
      id,
      name: text,
      summary: text,
      towns: v.array(id),
      stretches: v.pipe(
        v.array(
          v.object({ kind: v.picklist(['border', 'course']), approximate: v.boolean(), points: polyline }),
        ),
        v.minLength(1),
      ),
      sources,
      questions,
    }),
  ),
  pipelines: v.array(
    v.object({
      id,
      name: text,
      status,
      since: year,
      summary: text,
      lines: v.pipe(
        v.array(
          v.object({
            name: text,
            places: v.pipe(v.array(id), v.minLength(2)),
            approximate: v.boolean(),
            points: polyline,
          }),
        ),
        v.minLength(1),
      ),
      sources,
      questions,
    }),
  ),
  points: v.array(
    v.object({ id, name: text, status, since: year, summary: text, place: id, sources, questions }),
  ),
});

/** The year of an ISO date (`YYYY…`). */
export function eventYear(event: Pick<HistoryEvent, 'date'>): number {
  return Number(event.date.slice(0, 4));
}

/** Reports ids that occur more than once in a list. */
function duplicateProblems(items: readonly { id: string }[], listPath: string, file: string): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    if (seen.has(item.id))
      problems.push({ file, path: `${listPath}[${index}].id`, message: `"${item.id}" is used twice` });
    seen.add(item.id);
  });
  return problems;
}

/** Reports sources that cite an article the asset does not list. */
function sourceProblems(
  list: readonly HistorySource[],
  at: string,
  articles: Set<string>,
  file: string,
): Problem[] {
  return list.flatMap((item, index) =>
    'article' in item && !articles.has(item.article)
      ? [
          {
            file,
            path: `${at}.sources[${index}].article`,
            message: `"${item.article}" is not one of the articles`,
          },
        ]
      : [],
  );
}

/**
 * The references inside a well-formed asset that must resolve (places, holders, areas, articles,
 * regions), events in date order, and each change starting from the holder the area had just before.
 */
function referenceProblems(history: HistoryAsset, file: string, regionIds?: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [
    ...duplicateProblems(history.places, 'places', file),
    ...duplicateProblems(history.holders, 'holders', file),
    ...duplicateProblems(history.areas, 'areas', file),
    ...duplicateProblems(history.events, 'events', file),
  ];
  const places = new Set(history.places.map((place) => place.id));
  const holders = new Set(history.holders.map((holder) => holder.id));
  const articles = new Set(history.articles.map((article) => article.id));
  const areas = new Set(history.areas.map((area) => area.id));
  const events = new Set(history.events.map((event) => event.id));
  const place = (name: string, at: string): void => {
    if (!places.has(name)) problems.push({ file, path: at, message: `"${name}" is not one of the places` });
  };
  const holder = (name: string, at: string): void => {
    if (!holders.has(name)) problems.push({ file, path: at, message: `"${name}" is not one of the holders` });
  };
  const current = new Map<string, string>();
  history.areas.forEach((area, i) => {
    holder(area.initial.holder, `areas[${i}].initial.holder`);
    current.set(area.id, area.initial.holder);
    if ('place' in area.shape) place(area.shape.place, `areas[${i}].shape.place`);
    if ('region' in area.shape && regionIds && !regionIds.has(area.shape.region))
      problems.push({
        file,
        path: `areas[${i}].shape.region`,
        message: `"${area.shape.region}" is not a region of the map`,
      });
  });
  history.events.forEach((event, i) => {
    const at = `events[${i}]`;
    const previous = history.events[i - 1];
    if (previous && previous.date > event.date)
      problems.push({
        file,
        path: `${at}.date`,
        message: `${event.date} comes before ${previous.date} (keep events in date order)`,
      });
    event.places.forEach((name, k) => place(name, `${at}.places[${k}]`));
    problems.push(...sourceProblems(event.sources, at, articles, file));
    event.changes.forEach((change, k) => {
      const changeAt = `${at}.changes[${k}]`;
      if (!areas.has(change.area)) {
        problems.push({
          file,
          path: `${changeAt}.area`,
          message: `"${change.area}" is not one of the areas`,
        });
        return;
      }
      holder(change.from, `${changeAt}.from`);
      holder(change.to, `${changeAt}.to`);
      const initial = history.areas.find((area) => area.id === change.area)!.initial;
      if (initial.year > eventYear(event))
        problems.push({
          file,
          path: `${changeAt}.area`,
          message: `the time line covers "${change.area}" only from ${initial.year}`,
        });
      if (current.get(change.area) !== change.from)
        problems.push({
          file,
          path: `${changeAt}.from`,
          message: `"${change.area}" was held by "${current.get(change.area)}" just before, not "${change.from}"`,
        });
      current.set(change.area, change.to);
    });
  });
  const measure = history.cessions;
  if (!articles.has(measure.articleSource))
    problems.push({
      file,
      path: 'cessions.articleSource',
      message: `"${measure.articleSource}" is not one of the articles`,
    });
  measure.cessions.forEach((cession, i) => {
    if (!events.has(cession.event))
      problems.push({
        file,
        path: `cessions.cessions[${i}].event`,
        message: `"${cession.event}" is not one of the events`,
      });
    if (!areas.has(cession.area))
      problems.push({
        file,
        path: `cessions.cessions[${i}].area`,
        message: `"${cession.area}" is not one of the areas`,
      });
  });
  history.rivers.forEach((river, i) => {
    river.towns.forEach((name, k) => place(name, `rivers[${i}].towns[${k}]`));
    problems.push(...sourceProblems(river.sources, `rivers[${i}]`, articles, file));
  });
  history.pipelines.forEach((pipeline, i) => {
    pipeline.lines.forEach((line, k) =>
      line.places.forEach((name, m) => place(name, `pipelines[${i}].lines[${k}].places[${m}]`)),
    );
    problems.push(...sourceProblems(pipeline.sources, `pipelines[${i}]`, articles, file));
  });
  history.points.forEach((point, i) => {
    place(point.place, `points[${i}].place`);
    problems.push(...sourceProblems(point.sources, `points[${i}]`, articles, file));
  });
  return problems;
}

/**
 * Checks the history asset, loaded after the base map, so that a damaged or stale `history.json` is
 * reported by field (e.g. `events[3].changes[0].from`) instead of drawing wrong borders. Pass the base
 * map's region ids to check the areas drawn as whole regions too.
 */
export function parseHistoryAsset(
  raw: unknown,
  file = 'assets/history.json',
  regionIds?: ReadonlySet<string>,
): Result<HistoryAsset> {
  const checked = v.safeParse(HistoryAssetSchema, raw);
  if (!checked.success) {
    return fail(schemaProblems(checked.issues, file));
  }
  const problems = referenceProblems(checked.output, file, regionIds);
  return problems.length > 0 ? fail(problems) : ok(checked.output);
}

/** The events up to and including a year, in date order: what the time line has shown by then. */
export function eventsUpTo(history: HistoryAsset, until: number): HistoryEvent[] {
  return history.events.filter((event) => eventYear(event) <= until);
}

/**
 * Who holds each area at the end of a year (after that year's events), keyed by area id. An area the
 * time line does not cover yet (before its `initial.year`) is absent.
 */
export function holdingsAt(history: HistoryAsset, at: number): Map<string, Holding> {
  const holdings = new Map<string, Holding>();
  for (const area of history.areas) {
    if (area.initial.year <= at) holdings.set(area.id, { holder: area.initial.holder, recognised: true });
  }
  for (const event of eventsUpTo(history, at)) {
    for (const change of event.changes) {
      holdings.set(change.area, { holder: change.to, recognised: change.recognised ?? true });
    }
  }
  return holdings;
}

/**
 * The ids of the areas whose holding differs between two years (holder, recognition, or coverage), in
 * the order of `history.areas`: what the scene must redraw when the time control moves.
 */
export function areasChangedBetween(history: HistoryAsset, fromYear: number, toYear: number): string[] {
  const before = holdingsAt(history, fromYear);
  const after = holdingsAt(history, toYear);
  return history.areas
    .map((area) => area.id)
    .filter((areaId) => {
      const a = before.get(areaId);
      const b = after.get(areaId);
      return a?.holder !== b?.holder || a?.recognised !== b?.recognised;
    });
}
