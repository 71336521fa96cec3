import { describe, it, expect, afterEach, vi } from 'vitest';
import type { Pack, Question, Source } from '../../src/core/model/pack';
import type { BankEntry } from '../../src/core/packs/questionBank';
import type { Response } from '../../src/core/questions/responses';
import type { Round, RoundAnswer } from '../../src/core/quiz/round';
import { QuizPanel, type QuizPanelDeps } from '../../src/ui/panels/QuizPanel';
import { press } from '../support/keys';
import { knownAnswersOf } from '../../src/core/quiz/knownAnswers';
import {
  T0,
  clozeQuestion,
  makePack,
  makeSource,
  singleQuestion,
  trueFalseQuestion,
  typedQuestion,
} from '../support/packs';
import { accessibleName, buttonNames, getButton, getByRole, headings, visibleText } from './a11y';

const REGION_NAMES: Record<string, string> = {
  'european-russia': 'European Russia',
  'western-siberia': 'Western Siberia',
  crimea: 'Crimea',
};

// Choices in authoring order: 0 Moscow (has a why), 1 Beijing (correct), 2 Harbin, 3 Shanghai (has a why).
const SINGLE = singleQuestion('capital', {
  region: 'european-russia',
  prompt: 'Which city is the capital of China?',
  explanation: 'Beijing has been the capital of the People’s Republic since 1949.',
  source: 'vassal',
});
const TRUE_FALSE = trueFalseQuestion('pipeline', {
  region: 'european-russia',
  prompt: 'The Power of Siberia pipeline opened in December 2019.',
  explanation: 'Gas began to flow on 2 December 2019.',
  source: 'vassal',
  answer: true,
});
const EXTRA = [1, 2, 3].map((n) =>
  trueFalseQuestion(`extra-${n}`, { prompt: `Extra statement ${n}.`, source: 'vassal' }),
);
const SOURCE = makeSource({
  id: 'vassal',
  title: 'Vassal state',
  outlet: 'The Telegraph',
  author: 'Neil Barnett',
  date: '2024',
});
const PACK = makePack([SINGLE, TRUE_FALSE, ...EXTRA], { sources: [SOURCE] });

/** Display order of the single-choice options: Harbin, Moscow, Shanghai, Beijing. */
const ORDER = [2, 0, 3, 1];

interface Calls {
  answers: Response[];
  next: number;
  back: number;
  again: number;
  review: number;
}

/** Sets the panel up on a pack of its own, e.g. one whose sources carry links. */
function setupWith(pack: Pack): { panel: QuizPanel; calls: Calls } {
  return setup({ pack });
}

function setup(
  options: {
    questions?: Question[];
    pack?: Pack;
    sources?: Source[];
    cleared?: string[];
    now?: () => number;
    gradeContext?: QuizPanelDeps['gradeContext'];
    marks?: QuizPanelDeps['marks'];
    replay?: boolean;
  } = {},
): {
  panel: QuizPanel;
  calls: Calls;
} {
  const sources = [SOURCE, ...(options.sources ?? [])];
  const pack = options.pack ?? (options.questions ? makePack(options.questions, { sources }) : PACK);
  const entries = new Map<string, BankEntry>(
    pack.questions.map((question) => [question.id, { question, pack }]),
  );
  const calls: Calls = { answers: [], next: 0, back: 0, again: 0, review: 0 };
  const deps: QuizPanelDeps = {
    question: (id) => entries.get(id),
    regionName: (id) => REGION_NAMES[id] ?? id,
    wasCleared: (id) => (options.cleared ?? []).includes(id),
    onAnswer: (response) => calls.answers.push(response),
    onNext: () => (calls.next += 1),
    onBackToMap: () => (calls.back += 1),
    canPlayAgain: () => options.replay ?? true,
    onPlayAgain: () => (calls.again += 1),
    onReviewMissed: () => (calls.review += 1),
    now: options.now ?? (() => T0),
    ...(options.gradeContext ? { gradeContext: options.gradeContext } : {}),
    ...(options.marks ? { marks: options.marks } : {}),
  };
  const panel = new QuizPanel(deps);
  document.body.append(panel.element);
  return { panel, calls };
}

