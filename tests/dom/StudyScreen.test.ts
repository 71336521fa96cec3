import { afterEach, describe, expect, it } from 'vitest';
import type { Question } from '../../src/core/model/pack';
import type { BankEntry } from '../../src/core/packs/questionBank';
import { type CardState, type ReviewLogEntry, previewRatings, reviewCard } from '../../src/core/review/cards';
import { flashcardFor } from '../../src/core/review/flashcard';
import type { RatingValue } from '../../src/core/review/rating';
import { nextStudyCard } from '../../src/core/review/study';
import { StudyScreen, type StudyScreenDeps } from '../../src/ui/screens/StudyScreen';
import { press } from '../support/keys';
import { cardState } from '../support/reviews';
import { T0, makePack, makeSource, singleQuestion, trueFalseQuestion } from '../support/packs';
import { accessibleName, buttonNames, getButton, getByRole, headings, visibleText } from './a11y';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** The learner's day began ten hours before T0. */
const DAY_START = T0 - 10 * 3_600_000;

const CAPITAL = singleQuestion('capital', {
  prompt: 'Which city is the capital of China?',
  explanation: 'Beijing has been the capital of the People’s Republic since 1949.',
  source: 'vassal',
});
const PIPELINE = trueFalseQuestion('pipeline', {
  prompt: 'The Power of Siberia pipeline opened in December 2019.',
  explanation: 'Gas began to flow on 2 December 2019.',
  source: 'vassal',
});
const SOURCE = makeSource({
  id: 'vassal',
  title: 'Vassal state',
  outlet: 'The Telegraph',
  author: 'Neil Barnett',
  date: '2024',
});

/** A card in the given FSRS state, due at `due`. */
function card(state: 1 | 2 | 3, due: number): CardState {
  return cardState(state, due, {
    stability: 3,
    scheduled_days: state === 2 ? 3 : 0,
    reps: 2,
    last_review: due - (state === 2 ? 3 * DAY : 10 * MINUTE),
  });
}

interface Harness {
  screen: StudyScreen;
  rated: [string, RatingValue][];
  calls: { undo: number; exit: number };
  state: { cards: Record<string, CardState>; log: ReviewLogEntry[] };
}

/**
 * A study screen over a small in-memory state driven by the real scheduler: `next` is `nextStudyCard`,
 * ratings go through `reviewCard`, and undo restores the card and log as they were before the last rating.
 */
function setup(
  options: { questions?: Question[]; cards?: Record<string, CardState>; newPerDay?: number } = {},
): Harness {
  const pack = makePack(options.questions ?? [CAPITAL, PIPELINE], { sources: [SOURCE] });
  const entries = new Map<string, BankEntry>(
    pack.questions.map((question) => [question.id, { question, pack }]),
  );
  const ids = pack.questions.map((question) => question.id);
  const state = { cards: { ...options.cards }, log: [] as ReviewLogEntry[] };
  const undoStack: { questionId: string; before: CardState | undefined }[] = [];
  const rated: [string, RatingValue][] = [];
  const calls = { undo: 0, exit: 0 };
  const limits = { newPerDay: options.newPerDay ?? 20, reviewsPerDay: 200 };
  const deps: StudyScreenDeps = {
    next: () => nextStudyCard(ids, state.cards, state.log, T0, DAY_START, limits),
    entry: (questionId) => entries.get(questionId),
    face: (entry) => flashcardFor(entry.question),
    preview: (questionId) => previewRatings(state.cards[questionId], T0),
    canUndo: () => undoStack.length > 0,
    onRate: (questionId, rating) => {
      rated.push([questionId, rating]);
      const before = state.cards[questionId];
      const result = reviewCard(questionId, before, rating, T0);
      state.cards[questionId] = result.card;
      state.log.push(result.log);
      undoStack.push({ questionId, before });
    },
    onUndo: () => {
      calls.undo += 1;
      const last = undoStack.pop();
      if (!last) return;
      if (last.before) state.cards[last.questionId] = last.before;
      else delete state.cards[last.questionId];
      state.log.pop();
    },
    onExit: () => (calls.exit += 1),
    now: () => T0,
  };
  const screen = new StudyScreen(deps);
  document.body.append(screen.element);
  return { screen, rated, calls, state };
}

