/**
 * Audits a question bank for what a reader should check by hand: typed answers and gaps with confusable
 * answers (and whether a `reject` covers each), estimate questions, map-click circles that cover another
 * place, questions whose source is not an article or a named reference, and map questions that choosing the
 * round's own region answers. That last one is a rule, not a judgement: the command fails (exit code 1) while
 * any such question remains. Each section is a pure function in
 * `src/core/audit/`; adding one is an import and an entry in `SECTIONS`. Every pack goes through the
 * game's own parser, so a problem in a pack is printed too.
 *
 * Usage: `npm run questions:audit [-- <directory of pack JSON files>]` (default `questions/`), so that an
 * older bank can be audited for a before/after comparison.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type AuditEntry, type AuditSection, auditReport } from '../src/core/audit/audit';
import { confusablesSection } from '../src/core/audit/confusables';
import { estimatesSection } from '../src/core/audit/estimates';
import { mapClickSection } from '../src/core/audit/mapClickCoverage';
import { provenanceSection } from '../src/core/audit/provenance';
import { roundRegionAnswers, roundRegionSection } from '../src/core/audit/roundRegion';
import { wordingSection } from '../src/core/audit/questionWording';
import type { Pack } from '../src/core/model/pack';
import { parseMapAsset } from '../src/core/map/parseMapAsset';
import { parsePack } from '../src/core/packs/parsePack';
import { formatProblem } from '../src/core/problems';
import { placeNamesOf } from '../src/core/quiz/knownAnswers';

/** The audit's sections, in the order they print. */
const SECTIONS: readonly AuditSection[] = [
  confusablesSection,
  estimatesSection,
  mapClickSection,
  provenanceSection,
  roundRegionSection,
  wordingSection,
];

const root = join(import.meta.dirname, '..');
const questionsDir = resolve(process.argv[2] ?? join(root, 'questions'));

const map = parseMapAsset(JSON.parse(readFileSync(join(root, 'assets', 'map.json'), 'utf8')));
if (!map.ok) {
  map.problems.forEach((problem) => console.log(`PROBLEM ${formatProblem(problem)}`));
  process.exit(1);
}

const entries: AuditEntry[] = [];
const packs: { file: string; pack: Pack }[] = [];
const files = readdirSync(questionsDir)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
  .sort();
for (const file of files) {
  const parsed = parsePack(readFileSync(join(questionsDir, file), 'utf8'), file);
  if (!parsed.ok) {
    parsed.problems.forEach((problem) => console.log(`PROBLEM ${formatProblem(problem)}`));
    continue;
  }
  parsed.value.problems.forEach((problem) => console.log(`PROBLEM ${formatProblem(problem)}`));
  packs.push({ file: relative(root, join(questionsDir, file)), pack: parsed.value.pack });
  for (const question of parsed.value.pack.questions)
    entries.push({ question, packId: parsed.value.pack.id });
}

/** The source articles' short ids, from the table in `../shared/articles/README.md` when it is there. */
function articleIds(): ReadonlySet<string> | undefined {
  const readme = join(root, '..', 'shared', 'articles', 'README.md');
  if (!existsSync(readme)) return undefined;
  const table = readFileSync(readme, 'utf8').matchAll(
    /^\|\s*([a-z0-9-]+)\s*\|\s*\d{3}_[0-9a-f]+\.txt\s*\|/gm,
  );
  return new Set([...table].map((match) => match[1] as string));
}

const articles = articleIds();
const shownDir = relative(root, questionsDir).startsWith('..') ? questionsDir : relative(root, questionsDir);
console.log(`Question audit of ${shownDir}/: ${entries.length} questions in ${files.length} files\n`);
for (const line of auditReport(SECTIONS, {
  entries,
  placeNames: placeNamesOf(map.value),
  map: map.value,
  packs,
  ...(articles ? { articleIds: articles } : {}),
}))
  console.log(line);

const roundRegion = roundRegionAnswers(entries);
if (roundRegion.length > 0) {
  console.log(
    `\nFAILED: ${roundRegion.length} map questions are answered by choosing the round's own region (see (e)).`,
  );
  process.exitCode = 1;
}