function makeRound(overrides: Partial<Round> = {}): Round {
  return {
    regionId: 'european-russia',
    questions: [
      { questionId: 'capital', order: ORDER },
      { questionId: 'pipeline', order: [] },
    ],
    index: 0,
    answers: [],
    phase: 'asking',
    shownAt: T0,
    ...overrides,
  };
}

function answer(questionId: string, response: Response, correct: boolean, n = 0): RoundAnswer {
  return { questionId, response, correct, at: T0 + 5000 + n * 10_000, ms: 5000 };
}

/** The answer option buttons, in display order. */
function optionButtons(): HTMLButtonElement[] {
  return [...getByRole('group', 'Answers').querySelectorAll('button')];
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('QuizPanel: asking', () => {
  it('is hidden until there is a round, and hidden again for null', () => {
    const { panel } = setup();
    expect(panel.element.hidden).toBe(true);
    panel.update(makeRound());
    expect(panel.element.hidden).toBe(false);
    panel.update(null);
    expect(panel.element.hidden).toBe(true);
    expect(panel.element.childElementCount).toBe(0);
  });

  it('shows the prompt as the heading that names the panel, and focuses it', () => {
    const { panel } = setup();
    panel.update(makeRound());
    const heading = getByRole('heading', 'Which city is the capital of China?');
    expect(heading.tagName).toBe('H2');
    expect(accessibleName(panel.element)).toBe('Which city is the capital of China?');
    expect(document.activeElement).toBe(heading);
  });

  it("shows the options in the round's order, named by their text only", () => {
    const { panel } = setup();
    panel.update(makeRound());
    expect(optionButtons().map(accessibleName)).toEqual(['Harbin', 'Moscow', 'Shanghai', 'Beijing']);
    expect(optionButtons().every((button) => !button.disabled)).toBe(true);
  });

  it('shows where the player is in the round', () => {
    const { panel } = setup();
    panel.update(makeRound({ index: 1, answers: [answer('capital', 1, true)] }));
    expect(visibleText(panel.element)).toContain('European Russia · Question 2 of 2 · 1 point so far');
  });

  it('calls onAnswer with the authoring index of the clicked option', () => {
    const { panel, calls } = setup();
    panel.update(makeRound());
    getButton('Beijing').click();
    getButton('Harbin').click();
    expect(calls.answers).toEqual([1, 2]);
  });

  it('asks "True or false?" for a true/false question, with True and False options', () => {
    const { panel, calls } = setup();
    panel.update(makeRound({ index: 1, answers: [answer('capital', 1, true)] }));
    getByRole('heading', 'True or false? The Power of Siberia pipeline opened in December 2019.');
    expect(optionButtons().map(accessibleName)).toEqual(['True', 'False']);
    getButton('False').click();
    getButton('True').click();
    expect(calls.answers).toEqual([false, true]);
  });

  it('answers with the second shown option on key "2", and the first on key "1"', () => {
    const { panel, calls } = setup();
    panel.update(makeRound());
    expect(press(panel, '2')).toBe(true);
    expect(press(panel, '1')).toBe(true);
    expect(calls.answers).toEqual([ORDER[1], ORDER[0]]);
  });

  it('ignores number keys beyond the options shown, and 0', () => {
    const { panel, calls } = setup();
    panel.update(makeRound());
    expect(press(panel, '5')).toBe(false);
    expect(press(panel, '9')).toBe(false);
    expect(press(panel, '0')).toBe(false);
    expect(press(panel, 't')).toBe(false);
    expect(calls.answers).toEqual([]);
  });

  it('answers True on "t" and False on "f" for a true/false question, in either case', () => {
    const { panel, calls } = setup();
    panel.update(makeRound({ index: 1, answers: [answer('capital', 1, true)] }));
    expect(press(panel, 't')).toBe(true);
    expect(press(panel, 'F')).toBe(true);
    expect(press(panel, '2')).toBe(true);
    expect(calls.answers).toEqual([true, false, false]);
  });

  it('ignores shortcut keys typed into a text field', () => {
    const { panel, calls } = setup();
    panel.update(makeRound());
    const input = document.createElement('input');
    const textarea = document.createElement('textarea');
    document.body.append(input, textarea);
    expect(press(panel, '2', input)).toBe(false);
    expect(press(panel, '1', textarea)).toBe(false);
    expect(calls.answers).toEqual([]);
    expect(press(panel, '2')).toBe(true);
    expect(calls.answers).toEqual([ORDER[1]]);
  });

  it('ignores shortcut keys pressed with Ctrl, Alt or Meta', () => {
    const { panel, calls } = setup();
    panel.update(makeRound());
    expect(press(panel, '2', document.body, { ctrlKey: true })).toBe(false);
    expect(press(panel, '2', document.body, { altKey: true })).toBe(false);
    expect(press(panel, '2', document.body, { metaKey: true })).toBe(false);
    expect(calls.answers).toEqual([]);
  });

  it('does not go on with Enter while a question is being asked', () => {
    const { panel, calls } = setup();
    panel.update(makeRound());
    expect(press(panel, 'Enter')).toBe(false);
    expect(calls.next).toBe(0);
  });
});

describe('QuizPanel: a place question on the map', () => {
  const { answer: _unused, ...base } = trueFalseQuestion('khabarovsk', {
    prompt: 'Click Khabarovsk.',
    source: 'vassal',
  });
  const place = {
    ...base,
    type: 'mapclick',
    target: { point: [135.07, 48.48], radiusKm: 35, name: 'Khabarovsk, where the Ussuri meets the Amur' },
  } as Question;
  const marks = [
    { number: 1, point: [500, 300] as [number, number], region: 'heilongjiang' },
    { number: 2, point: [520, 310] as [number, number], region: 'outer-manchuria' },
    { number: 3, point: [480, 280] as [number, number], region: null },
  ];
  const placeRound = () => makeRound({ questions: [{ questionId: 'khabarovsk', order: [] }] });

  it("lists the marks on the map as numbered buttons that answer with the mark's point", () => {
    const { panel, calls } = setup({ questions: [place], marks: () => marks });
    panel.update(placeRound());
    const group = getByRole('group', 'Marks on the map');
    expect([...group.querySelectorAll('button')].map(accessibleName)).toEqual(['Mark 1', 'Mark 2', 'Mark 3']);
    getButton('Mark 2').click();
    expect(calls.answers).toEqual([{ region: 'outer-manchuria', point: [520, 310], mark: 2 }]);
  });

  it('chooses a mark with its number key, and ignores numbers beyond the marks', () => {
    const { panel, calls } = setup({ questions: [place], marks: () => marks });
    panel.update(placeRound());
    expect(press(panel, '4')).toBe(false);
    expect(press(panel, '3')).toBe(true);
    expect(calls.answers).toEqual([{ region: null, point: [480, 280], mark: 3 }]);
  });

  it('offers no region list wording for a place question, and names the place in the feedback', () => {
    const { panel } = setup({ questions: [place], marks: () => marks });
    panel.update(placeRound());
    expect(visibleText(panel.element)).not.toContain('region list');
    panel.update(
      makeRound({
        questions: [{ questionId: 'khabarovsk', order: [] }],
        phase: 'feedback',
        answers: [answer('khabarovsk', { region: 'outer-manchuria', point: [520, 310], mark: 2 }, false)],
      }),
    );
    expect(visibleText(panel.element)).toContain('The answer: Khabarovsk, where the Ussuri meets the Amur');
  });
});

describe('QuizPanel: feedback', () => {
  it('after a wrong answer shows the verdict, the answer, why the choice is wrong, the explanation and the source', () => {
    const { panel } = setup();
    panel.update(makeRound({ phase: 'feedback', answers: [answer('capital', 0, false)] }));

    const verdict = getByRole('heading', '✗ Not quite.');
    expect(document.activeElement).toBe(verdict);
    const feedback = getByRole('region', '✗ Not quite.');
    const text = visibleText(feedback);
    expect(text).toContain('The answer: Beijing');
    expect(text).toContain('Moscow is the Russian capital.');
    expect(text).toContain('Beijing has been the capital of the People’s Republic since 1949.');
    expect(text).toContain('Source: “Vassal state”, The Telegraph, Neil Barnett, 2024');
  });

  it('dates a moving figure and says how the record moved on, citing the update’s own source', () => {
    const customs = makeSource({
      id: 'customs-2024',
      title: 'Trade statistics for 2023',
      outlet: 'General Administration of Customs',
      author: 'General Administration of Customs',
      date: '2024-01',
    });
    const dated = trueFalseQuestion('trade-2021', {
      prompt: 'China–Russia trade was worth about $147 billion in 2021.',
      explanation: 'That was about 18% of Russia’s trade.',
      source: 'vassal',
      asOf: '2021',
      update: { text: 'trade reached about $240 billion in 2023', source: 'customs-2024' },
    });
    const { panel } = setup({ questions: [dated], sources: [customs] });
    panel.update(
      makeRound({
        questions: [{ questionId: 'trade-2021', order: [] }],
        phase: 'feedback',
        answers: [answer('trade-2021', true, true)],
      }),
    );
    const lines = [...getByRole('region', '✓ Correct!').querySelectorAll('p')].map((p) => p.textContent);
    expect(lines).toEqual([
      'That was about 18% of Russia’s trade.',
      'Figure as of 2021',
      'Since then: trade reached about $240 billion in 2023 (General Administration of Customs, 2024-01).',
      'Source: “Vassal state”, The Telegraph, Neil Barnett, 2024',
    ]);
  });

  it('shows no date or update line for a question that has neither', () => {
    const { panel } = setup();
    panel.update(makeRound({ phase: 'feedback', answers: [answer('capital', 1, true)] }));
    const text = visibleText(panel.element);
    expect(text).not.toContain('Figure as of');
    expect(text).not.toContain('Since then');
  });

  it('shows each source as a link that opens in a new tab, an article as "Source" and a reference as "Reference"', () => {
    const article = makeSource({
      id: 'vassal',
      title: 'Vassal state',
      outlet: 'The Telegraph',
      author: 'Neil Barnett',
      date: '2024',
      url: 'https://example.org/vassal',
    });
    const treaty = makeSource({
      id: 'aigun',
      kind: 'reference',
      title: 'Treaty of Aigun',
      outlet: 'treaty text',
      author: 'Russian Empire and Qing Empire',
      date: '1858-05-28',
    });
    const question = { ...SINGLE, source: ['vassal', 'aigun'] };
    const pack = makePack([question], { sources: [article, treaty] });
    const { panel } = setupWith(pack);
    panel.update(makeRound({ phase: 'feedback', answers: [answer('capital', 1, true)] }));

    const feedback = getByRole('region', '✓ Correct!');
    expect(visibleText(feedback)).toContain(
      'Source: “Vassal state”, The Telegraph, Neil Barnett, 2024; Reference: “Treaty of Aigun”, treaty text, Russian Empire and Qing Empire, 1858-05-28',
    );
    const link = getByRole('link', '“Vassal state”, The Telegraph, Neil Barnett, 2024', feedback);
    expect(link.getAttribute('href')).toBe('https://example.org/vassal');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(feedback.querySelectorAll('a')).toHaveLength(1);
  });

  it('shows no link for a script address kept in a pack saved before links were checked', () => {
    const pack = makePack([SINGLE], {
      sources: [{ ...SOURCE, url: 'javascript:alert(document.cookie)' }],
    });
    const { panel } = setupWith(pack);
    panel.update(makeRound({ phase: 'feedback', answers: [answer('capital', 1, true)] }));

    const feedback = getByRole('region', '✓ Correct!');
    expect(visibleText(feedback)).toContain('Source: “Vassal state”, The Telegraph, Neil Barnett, 2024');
    expect(feedback.querySelectorAll('a')).toHaveLength(0);
  });

  it('marks the right and the chosen option and disables all options', () => {
    const { panel, calls } = setup();
    panel.update(makeRound({ phase: 'feedback', answers: [answer('capital', 0, false)] }));
    expect(optionButtons().map(accessibleName)).toEqual([
      'Harbin',
      'Moscow ✗ your answer',
      'Shanghai',
      'Beijing ✓ correct answer',
    ]);
    expect(optionButtons().every((button) => button.disabled)).toBe(true);
    optionButtons()[0]!.click();
    expect(calls.answers).toEqual([]);
  });

  it('after a right answer says so, without "The answer:"', () => {
    const { panel } = setup();
    panel.update(makeRound({ phase: 'feedback', answers: [answer('capital', 1, true)] }));
    getByRole('heading', '✓ Correct!');
    const text = visibleText(panel.element);
    expect(text).not.toContain('The answer:');
    expect(text).not.toContain('your answer');
    expect(text).toContain('Beijing has been the capital');
    expect(headings()).not.toContain('✗ Not quite.');
  });

  it('gives no "why" for a wrong choice that has none', () => {
    const { panel } = setup();
    panel.update(makeRound({ phase: 'feedback', answers: [answer('capital', 2, false)] }));
    const text = visibleText(panel.element);
    expect(text).toContain('The answer: Beijing');
    expect(text).not.toContain('Moscow is the Russian capital.');
    expect(text).not.toContain('largest city');
  });

  it('says why a typed answer that is another answer of the course is not taken for a typo', () => {
    const town = typedQuestion('town', { region: 'european-russia', answer: 'Aigun', source: 'vassal' });
    const river = singleQuestion('river', {
      region: 'european-russia',
      source: 'vassal',
      choices: [{ text: 'The Argun', correct: true }, { text: 'The Amur' }],
    });
    const { panel } = setup({
      questions: [town, river],
      gradeContext: () => ({ knownAnswers: knownAnswersOf([town, river]) }),
    });
    panel.update(
      makeRound({
        questions: [{ questionId: 'town', order: [] }],
        phase: 'feedback',
        answers: [answer('town', { text: 'Argun' }, false)],
      }),
    );
    const text = visibleText(getByRole('region', '✗ Not quite.'));
    expect(text).toContain('The answer: Aigun');
    expect(text).toContain('“Argun” is a different name in this course, not a spelling slip of “Aigun”.');
    expect(text).not.toContain('Accepted with a typo');
  });

  it('gives the spelling of each cloze gap accepted with a typo, marking the letters that differ', () => {
    const cloze = clozeQuestion(
      'treaties',
      'Russia took the land under the Treaty of {{Aigun|Aihun}} in 1858 and the Treaty of {{Beijing|Peking}} in 1860.',
      { region: 'european-russia', source: 'vassal' },
    );
    const { panel } = setup({ questions: [cloze] });
    panel.update(
      makeRound({
        questions: [{ questionId: 'treaties', order: [] }],
        phase: 'feedback',
        answers: [answer('treaties', { gaps: ['Aigun', 'Beijnig'] }, true)],
      }),
    );
    const feedback = getByRole('region', '✓ Correct!');
    const text = visibleText(feedback);
    expect(text).toContain('Gap 2: accepted with a typo; the spelling is Beijing');
    expect(text).not.toContain('Gap 1: accepted with a typo');
    expect(text).not.toContain('Accepted with a typo. The spelling is:');
    const marked = [...feedback.querySelectorAll('.typo mark')].map((mark) => mark.textContent);
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.join('')).not.toBe('Beijing');
    expect(visibleText(panel.element)).toContain('Gap 2: Beijnig ✓');
  });

  it('gives no spelling line for cloze gaps typed exactly', () => {
    const cloze = clozeQuestion('treaties', 'The Treaty of {{Aigun}} and the Treaty of {{Beijing|Peking}}.', {
      region: 'european-russia',
      source: 'vassal',
    });
    const { panel } = setup({ questions: [cloze] });
    panel.update(
      makeRound({
        questions: [{ questionId: 'treaties', order: [] }],
        phase: 'feedback',
        answers: [answer('treaties', { gaps: ['aigun', 'Peking'] }, true)],
      }),
    );
    expect(visibleText(getByRole('region', '✓ Correct!'))).not.toContain('accepted with a typo');
  });

  it('shows True or False as the answer to a true/false question', () => {
    const { panel } = setup();
    panel.update(
      makeRound({
        index: 1,
        phase: 'feedback',
        answers: [answer('capital', 1, true), answer('pipeline', false, false, 1)],
      }),
    );
    expect(visibleText(panel.element)).toContain('The answer: True');
    expect(optionButtons().map(accessibleName)).toEqual(['True ✓ correct answer', 'False ✗ your answer']);
  });

  it('goes on with the "Next question" button and with Enter', () => {
    const { panel, calls } = setup();
    panel.update(makeRound({ phase: 'feedback', answers: [answer('capital', 1, true)] }));
    getButton('Next question').click();
    expect(calls.next).toBe(1);
    expect(press(panel, 'Enter')).toBe(true);
    expect(calls.next).toBe(2);
  });

  it('ignores number keys once the question is answered', () => {
    const { panel, calls } = setup();
    panel.update(makeRound({ phase: 'feedback', answers: [answer('capital', 1, true)] }));
    expect(press(panel, '1')).toBe(false);
    expect(calls.answers).toEqual([]);
  });

  it('offers "See results" after the last question', () => {
    const { panel } = setup();
    panel.update(
      makeRound({
        index: 1,
        phase: 'feedback',
        answers: [answer('capital', 1, true), answer('pipeline', true, true, 1)],
      }),
    );
    expect(buttonNames()).toContain('See results');
    expect(buttonNames()).not.toContain('Next question');
  });
});

