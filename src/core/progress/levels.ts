/**
 * Levels: named ranks of the diplomatic and border service that the learner climbs with XP. Each level
 * needs more XP than the last (level n starts at 50 × (n − 1) × n XP: 0, 100, 300, 600, 1,000 …), so the
 * first levels come within a round or two and the later ones take weeks of play.
 */

/** The names of the levels, in order from level 1; past the last, the last name goes on with its number. */
export const LEVEL_NAMES = [
  'Border guard',
  'Customs officer',
  'Interpreter',
  'Cartographer',
  'Attaché',
  'Consul',
  'Envoy',
  'Treaty negotiator',
  'Ambassador',
  'Foreign minister',
  'Summit host',
  'Elder statesman',
] as const;

/** XP step between levels: level n starts at `LEVEL_STEP_XP × (n − 1) × n / 2`. */
export const LEVEL_STEP_XP = 100;

/** The XP at which level `level` (from 1) begins. */
export function levelStartXp(level: number): number {
  return (LEVEL_STEP_XP * (level - 1) * level) / 2;
}

/** The name of level `level` ("Envoy"; past the named levels, "Elder statesman 13"). */
export function levelName(level: number): string {
  const named = LEVEL_NAMES[level - 1];
  if (named) return named;
  return `${LEVEL_NAMES[LEVEL_NAMES.length - 1]} ${level}`;
}

/** Where an XP total stands: the level, its name, and the way to the next one. */
export interface LevelInfo {
  /** The level, from 1. */
  level: number;
  /** Its name. */
  name: string;
  /** The XP total. */
  xp: number;
  /** XP at which this level began. */
  start: number;
  /** XP at which the next level begins. */
  next: number;
  /** The next level's name. */
  nextName: string;
  /** Share of the way from this level to the next, 0 (just reached) to below 1. */
  progress: number;
}

/** The level reached with `xp` XP (negative or non-finite XP counts as none). */
export function levelFor(xp: number): LevelInfo {
  const total = Number.isFinite(xp) && xp > 0 ? xp : 0;
  // Solve 50 (n − 1) n ≤ xp for the largest whole n, then correct any rounding at the edge.
  let level = Math.max(1, Math.floor((1 + Math.sqrt(1 + (8 * total) / LEVEL_STEP_XP)) / 2));
  while (levelStartXp(level + 1) <= total) level += 1;
  while (level > 1 && levelStartXp(level) > total) level -= 1;
  const start = levelStartXp(level);
  const next = levelStartXp(level + 1);
  return {
    level,
    name: levelName(level),
    xp: total,
    start,
    next,
    nextName: levelName(level + 1),
    progress: (total - start) / (next - start),
  };
}