/** The counts line under the header. */
function countsText(): string {
  return visibleText(document.querySelector('.study-counts')!);
}

/** Text of each child of the element matching `selector`, one entry per paragraph or heading. */
function lines(selector: string): string[] {
  return [...document.querySelector(selector)!.children].map(visibleText);
}

/** The "Undo last rating" button (found even while hidden). */
function undoButton(): HTMLButtonElement {
  return getButton('Undo last rating');
}

/** Names of the buttons in the rating group. */
function ratingNames(): string[] {
  return buttonNames(getByRole('group', 'How well did you remember?'));
}

const CAPITAL_RATINGS = ['Again, next in 1m', 'Hard, next in 6m', 'Good, next in 10m', 'Easy, next in 8d'];

afterEach(() => {
  document.body.replaceChildren();
});

describe('StudyScreen: the front of a card', () => {
  it('is a screen named by its "Flashcards" heading, with a "Back to menu" button', () => {
    const { screen } = setup();
    screen.showNext();
    expect(accessibleName(screen.element)).toBe('Flashcards');
    expect(buttonNames(screen.element.querySelector('header')!)).toEqual([
      'Back to menu',
      'Undo last rating',
    ]);
  });

  it('shows the front of the first due card, its kind and a "Show answer" button, and focuses the front', () => {
    const { screen } = setup();
    screen.showNext();
    expect(headings()).toEqual(['Flashcards', 'Which city is the capital of China?']);
    const front = getByRole('heading', 'Which city is the capital of China?');
    expect(front.tagName).toBe('H2');
    expect(document.activeElement).toBe(front);
    expect(lines('.flashcard')).toEqual(['New card', 'Which city is the capital of China?']);
    const flip = getButton('Show answer');
    expect(flip.getAttribute('aria-keyshortcuts')).toBe('Space');
    expect(visibleText(document.body)).not.toContain('Beijing');
    expect(visibleText(document.body)).not.toContain('Source:');
    expect(document.querySelector('[role="group"]')).toBeNull();
  });

  it('says how many cards are left today by kind', () => {
    const { screen } = setup();
    screen.showNext();
    expect(countsText()).toBe('Left today: 2 new · 0 learning · 0 to review');
  });

  it('shows due reviews before new cards, labelled "Review", and counts them', () => {
    const { screen } = setup({ cards: { pipeline: card(2, T0 - DAY) } });
    screen.showNext();
    expect(countsText()).toBe('Left today: 1 new · 0 learning · 1 to review');
    expect(lines('.flashcard')).toEqual(['Review', 'The Power of Siberia pipeline opened in December 2019.']);
  });

  it('limits new cards to the daily limit', () => {
    const { screen } = setup({ newPerDay: 1 });
    screen.showNext();
    expect(countsText()).toBe('Left today: 1 new · 0 learning · 0 to review');
  });
});

