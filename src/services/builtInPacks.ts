import type { Problem } from '../core/problems';
import type { Pack } from '../core/model/pack';
import { parsePack } from '../core/packs/parsePack';

/** URLs of the built-in packs in `questions/`, keyed by their path in the project. */
const PACK_URLS = import.meta.glob<string>(['../../questions/*.json', '!../../questions/*.schema.json'], {
  query: '?url',
  import: 'default',
  eager: true,
});

/** What loading the built-in packs produced. */
export interface LoadedPacks {
  /** Packs that parsed, with the file name to blame in later problems. */
  packs: { pack: Pack; file: string; positions: number[] }[];
  /** Files that failed and questions that were skipped, located by file and line. */
  problems: Problem[];
  /** Informational notes (e.g. question types kept for later). */
  notices: Problem[];
}

/** Fetches a text file and reports failures as a problem naming the file. */
async function fetchText(url: string, file: string): Promise<{ text: string } | { problem: Problem }> {
  try {
    const response = await fetch(url);
    if (!response.ok) {
      return { problem: { file, path: '', message: `could not be downloaded (HTTP ${response.status})` } };
    }
    return { text: await response.text() };
  } catch {
    return { problem: { file, path: '', message: 'could not be downloaded (network error)' } };
  }
}

/**
 * Downloads and validates every built-in pack. A file that is missing or broken is reported and left out;
 * the other packs still load.
 *
 * @param onFileDone - called after each file, for the loading bar
 */
export async function loadBuiltInPacks(
  onFileDone: (done: number, total: number) => void,
): Promise<LoadedPacks> {
  const entries = Object.entries(PACK_URLS).sort(([a], [b]) => a.localeCompare(b));
  const result: LoadedPacks = { packs: [], problems: [], notices: [] };
  let done = 0;
  await Promise.all(
    entries.map(async ([path, url]) => {
      const file = path.replace(/^(\.\.\/)+/, '');
      const fetched = await fetchText(url, file);
      done += 1;
      onFileDone(done, entries.length);
      if ('problem' in fetched) {
        result.problems.push(fetched.problem);
        return;
      }
      const parsed = parsePack(fetched.text, file);
      if (!parsed.ok) {
        result.problems.push(...parsed.problems);
        return;
      }
      result.packs.push({ pack: parsed.value.pack, file, positions: parsed.value.positions });
      result.problems.push(...parsed.value.problems);
      result.notices.push(...parsed.value.notices);
    }),
  );
  result.packs.sort((a, b) => a.file.localeCompare(b.file));
  return result;
}

/** Number of built-in pack files, for the loading bar. */
export const BUILT_IN_PACK_COUNT = Object.keys(PACK_URLS).length;
