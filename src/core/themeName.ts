/**
 * Names for people from the tags that packs give their questions ("power-of-siberia-2" → "Power of
 * Siberia 2"). Tags are slugs, made for files and ids; wherever a theme is shown, it is shown through
 * {@link themeName} so that nobody reads a slug.
 */

/**
 * Names of several words, written as they are written in prose, keyed by their slug. Matched inside longer
 * tags too ("nord-stream-2" → "Nord Stream 2"), the longest first.
 */
const PHRASES: Readonly<Record<string, string>> = {
  '19th-century': '19th century',
  '20th-century': '20th century',
  'andrew-small': 'Andrew Small',
  'baltic-sea': 'Baltic Sea',
  'belt-and-road': 'Belt and Road',
  'chinese-dream': 'Chinese Dream',
  'client-state': 'client state',
  'cross-border': 'cross-border',
  'dual-use': 'dual-use',
  'eurasian-economic-union': 'Eurasian Economic Union',
  'far-east': 'Far East',
  'hong-kong': 'Hong Kong',
  'kuril-islands': 'Kuril Islands',
  'law-of-the-sea': 'Law of the Sea',
  'mar-a-lago': 'Mar-a-Lago',
  'nord-stream': 'Nord Stream',
  'north-korea': 'North Korea',
  'opium-war': 'Opium War',
  'pearl-river': 'Pearl River',
  'peking-university': 'Peking University',
  'peking-convention': 'Convention of Peking',
  'port-arthur': 'Port Arthur',
  'power-of-siberia': 'Power of Siberia',
  'pseudo-alliance': 'pseudo-alliance',
  'republic-of-china': 'Republic of China',
  's-400': 'S-400',
  'sea-of-japan': 'Sea of Japan',
  'second-world-war': 'Second World War',
  'south-china-sea': 'South China Sea',
  'soviet-union': 'Soviet Union',
  'spratly-islands': 'Spratly Islands',
  'su-35': 'Su-35',
  'tibetan-plateau': 'Tibetan Plateau',
  'tony-brenton': 'Tony Brenton',
  'trans-siberian': 'Trans-Siberian',
  'united-kingdom': 'United Kingdom',
  'united-nations': 'United Nations',
  'united-states': 'United States',
  'xi-jinping': 'Xi Jinping',
  'yamal-europe': 'Yamal–Europe',
};

/** Words written in capitals: abbreviations read letter by letter or as a word. */
const ACRONYMS: ReadonlySet<string> = new Set([
  'asean',
  'bcm',
  'brics',
  'cnpc',
  'eu',
  'g20',
  'gdp',
  'icc',
  'lng',
  'nato',
  'prc',
  'sco',
  'sipri',
  'uk',
  'un',
  'us',
  'ussr',
  'wto',
]);

/** Words that are names (places, people, peoples, companies, events): capitalised wherever they stand. */
const PROPER: ReadonlySet<string> = new Set(
  (
    'aigun alaska altai amur arctic argun baikal baltic beijing blagoveshchensk bucha changchun chayanda ' +
    'china chinese chukotka crimea dandong europe european gazprom germany gulag gydan haishenwai ' +
    'hainan harbin heihe japan jilin kamchatka khabarovsk kurils liaoning macau manchuria mongolia moscow ' +
    'nanjing nerchinsk novosibirsk olympics pacific peking philippines primorye putin qing qinghai russia ' +
    'russian sabetta sakhalin shanghai siberia siberian singapore taiwan tibet tumen ukraine ussuri ' +
    'vladivostok vostok vyborg wuhan xi xinjiang yakutia yamal yangtze'
  ).split(' '),
);

/** Region words that are a name only next to a place ("Eastern Siberia"), plain words otherwise. */
const DIRECTIONS: ReadonlySet<string> = new Set(['eastern', 'western', 'south', 'north']);

/** Longest phrase, in words, so the matcher knows how far to look ahead. */
const LONGEST_PHRASE = Math.max(...Object.keys(PHRASES).map((slug) => slug.split('-').length));

/** One word of a tag as written in prose (without the capital a name's first word gets). */
function wordName(word: string, next: string | undefined): string {
  if (ACRONYMS.has(word)) return word.toUpperCase();
  if (DIRECTIONS.has(word)) {
    return next !== undefined && PROPER.has(next) ? capitalise(word) : word;
  }
  if (PROPER.has(word)) return capitalise(word);
  return word;
}

/** The text with its first letter in capitals. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The name of a theme (a question tag) for people: words split at hyphens, names and abbreviations
 * written as in prose ("lng" → "LNG", "ussr" → "USSR", "south-china-sea" → "South China Sea",
 * "power-of-siberia-2" → "Power of Siberia 2"), and the first letter a capital ("naval-exercise" →
 * "Naval exercise"). A tag that is not a slug (a teacher's pack may use "Gas deals") is kept as written,
 * with its first letter a capital; an empty tag reads "Untagged".
 */
export function themeName(tag: string): string {
  const trimmed = tag.trim();
  if (trimmed === '') return 'Untagged';
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(trimmed)) return capitalise(trimmed);
  const words = trimmed.split('-');
  const parts: string[] = [];
  let at = 0;
  while (at < words.length) {
    let matched = false;
    for (let length = Math.min(LONGEST_PHRASE, words.length - at); length >= 2 && !matched; length--) {
      const phrase = PHRASES[words.slice(at, at + length).join('-')];
      if (phrase !== undefined) {
        parts.push(phrase);
        at += length;
        matched = true;
      }
    }
    if (matched) continue;
    const word = words[at] ?? '';
    parts.push(wordName(word, words[at + 1]));
    at += 1;
  }
  return capitalise(parts.join(' '));
}
