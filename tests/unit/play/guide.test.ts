import { describe, expect, it } from 'vitest';
import {
  GUIDED_ROUND_SIZE,
  type GuideEvent,
  type GuideState,
  type HintContext,
  guideHint,
  nextGuide,
  planGuidedRound,
  startGuide,
} from '../../../src/core/play/guide';
import { chooseRegion } from '../../../src/core/play/plans';
import { createSeededRng } from '../../../src/core/rng';
import { T0, makePack, singleQuestion, trueFalseQuestion, typedQuestion } from '../../support/packs';
import { freshState, testLibrary } from './playWorld';

/** Feeds events to the guide in order. */
function run(guide: GuideState, events: GuideEvent[]): GuideState {
  return events.reduce(nextGuide, guide);
}

const START: GuideState = { step: 'start', dismissed: false };

/** The events of a new player's guided round, from the menu to the map after the results. */
const GUIDED_ROUND: GuideEvent[] = [
  { type: 'screen', screen: 'map' },
  { type: 'roundStarted', regionId: 'home', guided: true },
  { type: 'answerGraded' },
  { type: 'questionShown' },
  { type: 'answerGraded' },
  { type: 'questionShown' },
  { type: 'answerGraded' },
  { type: 'roundFinished', passed: true },
  { type: 'roundClosed' },
];

const DESKTOP: HintContext = {
  touch: false,
  starts: [
    { id: 'home', name: 'Home' },
    { id: 'east', name: 'East' },
  ],
  regionName: (id) => ({ home: 'Home', east: 'East' })[id] ?? id,
};
const PHONE: HintContext = { ...DESKTOP, touch: true };

describe('who is guided', () => {
  it('guides a new player from the menu', () => {
    expect(startGuide({ done: false, state: freshState() })).toEqual(START);
  });

  it('never guides again once the tour was finished or skipped', () => {
    expect(startGuide({ done: true, state: freshState() }).step).toBe('off');
  });

  it('never guides a returning player: one with answers, a round on screen, or a cleared region', () => {
    const answered = { ...freshState(), answers: [{ regionId: 'home' } as never] };
    const cleared = { ...freshState(), regions: { ...freshState().regions, home: 'cleared' as const } };
    const midRound = { ...freshState(), round: { regionId: 'home' } as never };
    for (const state of [answered, cleared, midRound])
      expect(startGuide({ done: false, state }).step).toBe('off');
  });
});

describe('the guide follows the game', () => {
  it('walks through each step of the guided round in order, and is finished at the results', () => {
    const steps: string[] = [];
    let guide = START;
    for (const event of GUIDED_ROUND) {
      guide = nextGuide(guide, event);
      if (steps.at(-1) !== guide.step) steps.push(guide.step);
    }
    expect(steps).toEqual(['pick', 'answer', 'feedback', 'playing', 'result', 'next']);
    expect(guide).toMatchObject({ regionId: 'home', passed: true, outcome: 'finished' });
    expect(run(guide, [{ type: 'dismiss' }])).toEqual({ step: 'off', dismissed: false, outcome: 'finished' });
  });

  it('is remembered as finished as soon as the results show, before the last hint is closed', () => {
    const atResults = run(START, GUIDED_ROUND.slice(0, 8));
    expect(atResults.step).toBe('result');
    expect(atResults.outcome).toBe('finished');
    expect(run(START, GUIDED_ROUND.slice(0, 7)).outcome).toBeUndefined();
  });

  it('goes back to pointing at Play when the player returns to the menu before picking', () => {
    expect(
      run(START, [
        { type: 'screen', screen: 'map' },
        { type: 'screen', screen: 'menu' },
      ]).step,
    ).toBe('start');
  });

  it('hides a dismissed hint until the next step, which shows its own', () => {
    const dismissed = run(START, [{ type: 'screen', screen: 'map' }, { type: 'dismiss' }]);
    expect(dismissed).toMatchObject({ step: 'pick', dismissed: true });
    expect(guideHint(dismissed, DESKTOP)).toBeNull();
    const next = nextGuide(dismissed, { type: 'roundStarted', regionId: 'home', guided: true });
    expect(next).toMatchObject({ step: 'answer', dismissed: false });
    expect(guideHint(next, DESKTOP)).not.toBeNull();
  });

  it('is skipped from any step, and stays off whatever happens next', () => {
    for (let shown = 0; shown < GUIDED_ROUND.length; shown++) {
      const skipped = nextGuide(run(START, GUIDED_ROUND.slice(0, shown)), { type: 'skip' });
      expect(skipped.step).toBe('off');
      expect(skipped.outcome).toBe(shown >= 8 ? 'finished' : 'skipped');
      expect(run(skipped, GUIDED_ROUND)).toBe(skipped);
    }
  });

  it('ends when the player starts another kind of round than the guided one', () => {
    const picking = run(START, [{ type: 'screen', screen: 'map' }]);
    expect(nextGuide(picking, { type: 'roundStarted', regionId: '', guided: false })).toMatchObject({
      step: 'off',
      outcome: 'finished',
    });
  });

  it('ends after the results when the player plays again or leaves the map', () => {
    const atResults = run(START, GUIDED_ROUND.slice(0, 8));
    expect(nextGuide(atResults, { type: 'roundStarted', regionId: 'home', guided: false }).step).toBe('off');
    const onMap = run(START, GUIDED_ROUND);
    expect(nextGuide(onMap, { type: 'screen', screen: 'menu' }).step).toBe('off');
    expect(nextGuide(onMap, { type: 'screen', screen: 'map' }).step).toBe('next');
  });

  it('skips the feedback-to-next hint when a one-question round finishes at once', () => {
    const atFeedback = run(START, GUIDED_ROUND.slice(0, 3));
    expect(nextGuide(atFeedback, { type: 'roundFinished', passed: false })).toMatchObject({
      step: 'result',
      passed: false,
    });
  });
});

