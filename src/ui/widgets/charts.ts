/**
 * Small SVG charts for the progress screen: a calendar heatmap, a column chart, a stacked bar with
 * patterns and a percentage bar. Every chart scales with its container (viewBox, width 100%), writes its
 * numbers as text, and tells apart its marks by shape or lightness as well as by hue, so none needs colour
 * to be read. All text goes in through `textContent`.
 */
import type { DayCount } from '../../core/review/stats';
import { el } from './dom';

/** The SVG namespace, for `createElementNS`. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Heatmap fills from no reviews (0) to the busiest quarter (4): one hue, darker with more reviews. */
export const HEAT_FILLS = ['#ebedf0', '#c6dbef', '#6baed6', '#2171b5', '#08306b'] as const;

/** Muted text on the paper background (contrast above 8:1). */
const TEXT_FILL = '#4a4a4a';

/** Short month names, fixed so labels do not depend on the browser's locale. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

let nextId = 0;

/** Creates an SVG element with attributes (numbers rounded to two decimals) and children. */
export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  children: (Node | null | undefined | false)[] = [],
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    node.setAttribute(name, typeof value === 'number' ? String(Math.round(value * 100) / 100) : value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/** An SVG `<title>`: the tooltip of the mark it is put in. */
export function svgTitle(text: string): SVGTitleElement {
  const title = svgEl('title');
  title.textContent = text;
  return title;
}

/** An SVG `<text>` in the charts' muted ink. */
function svgText(text: string, attrs: Record<string, string | number>): SVGTextElement {
  const node = svgEl('text', { fill: TEXT_FILL, ...attrs });
  node.textContent = text;
  return node;
}

/** The outer `<svg>` of a chart: an image for assistive technology, named by `label`. */
function chartRoot(className: string, width: number, height: number, label: string): SVGSVGElement {
  return svgEl('svg', {
    class: `chart ${className}`,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': label,
    focusable: 'false',
  });
}

/** `2026-11-27` as `27 Nov`. */
export function shortDate(isoDate: string): string {
  const [, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]}`;
}

/** Weekday of a day number, Monday 0 … Sunday 6 (day 0, 1970-01-01, was a Thursday). */
export function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** Heat level 0–4 of a count: 0 for none, else which quarter of the busiest day's count it reaches. */
export function heatLevel(count: number, max: number): number {
  return count <= 0 || max <= 0 ? 0 : Math.min(4, Math.ceil((4 * count) / max));
}

/** The counts each heat level stands for, levels that no whole number reaches left out. */
export function heatRanges(max: number): { level: number; from: number; to: number }[] {
  const ranges = [{ level: 0, from: 0, to: 0 }];
  for (let level = 1; level <= 4; level++) {
    const from = Math.floor(((level - 1) * max) / 4) + 1;
    const to = Math.floor((level * max) / 4);
    if (from <= to) ranges.push({ level, from, to });
  }
  return ranges;
}

const CELL = 9;
const STEP = 11;
const HEAT_LEFT = 30;
const HEAT_TOP = 16;
/** Chart text size in viewBox units: still about 10 px when a chart is squeezed onto a 360 px wide screen. */
const FONT = 12;

/**
 * A calendar heatmap: one column per week, Monday at the top, one square per day with a tooltip such as
 * "2026-11-20: 12 reviews". Months are labelled along the top and Mon, Wed, Fri down the side.
 */
export function calendarHeatmap(days: readonly DayCount[], label: string): SVGSVGElement {
  const first = days[0]?.day ?? 0;
  const last = days.at(-1)?.day ?? first;
  const monday = first - weekday(first);
  const columns = Math.floor((last - monday) / 7) + 1;
  const max = days.reduce((most, d) => Math.max(most, d.count), 0);
  const root = chartRoot('heatmap', HEAT_LEFT + columns * STEP, HEAT_TOP + 7 * STEP, label);

  for (const [row, name] of [
    [0, 'Mon'],
    [2, 'Wed'],
    [4, 'Fri'],
  ] as const) {
    root.append(svgText(name, { x: 0, y: HEAT_TOP + row * STEP + CELL, 'font-size': FONT }));
  }
  const column = (day: number) => Math.floor((day - monday) / 7);
  const months = days
    .filter((d, index) => index === 0 || d.date.endsWith('-01'))
    .map((d) => ({ column: column(d.day), name: MONTHS[Number(d.date.slice(5, 7)) - 1] ?? '' }));
  let previous = -Infinity;
  for (const [index, month] of months.entries()) {
    const next = months[index + 1];
    const crowded = month.column - previous < 3 || (index === 0 && next && next.column - month.column < 3);
    if (crowded) continue;
    previous = month.column;
    root.append(
      svgText(month.name, { x: HEAT_LEFT + month.column * STEP, y: HEAT_TOP - 4, 'font-size': FONT }),
    );
  }
  for (const d of days) {
    const level = heatLevel(d.count, max);
    const cell = svgEl(
      'rect',
      {
        class: `heat-cell heat-${level}`,
        x: HEAT_LEFT + column(d.day) * STEP,
        y: HEAT_TOP + weekday(d.day) * STEP,
        width: CELL,
        height: CELL,
        rx: 1.5,
        fill: HEAT_FILLS[level] ?? HEAT_FILLS[0],
        'data-date': d.date,
        ...(level === 0 ? { stroke: '#c2c6cc', 'stroke-width': 0.5 } : {}),
      },
      [svgTitle(`${d.date}: ${d.count} ${d.count === 1 ? 'review' : 'reviews'}`)],
    );
    root.append(cell);
  }
  return root;
}

/** A small square of a heat level's fill, hidden from assistive technology (the text beside it says it). */
function heatSwatch(level: number): SVGSVGElement {
  return svgEl('svg', { class: 'swatch', viewBox: '0 0 10 10', 'aria-hidden': 'true', focusable: 'false' }, [
    svgEl('rect', {
      width: 10,
      height: 10,
      rx: 2,
      fill: HEAT_FILLS[level] ?? HEAT_FILLS[0],
      stroke: '#c2c6cc',
      'stroke-width': 1,
    }),
  ]);
}

/** The heatmap's legend: each level's swatch with the review counts it stands for, as text. */
export function heatmapLegend(max: number): HTMLElement {
  return el(
    'ul',
    { className: 'chart-legend', attrs: { 'aria-label': 'Reviews per day, legend' } },
    heatRanges(max).map(({ level, from, to }) => {
      const text =
        level === 0
          ? 'No reviews'
          : `${from === to ? from : `${from}–${to}`} ${to === 1 ? 'review' : 'reviews'}`;
      return el('li', {}, [heatSwatch(level), el('span', { text })]);
    }),
  );
}

/** One column of a {@link columnChart}. */
export interface Column {
  /** The value, drawn as the column's height and written above it when not zero. */
  count: number;
  /** Tooltip of the column. */
  title: string;
  /** Label under the column (only some columns have one, so labels never crowd). */
  tick?: string;
}

const SLOT = 10;
const BAR = 7;
const COL_LEFT = 2;
const COL_TOP = 30;
const PLOT = 70;
const COL_BOTTOM = 16;

/**
 * A column chart with each non-zero value written above its column (turned sideways when it has two digits
 * or more, so thirty columns fit a phone's width) and a baseline with tick labels.
 */
export function columnChart(columns: readonly Column[], label: string): SVGSVGElement {
  const width = COL_LEFT + columns.length * SLOT + 10;
  const baseline = COL_TOP + PLOT;
  const root = chartRoot('columns', width, baseline + COL_BOTTOM, label);
  const max = columns.reduce((most, c) => Math.max(most, c.count), 0);
  root.append(svgEl('line', { x1: 0, x2: width, y1: baseline + 0.5, y2: baseline + 0.5, stroke: '#8a8a8a' }));
  for (const [index, column] of columns.entries()) {
    const x = COL_LEFT + index * SLOT;
    const centre = x + SLOT / 2;
    const height = max > 0 ? Math.max(1, (column.count / max) * PLOT) : 0;
    const group = svgEl('g', { class: 'column' }, [
      svgTitle(column.title),
      svgEl('rect', { x, y: COL_TOP, width: SLOT, height: PLOT, fill: 'transparent' }),
    ]);
    if (column.count > 0) {
      const top = Math.round((baseline - height) * 100) / 100;
      group.append(
        svgEl('rect', {
          class: 'column-bar',
          x: x + (SLOT - BAR) / 2,
          y: top,
          width: BAR,
          height,
          fill: '#1d3557',
        }),
      );
      const digits = String(column.count);
      const at = { x: centre, y: top - 2 };
      const upright = digits.length === 1;
      group.append(
        svgText(digits, {
          class: 'column-count',
          'font-size': FONT,
          ...(upright
            ? { ...at, 'text-anchor': 'middle' }
            : { x: at.x + 3.5, y: at.y, transform: `rotate(-90 ${at.x + 3.5} ${at.y})` }),
        }),
      );
    }
    if (column.tick) {
      group.append(
        svgText(column.tick, {
          x: index === 0 ? x : centre,
          y: baseline + 13,
          'font-size': FONT,
          'text-anchor': index === 0 ? 'start' : 'middle',
        }),
      );
    }
    root.append(group);
  }
  return root;
}

/** Fills that tell segments apart by shape as well as colour. */
export type PatternKind = 'dots' | 'hatch' | 'grid' | 'solid';

/** A pattern's `<pattern>` element (none for solid) and the fill that uses it. */
function patternFill(kind: PatternKind): { def: SVGPatternElement | null; fill: string } {
  if (kind === 'solid') return { def: null, fill: '#1f6f43' };
  const id = `chart-pattern-${kind}-${++nextId}`;
  const tile = { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse' };
  if (kind === 'dots') {
    return {
      fill: `url(#${id})`,
      def: svgEl('pattern', tile, [
        svgEl('rect', { width: 6, height: 6, fill: '#eef0f3' }),
        svgEl('circle', { cx: 3, cy: 3, r: 1.3, fill: '#4b5563' }),
      ]),
    };
  }
  if (kind === 'hatch') {
    return {
      fill: `url(#${id})`,
      def: svgEl('pattern', { ...tile, patternTransform: 'rotate(45)' }, [
        svgEl('rect', { width: 6, height: 6, fill: '#fdf0e3' }),
        svgEl('rect', { width: 2, height: 6, fill: '#b5540b' }),
      ]),
    };
  }
  return {
    fill: `url(#${id})`,
    def: svgEl('pattern', tile, [
      svgEl('rect', { width: 6, height: 6, fill: '#e6f0f7' }),
      svgEl('path', { d: 'M0 0.5H6M0.5 0V6', stroke: '#2a6f97', 'stroke-width': 1.2 }),
    ]),
  };
}

