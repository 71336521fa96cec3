import { describe, expect, it } from 'vitest';
import type { ClozeQuestion, MapClickQuestion, NumericQuestion } from '../../../src/core/model/pack';
import type { AnswerRecord } from '../../../src/core/play/gameState';
import {
  type CardState,
  type ReviewLogEntry,
  retrievability,
  reviewCard,
} from '../../../src/core/review/cards';
import { flashcardFor } from '../../../src/core/review/flashcard';
import { FADE_THRESHOLD, fadingRegions, recallOf, refreshQuestionIds } from '../../../src/core/review/memory';
import { MISTAKE_WINDOW_MS, recentMistakes } from '../../../src/core/review/mistakes';
import { Rating } from '../../../src/core/review/rating';
import { T0, singleQuestion, trueFalseQuestion } from '../../support/packs';

const DAY = 86_400_000;

/** A card learned at T0 with two Good ratings (then in review with a few days' stability). */
function learnedCard(id: string): CardState {
  const first = reviewCard(id, undefined, Rating.Good, T0).card;
  return reviewCard(id, first, Rating.Good, T0 + 600_000).card;
}

/** The first day on which a learned card's recall falls below `threshold`. */
function dayRecallFallsBelow(card: CardState, threshold: number): number {
  for (let day = 0; day < 400; day++) if (retrievability(card, T0 + day * DAY) < threshold) return day;
  throw new Error('never fell');
}

describe('fading regions', () => {
  const regionQuestions: Record<string, string[]> = {
    east: ['e1', 'e2', 'e3'],
    west: ['w1', 'w2'],
    north: ['n1', 'n2', 'n3'],
  };
  const cards: Record<string, CardState> = Object.fromEntries(
    ['e1', 'e2', 'e3', 'w1', 'w2', 'n1', 'n2', 'n3'].map((id) => [id, learnedCard(id)]),
  );
  const statuses = { east: 'cleared', west: 'cleared', north: 'open' } as const;
  const fadeDay = dayRecallFallsBelow(cards.e1 as CardState, FADE_THRESHOLD);

  it('keeps a freshly reviewed region bright, and fades it once mean recall drops below the threshold', () => {
    const questionsIn = (id: string) => regionQuestions[id] ?? [];
    expect(fadingRegions(statuses, questionsIn, cards, T0 + (fadeDay - 1) * DAY)).toEqual(new Set());
    expect(fadingRegions(statuses, questionsIn, cards, T0 + fadeDay * DAY)).toEqual(new Set(['east']));
    expect(recallOf(regionQuestions.east ?? [], cards, T0 + fadeDay * DAY).mean).toBeLessThan(FADE_THRESHOLD);
  });

  it('never fades a region with fewer than three reviewed cards, or one that is not cleared', () => {
    const late = T0 + 300 * DAY;
    const fading = fadingRegions(statuses, (id) => regionQuestions[id] ?? [], cards, late);
    expect(fading.has('west')).toBe(false);
    expect(fading.has('north')).toBe(false);
  });

  it('comes back when a short review refreshes its weakest cards', () => {
    const now = T0 + (fadeDay + 5) * DAY;
    const refreshed = { ...cards };
    for (const id of refreshQuestionIds(regionQuestions.east ?? [], cards, now)) {
      refreshed[id] = reviewCard(id, cards[id], Rating.Good, now).card;
    }
    expect(fadingRegions(statuses, (id) => regionQuestions[id] ?? [], refreshed, now + 60_000)).toEqual(
      new Set(),
    );
  });

  it('orders refresh questions least recalled first, leaving out cards never reviewed', () => {
    const weak = reviewCard('weak', undefined, Rating.Again, T0 - 30 * DAY).card;
    const mixed = { strong: learnedCard('strong'), weak };
    expect(refreshQuestionIds(['never', 'strong', 'weak'], mixed, T0 + DAY)).toEqual(['weak', 'strong']);
    expect(recallOf(['never'], mixed, T0)).toEqual({ mean: null, reviewed: 0 });
  });
});

describe('recentMistakes', () => {
  const answer = (questionId: string, at: number, correct: boolean): AnswerRecord => ({
    questionId,
    regionId: 'east',
    response: 0,
    correct,
    at,
    ms: 1000,
  });
  const rating = (questionId: string, review: number, value: 1 | 2 | 3 | 4): ReviewLogEntry => ({
    ...reviewCard(questionId, undefined, value, review).log,
  });

  it('lists questions whose latest answer was wrong, most recent first, once each', () => {
    const answers = [
      answer('a', T0 - 3 * DAY, false),
      answer('b', T0 - 2 * DAY, false),
      answer('a', T0 - DAY, false),
      answer('c', T0 - DAY, false),
      answer('c', T0 - 1000, true),
    ];
    expect(recentMistakes(answers, [], T0)).toEqual(['a', 'b']);
  });

  it('forgets mistakes older than the window and those put right later with a flashcard', () => {
    const answers = [answer('old', T0 - MISTAKE_WINDOW_MS - 1, false), answer('fixed', T0 - DAY, false)];
    const log = [rating('fixed', T0 - DAY, 1), rating('fixed', T0 - 1000, 3)];
    expect(recentMistakes(answers, log, T0)).toEqual([]);
  });

  it('keeps a partly right answer as a mistake even though its own rating was Hard', () => {
    const answers = [answer('partial', T0 - DAY, false)];
    expect(recentMistakes(answers, [rating('partial', T0 - DAY, 2)], T0)).toEqual(['partial']);
  });
});

describe('flashcardFor', () => {
  it('uses the pack’s own card when there is one', () => {
    const question = singleQuestion('own', { card: { front: 'Capital of China?', back: 'Beijing' } });
    expect(flashcardFor(question)).toEqual({ front: 'Capital of China?', back: 'Beijing' });
  });

  it('derives front and back from the prompt and the right answer', () => {
    expect(flashcardFor(singleQuestion('s'))).toEqual({ front: 'Prompt of s?', back: 'Beijing' });
    expect(flashcardFor(trueFalseQuestion('t', { answer: false }))).toEqual({
      front: 'Statement of t.',
      back: 'False',
    });
    const numeric: NumericQuestion = {
      ...trueFalseQuestion('n'),
      type: 'numeric',
      prompt: 'How long is the pipeline?',
      answer: 3000,
      unit: 'km',
    } as unknown as NumericQuestion;
    expect(flashcardFor(numeric).back).toMatch(/3,?000 km/);
  });

  it('shows a cloze text with blanks on the front and the gaps on the back', () => {
    const cloze = {
      ...trueFalseQuestion('c'),
      type: 'cloze',
      prompt: 'Fill the gaps.',
      text: 'The {{Treaty of Aigun}} was signed in {{1858}}.',
    } as unknown as ClozeQuestion;
    const card = flashcardFor(cloze);
    expect(card.front).toBe('Fill the gaps. The _____ was signed in _____.');
    expect(card.back).toContain('Treaty of Aigun');
    expect(card.back).toContain('1858');
  });

  it('names the region for a map question', () => {
    const click = {
      ...trueFalseQuestion('m'),
      type: 'mapclick',
      prompt: 'Click Ukraine.',
      target: { region: 'ukraine' },
    } as unknown as MapClickQuestion;
    expect(flashcardFor(click, { regionName: () => 'Ukraine' })).toEqual({
      front: 'Click Ukraine.',
      back: 'Ukraine',
    });
  });
});
