import { describe, expect, it } from 'vitest';
import { reviewCard } from '../../../src/core/review/cards';
import { mergeProgress } from '../../../src/core/save/mergeProgress';
import { SAVE_SCHEMA_VERSION, type SaveData } from '../../../src/core/save/saveData';
import { T0 } from '../../support/packs';

function save(overrides: Partial<SaveData> = {}): SaveData {
  return {
    schemaVersion: SAVE_SCHEMA_VERSION,
    savedAt: T0,
    regions: { home: 'open', east: 'locked' },
    answers: [],
    settings: { muted: false },
    round: null,
    cards: {},
    reviewLog: [],
    ...overrides,
  };
}

const answer = (questionId: string, at: number, correct = true) => ({
  questionId,
  regionId: 'home',
  response: 0,
  correct,
  score: correct ? 1 : 0,
  at,
  ms: 1000,
});

describe('mergeProgress: two tabs answering alternately', () => {
  it('keeps the answers and ratings of both tabs, in time order', () => {
    const base = save({ answers: [answer('a', T0)] });
    const a1 = reviewCard('q1', undefined, 3, T0 + 1000);
    const b1 = reviewCard('q2', undefined, 1, T0 + 2000);
    const stored = save({
      answers: [answer('a', T0), answer('q2', T0 + 2000, false)],
      reviewLog: [b1.log],
      cards: { q2: b1.card },
    });
    const mine = save({
      answers: [answer('a', T0), answer('q1', T0 + 1000)],
      reviewLog: [a1.log],
      cards: { q1: a1.card },
    });
    const merged = mergeProgress(base, stored, mine);
    expect(merged.answers.map((x) => x.questionId)).toEqual(['a', 'q1', 'q2']);
    expect(merged.reviewLog.map((x) => x.questionId)).toEqual(['q1', 'q2']);
    expect(merged.cards).toEqual({ q1: a1.card, q2: b1.card });
  });

  it('takes the card reviewed last when both tabs reviewed the same question', () => {
    const first = reviewCard('q', undefined, 3, T0);
    const theirs = reviewCard('q', first.card, 1, T0 + 5000);
    const ours = reviewCard('q', first.card, 4, T0 + 3000);
    const base = save({ cards: { q: first.card }, reviewLog: [first.log] });
    const merged = mergeProgress(
      base,
      save({ cards: { q: theirs.card }, reviewLog: [first.log, theirs.log] }),
      save({ cards: { q: ours.card }, reviewLog: [first.log, ours.log] }),
    );
    expect(merged.cards.q).toEqual(theirs.card);
    expect(merged.reviewLog).toHaveLength(3);
  });

  it('keeps an undo made in this tab undone', () => {
    const rated = reviewCard('q', undefined, 3, T0);
    const base = save({ cards: { q: rated.card }, reviewLog: [rated.log] });
    const merged = mergeProgress(base, base, save());
    expect(merged.reviewLog).toEqual([]);
    expect(merged.cards).toEqual({});
  });

  it('keeps the furthest status of every region, and this tab’s round', () => {
    const round = {
      regionId: 'home',
      questions: [{ questionId: 'a', order: [] }],
      index: 0,
      answers: [],
      phase: 'asking' as const,
      shownAt: T0,
    };
    const merged = mergeProgress(
      save(),
      save({ regions: { home: 'cleared', east: 'open' } }),
      save({ regions: { home: 'open', east: 'locked', west: 'open' }, round }),
    );
    expect(merged.regions).toEqual({ home: 'cleared', east: 'open', west: 'open' });
    expect(merged.round).toBe(round);
  });

  it('takes settings changed only in the other tab, and this tab’s when it changed them', () => {
    const base = save();
    expect(mergeProgress(base, save({ settings: { muted: true } }), save()).settings).toEqual({
      muted: true,
    });
    expect(
      mergeProgress(
        base,
        save({ settings: { muted: true } }),
        save({ settings: { muted: false, timed: true } }),
      ).settings,
    ).toEqual({ muted: false, timed: true });
  });

  it('with no common base (first write), keeps everything from both', () => {
    const merged = mergeProgress(
      null,
      save({ answers: [answer('x', T0)] }),
      save({ answers: [answer('y', T0 + 1)] }),
    );
    expect(merged.answers.map((x) => x.questionId)).toEqual(['x', 'y']);
  });
});
