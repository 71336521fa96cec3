/**
 * What the map celebrates when a round ends: the region the round cleared for the first time (if any) and
 * the regions that opened because of it. The map fills the cleared region and makes the opened ones pulse
 * (a calm, static highlight when the player asked for reduced motion); the page says the same in words.
 */
export interface RegionCelebration {
  /** The region cleared for the first time, or null for opened regions alone. */
  cleared: string | null;
  /** The regions that opened, in the order to name them. */
  opened: readonly string[];
}

/** Nothing to celebrate: the regions are simply drawn as they are. */
export const NO_CELEBRATION: RegionCelebration = { cleared: null, opened: [] };

/** Whether a celebration has anything to show. */
export function hasCelebration(celebration: RegionCelebration): boolean {
  return celebration.cleared !== null || celebration.opened.length > 0;
}

/**
 * The words for a celebration, for the status bar and screen readers: "Amur cleared! New regions open:
 * Primorye, Manchuria." Regions are given by name; an empty string when there is nothing to say.
 */
export function celebrationMessage(clearedName: string | null, openedNames: readonly string[]): string {
  const opened = openedNames.length > 0 ? `New regions open: ${openedNames.join(', ')}.` : '';
  if (clearedName === null) return opened;
  if (opened === '') return `${clearedName} cleared! Every neighbouring region was open already.`;
  return `${clearedName} cleared! ${opened}`;
}

/** How a celebration is shown: with motion (fill sweep, ripple, particles, pulses) or calm (reduced motion). */
export type CelebrationStyle = 'burst' | 'calm';

/** When each step of a celebration happens, in ms from its start (steps a style leaves out are absent). */
export interface CelebrationPlan {
  /** The style these timings are for. */
  style: CelebrationStyle;
  /** The cleared region's new colour rises through it from 0 to this time (burst only). */
  fillMs?: number;
  /** The ripple and particles burst from the region's centre at this time (burst only). */
  burstAt?: number;
  /** How long the particles live at most: they fade out by then (burst only). */
  particleMs?: number;
  /** The first opened region starts pulsing at this time; each next one a stagger later (burst only). */
  pulseAt?: number;
  /** Delay between two opened regions' pulses (burst only). */
  pulseStagger?: number;
  /** One pulse, up and down (burst only). */
  pulseMs?: number;
  /** Pulses per opened region (burst only). */
  pulses?: number;
  /** The whole celebration: every object it made is gone after this time. */
  totalMs: number;
}

/** Pulses of each opened region: a few, enough to be seen, not enough to nag. */
const PULSES = 3;

/** How long the calm version's static highlight of the opened regions stays once drawn. */
const CALM_MS = 2500;

/**
 * The timings of a celebration with `opened` regions opening: a burst fills the region (0.9 s), then ripples
 * and scatters particles from it while the opened regions pulse one after another; the calm version only
 * holds a static highlight for a moment. The total covers every step, so that nothing outlives it.
 */
export function celebrationPlan(style: CelebrationStyle, opened: number): CelebrationPlan {
  if (style === 'calm') return { style, totalMs: CALM_MS };
  const fillMs = 900;
  const burstAt = 700;
  const particleMs = 1200;
  const pulseAt = 1000;
  const pulseStagger = 120;
  const pulseMs = 560;
  const lastPulseEnd = opened > 0 ? pulseAt + pulseStagger * (opened - 1) + pulseMs * PULSES : 0;
  const totalMs = Math.max(fillMs, burstAt + particleMs, lastPulseEnd) + 100;
  return {
    style,
    fillMs,
    burstAt,
    particleMs,
    pulseAt,
    pulseStagger,
    pulseMs,
    pulses: PULSES,
    totalMs,
  };
}
