import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/core/drafting/entities';
import { findNumberFacts } from '../../../src/core/drafting/facts';
import { splitSentences } from '../../../src/core/drafting/sentences';

/** The facts of a sentence as `[kind, text as written, value, unit]`. */
function facts(sentence: string) {
  return findNumberFacts(sentence).map((fact) => [
    fact.kind,
    sentence.slice(fact.start, fact.end),
    fact.kind === 'quantity' ? fact.value : fact.kind === 'year' ? fact.year : fact.decade,
    fact.kind === 'quantity' ? fact.unit : undefined,
  ]);
}

describe('figures in tricky sentences', () => {
  it('reads "$117.5bn (£92.5bn)" as one dollar amount, the pound conversion blanked with it', () => {
    const sentence = 'The deal was worth an estimated $117.5bn (£92.5bn).';
    const found = findNumberFacts(sentence);
    expect(facts(sentence)).toEqual([['quantity', '$117.5bn', 117.5e9, 'USD']]);
    const conversion = found[0]?.kind === 'quantity' ? found[0].conversion : undefined;
    expect(conversion && sentence.slice(conversion.start, conversion.end)).toBe(' (£92.5bn)');
  });

  it('reads "$117.5billion (£92.5billion)" written without spaces the same way', () => {
    expect(facts('worth an estimated $117.5billion (£92.5billion).')).toEqual([
      ['quantity', '$117.5billion', 117.5e9, 'USD'],
    ]);
  });

  it('reads distances, temperatures, percentages and gas volumes with their units', () => {
    expect(facts('It snaked 1,800 miles across Siberia.')).toEqual([
      ['quantity', '1,800 miles', 1800, 'miles'],
    ]);
    expect(facts('It withstands temperatures as low as -62c.')).toEqual([
      ['quantity', '-62c', -62, 'celsius'],
    ]);
    expect(facts('An economy 800 per cent larger than Russia’s.')).toEqual([
      ['quantity', '800 per cent', 800, 'percent'],
    ]);
    expect(facts('the 146 billion cubic meters of gas it used to pump')).toEqual([
      ['quantity', '146 billion cubic meters', 146, 'bcm'],
    ]);
    expect(facts('Russia’s 4,200km border with China')).toEqual([['quantity', '4,200km', 4200, 'km']]);
    expect(facts('About eight million people live there.')).toEqual([
      ['quantity', 'eight million people', 8e6, 'people'],
    ]);
  });

  it('reads "the 2020s" as a decade, not a number or a year', () => {
    expect(facts('The deal was postponed into the 2020s.')).toEqual([
      ['decade', 'the 2020s', 2020, undefined],
    ]);
  });

  it('reads years and ranges but not model names, ordinals or day numbers of dates', () => {
    expect(facts('S-400 missiles, Su-35 fighters, the G20, the 160th anniversary, on February 4.')).toEqual(
      [],
    );
    expect(facts('in 1858-1860 under the treaties')).toEqual([
      ['year', '1858', 1858, undefined],
      ['year', '1860', 1860, undefined],
    ]);
    expect(facts('In the Vostok 2018 exercises, Russia showed its power.')).toEqual([]);
  });
});

describe('sentence splitting', () => {
  it('keeps decimals, abbreviations and initials inside a sentence', () => {
    const text = 'The deal was worth $117.5bn. Mr. Putin met Pavel K. Baev in Jan. 2019. It was signed.';
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual([
      'The deal was worth $117.5bn.',
      'Mr. Putin met Pavel K. Baev in Jan. 2019.',
      'It was signed.',
    ]);
  });

  it('keeps a closing quote mark with its sentence and gives true offsets', () => {
    const text = '“Take care of yourself, dear friend.” Xi left the Kremlin.\nA new paragraph! Is it?';
    const sentences = splitSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      '“Take care of yourself, dear friend.”',
      'Xi left the Kremlin.',
      'A new paragraph!',
      'Is it?',
    ]);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('joins lines wrapped mid-sentence and drops fragments without letters', () => {
    const text = 'Gazprom built a pipeline\nthat runs to China. . Then it opened.';
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual([
      'Gazprom built a pipeline\nthat runs to China.',
      'Then it opened.',
    ]);
  });

  it('gives nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  \n\n ')).toEqual([]);
  });
});

describe('named entities', () => {
  it('finds people, places, organisations and agreements with their kinds', () => {
    const sentence =
      'Andrew Small of the German Marshall Fund said China gave up Manchuria under the 1860 Convention of Peking.';
    const found = findEntities(sentence).map((entity) => [entity.kind, entity.name]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['person', 'Andrew Small'],
        ['organisation', 'German Marshall Fund'],
        ['agreement', 'Convention of Peking'],
      ]),
    );
    for (const entity of findEntities(sentence))
      expect(sentence.slice(entity.start, entity.end)).toBe(entity.name);
  });

  it('splits lists and leaves out job titles and hyphenated pairs', () => {
    const names = findEntities(
      'While Hong Kong and Macau were handed back, Senior Transatlantic Fellow talks of US-China tensions.',
    ).map((entity) => entity.name);
    expect(names).toContain('Hong Kong');
    expect(names).not.toContain('Hong Kong and Macau');
    expect(names).not.toContain('Senior Transatlantic Fellow');
    expect(names).not.toContain('US-China');
  });
});
