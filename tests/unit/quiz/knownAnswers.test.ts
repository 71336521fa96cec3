import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchAnswer } from '../../../src/core/quiz/answerMatch';
import { answerGroups, knownAnswersOf, placeNamesOf, pointIdName } from '../../../src/core/quiz/knownAnswers';
import { normalizeAnswer } from '../../../src/core/quiz/textMatch';
import { clozeQuestion, singleQuestion, trueFalseQuestion, typedQuestion } from '../../support/packs';

describe('answerGroups', () => {
  it('groups a typed answer with its variants, each gap on its own, each option on its own', () => {
    expect(answerGroups(typedQuestion('t', { answer: 'Beijing', accept: ['Peking'] }))).toEqual([
      ['Beijing', 'Peking'],
    ]);
    expect(answerGroups(clozeQuestion('c', 'The {{Aigun|Aihun}} treaty of {{1858}}.'))).toEqual([
      ['Aigun', 'Aihun'],
      ['1858'],
    ]);
    expect(answerGroups(singleQuestion('s'))).toEqual([['Moscow'], ['Beijing'], ['Harbin'], ['Shanghai']]);
    expect(answerGroups(trueFalseQuestion('f'))).toEqual([]);
  });
});

describe('placeNamesOf', () => {
  it('names each region, the parts of a joint name, and the points of interest', () => {
    const names = placeNamesOf({
      regions: [
        { name: 'Jilin & Liaoning' },
        { name: 'Yakutia (Sakha)' },
        { name: 'Xinjiang, Tibet & Qinghai' },
      ],
      poi: { harbin: {}, 'hong-kong': {} },
    });
    expect(names).toEqual(
      expect.arrayContaining([
        'Jilin & Liaoning',
        'Jilin',
        'Liaoning',
        'Yakutia',
        'Sakha',
        'Xinjiang',
        'Tibet',
        'Qinghai',
        'Harbin',
        'Hong Kong',
      ]),
    );
  });
});

describe('pointIdName', () => {
  it("reads a point's id as its name, words apart, and names the ids whose words run together", () => {
    expect(pointIdName('harbin')).toBe('Harbin');
    expect(pointIdName('ust-luga')).toBe('Ust Luga');
    expect(pointIdName('hongkong')).toBe('Hong Kong');
  });
});

describe('knownAnswersOf', () => {
  const known = knownAnswersOf(
    [
      typedQuestion('t', { answer: 'Beijing', accept: ['Peking'] }),
      clozeQuestion('c', 'The {{Aigun|Aihun}} treaty.'),
      singleQuestion('s'),
    ],
    ['Harbin', 'Outer Manchuria'],
  );

  it('knows every answer and place name by its normalised form, as first written', () => {
    expect(known.names.get('argun')).toBeUndefined();
    expect(known.names.get('aihun')).toBe('Aihun');
    expect(known.names.get('outermanchuria')).toBe('Outer Manchuria');
    expect(known.names.get('moscow')).toBe('Moscow');
  });

  it('knows which answers are accepted together', () => {
    expect([...(known.synonyms.get('peking') ?? [])].sort()).toEqual(['beijing', 'peking']);
    expect([...(known.synonyms.get('harbin') ?? [])]).toEqual(['harbin']);
  });
});

describe('property: a distinct known answer is never accepted for another', () => {
  const word = fc.stringMatching(/^[a-z]{5,12}$/);
  it('holds for any two different words, however close', () => {
    fc.assert(
      fc.property(word, word, (key, other) => {
        fc.pre(normalizeAnswer(key) !== normalizeAnswer(other));
        fc.pre(key.replace(/s$/, '') !== other.replace(/s$/, ''));
        const known = knownAnswersOf([
          typedQuestion('key', { answer: key }),
          typedQuestion('other', { answer: other }),
        ]);
        expect(matchAnswer(other, [key], { known }).matched).toBeUndefined();
      }),
    );
  });

  it('holds for a word one letter away from the key, which alone would be a typo', () => {
    fc.assert(
      fc.property(word, fc.nat(), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), (key, at, letter) => {
        const index = at % key.length;
        const other = key.slice(0, index) + letter + key.slice(index + 1);
        fc.pre(other !== key && key.replace(/s$/, '') !== other.replace(/s$/, ''));
        expect(matchAnswer(other, [key]).matched).toBe(key);
        const known = knownAnswersOf([typedQuestion('other', { answer: other })]);
        expect(matchAnswer(other, [key], { known }).matched).toBeUndefined();
      }),
    );
  });
});
