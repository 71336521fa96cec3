/** What the map modes say after a try: right (a typo noted), or wrong and why, and the tries left. */
import type { Attempt } from '../../core/modes/grading';
import { type ModeRun, triesLeft } from '../../core/modes/run';
import type { ModeTarget } from '../../core/modes/targets';

/** What a try did, in words (`regionName` names a region a wrong click chose). */
export function verdictText(
  run: ModeRun,
  target: ModeTarget,
  tried: Attempt,
  regionName: (regionId: string) => string,
): string {
  if (tried.right) {
    if (tried.typo) return `✓ ${target.name} (you typed “${tried.typed}”: mind the spelling).`;
    return `✓ ${target.name}.`;
  }
  const left = triesLeft(run);
  const what = wrongText(target, tried, regionName);
  if (run.phase === 'shown') {
    const answer = run.ask === 'name' ? `It was ${target.name}.` : `${target.name} is shown on the map.`;
    return `✗ ${what} ${answer}`;
  }
  return `✗ ${what} ${left} ${left === 1 ? 'try' : 'tries'} left.`;
}

/** Why a try was wrong: the typed name, the distance to a place, or the region chosen instead. */
export function wrongText(
  target: ModeTarget,
  tried: Attempt,
  regionName: (regionId: string) => string,
): string {
  if (tried.typed !== undefined) return tried.why ?? `Not “${tried.typed}”.`;
  if (target.kind === 'place') {
    const where = tried.elsewhere ? ` That is ${tried.elsewhere}.` : '';
    return tried.km !== undefined ? `${Math.round(tried.km)} km away.${where}` : `Not there.${where}`;
  }
  return tried.region ? `That is ${regionName(tried.region)}.` : 'That is not one of the regions.';
}
