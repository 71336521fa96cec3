import type { Unit } from '../model/pack';

/** A number with the unit it is measured in (none for plain counts). */
export interface Quantity {
  /** The value in `unit`, scale words applied (117.5bn → 117500000000). */
  value: number;
  /** The unit, when the text named one. */
  unit?: Unit;
}

/** Words and symbols for each unit, longest first within the list so that "per cent" wins over "c". */
const UNIT_WORDS: [RegExp, Unit][] = [
  [/^(bn|billion|bln)\s*(cubic\s*met(re|er)s?|m3|m³)$/, 'bcm'],
  [/^(bcm|bcm\/y(ea)?r|bcm a year|bcm per year)$/, 'bcm'],
  [/^(us\s*dollars?|usd|dollars?|us\$|\$)$/, 'USD'],
  [/^(gbp|pounds?( sterling)?|sterling|£)$/, 'GBP'],
  [/^(km2|km²|sq\.?\s*km|square\s*kilomet(re|er)s?)$/, 'km2'],
  [/^(km|kms|kilomet(re|er)s?)$/, 'km'],
  [/^(mi|miles?)$/, 'miles'],
  [/^(%|per\s*cent|percent|pc)$/, 'percent'],
  [/^(°\s*c|º\s*c|c|degrees?(\s*c(elsius)?)?|celsius)$/, 'celsius'],
  [/^(people|persons?|inhabitants|citizens|residents)$/, 'people'],
  [/^(times|x|×|fold)$/, 'count'],
];

/** Scale words and their factors. "m" is million: no unit of ours is metres. */
const SCALES: [RegExp, number][] = [
  [/^(trillion|tn|tr)\b/, 1e12],
  [/^(billion|bn|bln|b)\b/, 1e9],
  [/^(million|mn|mln|m)\b/, 1e6],
  [/^(thousand|k)\b/, 1e3],
];

/** Miles to kilometres. */
const KM_PER_MILE = 1.609344;

/** Finds the unit named by `words`, or undefined. */
function unitOf(words: string): Unit | undefined {
  const cleaned = words.trim().replace(/\s+/g, ' ').replace(/\.$/, '');
  return UNIT_WORDS.find(([pattern]) => pattern.test(cleaned))?.[1];
}

/**
 * Reads a number with an optional currency sign, scale word and unit, as a player might type it:
 * "117.5bn", "$117.5 billion", "1,800 miles", "-62 °C", "−62c", "21%", "146 bcm", "600,000 km²",
 * "55 million people". Thousands separators are commas or thin spaces; a decimal comma is accepted
 * when it is not followed by exactly three digits.
 *
 * @returns the quantity, or an error that says what could not be read
 */
export function parseQuantity(
  input: string,
): { ok: true; quantity: Quantity } | { ok: false; error: string } {
  let text = input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2212\u2013\u2014]/g, '-')
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .trim();
  // Hedges a player may type before an estimate ("about 100", "~$150bn") change nothing.
  text = text.replace(
    /^(about|around|roughly|approximately|approx\.?|some|nearly|almost|over|under|c\.|ca\.|~|≈)\s*/,
    '',
  );
  if (text === '') return { ok: false, error: 'no number given' };

  let unit: Unit | undefined;
  const currency = /^(-?)\s*(us\$|\$|£)\s*/.exec(text);
  if (currency) {
    unit = currency[2] === '£' ? 'GBP' : 'USD';
    text = `${currency[1]}${text.slice(currency[0].length)}`;
  }

  const number = /^([-+]?)(\d{1,3}(?:[, ]\d{3})+|\d+)(?:[.,](\d+))?/.exec(text);
  if (!number) return { ok: false, error: `"${input.trim()}" does not start with a number` };
  const [whole, sign, integerPart, fraction] = number as unknown as [
    string,
    string,
    string,
    string | undefined,
  ];
  let value = Number(`${integerPart.replace(/[, ]/g, '')}${fraction !== undefined ? `.${fraction}` : ''}`);
  if (sign === '-') value = -value;
  let rest = text.slice(whole.length).trim();

  const bcm = unitOf(rest);
  if (bcm === 'bcm' && /^(bn|billion|bln)/.test(rest)) return { ok: true, quantity: { value, unit: 'bcm' } };

  const scale = SCALES.find(([pattern]) => pattern.test(rest));
  if (scale) {
    value *= scale[1];
    rest = rest.replace(scale[0], '').trim();
  }
  if (rest !== '') {
    const named = unitOf(rest);
    if (!named) return { ok: false, error: `"${rest}" is not a unit this game knows` };
    if (named === 'count') return { ok: true, quantity: { value } };
    if (unit && unit !== named)
      return { ok: false, error: `the answer names two units (${unit} and ${named})` };
    unit = named;
  }
  if (!Number.isFinite(value)) return { ok: false, error: 'the number is too large' };
  return { ok: true, quantity: unit ? { value, unit } : { value } };
}

/**
 * Converts a value between units where that makes sense (kilometres and miles); returns undefined when
 * the units measure different things.
 */
export function convertQuantity(value: number, from: Unit, to: Unit): number | undefined {
  if (from === to) return value;
  if (from === 'miles' && to === 'km') return value * KM_PER_MILE;
  if (from === 'km' && to === 'miles') return value / KM_PER_MILE;
  return undefined;
}

/** Formats a whole or decimal number with thousands separators, at most three decimals. */
function plain(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 3 });
}

/** Writes a large amount with a scale word ("117.5 billion"). */
function scaled(value: number): string {
  const size = Math.abs(value);
  if (size >= 1e12) return `${plain(value / 1e12)} trillion`;
  if (size >= 1e9) return `${plain(value / 1e9)} billion`;
  if (size >= 1e6) return `${plain(value / 1e6)} million`;
  return plain(value);
}

/**
 * Writes a quantity the way the feedback shows it ("$117.5 billion", "1,800 miles", "-62 °C"); the result
 * reads back to the same value with {@link parseQuantity}.
 */
export function formatQuantity(value: number, unit?: Unit): string {
  switch (unit) {
    case 'USD':
      return `${value < 0 ? '-' : ''}$${scaled(Math.abs(value))}`;
    case 'GBP':
      return `${value < 0 ? '-' : ''}£${scaled(Math.abs(value))}`;
    case 'km':
      return `${plain(value)} km`;
    case 'miles':
      return `${plain(value)} miles`;
    case 'km2':
      return `${plain(value)} km²`;
    case 'bcm':
      return `${plain(value)} bcm`;
    case 'percent':
      return `${plain(value)}%`;
    case 'celsius':
      return `${plain(value)} °C`;
    case 'people':
      return `${scaled(value)} people`;
    case 'count':
    case undefined:
      return scaled(value);
  }
}
