import { afterEach, describe, expect, it } from 'vitest';
import {
  type MenuProps,
  type MenuStudyProps,
  type MenuSubject,
  menuScreen,
} from '../../src/ui/screens/menuScreen';
import type { EditableStudySettings } from '../../src/ui/panels/studySettingsForm';
import { accessibleName, buttonNames, getButton, headings, visibleText } from './a11y';

interface Calls {
  play: number;
  study: number;
  mistakes: number;
  stats: number;
  packs: number;
  history: number;
  muted: boolean[];
  timed: boolean[];
  settings: EditableStudySettings[];
}

/** The Russia–China map's subject, as its spec gives it. */
const EURASIA: MenuSubject = {
  title: 'Borderlines',
  tagline: 'Russia and China: the treaties, pipelines and summits behind the border',
  startingRegions: ['european-russia', 'north-china'],
  regions: [
    { id: 'north-china', name: 'North China' },
    { id: 'european-russia', name: 'European Russia' },
    { id: 'mongolia', name: 'Mongolia' },
  ],
};

const SETTINGS: EditableStudySettings = { newPerDay: 20, retention: 0.9, dailyGoal: 20 };

function setup(
  overrides: Partial<Omit<MenuProps, 'study'>> = {},
  study: Partial<Omit<MenuStudyProps, `on${string}`>> | null = {},
): { element: HTMLElement; heading: HTMLElement; calls: Calls } {
  const calls: Calls = {
    play: 0,
    study: 0,
    mistakes: 0,
    stats: 0,
    packs: 0,
    history: 0,
    muted: [],
    timed: [],
    settings: [],
  };
  const studyProps: MenuStudyProps | undefined =
    study === null
      ? undefined
      : {
          due: 12,
          mistakes: 3,
          today: 7,
          settings: SETTINGS,
          ...study,
          onStudy: () => (calls.study += 1),
          onMistakes: () => (calls.mistakes += 1),
          onStats: () => (calls.stats += 1),
          onPacks: () => (calls.packs += 1),
          onSettings: (settings) => calls.settings.push(settings),
        };
  const { element, heading } = menuScreen({
    subject: EURASIA,
    cleared: 0,
    regions: 12,
    answered: 0,
    muted: false,
    timed: false,
    notices: [],
    canPlay: true,
    ...overrides,
    onTimed: (timed) => calls.timed.push(timed),
    onPlay: () => (calls.play += 1),
    onHistory: () => (calls.history += 1),
    onMute: (muted) => calls.muted.push(muted),
    ...(studyProps ? { study: studyProps } : {}),
  });
  document.body.append(element);
  return { element, heading, calls };
}

/** The one progressbar named `name` (a `<progress>` or role=progressbar); throws otherwise. */
function progressbar(name: string): HTMLProgressElement {
  const matches = [
    ...document.querySelectorAll<HTMLProgressElement>('progress, [role="progressbar"]'),
  ].filter((bar) => accessibleName(bar) === name);
  if (matches.length !== 1)
    throw new Error(`expected one progressbar named ${name}, found ${matches.length}`);
  return matches[0]!;
}

/** The region named "Study", or null when the menu has none. */
function studyRegion(): HTMLElement | null {
  return (
    [...document.querySelectorAll<HTMLElement>('section[aria-label], [role="region"]')].find(
      (section) => accessibleName(section) === 'Study',
    ) ?? null
  );
}

/** The sentence under the daily goal bar. */
function goalText(): string {
  return visibleText(document.querySelector('.goal-text')!);
}