describe('StudyScreen: flipping', () => {
  it('flips on Space: back, explanation and source show, and "Show answer" goes', () => {
    const { screen } = setup();
    screen.showNext();
    expect(press(screen, ' ')).toBe(true);
    expect(lines('.flashcard')).toEqual([
      'Which city is the capital of China?',
      'Beijing',
      'Beijing has been the capital of the People’s Republic since 1949.',
      'Source: “Vassal state”, The Telegraph, Neil Barnett, 2024',
    ]);
    expect(buttonNames()).not.toContain('Show answer');
    const front = getByRole('heading', 'Which city is the capital of China?');
    expect(document.activeElement).toBe(front);
    expect(front.getAttribute('aria-describedby')).toBe('card-back');
    expect(document.getElementById('card-back')?.textContent).toBe('Beijing');
  });

  it('shows the date of a moving figure and the update since its source on the back', () => {
    const moved = trueFalseQuestion('pos2', {
      prompt: 'Power of Siberia 2 was still unsigned in 2024.',
      explanation: 'Barnett says the talks had stalled.',
      source: 'vassal',
      asOf: '2024',
      update: { text: 'Gazprom announced a memorandum on building it.', source: 'vassal' },
    });
    const { screen } = setup({ questions: [moved] });
    screen.showNext();
    press(screen, ' ');
    expect(lines('.flashcard')).toEqual([
      'Power of Siberia 2 was still unsigned in 2024.',
      'True',
      'Barnett says the talks had stalled.',
      'Figure as of 2024',
      'Since then: Gazprom announced a memorandum on building it (The Telegraph, 2024).',
      'Source: “Vassal state”, The Telegraph, Neil Barnett, 2024',
    ]);
  });

  it('flips a true/false card to "True"', () => {
    const { screen } = setup({ questions: [PIPELINE] });
    screen.showNext();
    press(screen, ' ');
    expect(document.getElementById('card-back')?.textContent).toBe('True');
  });

  it('flips on a click on "Show answer", and on Enter from the front', () => {
    const first = setup();
    first.screen.showNext();
    getButton('Show answer').click();
    expect(document.getElementById('card-back')?.textContent).toBe('Beijing');
    document.body.replaceChildren();

    const second = setup();
    second.screen.showNext();
    expect(press(second.screen, 'Enter')).toBe(true);
    expect(document.getElementById('card-back')?.textContent).toBe('Beijing');
  });

  it('leaves Enter on a button to the button itself', () => {
    const { screen } = setup();
    screen.showNext();
    expect(press(screen, 'Enter', getButton('Show answer'))).toBe(false);
    expect(document.getElementById('card-back')).toBeNull();
  });

  it('leaves Space on a header button to the button, without flipping the card', () => {
    const { screen } = setup();
    screen.showNext();
    expect(press(screen, ' ', getButton('Back to menu'))).toBe(false);
    expect(document.getElementById('card-back')).toBeNull();
  });

  it('offers four rating buttons in a group, each named with the interval it leads to', () => {
    const { screen } = setup();
    screen.showNext();
    press(screen, ' ');
    const expected = previewRatings(undefined, T0);
    expect(expected[1].intervalMs).toBe(MINUTE);
    expect(expected[3].intervalMs).toBe(10 * MINUTE);
    expect(ratingNames()).toEqual(CAPITAL_RATINGS);
    const group = getByRole('group', 'How well did you remember?');
    expect([...group.querySelectorAll('button')].map((b) => b.getAttribute('aria-keyshortcuts'))).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
  });

  it('labels the rating buttons of a review card with its own, longer intervals', () => {
    const { screen } = setup({ questions: [PIPELINE], cards: { pipeline: card(2, T0) } });
    screen.showNext();
    press(screen, ' ');
    expect(ratingNames()).toEqual([
      'Again, next in 10m',
      'Hard, next in 8d',
      'Good, next in 11d',
      'Easy, next in 18d',
    ]);
  });

  it('leaves out the source line when the pack does not hold the cited source', () => {
    const orphan = singleQuestion('orphan', { prompt: 'Orphan?', source: 'missing' });
    const { screen } = setup({ questions: [orphan] });
    screen.showNext();
    press(screen, ' ');
    expect(lines('.flashcard')).toEqual(['Orphan?', 'Beijing', 'Explanation of orphan.']);
  });

  it('leaves out the explanation when the question has none', () => {
    const bare = trueFalseQuestion('bare', { prompt: 'Bare statement.', explanation: '', source: 'vassal' });
    const { screen } = setup({ questions: [bare] });
    screen.showNext();
    press(screen, ' ');
    expect(lines('.flashcard')).toEqual([
      'Bare statement.',
      'True',
      'Source: “Vassal state”, The Telegraph, Neil Barnett, 2024',
    ]);
    expect(document.querySelector('.explanation')).toBeNull();
  });

  it('does nothing on Space once flipped', () => {
    const { screen, rated } = setup();
    screen.showNext();
    press(screen, ' ');
    expect(press(screen, ' ')).toBe(false);
    expect(rated).toEqual([]);
    expect(ratingNames()).toEqual(CAPITAL_RATINGS);
  });
});

