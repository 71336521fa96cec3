/**
 * `npm run pack -- validate <pack.json>`, `npm run pack -- convert <input> -o <output.json> [--format f]` and
 * `npm run pack -- draft <article.txt> -o <draft.json> [--title t] [--outlet o] [--author a] [--date d]`:
 * checks a pack, converts a GIFT, CSV, Anki, Quizlet, Kahoot or Moodle XML file into one, or drafts a pack
 * of questions from a news article's text. Problems are printed one per line with their location. Exit
 * codes: validate 0 valid / 1 problems; convert and draft 0 when at least one question was made, 1 when
 * none could be; 2 for a usage error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DATE_PATTERN, readArticleFile } from '../src/core/drafting/articleHeader';
import { type ArticleDetails, packFromDrafts } from '../src/core/drafting/articlePack';
import { draftQuestions } from '../src/core/drafting/draftQuestions';
import { importAny } from '../src/core/importers/importAny';
import type { ImportProblem } from '../src/core/importers/importTypes';
import { FORMATS, IMPORT_FORMATS, type ImportFormat, isImportFormat } from '../src/core/importers/registry';
import { parsePack } from '../src/core/packs/parsePack';
import type { Problem } from '../src/core/problems';

/** One line per import format for the help: its id, its name and the file name endings it reads. */
const FORMAT_HELP = FORMATS.map(
  (format) => `  ${format.id.padEnd(12)} ${format.name} (${format.extensions.join(', ')})`,
).join('\n');

const USAGE = `usage:
  npm run pack -- validate <pack.json>
  npm run pack -- convert <input> -o <output.json> [--format ${IMPORT_FORMATS.join('|')}]
  npm run pack -- draft <article.txt> -o <draft.json> [--title t] [--outlet o] [--author a] [--date YYYY-MM-DD] [--url u]
formats (detected from the file name and content unless --format is given):
${FORMAT_HELP}`;

/** Where a problem is, as `<path or line>` for the one-line formats. */
function location(problem: Problem): string {
  if (problem.line !== undefined) return String(problem.line);
  return problem.path || '-';
}

/** The output and exit code of one run, so that tests can call the tool without a process. */
export interface ToolRun {
  code: number;
  out: string[];
  err: string[];
}

/** Checks a pack file: one `<file>:<path or line>: <message>` line per problem. */
function validate(file: string, run: ToolRun): void {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    run.err.push(`${file}: cannot be read: ${(error as Error).message}`);
    run.code = 2;
    return;
  }
  const parsed = parsePack(text, file);
  const problems = parsed.ok ? parsed.value.problems : parsed.problems;
  for (const problem of problems)
    run.err.push(
      `${file}:${location(problem)}: ${problem.path ? `${problem.path}: ` : ''}${problem.message}`,
    );
  if (problems.length === 0 && parsed.ok)
    run.out.push(`${file}: valid, ${parsed.value.pack.questions.length} questions`);
  run.code = problems.length === 0 ? 0 : 1;
}

/** Converts a file to a pack: one `<input>:<line>: error|warning: <message>` line per problem. */
function convert(input: string, output: string, format: ImportFormat | undefined, run: ToolRun): void {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(input));
  } catch (error) {
    run.err.push(`${input}: cannot be read: ${(error as Error).message}`);
    run.code = 2;
    return;
  }
  const today = new Date().toISOString().slice(0, 10);
  const result = importAny(bytes, { file: input, date: today }, format);
  for (const problem of result.problems as ImportProblem[]) {
    const detail = problem.line !== undefined && problem.path ? ` (${problem.path})` : '';
    run.err.push(`${input}:${location(problem)}: ${problem.severity}: ${problem.message}${detail}`);
  }
  if (!result.pack) {
    run.err.push(`${input}: no question could be converted`);
    run.code = 1;
    return;
  }
  const { deferred, ...pack } = result.pack;
  const json = { ...pack, questions: [...pack.questions, ...deferred.map((item) => item.raw)] };
  writeFileSync(output, `${JSON.stringify(json, null, 2)}\n`);
  run.out.push(`${output}: ${pack.questions.length} questions from ${input} (${result.format})`);
  run.code = 0;
}

/**
 * Drafts a pack from an article's text: metadata from the options, else from the file's header
 * (`Title:`, `Outlet:`, `Author:`, `Date:`, `URL:` lines at the top). Every draft is written, each citing
 * the article; the teacher reviews them before sharing. One `draft-N: <type>: <prompt>` line per draft.
 */