describe('QuizPanel: results', () => {
  const fiveQuestions = [
    { questionId: 'capital', order: ORDER },
    { questionId: 'pipeline', order: [] },
    { questionId: 'extra-1', order: [] },
    { questionId: 'extra-2', order: [] },
    { questionId: 'extra-3', order: [] },
  ];

  function finished(rights: boolean[], unlocked: string[]): Round {
    const responses: Response[] = [1, true, true, true, true];
    const wrongs: Response[] = [0, false, false, false, false];
    const answers = fiveQuestions.map((q, i) =>
      answer(q.questionId, rights[i] ? responses[i]! : wrongs[i]!, rights[i]!, i),
    );
    const score = rights.filter(Boolean).length;
    return makeRound({
      questions: fiveQuestions,
      index: 4,
      phase: 'finished',
      answers,
      result: { score, total: 5, passed: score >= 4, unlocked },
    });
  }

  it('shows the score, the cleared region and the names of the regions that opened', () => {
    const { panel } = setup();
    panel.update(finished([false, true, true, true, true], ['western-siberia', 'crimea']));
    const heading = getByRole('heading', 'Round complete');
    expect(document.activeElement).toBe(heading);
    expect(accessibleName(panel.element)).toBe('Round complete');
    const text = visibleText(panel.element);
    expect(text).toContain('You scored 4 of 5.');
    expect(text).toContain('European Russia is cleared!');
    expect(text).toContain('New regions are open: Western Siberia, Crimea.');
  });

  it('lists missed questions with their right answers under "To review"', () => {
    const { panel } = setup();
    panel.update(finished([false, false, true, true, true], []));
    const review = getByRole('heading', 'To review');
    const items = [...(review.parentElement?.querySelectorAll('li') ?? [])].map(visibleText);
    expect(items).toEqual([
      'Which city is the capital of China? — Beijing',
      'The Power of Siberia pipeline opened in December 2019. — True',
    ]);
  });

  it('offers to review the missed questions', () => {
    const { panel, calls } = setup();
    panel.update(finished([false, false, true, true, true], []));
    getButton('Review missed questions').click();
    expect(calls.review).toBe(1);
  });

  it('says a review round is practice that does not clear the region', () => {
    const { panel } = setup();
    panel.update({ ...finished([true, true, true, true, true], []), review: true });
    const text = visibleText(panel.element);
    expect(text).toContain('This was a review of missed questions');
    expect(text).not.toContain('is cleared');
  });

  it('has no "To review" list when everything was right', () => {
    const { panel } = setup();
    panel.update(finished([true, true, true, true, true], []));
    expect(buttonNames()).not.toContain('Review missed questions');
    expect(headings()).not.toContain('To review');
    expect(visibleText(panel.element)).toContain('You scored 5 of 5.');
    expect(visibleText(panel.element)).toContain('European Russia is cleared.');
    expect(visibleText(panel.element)).not.toContain('New regions');
  });

  it('says what is needed after a failed round on a region not yet cleared', () => {
    const { panel } = setup();
    panel.update(finished([true, false, true, false, true], []));
    const text = visibleText(panel.element);
    expect(text).toContain('You scored 3 of 5.');
    expect(text).toContain('You need 4 of 5 to clear European Russia.');
    expect(text).not.toContain('is cleared');
  });

  it('says a cleared region stays cleared after a failed round', () => {
    const { panel } = setup({ cleared: ['european-russia'] });
    panel.update(finished([true, false, true, false, false], []));
    expect(visibleText(panel.element)).toContain('European Russia stays cleared.');
    expect(visibleText(panel.element)).not.toContain('You need');
  });

  it('goes back to the map or plays again with its buttons', () => {
    const { panel, calls } = setup();
    panel.update(finished([true, true, true, true, false], []));
    getButton('Back to map').click();
    getButton('Play again').click();
    expect(calls.back).toBe(1);
    expect(calls.again).toBe(1);
    expect(press(panel, '1')).toBe(false);
    expect(calls.answers).toEqual([]);
  });

  it('does not offer "Play again" when there is no round of the same kind to play', () => {
    const { panel } = setup({ replay: false });
    panel.update(finished([true, true, true, true, false], []));
    expect(getButton('Back to map')).toBeTruthy();
    expect([...document.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Play again');
  });
});

describe('QuizPanel: pack text is text', () => {
  it('renders markup in a prompt, a choice, a why and an explanation as text, creating no elements', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const question = singleQuestion('evil', {
      prompt: evil,
      explanation: '<script>window.hacked = true</script>',
      choices: [
        { text: '<b>bold</b>', correct: true },
        { text: 'plain', why: '<iframe src="javascript:alert(2)"></iframe>' },
      ],
      source: 'vassal',
    });
    const { panel } = setup({ questions: [question] });
    const round = makeRound({ questions: [{ questionId: 'evil', order: [0, 1] }] });
    panel.update(round);
    expect(getByRole('heading', evil).textContent).toBe(evil);
    expect(panel.element.querySelector('img, b, script, iframe')).toBeNull();
    expect(buttonNames()).toEqual(['<b>bold</b>', 'plain']);

    panel.update({ ...round, phase: 'feedback', answers: [answer('evil', 1, false)] });
    expect(panel.element.querySelector('img, b, script, iframe')).toBeNull();
    expect(visibleText(panel.element)).toContain('<script>window.hacked = true</script>');
    expect(visibleText(panel.element)).toContain('<iframe src="javascript:alert(2)"></iframe>');
    expect((window as unknown as { hacked?: boolean }).hacked).toBeUndefined();
  });
});

describe('QuizPanel in timed mode', () => {
  afterEach(() => vi.useRealTimers());

  it('counts down the time left and answers with nothing when it runs out', () => {
    vi.useFakeTimers();
    let now = T0;
    const { panel, calls } = setup({ now: () => now });
    panel.update(makeRound({ timed: true }));
    const timer = getByRole('timer', 'Time left');
    expect(visibleText(timer)).toBe('20 s left');
    now = T0 + 16_000;
    vi.advanceTimersByTime(200);
    expect(visibleText(timer)).toBe('4 s left');
    expect(timer.classList.contains('urgent')).toBe(true);
    expect(calls.answers).toEqual([]);
    now = T0 + 20_000;
    vi.advanceTimersByTime(200);
    expect(calls.answers).toEqual([null]);
    vi.advanceTimersByTime(1000);
    expect(calls.answers).toEqual([null]);
  });

  it('stands still while the question is paused, and counts on from the time spent once it is back', () => {
    vi.useFakeTimers();
    let now = T0;
    const { panel, calls } = setup({ now: () => now });
    panel.update(makeRound({ timed: true, pausedMs: 5000 }));
    now = T0 + 3_600_000;
    vi.advanceTimersByTime(5000);
    expect(calls.answers).toEqual([]);
    expect(document.querySelector('[role="timer"]')).toBeNull();
    panel.suspend();
    panel.update(makeRound({ timed: true, shownAt: now - 5000 }));
    expect(visibleText(getByRole('timer', 'Time left'))).toBe('15 s left');
  });

  it('stops the countdown when it goes off screen', () => {
    vi.useFakeTimers();
    let now = T0;
    const { panel, calls } = setup({ now: () => now });
    panel.update(makeRound({ timed: true }));
    panel.suspend();
    now = T0 + 60_000;
    vi.advanceTimersByTime(1000);
    expect(calls.answers).toEqual([]);
  });

  it('has no timer in an untimed round', () => {
    const { panel } = setup();
    panel.update(makeRound());
    expect(document.querySelector('[role="timer"]')).toBeNull();
  });

  it('says time is up and shows the points after a timed answer', () => {
    const { panel } = setup();
    panel.update(
      makeRound({
        timed: true,
        phase: 'feedback',
        answers: [{ ...answer('capital', null, false), points: 0 }],
      }),
    );
    expect(visibleText(panel.element)).toContain('⏱ Time is up.');
    expect(visibleText(panel.element)).toContain('+0 points');
  });
});
