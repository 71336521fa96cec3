/** Reading the cells of a generic CSV: numbers, units, truth values, difficulties, regions and tags. */
import type { Unit } from '../../model/pack';
import { UNITS } from '../../model/pack';
import { splitList } from '../kit/rows';

/** Names of units the way people write them, mapped to the pack's units. */
const UNIT_NAMES: Record<string, Unit> = {
  $: 'USD',
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  '£': 'GBP',
  gbp: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  km: 'km',
  kilometre: 'km',
  kilometres: 'km',
  kilometer: 'km',
  kilometers: 'km',
  mi: 'miles',
  mile: 'miles',
  miles: 'miles',
  km2: 'km2',
  'km²': 'km2',
  'km^2': 'km2',
  sqkm: 'km2',
  bcm: 'bcm',
  '%': 'percent',
  percent: 'percent',
  '°c': 'celsius',
  c: 'celsius',
  celsius: 'celsius',
  people: 'people',
  persons: 'people',
  count: 'count',
};

/** The pack unit a cell names, if any. */
export function parseUnit(text: string): Unit | undefined {
  const key = text.trim().toLowerCase().replace(/\s+/g, '');
  const exact = UNITS.find((unit) => unit.toLowerCase() === key);
  return exact ?? UNIT_NAMES[key];
}

/**
 * A number as people type it: `-62`, `117.5`, `1e9`, `1,800` or `1 800` (thousands), with a Unicode minus.
 * A decimal comma (`3,5`) is not read, because `1,800` would then be ambiguous.
 */
export function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(/\u2212/g, '-');
  let plain: string | undefined;
  if (/^[+-]?\d{1,3}([,\u00a0\u202f ]\d{3})+(\.\d+)?$/.test(t)) plain = t.replace(/[,\u00a0\u202f ]/g, '');
  else if (/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(t)) plain = t;
  if (plain === undefined) return undefined;
  const value = Number(plain);
  return Number.isFinite(value) ? value : undefined;
}

/** A true/false answer; `strict` accepts only the words true and false (used when the type is inferred). */
export function parseTruth(text: string, strict: boolean): boolean | undefined {
  const key = text.trim().toLowerCase();
  const yes = strict ? ['true'] : ['true', 't', 'yes', 'y', '1'];
  const no = strict ? ['false'] : ['false', 'f', 'no', 'n', '0'];
  return yes.includes(key) ? true : no.includes(key) ? false : undefined;
}

/** Difficulty as written (`1`-`3`, easy, medium, hard), if it is one. */
export function parseDifficulty(text: string): 1 | 2 | 3 | undefined {
  const key = text.trim().toLowerCase();
  if (['1', 'easy', 'e', 'low'].includes(key)) return 1;
  if (['2', 'medium', 'm', 'normal', 'moderate'].includes(key)) return 2;
  if (['3', 'hard', 'h', 'high', 'difficult'].includes(key)) return 3;
  return undefined;
}

/** A map region id from a cell (`North China` → `north-china`), if a valid id is left. */
export function parseRegion(text: string): string | undefined {
  const id = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|-+$/g, '');
  return /^[a-z0-9][a-z0-9._-]*$/.test(id) ? id : undefined;
}

/** Tags from a cell: split at commas, semicolons or pipes when there are any, else at spaces. */
export function splitTags(text: string): string[] {
  return /[,;|]/.test(text) ? splitList(text, /[,;|]/) : splitList(text, /\s+/);
}
