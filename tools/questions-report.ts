/**
 * Prints the built-in question bank's coverage at a glance: counts by pack, type, region (every map
 * region, including empty ones), difficulty and source article, and the fact checklist's coverage.
 * Every pack goes through the game's own parser, so a problem in a pack is printed too.
 *
 * Usage: `npm run questions:report`
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parsePack } from '../src/core/packs/parsePack';
import { sourceIds } from '../src/core/packs/questionBank';
import type { Question } from '../src/core/model/pack';
import { formatProblem } from '../src/core/problems';

const root = join(import.meta.dirname, '..');
const questionsDir = join(root, 'questions');
const map = JSON.parse(readFileSync(join(root, 'assets', 'map.json'), 'utf8')) as {
  regions: { id: string }[];
};

const questions: { question: Question; pack: string }[] = [];
let problems = 0;
for (const file of readdirSync(questionsDir)
  .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
  .sort()) {
  const parsed = parsePack(readFileSync(join(questionsDir, file), 'utf8'), `questions/${file}`);
  if (!parsed.ok) {
    parsed.problems.forEach((problem) => console.log(`PROBLEM ${formatProblem(problem)}`));
    problems += parsed.problems.length;
    continue;
  }
  for (const problem of parsed.value.problems) console.log(`PROBLEM ${formatProblem(problem)}`);
  problems += parsed.value.problems.length;
  for (const question of parsed.value.pack.questions)
    questions.push({ question, pack: parsed.value.pack.id });
}

/**
 * Prints a table of counts by key, largest first (or in the given key order). An entry with several keys
 * (a question citing several sources) counts once under each.
 */
function table(
  title: string,
  keyOf: (entry: (typeof questions)[number]) => string | readonly string[],
  keys?: readonly string[],
): void {
  const counts = new Map<string, number>((keys ?? []).map((key) => [key, 0]));
  for (const entry of questions) {
    const found = keyOf(entry);
    for (const key of typeof found === 'string' ? [found] : found)
      counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rows = keys ? [...counts] : [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  console.log(`\n${title}`);
  for (const [key, count] of rows) console.log(`  ${key.padEnd(28)} ${String(count).padStart(4)}`);
}

console.log(`${questions.length} questions, ${problems} problems`);
table('by pack', (entry) => entry.pack);
table('by type', (entry) => entry.question.type);
table(
  'by region',
  (entry) => entry.question.region ?? '(none)',
  map.regions.map((region) => region.id).sort(),
);
table('by difficulty', (entry) => String(entry.question.difficulty), ['1', '2', '3']);
table('by source (a question citing several counts under each)', (entry) => sourceIds(entry.question));

const factsDir = join(questionsDir, 'facts');
if (existsSync(factsDir)) {
  const ids = new Set(questions.map((entry) => entry.question.id));
  let total = 0;
  const uncovered: string[] = [];
  for (const file of readdirSync(factsDir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const { facts } = JSON.parse(readFileSync(join(factsDir, file), 'utf8')) as {
      facts: { id: string; askedBy: string[] }[];
    };
    total += facts.length;
    for (const fact of facts)
      if (!fact.askedBy.some((id) => ids.has(id))) uncovered.push(`${file}: ${fact.id}`);
  }
  console.log(`\nfact checklist: ${total - uncovered.length} of ${total} facts asked by a question`);
  for (const line of uncovered) console.log(`  not asked: ${line}`);
}
