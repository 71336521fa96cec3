import type { RegionStatus } from '../map/progression';
import { NO_MODE_RECORDS, mergeModeRecords } from '../modes/records';
import { NO_BESTS, mergeBests } from '../progress/bests';
import type { SaveData } from './saveData';

const STATUS_RANK: Record<RegionStatus, number> = { locked: 0, open: 1, cleared: 2 };

/** A key that identifies one answer across tabs. */
const answerKey = (answer: SaveData['answers'][number]) => `${answer.questionId}@${answer.at}`;

/** A key that identifies one rating across tabs. */
const ratingKey = (entry: SaveData['reviewLog'][number]) =>
  `${entry.questionId}@${entry.review}@${entry.rating}`;

/**
 * Merges an append-only list three ways: everything this tab has (its deletions, such as an undone
 * rating, included), plus what the other tab added since the last sync. Sorted by time.
 */
function mergeList<T>(
  base: readonly T[],
  stored: readonly T[],
  mine: readonly T[],
  key: (item: T) => string,
  time: (item: T) => number,
): T[] {
  const known = new Set(base.map(key));
  const have = new Set(mine.map(key));
  const added = stored.filter((item) => !known.has(key(item)) && !have.has(key(item)));
  if (added.length === 0) return [...mine];
  return [...mine, ...added].sort((a, b) => time(a) - time(b));
}

/** Same JSON value (small records only). */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges this tab's progress with what another tab stored since the two last agreed (`base`), so that two
 * tabs open at once never lose an answer: answers and ratings from both are kept (an undo in this tab
 * stays undone), each card is the one reviewed last, each region keeps the furthest status either tab
 * reached, settings changed only in the other tab are taken from it, the map modes' times and daily results
 * of both are kept (see `mergeModeRecords`), so are the round results behind the personal bests (see
 * `mergeBests`), and this tab keeps its own round.
 */
export function mergeProgress(base: SaveData | null, stored: SaveData, mine: SaveData): SaveData {
  const empty: SaveData = { ...stored, answers: [], reviewLog: [], cards: {}, regions: {} };
  const origin = base ?? empty;
  const cards = { ...mine.cards };
  for (const [id, theirs] of Object.entries(stored.cards)) {
    const ours = mine.cards[id];
    const original = origin.cards[id];
    if (same(theirs, original)) continue;
    if (!ours || same(ours, original) || (theirs.last_review ?? 0) > (ours.last_review ?? 0))
      cards[id] = theirs;
  }
  const regions = { ...mine.regions };
  for (const [id, status] of Object.entries(stored.regions)) {
    const ours = regions[id];
    if (ours === undefined || STATUS_RANK[status] > STATUS_RANK[ours]) regions[id] = status;
  }
  const settings =
    !same(stored.settings, origin.settings) && same(mine.settings, origin.settings)
      ? stored.settings
      : mine.settings;
  return {
    ...mine,
    regions,
    settings,
    cards,
    answers: mergeList(origin.answers, stored.answers, mine.answers, answerKey, (answer) => answer.at),
    modes: mergeModeRecords(stored.modes ?? NO_MODE_RECORDS, mine.modes ?? NO_MODE_RECORDS),
    bests: mergeBests(stored.bests ?? NO_BESTS, mine.bests ?? NO_BESTS),
    reviewLog: mergeList(
      origin.reviewLog,
      stored.reviewLog,
      mine.reviewLog,
      ratingKey,
      (entry) => entry.review,
    ),
  };
}
