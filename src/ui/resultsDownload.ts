import type { GameSession } from '../app/gameSession';
import type { LandMap } from '../core/map/landAt';
import type { MapProjection } from '../core/map/mapTypes';
import { slugify } from '../core/slug';
import { downloadFile } from './widgets/download';
import { loadCode } from './widgets/loadCode';

/**
 * Downloads the results of the pack round on screen, as CSV or JSON, named after the pack and the learner
 * (the results code loads on first use; a failed download of it is reported through `warn`).
 */
export async function downloadRoundResults(
  session: GameSession,
  learner: string,
  kind: 'csv' | 'json',
  projection: MapProjection,
  land: LandMap | undefined,
  warn: (message: string) => void,
): Promise<void> {
  const round = session.state.round;
  const pack = session.library.bank.packs.find((candidate) => candidate.id === round?.packId);
  if (!round || !pack) return;
  const results = await loadCode('results export', () => import('../core/packs/results'), warn);
  if (!results) return;
  const { json, csv } = results.buildResults(
    round,
    learner,
    { id: pack.id, version: pack.version, title: pack.title },
    (id) => session.library.bank.get(id)?.question,
    {
      regionName: (id) => session.placeName(id),
      projection,
      knownAnswers: session.library.knownAnswers,
      ...(land ? { land } : {}),
    },
  );
  const base = `${pack.id}-results-${slugify(learner, { max: 200, fallback: 'learner' })}`;
  if (kind === 'csv') downloadFile(`${base}.csv`, csv, 'text/csv');
  else downloadFile(`${base}.json`, `${JSON.stringify(json, null, 2)}\n`, 'application/json');
}
