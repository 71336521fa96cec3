/** What the map shows during a map mode's run: the regions found, missed or tried, and the one flashing. */
import type { ModeDisplay, ModeMark } from '../../core/map/mapView';
import type { ModeRun } from '../../core/modes/run';
import type { ModeTarget } from '../../core/modes/targets';

/** The run's marks on the map: regions found, missed, tried wrongly just now; the right one flashing. */
export function modeDisplay(run: ModeRun, target: ModeTarget): ModeDisplay {
  const marked: Record<string, ModeMark> = {};
  run.results.forEach((result, index) => {
    const done = run.targets[index];
    if (done?.kind === 'region') marked[done.regionId] = result.outcome === 'missed' ? 'missed' : 'found';
  });
  // A wrong try at a region marks the region chosen; a place's distance is said in words instead.
  if (run.ask === 'find' && target.kind === 'region')
    for (const tried of run.attempts)
      if (tried.region && !marked[tried.region]) marked[tried.region] = 'wrong';
  if (run.ask === 'name' && target.kind === 'region' && run.phase === 'asking')
    marked[target.regionId] = 'asked';
  const flashing = run.phase === 'shown' && target.kind === 'region' ? target.regionId : null;
  if (flashing) marked[flashing] = 'missed';
  return { marked, flash: run.ask === 'find' ? flashing : null };
}