describe('StudyScreen: rating', () => {
  it.each([
    ['1', 1, 'Left today: 1 new · 1 learning · 0 to review'],
    ['2', 2, 'Left today: 1 new · 1 learning · 0 to review'],
    ['3', 3, 'Left today: 1 new · 1 learning · 0 to review'],
    ['4', 4, 'Left today: 1 new · 0 learning · 0 to review'],
  ] as const)('rates %s on key "%s" and shows the front of the next card', (key, rating, counts) => {
    const { screen, rated } = setup();
    screen.showNext();
    press(screen, ' ');
    expect(press(screen, key)).toBe(true);
    expect(rated).toEqual([['capital', rating]]);
    expect(headings()).toEqual(['Flashcards', 'The Power of Siberia pipeline opened in December 2019.']);
    expect(document.activeElement).toBe(
      getByRole('heading', 'The Power of Siberia pipeline opened in December 2019.'),
    );
    getButton('Show answer');
    expect(document.querySelector('[role="group"]')).toBeNull();
    expect(countsText()).toBe(counts);
  });

  it('rates on a click on a rating button', () => {
    const { screen, rated } = setup();
    screen.showNext();
    press(screen, ' ');
    getButton('Hard, next in 6m').click();
    expect(rated).toEqual([['capital', 2]]);
    getByRole('heading', 'The Power of Siberia pipeline opened in December 2019.');
  });

  it('ignores keys 1–4 before the card is flipped', () => {
    const { screen, rated } = setup();
    screen.showNext();
    for (const key of ['1', '2', '3', '4']) expect(press(screen, key)).toBe(false);
    expect(rated).toEqual([]);
    getButton('Show answer');
    expect(document.getElementById('card-back')).toBeNull();
  });

  it('ignores other keys after the flip', () => {
    const { screen, rated } = setup();
    screen.showNext();
    press(screen, ' ');
    for (const key of ['0', '5', 'g', 'Enter']) expect(press(screen, key)).toBe(false);
    expect(rated).toEqual([]);
  });

  it('brings a card rated Again back in the same session once nothing else is left', () => {
    const { screen, rated } = setup({ questions: [CAPITAL] });
    screen.showNext();
    press(screen, ' ');
    press(screen, '1');
    expect(rated).toEqual([['capital', 1]]);
    expect(countsText()).toBe('Left today: 0 new · 1 learning · 0 to review');
    expect(lines('.flashcard')).toEqual(['Learning', 'Which city is the capital of China?']);
  });
});

describe('StudyScreen: undo', () => {
  it('hides "Undo last rating" and ignores U while there is nothing to undo', () => {
    const { screen, calls } = setup();
    screen.showNext();
    expect(undoButton().hidden).toBe(true);
    expect(press(screen, 'u')).toBe(false);
    expect(press(screen, 'U')).toBe(false);
    expect(calls.undo).toBe(0);
  });

  it('shows "Undo last rating" after a rating, and U takes the rating back and shows that card again', () => {
    const { screen, calls, rated } = setup();
    screen.showNext();
    press(screen, ' ');
    press(screen, '3');
    expect(rated).toEqual([['capital', 3]]);
    expect(undoButton().hidden).toBe(false);
    expect(undoButton().getAttribute('aria-keyshortcuts')).toBe('U');
    expect(press(screen, 'U')).toBe(true);
    expect(calls.undo).toBe(1);
    expect(headings()).toEqual(['Flashcards', 'Which city is the capital of China?']);
    getButton('Show answer');
    expect(countsText()).toBe('Left today: 2 new · 0 learning · 0 to review');
    expect(undoButton().hidden).toBe(true);
    expect(press(screen, 'u')).toBe(false);
    expect(calls.undo).toBe(1);
  });

  it('undoes on lowercase u, even with the card flipped, and on a click on the button', () => {
    const { screen, calls } = setup();
    screen.showNext();
    press(screen, ' ');
    press(screen, '4');
    press(screen, ' ');
    press(screen, '2');
    press(screen, ' ');
    expect(press(screen, 'u')).toBe(true);
    expect(calls.undo).toBe(1);
    getByRole('heading', 'The Power of Siberia pipeline opened in December 2019.');
    getButton('Show answer');
    undoButton().click();
    expect(calls.undo).toBe(2);
    getByRole('heading', 'Which city is the capital of China?');
    expect(undoButton().hidden).toBe(true);
  });
});

