import { describe, expect, it } from 'vitest';
import {
  FIRST_ROUND_PROMPT_WORDS,
  VOICES_PACK_ID,
  articleNames,
  attributedOutsideVoices,
  authorTriviaPrompts,
  isAuthorTrivia,
  longFirstRoundPrompts,
  regionCounts,
  unattributedVoices,
  unbalancedRegions,
  wordCount,
  wordingFindings,
} from '../../../src/core/audit/questionWording';
import type { Question } from '../../../src/core/model/pack';
import { makePack, makeSource, singleQuestion, trueFalseQuestion } from '../../support/packs';

const barnett = makeSource({
  id: 'op-ed',
  title: 'Op-ed',
  outlet: 'not named in the text',
  author: 'Neil Barnett',
});
const express = makeSource({
  id: 'express',
  title: 'Long game',
  outlet: 'Express.co.uk',
  author: 'not named in the text',
});
const SOURCES = [barnett, express];

/** A theme pack (not Voices) holding the given questions. */
function theme(questions: Question[]) {
  return {
    file: 'questions/theme.json',
    pack: makePack(questions, { id: 'builtin-theme', sources: SOURCES }),
  };
}

/** The Voices pack holding the given questions. */
function voices(questions: Question[]) {
  return {
    file: 'questions/voices-arguments.json',
    pack: makePack(questions, { id: VOICES_PACK_ID, sources: SOURCES }),
  };
}

describe('isAuthorTrivia', () => {
  it.each([
    'For which of these publications does Neil Barnett write frequently? Select all that apply.',
    'Andrew Small is a Senior Transatlantic Fellow at which think tank?',
    'According to his author note, where does he work?',
    'Match each claim about the relationship to the article that makes it.',
    'Match each commentator to the description the articles give of him.',
    'Express.co.uk’s headline says Xi is playing a long game. What does it say Xi does not want?',
    'Who wrote the op-ed calling Russia a vassal state?',
  ])('flags %j', (prompt) => {
    expect(isAuthorTrivia(prompt)).toBe(true);
  });

  it.each([
    'In which year did the Qing sign the Treaty of Aigun?',
    'Which country is China’s only formal treaty ally?',
    'Which Russian company leads the Yamal LNG project?',
    'Match each figure about Russia’s gas trade to what it measures.',
  ])('passes %j', (prompt) => {
    expect(isAuthorTrivia(prompt)).toBe(false);
  });

  it('lists trivia prompts by file and id', () => {
    const pack = theme([
      singleQuestion('fact', { prompt: 'Which river forms the border?' }),
      singleQuestion('trivia', { prompt: 'For which publication does Neil Barnett write?' }),
    ]);
    expect(authorTriviaPrompts([pack])).toEqual([
      'questions/theme.json: trivia asks about the writers: For which publication does Neil Barnett write?',
    ]);
  });
});

describe('attribution', () => {
  it('takes authors (full name and surname), named outlets and quoted commentators as names', () => {
    const names = articleNames([theme([])]);
    expect(names).toEqual(expect.arrayContaining(['Neil Barnett', 'Barnett', 'Express.co.uk', 'Small']));
    expect(names).not.toContain('not named in the text');
  });

  it('flags prompts outside Voices that say “according to”, name an author or outlet, or lean on “the commentary”', () => {
    const pack = theme([
      singleQuestion('according', { prompt: 'According to Neil Barnett, how long is the pipeline?' }),
      singleQuestion('named', { prompt: 'Neil Barnett says the pipeline is long. How long?' }),
      singleQuestion('outlet', { prompt: 'What did Express.co.uk report about trade?' }),
      singleQuestion('article', { prompt: 'The commentary on Power of Siberia 2 says what?' }),
      singleQuestion('fact', { prompt: 'How long is the Power of Siberia pipeline?' }),
      singleQuestion('small-word', { prompt: 'Small islands lie off the coast. Which sea?' }),
    ]);
    const ids = attributedOutsideVoices([pack]).map((line) => line.split(' ')[1]);
    expect(ids).toEqual(['according', 'named', 'outlet', 'article', 'small-word']);
  });

  it('leaves the Voices pack to its own rule, which wants every prompt to say whose view it is', () => {
    const pack = voices([
      trueFalseQuestion('attributed', {
        prompt: 'Neil Barnett argues that Russia is becoming a vassal state.',
      }),
      trueFalseQuestion('outlet', { prompt: 'Express.co.uk argued that Putin may be wrong to rely on Xi.' }),
      trueFalseQuestion('unnamed', { prompt: 'The commentary calls the deal emblematic of coercion.' }),
      trueFalseQuestion('quoted', { prompt: 'Andrew Small says China avoids alliances.' }),
      trueFalseQuestion('bare', { prompt: 'Russia is becoming a vassal state of China.' }),
    ]);
    expect(attributedOutsideVoices([pack])).toEqual([]);
    expect(unattributedVoices([pack])).toEqual([
      'questions/voices-arguments.json: bare does not say whose view it asks about: Russia is becoming a vassal state of China.',
    ]);
  });
});

