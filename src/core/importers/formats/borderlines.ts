/** The game's own pack format (Borderlines JSON): validated by `parsePack` as it is, never converted. */
import { parsePack } from '../../packs/parsePack';
import { decodeInput } from '../kit/decode';
import type { ImportProblem, PackFormat, PackReading } from '../importTypes';

/** Reads a Borderlines pack: its errors drop questions (or the pack), its notices are warnings. */
function readPack(input: string | Uint8Array, file: string): PackReading {
  const parsed = parsePack(decodeInput(input).text, file);
  if (!parsed.ok) return { pack: null, problems: parsed.problems.map((p) => ({ ...p, severity: 'error' })) };
  const problems: ImportProblem[] = [
    ...parsed.value.problems.map((p): ImportProblem => ({ ...p, severity: 'error' })),
    ...parsed.value.notices.map((p): ImportProblem => ({ ...p, severity: 'warning' })),
  ];
  return { pack: parsed.value.pack.questions.length > 0 ? parsed.value.pack : null, problems };
}

/** The Borderlines pack format: a `.json` file, or any text that starts with `{`. */
export const borderlinesFormat = {
  id: 'borderlines',
  name: 'Borderlines pack (JSON)',
  extensions: ['.json'],
  kind: 'pack',
  sniff: (head) => head.text.trimStart().startsWith('{'),
  read: readPack,
} as const satisfies PackFormat;