/** A small square of a pattern, for legends; hidden from assistive technology. */
export function patternSwatch(kind: PatternKind): SVGSVGElement {
  const { def, fill } = patternFill(kind);
  return svgEl('svg', { class: 'swatch', viewBox: '0 0 12 12', 'aria-hidden': 'true', focusable: 'false' }, [
    def && svgEl('defs', {}, [def]),
    svgEl('rect', { x: 0.5, y: 0.5, width: 11, height: 11, fill, stroke: '#1b1b1b', 'stroke-width': 1 }),
  ]);
}

/** One part of a {@link stackedBar}. */
export interface Segment {
  /** What it counts, for its tooltip. */
  name: string;
  /** How many. */
  count: number;
  /** Its fill. */
  pattern: PatternKind;
}

const STACK_WIDTH = 300;
const STACK_HEIGHT = 24;

/** One horizontal bar split into patterned segments, each as wide as its share of the total. */
export function stackedBar(segments: readonly Segment[], label: string): SVGSVGElement {
  const root = chartRoot('stacked', STACK_WIDTH, STACK_HEIGHT, label);
  const total = segments.reduce((sum, s) => sum + s.count, 0);
  const defs = svgEl('defs');
  root.append(defs);
  let x = 0;
  for (const segment of segments) {
    if (segment.count <= 0 || total <= 0) continue;
    const width = (segment.count / total) * STACK_WIDTH;
    const { def, fill } = patternFill(segment.pattern);
    if (def) defs.append(def);
    const share = Math.round((segment.count / total) * 100);
    root.append(
      svgEl('rect', { class: 'segment', x, y: 0, width, height: STACK_HEIGHT, fill, stroke: '#fffdf8' }, [
        svgTitle(`${segment.name}: ${segment.count} (${share}%)`),
      ]),
    );
    x += width;
  }
  root.append(
    svgEl('rect', {
      x: 0.5,
      y: 0.5,
      width: STACK_WIDTH - 1,
      height: STACK_HEIGHT - 1,
      fill: 'none',
      stroke: '#1b1b1b',
    }),
  );
  return root;
}

/** A thin bar filled to `value` (0–1; empty when null); decoration beside a written percentage. */
export function percentBar(value: number | null): SVGSVGElement {
  const filled = Math.max(0, Math.min(1, value ?? 0)) * 100;
  return svgEl(
    'svg',
    {
      class: 'metric-bar',
      viewBox: '0 0 100 6',
      preserveAspectRatio: 'none',
      'aria-hidden': 'true',
      focusable: 'false',
    },
    [
      svgEl('rect', { width: 100, height: 6, rx: 1, fill: '#e6e2da' }),
      filled > 0 ? svgEl('rect', { width: filled, height: 6, rx: 1, fill: '#1d3557' }) : null,
    ],
  );
}
