import { describe, expect, it } from 'vitest';
import { UNITS } from '../../../src/core/model/pack';
import { convertQuantity, formatQuantity, parseQuantity } from '../../../src/core/quiz/quantity';

describe('parseQuantity reads numbers as players type them', () => {
  it.each([
    ['117.5bn', { value: 117.5e9 }],
    ['$117.5bn', { value: 117.5e9, unit: 'USD' }],
    ['$117.5 billion', { value: 117.5e9, unit: 'USD' }],
    ['117.5 billion US dollars', { value: 117.5e9, unit: 'USD' }],
    ['£92.5bn', { value: 92.5e9, unit: 'GBP' }],
    ['1,800 miles', { value: 1800, unit: 'miles' }],
    ['4,200km', { value: 4200, unit: 'km' }],
    ['-62c', { value: -62, unit: 'celsius' }],
    ['−62 °C', { value: -62, unit: 'celsius' }],
    ['minus sign: -62 degrees', undefined],
    ['800 per cent', { value: 800, unit: 'percent' }],
    ['21%', { value: 21, unit: 'percent' }],
    ['146 billion cubic meters', { value: 146, unit: 'bcm' }],
    ['146 bcm', { value: 146, unit: 'bcm' }],
    ['600,000 km²', { value: 600000, unit: 'km2' }],
    ['600 000 square kilometres', { value: 600000, unit: 'km2' }],
    ['55 million people', { value: 55e6, unit: 'people' }],
    ['147m', { value: 147e6 }],
    ['9', { value: 9 }],
    ['3,5', { value: 3.5 }],
    ['1,000', { value: 1000 }],
    ['about 100', { value: 100 }],
    ['~$150bn', { value: 150e9, unit: 'USD' }],
    ['3 times', { value: 3 }],
    ['10x', { value: 10 }],
  ])('%j', (text, expected) => {
    const parsed = parseQuantity(text);
    if (expected === undefined) {
      expect(parsed.ok).toBe(false);
      return;
    }
    expect(parsed).toEqual({ ok: true, quantity: expected });
  });

  it.each([
    ['', 'no number given'],
    ['   ', 'no number given'],
    ['about eighteen', 'does not start with a number'],
    ['18 furlongs', '"furlongs" is not a unit this game knows'],
    ['$18 pounds', 'names two units'],
    ['1e999', 'not a unit'],
  ])('rejects %j', (text, error) => {
    const parsed = parseQuantity(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(error);
  });

  it('reads huge numbers without losing them', () => {
    expect(parseQuantity('999,999,999,999,999 people')).toEqual({
      ok: true,
      quantity: { value: 999999999999999, unit: 'people' },
    });
  });
});

describe('formatQuantity', () => {
  it.each([
    [117.5e9, 'USD', '$117.5 billion'],
    [1800, 'miles', '1,800 miles'],
    [-62, 'celsius', '-62 °C'],
    [21, 'percent', '21%'],
    [600000, 'km2', '600,000 km²'],
    [55e6, 'people', '55 million people'],
  ] as const)('%d %s → %s', (value, unit, text) => {
    expect(formatQuantity(value, unit)).toBe(text);
  });

  it.each(
    UNITS.flatMap((unit) =>
      [1, 9, 21.5, 1800, 600000, 55e6, 117.5e9, -62].map((value) => [value, unit] as const),
    ),
  )('reads back %d %s', (value, unit) => {
    const parsed = parseQuantity(formatQuantity(value, unit));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.quantity.value).toBeCloseTo(value, 6);
    expect(parsed.quantity.unit).toBe(unit === 'count' ? undefined : unit);
  });
});

describe('convertQuantity', () => {
  it('converts miles and kilometres both ways', () => {
    expect(convertQuantity(1800, 'miles', 'km')).toBeCloseTo(2896.8, 1);
    expect(convertQuantity(4200, 'km', 'miles')).toBeCloseTo(2609.8, 1);
  });

  it('refuses to convert between different kinds of unit', () => {
    expect(convertQuantity(146, 'bcm', 'USD')).toBeUndefined();
    expect(convertQuantity(5, 'percent', 'percent')).toBe(5);
  });
});