describe('StudyScreen: the end of the queue', () => {
  it('says "All done for today" once the last card is rated, and focuses that heading', () => {
    const { screen } = setup({ questions: [CAPITAL] });
    screen.showNext();
    press(screen, ' ');
    press(screen, '4');
    const heading = getByRole('heading', 'All done for today');
    expect(document.activeElement).toBe(heading);
    expect(lines('.study-done')).toEqual([
      'All done for today',
      'Come back tomorrow for the cards that fall due, or play regions on the map to meet new questions.',
    ]);
    expect(countsText()).toBe('Left today: 0 new · 0 learning · 0 to review');
    expect(buttonNames()).not.toContain('Show answer');
    expect(undoButton().hidden).toBe(false);
  });

  it('is done at once when no new cards are allowed today, and ignores Space and 1–4 there', () => {
    const { screen, rated } = setup({ newPerDay: 0 });
    screen.showNext();
    getByRole('heading', 'All done for today');
    expect(countsText()).toBe('Left today: 0 new · 0 learning · 0 to review');
    for (const key of [' ', 'Enter', '1', '3']) expect(press(screen, key)).toBe(false);
    expect(rated).toEqual([]);
  });

  it('says when a learning card beyond the learn-ahead limit comes back', () => {
    const { screen } = setup({ questions: [CAPITAL], cards: { capital: card(1, T0 + 45 * MINUTE) } });
    screen.showNext();
    getByRole('heading', 'All done for today');
    expect(lines('.study-done')).toEqual([
      'All done for today',
      'A card you are learning comes back in 45m.',
    ]);
    expect(countsText()).toBe('Left today: 0 new · 0 learning · 0 to review');
  });

  it('shows a learning card due within the learn-ahead limit instead of ending', () => {
    const { screen } = setup({ questions: [CAPITAL], cards: { capital: card(3, T0 + 5 * MINUTE) } });
    screen.showNext();
    expect(countsText()).toBe('Left today: 0 new · 1 learning · 0 to review');
    expect(lines('.flashcard')).toEqual(['Learning', 'Which city is the capital of China?']);
  });

  it('undo from the end brings the last card back', () => {
    const { screen, calls } = setup({ questions: [CAPITAL] });
    screen.showNext();
    press(screen, ' ');
    press(screen, '4');
    getByRole('heading', 'All done for today');
    expect(press(screen, 'U')).toBe(true);
    expect(calls.undo).toBe(1);
    getByRole('heading', 'Which city is the capital of China?');
    expect(countsText()).toBe('Left today: 1 new · 0 learning · 0 to review');
  });
});

describe('StudyScreen: keys that are not for it', () => {
  it('ignores Space, 1–4 and U typed inside a text field', () => {
    const { screen, rated, calls } = setup();
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    document.body.append(input, textarea);
    screen.showNext();
    expect(press(screen, ' ', input)).toBe(false);
    expect(press(screen, 'Enter', textarea)).toBe(false);
    getButton('Show answer');
    press(screen, ' ');
    press(screen, '3');
    expect(undoButton().hidden).toBe(false);
    press(screen, ' ');
    for (const key of ['1', '2', '3', '4', 'u', 'U']) {
      expect(press(screen, key, input)).toBe(false);
      expect(press(screen, key, textarea)).toBe(false);
    }
    expect(rated).toEqual([['capital', 3]]);
    expect(calls.undo).toBe(0);
    expect(ratingNames()).toHaveLength(4);
  });

  it('ignores keys pressed with Ctrl, Alt or Meta', () => {
    const { screen, rated, calls } = setup();
    screen.showNext();
    expect(press(screen, ' ', document.body, { ctrlKey: true })).toBe(false);
    expect(press(screen, ' ', document.body, { altKey: true })).toBe(false);
    expect(press(screen, ' ', document.body, { metaKey: true })).toBe(false);
    getButton('Show answer');
    press(screen, ' ');
    expect(press(screen, '3', document.body, { ctrlKey: true })).toBe(false);
    press(screen, '3');
    expect(press(screen, 'u', document.body, { metaKey: true })).toBe(false);
    expect(rated).toEqual([['capital', 3]]);
    expect(calls.undo).toBe(0);
  });
});

describe('StudyScreen: leaving', () => {
  it('calls onExit on "Back to menu", without rating or undoing', () => {
    const { screen, rated, calls } = setup();
    screen.showNext();
    getButton('Back to menu').click();
    expect(calls.exit).toBe(1);
    expect(calls.undo).toBe(0);
    expect(rated).toEqual([]);
  });
});
