/**
 * The history map's time control as rules: its span, where each key moves it, and what to announce when
 * it moves. Announcements follow changes, not key presses: moving through years in which nothing happened
 * says nothing, so holding an arrow key does not flood a screen reader. Pure: no Phaser, no DOM.
 */
import { type HistoryAsset, type HistoryEvent, areasChangedBetween, eventYear, holdingsAt } from './history';

/** The first year of the time line: the Treaty of Nerchinsk. */
export const FIRST_HISTORY_YEAR = 1689;

/** The years the time control covers and the years it can jump to. */
export interface TimeSpan {
  /** First year. */
  min: number;
  /** Last year (the current year). */
  max: number;
  /** The years of the events, ascending, without repeats. */
  eventYears: readonly number[];
}

/** The time control's span from 1689 to `currentYear` (never before the last event). */
export function timeSpan(history: HistoryAsset, currentYear: number): TimeSpan {
  const eventYears = [...new Set(history.events.map(eventYear))].sort((a, b) => a - b);
  const last = eventYears[eventYears.length - 1] ?? FIRST_HISTORY_YEAR;
  return { min: FIRST_HISTORY_YEAR, max: Math.max(currentYear, last), eventYears };
}

/**
 * The year a key moves the time control to: arrows one year, PageUp the previous event, PageDown the next
 * event, Home the first year, End the last. Null for any other key, or when the key would not move it.
 */
export function yearForKey(key: string, year: number, span: TimeSpan): number | null {
  let next: number | undefined;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      next = year - 1;
      break;
    case 'ArrowRight':
    case 'ArrowUp':
      next = year + 1;
      break;
    case 'PageUp':
      next = [...span.eventYears].reverse().find((candidate) => candidate < year) ?? span.min;
      break;
    case 'PageDown':
      next = span.eventYears.find((candidate) => candidate > year) ?? span.max;
      break;
    case 'Home':
      next = span.min;
      break;
    case 'End':
      next = span.max;
      break;
    default:
      return null;
  }
  const clamped = Math.min(span.max, Math.max(span.min, next));
  return clamped === year ? null : clamped;
}

/** Above this many areas, an announcement counts the areas that changed hands instead of naming them. */
const NAMED_AREAS = 3;

/**
 * What to announce when the time control moves from one year to another: the event passed (or undone
 * when going back), or how many and the first and last when there are several, then who holds the areas
 * that changed (or how many changed when there are many). Short, so that a jump across the whole time
 * line is one sentence. Null when no event lies between the two years.
 */
export function timeChangeMessage(history: HistoryAsset, from: number, to: number): string | null {
  if (from === to) return null;
  const low = Math.min(from, to);
  const high = Math.max(from, to);
  const passed = history.events.filter((event) => eventYear(event) > low && eventYear(event) <= high);
  const first = passed[0];
  const last = passed[passed.length - 1];
  if (!first || !last) return null;
  const named = (event: HistoryEvent) => `${event.title} (${eventYear(event)})`;
  const back = to < from ? 'back before ' : '';
  const what =
    passed.length === 1
      ? `${back}${to < from ? named(first) : first.title}`
      : `${back}${passed.length} events, ${named(first)} to ${named(last)}`;
  const changed = areasChangedBetween(history, from, to);
  let held = '';
  if (changed.length > NAMED_AREAS) held = ` ${changed.length} areas changed hands.`;
  else if (changed.length > 0) {
    const holders = new Map(history.holders.map((holder) => [holder.id, holder.name]));
    const holdings = holdingsAt(history, to);
    held = ` Now: ${changed
      .map((areaId) => {
        const area = history.areas.find((candidate) => candidate.id === areaId)?.name ?? areaId;
        const holding = holdings.get(areaId);
        if (!holding) return `${area}: not on the time line yet`;
        const name = holders.get(holding.holder) ?? holding.holder;
        return `${area}: ${name}${holding.recognised ? '' : ' (not recognised internationally)'}`;
      })
      .join('; ')}.`;
  }
  return `${to}: ${what}.${held}`;
}