function draft(input: string, output: string, options: Partial<ArticleDetails>, run: ToolRun): void {
  let text: string;
  try {
    text = readFileSync(input, 'utf8');
  } catch (error) {
    run.err.push(`${input}: cannot be read: ${(error as Error).message}`);
    run.code = 2;
    return;
  }
  const file = readArticleFile(text, input);
  for (const problem of file.problems)
    run.err.push(`${input}:${location(problem)}: error: ${problem.message}`);
  if (file.problems.length > 0) {
    run.code = 1;
    return;
  }
  const details = { ...file.details, ...options };
  if (!details.title) {
    run.err.push(`${input}: no title: give --title or a "Title: …" line at the top of the file`);
    run.code = 1;
    return;
  }
  const result = draftQuestions(file.body);
  for (const notice of result.notices) run.err.push(`${input}: ${notice}`);
  const built = packFromDrafts(
    result.drafts.map((entry) => entry.question),
    { ...details, title: details.title, date: details.date ?? new Date().toISOString().slice(0, 10) },
  );
  if (!built.ok) {
    for (const problem of built.problems) run.err.push(`${input}: ${problem.path}: ${problem.message}`);
    run.code = 1;
    return;
  }
  const { deferred: _deferred, ...pack } = built.pack;
  writeFileSync(output, `${JSON.stringify(pack, null, 2)}\n`);
  for (const question of pack.questions) run.out.push(`${question.id}: ${question.type}: ${question.prompt}`);
  run.out.push(
    `${output}: ${pack.questions.length} draft questions from ${result.sentences} sentences of ${input}`,
  );
  run.code = 0;
}

/** Runs the tool on command-line arguments (without `node` and the script). */
export function runPackTool(args: readonly string[]): ToolRun {
  const run: ToolRun = { code: 0, out: [], err: [] };
  const [command, ...rest] = args;
  const usage = (message: string) => {
    run.err.push(message, USAGE);
    run.code = 2;
    return run;
  };
  if (command === 'validate') {
    if (rest.length !== 1 || !rest[0]) return usage('validate takes exactly one pack file');
    validate(rest[0], run);
    return run;
  }
  if (command === 'convert') {
    let input: string | undefined;
    let output: string | undefined;
    let format: ImportFormat | undefined;
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i] ?? '';
      if (arg === '-o' || arg === '--output') output = rest[++i];
      else if (arg === '--format' || arg === '-f') {
        const value = rest[++i] ?? '';
        if (!isImportFormat(value)) return usage(`unknown format "${value}"`);
        format = value;
      } else if (arg.startsWith('-')) return usage(`unknown option "${arg}"`);
      else if (input === undefined) input = arg;
      else return usage(`unexpected argument "${arg}"`);
    }
    if (!input) return usage('convert needs an input file');
    if (!output) return usage('convert needs -o <output.json>');
    convert(input, output, format, run);
    return run;
  }
  if (command === 'draft') {
    let input: string | undefined;
    let output: string | undefined;
    const details: Partial<ArticleDetails> = {};
    const fields: Record<string, keyof ArticleDetails> = {
      '--title': 'title',
      '--outlet': 'outlet',
      '--author': 'author',
      '--date': 'date',
      '--url': 'url',
    };
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i] ?? '';
      const field = fields[arg];
      if (arg === '-o' || arg === '--output') output = rest[++i];
      else if (field) {
        const value = rest[++i];
        if (value === undefined) return usage(`${arg} needs a value`);
        if (field === 'date' && !DATE_PATTERN.test(value))
          return usage(`--date must look like 2023, 2023-03 or 2023-03-28, not "${value}"`);
        details[field] = value;
      } else if (arg.startsWith('-')) return usage(`unknown option "${arg}"`);
      else if (input === undefined) input = arg;
      else return usage(`unexpected argument "${arg}"`);
    }
    if (!input) return usage('draft needs an article text file');
    if (!output) return usage('draft needs -o <draft.json>');
    draft(input, output, details, run);
    return run;
  }
  return usage(command ? `unknown command "${command}"` : 'no command given');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const run = runPackTool(process.argv.slice(2));
  for (const line of run.out) console.log(line);
  for (const line of run.err) console.error(line);
  process.exitCode = run.code;
}
