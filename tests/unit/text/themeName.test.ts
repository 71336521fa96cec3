import { describe, expect, it } from 'vitest';
import { themeName } from '../../../src/core/themeName';

describe('themeName', () => {
  it('names the tags of the built-in packs as prose, never as slugs', () => {
    expect(themeName('power-of-siberia-2')).toBe('Power of Siberia 2');
    expect(themeName('power-of-siberia')).toBe('Power of Siberia');
    expect(themeName('nord-stream-2')).toBe('Nord Stream 2');
    expect(themeName('naval-exercise')).toBe('Naval exercise');
    expect(themeName('south-china-sea')).toBe('South China Sea');
    expect(themeName('russian-far-east')).toBe('Russian Far East');
    expect(themeName('law-of-the-sea')).toBe('Law of the Sea');
  });

  it('writes abbreviations in capitals, alone and inside longer tags', () => {
    expect(themeName('lng')).toBe('LNG');
    expect(themeName('ussr')).toBe('USSR');
    expect(themeName('yamal-lng')).toBe('Yamal LNG');
    expect(themeName('eurasian-economic-union')).toBe('Eurasian Economic Union');
    expect(themeName('g20')).toBe('G20');
  });

  it('keeps hyphens that belong to the word and capitals inside names', () => {
    expect(themeName('s-400')).toBe('S-400');
    expect(themeName('su-35')).toBe('Su-35');
    expect(themeName('dual-use')).toBe('Dual-use');
    expect(themeName('mar-a-lago')).toBe('Mar-a-Lago');
    expect(themeName('trans-siberian')).toBe('Trans-Siberian');
  });

  it('capitalises a direction only when a place follows it', () => {
    expect(themeName('eastern-siberia')).toBe('Eastern Siberia');
    expect(themeName('western-siberia')).toBe('Western Siberia');
    expect(themeName('south')).toBe('South');
    expect(themeName('north-korea')).toBe('North Korea');
  });

  it('capitalises names wherever they stand and leaves numbers as they are', () => {
    expect(themeName('xi-visit-2023')).toBe('Xi visit 2023');
    expect(themeName('beijing-summit-2024')).toBe('Beijing summit 2024');
    expect(themeName('19th-century')).toBe('19th century');
    expect(themeName('2014')).toBe('2014');
  });

  it('keeps a tag that is not a slug as written, and names an empty tag', () => {
    expect(themeName('Gas deals')).toBe('Gas deals');
    expect(themeName('gas deals')).toBe('Gas deals');
    expect(themeName('  ')).toBe('Untagged');
    expect(themeName('untagged')).toBe('Untagged');
  });
});