describe('region balance', () => {
  const questions = (region: string, count: number) =>
    Array.from({ length: count }, (_, i) => trueFalseQuestion(`${region}-${i}`, { region }));

  it('counts questions per region over all packs, zero for an empty region', () => {
    const packs = [theme(questions('crimea', 3)), voices(questions('crimea', 2))];
    expect(regionCounts(packs, ['crimea', 'taiwan'])).toEqual([
      { region: 'crimea', count: 5 },
      { region: 'taiwan', count: 0 },
    ]);
  });

  it('flags regions under 15 or over 40 and passes 15 and 40', () => {
    const packs = [
      theme([
        ...questions('low', 14),
        ...questions('min', 15),
        ...questions('max', 40),
        ...questions('high', 41),
      ]),
    ];
    expect(unbalancedRegions(packs, ['low', 'min', 'max', 'high'])).toEqual([
      'low: 14 questions (wanted 15–40)',
      'high: 41 questions (wanted 15–40)',
    ]);
  });
});

describe('first rounds of the starting regions', () => {
  const words = (count: number) => `${Array.from({ length: count - 1 }, () => 'word').join(' ')} end?`;

  it('counts words, a figure or a hyphenated word as one, dashes and stray marks as none', () => {
    expect(wordCount('How long is the 4,200-km border – in all?')).toBe(8);
  });

  it('flags difficulty-1 prompts over the limit in a starting region, and too few short ones', () => {
    const packs = [
      theme([
        singleQuestion('short', {
          region: 'north-china',
          difficulty: 1,
          prompt: words(FIRST_ROUND_PROMPT_WORDS),
        }),
        singleQuestion('long', {
          region: 'north-china',
          difficulty: 1,
          prompt: words(FIRST_ROUND_PROMPT_WORDS + 1),
        }),
        singleQuestion('hard-long', { region: 'north-china', difficulty: 2, prompt: words(40) }),
        singleQuestion('elsewhere', { region: 'taiwan', difficulty: 1, prompt: words(40) }),
      ]),
    ];
    const findings = longFirstRoundPrompts(packs, ['north-china'], 1);
    expect(findings).toEqual([
      expect.stringContaining('long (north-china, difficulty 1) has a 21-word prompt'),
    ]);
    expect(longFirstRoundPrompts(packs, ['north-china'], 2)).toContain(
      'north-china: only 1 short difficulty-1 questions for a 2-question first round',
    );
  });

  it('groups every rule’s findings under a counted heading', () => {
    const lines = wordingFindings([theme(questions('a', 1))], {
      regionIds: ['a'],
      startingRegions: ['a'],
      roundSize: 1,
    });
    expect(lines[0]).toBe('1 regions outside 15–40 questions');
    expect(lines).toContain('0 prompts about the writers (author trivia)');
  });

  function questions(region: string, count: number) {
    return Array.from({ length: count }, (_, i) =>
      trueFalseQuestion(`${region}-${i}`, { region, prompt: 'Short.' }),
    );
  }
});

describe('flashcard cues outside the Voices pack', () => {
  it('flags a cue that names the writer even when the prompt does not', () => {
    const pack = theme([
      singleQuestion('cue', {
        prompt: 'How long is the pipeline?',
        card: { front: 'Pipeline length (Barnett)?', back: '1,800 miles.' },
      }),
      singleQuestion('clean', {
        prompt: 'How long is the pipeline?',
        card: { front: 'Pipeline length?', back: '1,800 miles.' },
      }),
    ]);
    expect(attributedOutsideVoices([pack]).map((line) => line.split(' ')[1])).toEqual(['cue']);
  });
});
