/**
 * What the card of a feature of the history map says: its title, its facts (act, date, what changed,
 * status, route, measured area…), a short text and its sources cited in full. The history screen shows
 * it; this module decides the words. Pure: no Phaser, no DOM.
 */
import { type HistoryAsset, type HistoryEvent, type HistorySource, eventYear, holdingsAt } from './history';
import { type FeatureRef, featureRef, parseFeatureRef } from './historyDisplay';

/** One line of facts on a card: a term and what it says. */
export interface CardFact {
  /** E.g. "Date", "Status", "Area measured on this map". */
  term: string;
  /** The fact, in words. */
  detail: string;
}

/** The card of one feature. */
export interface FeatureCard {
  /** The feature. */
  ref: FeatureRef;
  /** What kind of thing it is, e.g. "Treaty or act", "River", "Pipeline", "Ceded land". */
  kind: string;
  /** Its name. */
  title: string;
  /** The facts, in reading order. */
  facts: CardFact[];
  /** A few sentences: what it is and why it matters (or why figures differ). */
  text: string;
  /** Its sources, each cited in full (an article by outlet, author and date; or a named reference). */
  sources: string[];
  /** For an event: its year, where the time control moves when the card opens. */
  year?: number;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** An ISO date as precise as known, in words: "28 May 1858", "December 1911", "1689". */
export function formatHistoryDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? date;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** An area in km², e.g. "747,000 km²". */
export function formatKm2(km2: number): string {
  return `${km2.toLocaleString('en')} km²`;
}

/**
 * A source cited in full: an article as "Title. Outlet, author, date" (saying when the text names no
 * outlet or author), a named reference as "Title, publisher".
 */
export function citeSource(history: HistoryAsset, source: HistorySource): string {
  if (!('article' in source)) return `${source.title}, ${source.publisher}`;
  const article = history.articles.find((candidate) => candidate.id === source.article);
  if (!article) return source.article;
  const unnamed = 'not named in the text';
  const outlet = article.outlet === unnamed ? 'outlet not named in the text' : article.outlet;
  const author = article.author === unnamed ? 'author not named in the text' : article.author;
  return `${article.title}. ${outlet}; ${author}; ${formatHistoryDate(article.date)}`;
}

/** Display names of places, holders and areas of the asset, by id (the id itself when unknown). */
function namer(items: readonly { id: string; name: string }[]): (id: string) => string {
  const names = new Map(items.map((item) => [item.id, item.name]));
  return (id) => names.get(id) ?? id;
}

/** "Operating", "Planned" or "Damaged". */
function statusWord(status: 'operating' | 'planned' | 'damaged'): string {
  return status.charAt(0).toUpperCase() + status.slice(1);
}

/** What an event changed on the map, one area per clause, unrecognised holdings said as such. */
export function changesText(history: HistoryAsset, event: HistoryEvent): string {
  const area = namer(history.areas);
  const holder = namer(history.holders);
  if (event.changes.length === 0) return 'No change of holder on this map.';
  return event.changes
    .map(
      (change) =>
        `${area(change.area)}: from ${holder(change.from)} to ${holder(change.to)}` +
        (change.recognised === false ? ' (not recognised internationally)' : ''),
    )
    .join('; ')
    .concat('.');
}

/** An event's card: act, date, what changed, places, sources; it moves the time control to its year. */
function eventCard(history: HistoryAsset, event: HistoryEvent): FeatureCard {
  const place = namer(history.places);
  return {
    ref: featureRef('event', event.id),
    kind: 'Treaty or act',
    title: event.title,
    facts: [
      { term: 'Act', detail: event.act },
      { term: 'Date', detail: formatHistoryDate(event.date) },
      { term: 'What changed', detail: changesText(history, event) },
      ...(event.places.length > 0 ? [{ term: 'Places', detail: event.places.map(place).join(', ') }] : []),
    ],
    text: event.summary,
    sources: event.sources.map((source) => citeSource(history, source)),
    year: eventYear(event),
  };
}

/** A ceded land's card: its measured area beside the article's and other references' figures, and why they differ. */
function cessionCard(history: HistoryAsset, id: string): FeatureCard | null {
  const measure = history.cessions;
  const cession = measure.cessions.find((candidate) => candidate.id === id);
  if (!cession) return null;
  const event = history.events.find((candidate) => candidate.id === cession.event);
  const articleSource = citeSource(history, { article: measure.articleSource });
  return {
    ref: featureRef('cession', cession.id),
    kind: 'Ceded land',
    title: cession.name,
    facts: [
      ...(event ? [{ term: 'Ceded by', detail: `${event.title}, ${formatHistoryDate(event.date)}` }] : []),
      { term: 'Area measured on this map', detail: formatKm2(cession.areaKm2) },
      { term: 'Both cessions, measured on this map', detail: formatKm2(measure.totalKm2) },
      {
        term: 'Both cessions, in the article',
        detail: `${formatKm2(measure.articleFigureKm2)} (commentary on Power of Siberia 2)`,
      },
      {
        term: 'Both cessions, in other references',
        detail: `about ${formatKm2(measure.otherReferencesKm2)}`,
      },
    ],
    text: measure.explanation,
    sources: [
      articleSource,
      ...(event?.sources ?? [])
        .map((source) => citeSource(history, source))
        .filter((cited) => cited !== articleSource),
    ],
  };
}

/** A river's card: how it is drawn (border line or approximate course) and the places along it. */
function riverCard(history: HistoryAsset, id: string): FeatureCard | null {
  const river = history.rivers.find((candidate) => candidate.id === id);
  if (!river) return null;
  const place = namer(history.places);
  const approximate = river.stretches.some((stretch) => stretch.approximate);
  const alongBorder = river.stretches.some((stretch) => stretch.kind === 'border');
  const drawn = [
    alongBorder ? 'along the Russia–China border line where the border follows it' : '',
    approximate ? 'elsewhere straight through named towns (approximate route)' : '',
  ]
    .filter(Boolean)
    .join('; ');
  return {
    ref: featureRef('river', river.id),
    kind: 'River',
    title: river.name,
    facts: [
      { term: 'Drawn', detail: `${drawn.charAt(0).toUpperCase()}${drawn.slice(1)}.` },
      { term: 'Places along it', detail: river.towns.map(place).join(', ') },
    ],
    text: river.summary,
    sources: river.sources.map((source) => citeSource(history, source)),
  };
}

/** A pipeline's card: status, and each line's route through named places (approximate where so). */
function pipelineCard(history: HistoryAsset, id: string): FeatureCard | null {
  const pipeline = history.pipelines.find((candidate) => candidate.id === id);
  if (!pipeline) return null;
  const place = namer(history.places);
  return {
    ref: featureRef('pipeline', pipeline.id),
    kind: 'Pipeline',
    title: pipeline.name,
    facts: [
      { term: 'Status', detail: statusWord(pipeline.status) },
      ...pipeline.lines.map((line) => ({
        term: line.name,
        detail: line.places.map(place).join(' → ') + (line.approximate ? ' (approximate route)' : ''),
      })),
    ],
    text: pipeline.summary,
    sources: pipeline.sources.map((source) => citeSource(history, source)),
  };
}

/** A point's card (Yamal LNG): status and place. */
function pointCard(history: HistoryAsset, id: string): FeatureCard | null {
  const point = history.points.find((candidate) => candidate.id === id);
  if (!point) return null;
  return {
    ref: featureRef('point', point.id),
    kind: 'Plant and port',
    title: point.name,
    facts: [
      { term: 'Status', detail: statusWord(point.status) },
      { term: 'Place', detail: namer(history.places)(point.place) },
    ],
    text: point.summary,
    sources: point.sources.map((source) => citeSource(history, source)),
  };
}

/** An area's card: who holds it at the year shown, and the events that changed its holder. */
function areaCard(history: HistoryAsset, id: string, year: number): FeatureCard | null {
  const area = history.areas.find((candidate) => candidate.id === id);
  if (!area) return null;
  const holder = namer(history.holders);
  const holding = holdingsAt(history, year).get(area.id);
  const events = history.events.filter((event) => event.changes.some((change) => change.area === id));
  return {
    ref: featureRef('area', area.id),
    kind: 'Land that changed hands',
    title: area.name,
    facts: [
      {
        term: `Held in ${year} by`,
        detail: holding
          ? holder(holding.holder) + (holding.recognised ? '' : ' (not recognised internationally)')
          : `not covered by the time line before ${area.initial.year}`,
      },
      ...events.map((event) => ({
        term: String(eventYear(event)),
        detail: `${event.title}: ${changesText(history, { ...event, changes: event.changes.filter((change) => change.area === id) })}`,
      })),
    ],
    text: `Held by ${holder(area.initial.holder)} when the time line begins for it (${area.initial.year}).`,
    sources: [
      ...new Set(events.flatMap((event) => event.sources.map((source) => citeSource(history, source)))),
    ],
  };
}

/** The card of a feature at a year (an area's holder depends on it), or null when the asset has no such feature. */
export function featureCard(history: HistoryAsset, ref: FeatureRef, year: number): FeatureCard | null {
  const { kind, id } = parseFeatureRef(ref);
  switch (kind) {
    case 'event': {
      const event = history.events.find((candidate) => candidate.id === id);
      return event ? eventCard(history, event) : null;
    }
    case 'cession':
      return cessionCard(history, id);
    case 'river':
      return riverCard(history, id);
    case 'pipeline':
      return pipelineCard(history, id);
    case 'point':
      return pointCard(history, id);
    case 'area':
      return areaCard(history, id, year);
  }
}

/** The name of a feature, for its button, its round's title and announcements (the ref when unknown). */
export function featureName(history: HistoryAsset, ref: FeatureRef): string {
  const { kind, id } = parseFeatureRef(ref);
  const lists: Record<typeof kind, readonly { id: string; name?: string; title?: string }[]> = {
    event: history.events,
    cession: history.cessions.cessions,
    river: history.rivers,
    pipeline: history.pipelines,
    point: history.points,
    area: history.areas,
  };
  const found = lists[kind].find((item) => item.id === id);
  return found?.name ?? found?.title ?? ref;
}

/** The features of the feature list, in its order: rivers, pipelines, ceded lands, points. */
export function listedFeatures(history: HistoryAsset): { ref: FeatureRef; name: string; kind: string }[] {
  return [
    ...history.rivers.map((river) => ({
      ref: featureRef('river', river.id),
      name: river.name,
      kind: 'River',
    })),
    ...history.pipelines.map((pipeline) => ({
      ref: featureRef('pipeline', pipeline.id),
      name: pipeline.name,
      kind: 'Pipeline',
    })),
    ...history.cessions.cessions.map((cession) => ({
      ref: featureRef('cession', cession.id),
      name: cession.name,
      kind: 'Ceded land',
    })),
    ...history.points.map((point) => ({
      ref: featureRef('point', point.id),
      name: point.name,
      kind: 'Plant and port',
    })),
  ];
}
