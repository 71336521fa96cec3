import { describe, expect, it } from 'vitest';
import { matchAnswer } from '../../../src/core/quiz/answerMatch';
import { knownAnswersOf } from '../../../src/core/quiz/knownAnswers';
import { typedQuestion } from '../../support/packs';

describe('matchAnswer', () => {
  const accepted = ['Beijing', 'Peking'];

  it('accepts the answer and its variants exactly, ignoring case, accents and punctuation', () => {
    expect(matchAnswer('beijing', accepted)).toEqual({ matched: 'Beijing', typo: false });
    expect(matchAnswer(' PEKING. ', accepted)).toEqual({ matched: 'Peking', typo: false });
  });

  it('accepts a small typo in a long answer and says so', () => {
    expect(matchAnswer('Blagoveschensk', ['Blagoveshchensk'])).toEqual({
      matched: 'Blagoveshchensk',
      typo: true,
    });
    expect(matchAnswer('Bejing', accepted)).toEqual({ matched: 'Beijing', typo: true });
  });

  it('forgives two swapped letters as one typo', () => {
    expect(matchAnswer('Beijnig', accepted)).toEqual({ matched: 'Beijing', typo: true });
    expect(matchAnswer('Harbni', ['Harbin'])).toEqual({ matched: 'Harbin', typo: true });
  });

  it('forgives no typo in short answers, numbers or acronyms', () => {
    expect(matchAnswer('Amor', ['Amur']).matched).toBeUndefined();
    expect(matchAnswer('1868', ['1860']).matched).toBeUndefined();
    expect(matchAnswer('SCA', ['SCO']).matched).toBeUndefined();
  });

  it('forgives nothing when typos are switched off', () => {
    expect(matchAnswer('Bejing', accepted, { typos: false })).toEqual({ typo: false });
  });

  it('treats an empty or blank answer as no answer', () => {
    expect(matchAnswer('', accepted)).toEqual({ typo: false });
    expect(matchAnswer('   ', accepted)).toEqual({ typo: false });
    expect(matchAnswer('!!!', accepted)).toEqual({ typo: false });
  });

  it('does not accept a different name that is merely long', () => {
    expect(matchAnswer('Khabarovsk', ['Vladivostok']).matched).toBeUndefined();
  });
});

describe('matchAnswer never takes a different real answer for a typo', () => {
  const known = knownAnswersOf(
    [
      typedQuestion('river', { answer: 'Argun' }),
      typedQuestion('town', { answer: 'Aigun', accept: ['Aihun', 'Aihui'] }),
      typedQuestion('capital', { answer: 'Beijing', accept: ['Peking'] }),
    ],
    ['Harbin', 'Outer Manchuria'],
  );

  it('rejects another answer of the course one letter away, and says why', () => {
    expect(matchAnswer('Argun', ['Aigun', 'Aihun', 'Aihui'], { known })).toEqual({
      typo: false,
      why: '“Argun” is a different name in this course, not a spelling slip of “Aigun”.',
    });
  });

  it('still forgives a slip that is nearer the key than any other answer', () => {
    expect(matchAnswer('Aigum', ['Aigun'], { known })).toEqual({ matched: 'Aigun', typo: true });
  });

  it('does not forgive a text as close to another answer as to the key', () => {
    const match = matchAnswer('Agun', ['Aigun'], { known });
    expect(match.matched).toBeUndefined();
    expect(match.why).toBe(
      '“Agun” is at least as close to “Argun” (a different name in this course) as to “Aigun”, so it is not taken as a spelling slip.',
    );
  });

  it('rejects a place name on the map', () => {
    expect(matchAnswer('Harbin', ['Harbil'], { known }).matched).toBeUndefined();
  });

  it('treats answers accepted together elsewhere as the same answer, not a confusable', () => {
    const variants = knownAnswersOf([
      typedQuestion('city', { answer: 'Blagoveshchensk' }),
      typedQuestion('crossing', { answer: 'Blagoveshchensk', accept: ['Blagoveschensk'] }),
    ]);
    expect(matchAnswer('Blagoveschensk', ['Blagoveshchensk'], { known: variants })).toEqual({
      matched: 'Blagoveshchensk',
      typo: true,
    });
  });

  it('rejects the negation of the key, whichever way the prefix goes', () => {
    expect(matchAnswer('equal treaties', ['unequal treaties', 'unequal treaty'])).toEqual({
      typo: false,
      why: '“equal treaties” is the negation of “unequal treaties”, not a spelling slip.',
    });
    expect(matchAnswer('unequal treaties', ['equal treaties']).matched).toBeUndefined();
    expect(matchAnswer('nonalignment', ['alignment']).matched).toBeUndefined();
    expect(matchAnswer('disagreement', ['agreement']).matched).toBeUndefined();
  });

  it('still forgives a slip in a negated key', () => {
    expect(matchAnswer('unequal treatys', ['unequal treaties'])).toMatchObject({ typo: true });
  });

  it('rejects the opposite of the key, as a word or inside one', () => {
    expect(matchAnswer('southward', ['northward']).why).toBe(
      '“southward” says the opposite of “northward”, not a spelling slip.',
    );
    expect(matchAnswer('exports', ['imports']).matched).toBeUndefined();
    expect(matchAnswer('Inner Manchuria', ['Outer Manchuria']).matched).toBeUndefined();
    expect(matchAnswer('northwest', ['northeast']).matched).toBeUndefined();
  });

  it('rejects a text nearer the opposite than the key', () => {
    expect(matchAnswer('sothward', ['northward']).matched).toBeUndefined();
  });

  it("uses the author's reason for a rejected answer, even where typos are off", () => {
    const rejects = [{ answer: 'Argun', why: 'Argun is the river; the treaty was signed at Aigun.' }];
    expect(matchAnswer('argun', ['Aigun'], { rejects })).toEqual({
      typo: false,
      why: 'Argun is the river; the treaty was signed at Aigun.',
    });
    expect(matchAnswer('Argun', ['Aigun'], { rejects, typos: false }).why).toBe(rejects[0]?.why);
    expect(matchAnswer('Argun', ['Aigun'], { rejects: [{ answer: 'Argun' }] }).why).toBe(
      '“Argun” is a different answer, not a spelling slip of “Aigun”.',
    );
  });

  it('rejects the answer to another gap of the same text', () => {
    expect(matchAnswer('Kremlin', ['Kremlim'], { otherGaps: ['Kremlin'] })).toEqual({
      typo: false,
      why: '“Kremlin” is the answer to another gap of this text, not this one.',
    });
  });

  it('leaves a plural or possessive of the key alone', () => {
    const plural = knownAnswersOf([typedQuestion('isles', { answer: 'Kurils' })]);
    expect(matchAnswer('Kurils', ['Kuril'], { known: plural })).toEqual({ matched: 'Kuril', typo: true });
    expect(matchAnswer('Kuril’s', ['Kuril'], { known: plural })).toEqual({ matched: 'Kuril', typo: true });
  });
});