function noCalls(calls: Calls, except: keyof Calls): void {
  const counts = {
    play: calls.play,
    study: calls.study,
    mistakes: calls.mistakes,
    stats: calls.stats,
    packs: calls.packs,
    history: calls.history,
  };
  for (const [key, value] of Object.entries(counts)) if (key !== except) expect(value, key).toBe(0);
  expect(calls.settings).toEqual([]);
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('menuScreen: title and play', () => {
  it('is named by its "Borderlines" heading, which it returns for focusing', () => {
    const { element, heading } = setup();
    expect(accessibleName(element)).toBe('Borderlines');
    expect(heading.tagName).toBe('H1');
    expect(visibleText(heading)).toBe('Borderlines');
    expect(headings()).toEqual(['Borderlines']);
  });

  it('leaves an empty "menu-progress" slot under the title, and shows the progress there once the player has answered', () => {
    const empty = setup().element.querySelector('.menu-progress');
    expect(empty?.previousElementSibling?.contains(document.getElementById('menu-title'))).toBe(true);
    expect(empty?.childElementCount).toBe(0);
    document.body.replaceChildren();
    const progress = document.createElement('p');
    progress.textContent = 'Level 2: Border guard';
    const fresh = setup({ progress }).element.querySelector('.menu-progress');
    expect(fresh?.childElementCount).toBe(0);
    document.body.replaceChildren();
    const slot = setup({ progress, answered: 3 }).element.querySelector('.menu-progress');
    expect(slot?.firstElementChild).toBe(progress);
  });

  it("shows the subject's tagline under its title", () => {
    setup();
    expect(visibleText(document.querySelector('.tagline')!)).toBe(
      'Russia and China: the treaties, pipelines and summits behind the border',
    );
  });

  it("takes its heading, tagline and starting regions from another map's subject", () => {
    const { element } = setup({
      subject: {
        title: 'Rivers',
        tagline: 'Three valleys and a delta',
        startingRegions: ['north', 'east', 'delta'],
        regions: [
          { id: 'north', name: 'North Valley' },
          { id: 'east', name: 'East Valley' },
          { id: 'delta', name: 'The Delta' },
        ],
      },
    });
    expect(accessibleName(element)).toBe('Rivers');
    expect(visibleText(document.querySelector('.tagline')!)).toBe('Three valleys and a delta');
    expect(visibleText(document.querySelector('.summary')!)).toBe(
      'Answer questions about each region to clear it and open its neighbours. Start in North Valley, East Valley, or The Delta.',
    );
  });

  it('offers "Play" with an introduction before anything is answered', () => {
    const { calls } = setup();
    expect(visibleText(document.querySelector('.summary')!)).toBe(
      'Answer questions about each region to clear it and open its neighbours. Start in European Russia or North China.',
    );
    expect(buttonNames()).not.toContain('Continue');
    getButton('Play').click();
    expect(calls.play).toBe(1);
    noCalls(calls, 'play');
  });

  it('offers "Continue" with the progress so far once something is answered', () => {
    const { calls } = setup({ cleared: 3, answered: 17 });
    expect(visibleText(document.querySelector('.summary')!)).toBe(
      'You have cleared 3 of 12 regions and answered 17 questions.',
    );
    expect(buttonNames()).not.toContain('Play');
    getButton('Continue').click();
    expect(calls.play).toBe(1);
  });

  it('opens "Borders through time", the history map, from the button after Play', () => {
    const { calls } = setup();
    expect(buttonNames().slice(0, 2)).toEqual(['Play', 'Borders through time']);
    getButton('Borders through time').click();
    expect(calls.history).toBe(1);
    noCalls(calls, 'history');
  });

  it('says "question" for one answer', () => {
    setup({ cleared: 0, answered: 1 });
    expect(visibleText(document.querySelector('.summary')!)).toBe(
      'You have cleared 0 of 12 regions and answered 1 question.',
    );
  });

  it('leaves out Play when it cannot be offered, but keeps Sound and Timed mode', () => {
    setup({ canPlay: false });
    expect(buttonNames()).toEqual(['Sound', 'Timed mode']);
  });

  it('shows notices between the summary and the buttons', () => {
    const notice = document.createElement('p');
    notice.textContent = 'Some questions could not be loaded.';
    const { element } = setup({ notices: [notice] });
    const summary = element.querySelector('.summary')!;
    const actions = element.querySelector('.menu-actions')!;
    expect(summary.nextElementSibling).toBe(notice);
    expect(notice.nextElementSibling).toBe(actions);
  });

  it('toggles sound and timed mode', () => {
    const { calls } = setup({ muted: false, timed: false });
    expect(getButton('Sound').getAttribute('aria-pressed')).toBe('true');
    expect(getButton('Timed mode').getAttribute('aria-pressed')).toBe('false');
    getButton('Sound').click();
    getButton('Timed mode').click();
    expect(calls.muted).toEqual([true]);
    expect(calls.timed).toEqual([true]);
  });
});

describe('menuScreen: study part', () => {
  it('is a region named "Study" after the main buttons, with its buttons in order', () => {
    const { element } = setup();
    const region = studyRegion();
    expect(region).not.toBeNull();
    expect(region!.previousElementSibling).toBe(element.querySelector('.menu-actions'));
    expect(buttonNames(region!)).toEqual([
      'Flashcards (12 to study)',
      'Review mistakes (3)',
      'Progress and stats',
      'Question packs',
      'Save settings',
    ]);
    expect(buttonNames()).toEqual([
      'Play',
      'Borders through time',
      'Sound',
      'Timed mode',
      'Flashcards (12 to study)',
      'Review mistakes (3)',
      'Progress and stats',
      'Question packs',
      'Save settings',
    ]);
  });

  it('shows the daily goal as a progressbar named "Daily goal" with its numbers in words', () => {
    setup({}, { today: 7 });
    const bar = progressbar('Daily goal');
    expect(bar.getAttribute('value')).toBe('7');
    expect(bar.getAttribute('max')).toBe('20');
    expect(bar.value).toBe(7);
    expect(bar.max).toBe(20);
    expect(visibleText(document.querySelector(`label[for="${bar.id}"]`)!)).toBe('Daily goal');
    expect(goalText()).toBe('7 of 20 answers and reviews today.');
  });

  it('takes the goal from the study settings', () => {
    setup({}, { today: 0, settings: { ...SETTINGS, dailyGoal: 50 } });
    const bar = progressbar('Daily goal');
    expect(bar.getAttribute('value')).toBe('0');
    expect(bar.getAttribute('max')).toBe('50');
    expect(goalText()).toBe('0 of 50 answers and reviews today.');
  });

  it('says "Goal met" once today reaches the goal', () => {
    setup({}, { today: 20 });
    const bar = progressbar('Daily goal');
    expect(bar.getAttribute('value')).toBe('20');
    expect(bar.getAttribute('max')).toBe('20');
    expect(goalText()).toBe('Goal met: 20 answers and reviews today (goal 20).');
  });

  it('keeps the bar full beyond the goal while the words give the real count', () => {
    setup({}, { today: 27 });
    const bar = progressbar('Daily goal');
    expect(bar.getAttribute('value')).toBe('20');
    expect(bar.getAttribute('max')).toBe('20');
    expect(goalText()).toBe('Goal met: 27 answers and reviews today (goal 20).');
  });

  it('is one short of the goal without "Goal met"', () => {
    setup({}, { today: 19 });
    expect(goalText()).toBe('19 of 20 answers and reviews today.');
  });

  it('opens the flashcards from "Flashcards (12 to study)"', () => {
    const { calls } = setup();
    getButton('Flashcards (12 to study)').click();
    expect(calls.study).toBe(1);
    noCalls(calls, 'study');
  });

  it('offers the flashcards even with nothing due', () => {
    const { calls } = setup({}, { due: 0 });
    getButton('Flashcards (0 to study)').click();
    expect(calls.study).toBe(1);
  });

  it('offers "Review mistakes (3)" and plays them', () => {
    const { calls } = setup({}, { mistakes: 3 });
    getButton('Review mistakes (3)').click();
    expect(calls.mistakes).toBe(1);
    noCalls(calls, 'mistakes');
  });

  it('leaves out "Review mistakes" when there are none', () => {
    setup({}, { mistakes: 0 });
    expect(buttonNames(studyRegion()!)).toEqual([
      'Flashcards (12 to study)',
      'Progress and stats',
      'Question packs',
      'Save settings',
    ]);
    expect(visibleText(document.body)).not.toContain('Review mistakes');
  });

  it('opens the pack manager from "Question packs"', () => {
    const { calls } = setup();
    getButton('Question packs').click();
    expect(calls.packs).toBe(1);
    noCalls(calls, 'packs');
  });

  it('opens the stats from "Progress and stats"', () => {
    const { calls } = setup();
    getButton('Progress and stats').click();
    expect(calls.stats).toBe(1);
    noCalls(calls, 'stats');
  });

  it('holds the study settings, closed, under a "Study settings" summary, with the current values', () => {
    setup({}, { settings: { newPerDay: 15, retention: 0.85, dailyGoal: 40 } });
    const details = studyRegion()!.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(visibleText(details.querySelector('summary')!)).toBe('Study settings');
    const form = details.querySelector('form')!;
    expect(accessibleName(form)).toBe('Study settings');
    expect([...form.querySelectorAll('input')].map((input) => input.value)).toEqual(['15', '85', '40']);
  });

  it('draws the "Study settings" summary as a disclosure: its icon hidden, its name only its title', () => {
    setup();
    const summary = studyRegion()!.querySelector('details > summary')!;
    expect(summary.textContent).toBe('Study settings');
    expect(summary.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('passes saved settings to onSettings', () => {
    const { calls } = setup();
    const goal = document.getElementById('setting-dailyGoal') as HTMLInputElement;
    goal.value = '35';
    getButton('Save settings').click();
    expect(calls.settings).toEqual([{ newPerDay: 20, retention: 0.9, dailyGoal: 35 }]);
    expect(calls.study + calls.mistakes + calls.stats + calls.play).toBe(0);
  });

  it('is absent when there is no study part', () => {
    setup({ answered: 4 }, null);
    expect(studyRegion()).toBeNull();
    expect(document.querySelector('progress')).toBeNull();
    expect(buttonNames()).toEqual(['Continue', 'Borders through time', 'Sound', 'Timed mode']);
  });

  it('is absent while Play cannot be offered, even with study props', () => {
    setup({ canPlay: false }, { mistakes: 3 });
    expect(studyRegion()).toBeNull();
    expect(document.querySelector('progress')).toBeNull();
    expect(visibleText(document.body)).not.toContain('Flashcards');
    expect(buttonNames()).toEqual(['Sound', 'Timed mode']);
  });
});