describe('what each hint says', () => {
  /** The hint at each shown step of a guided round that went `passed`. */
  function hints(context: HintContext, passed = true) {
    const events = GUIDED_ROUND.map((event) =>
      event.type === 'roundFinished' ? { ...event, passed } : event,
    );
    const seen = [guideHint(START, context)];
    let guide = START;
    for (const event of events) {
      guide = nextGuide(guide, event);
      seen.push(guideHint(guide, context));
    }
    return seen.filter((hint, i) => hint && hint.text !== seen[i - 1]?.text);
  }

  it('numbers six hints, each one short line pointing at what it explains', () => {
    const shown = hints(DESKTOP);
    expect(shown.map((hint) => [hint?.number, hint?.anchor])).toEqual([
      [1, 'play'],
      [2, 'region'],
      [3, 'answers'],
      [4, 'source'],
      [5, 'results'],
      [6, 'regions'],
    ]);
    for (const hint of shown) {
      expect(hint?.steps).toBe(6);
      expect(hint?.text.split(' ').length).toBeLessThanOrEqual(20);
    }
    expect(shown.at(-1)?.last).toBe(true);
    expect(shown.slice(0, -1).every((hint) => !hint?.last)).toBe(true);
  });

  it('points at the first open starting region and names them all', () => {
    const pick = hints(DESKTOP)[1];
    expect(pick).toMatchObject({ anchor: 'region', regionId: 'home' });
    expect(pick?.text).toBe('Click Home or East to start, here or on the map.');
  });

  it('says how to answer with keys on a desktop, and never mentions keys on a touch screen', () => {
    expect(hints(DESKTOP)[2]?.text).toMatch(/number key/);
    for (const hint of hints(PHONE)) expect(hint?.text).not.toMatch(/\bkeys?\b|press/i);
    for (const hint of hints(PHONE, false)) expect(hint?.text).not.toMatch(/\bkeys?\b|press/i);
    expect(hints(PHONE)[2]?.text).toBe('Tap the answer you think is right.');
  });

  it('tells how the region cleared, or what clears it, and where to go next', () => {
    const passed = hints(DESKTOP, true);
    expect(passed[4]?.text).toBe('That cleared Home. Go back to the map to see its neighbours open.');
    expect(passed[5]?.text).toMatch(/newly opened region.*Flashcards/);
    const failed = hints(DESKTOP, false);
    expect(failed[4]?.text).toBe(
      `Get all ${GUIDED_ROUND_SIZE} right to clear Home and open its neighbours: play again.`,
    );
    expect(failed[5]).toMatchObject({ anchor: 'region', regionId: 'home' });
    expect(failed[5]?.text).toMatch(/Try Home again.*Flashcards/);
  });

  it('shows nothing while the round goes on after the first feedback, and nothing once off', () => {
    expect(guideHint({ step: 'playing', dismissed: false }, DESKTOP)).toBeNull();
    expect(guideHint({ step: 'off', dismissed: false }, DESKTOP)).toBeNull();
  });
});

describe('the guided first round', () => {
  const rng = () => createSeededRng(3);

  it('asks three of the region’s easiest questions, one-tap types first, untimed', () => {
    const questions = [
      typedQuestion('typed-easy', { region: 'home', difficulty: 1 }),
      singleQuestion('single-hard', { region: 'home', difficulty: 3 }),
      singleQuestion('single-easy', { region: 'home', difficulty: 1 }),
      trueFalseQuestion('tf-easy', { region: 'home', difficulty: 1 }),
      trueFalseQuestion('tf-mid', { region: 'home', difficulty: 2 }),
      trueFalseQuestion('elsewhere', { region: 'west', difficulty: 1 }),
    ];
    const library = testLibrary([makePack(questions)]);
    const plan = planGuidedRound(library, 'home', rng(), T0);
    expect(plan).toMatchObject({ type: 'roundStarted', regionId: 'home', at: T0 });
    expect(plan?.timed).toBeUndefined();
    expect(plan?.review).toBeUndefined();
    expect(plan?.questions).toHaveLength(GUIDED_ROUND_SIZE);
    expect(new Set(plan?.questions.map((asked) => asked.questionId))).toEqual(
      new Set(['single-easy', 'tf-easy', 'typed-easy']),
    );
    expect(plan?.questions[2]?.questionId).toBe('typed-easy');
  });

  it('is null for a region without questions', () => {
    expect(planGuidedRound(testLibrary(), 'far', rng(), T0)).toBeNull();
  });

  it('is what choosing an open region plays while the guide points at it; a normal round otherwise', () => {
    const library = testLibrary();
    const timed = { ...freshState(), settings: { muted: false, timed: true } };
    const guided = chooseRegion(timed, library, 'home', undefined, rng(), T0, true);
    expect(guided.kind === 'play' && guided.action.questions).toHaveLength(GUIDED_ROUND_SIZE);
    expect(guided.kind === 'play' && guided.action.timed).toBeFalsy();
    const normal = chooseRegion(timed, library, 'home', undefined, rng(), T0);
    expect(normal.kind === 'play' && normal.action.questions).toHaveLength(5);
    expect(chooseRegion(timed, library, 'west', undefined, rng(), T0, true)).toEqual({
      kind: 'refused',
      reason: 'locked',
    });
  });
});
