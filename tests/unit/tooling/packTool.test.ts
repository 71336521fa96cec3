import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../src/core/importers/registry';
import { parsePack } from '../../../src/core/packs/parsePack';
import { runPackTool } from '../../../tools/pack';

const dir = mkdtempSync(join(tmpdir(), 'pack-tool-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const GIFT = `$CATEGORY: Week 3

::aigun::In which year was the Treaty of Aigun signed? {=1858 ~1860 ~1689}

::broken::Which river forms much of the border? {=Amur ~Volga

::port::Name the Pacific port founded in 1860. {=Vladivostok}
`;

describe('npm run pack -- validate', () => {
  it('accepts a built-in pack with exit code 0', () => {
    const run = runPackTool(['validate', 'questions/treaties-territory.json']);
    expect(run.code).toBe(0);
    expect(run.err).toEqual([]);
    expect(run.out[0]).toMatch(/^questions\/treaties-territory\.json: valid, \d+ questions$/);
  });

  it('prints one located line per problem and exits with 1', () => {
    const pack = JSON.parse(readFileSync('questions/treaties-territory.json', 'utf8')) as {
      questions: Record<string, unknown>[];
    };
    delete pack.questions[1]!.prompt;
    const file = write('broken.json', JSON.stringify(pack, null, 2));
    const run = runPackTool(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: questions\\[1\\]`),
    );
  });

  it('is a usage error without exactly one file', () => {
    expect(runPackTool(['validate']).code).toBe(2);
    expect(runPackTool(['validate', 'a', 'b']).code).toBe(2);
    expect(runPackTool([]).code).toBe(2);
    expect(runPackTool(['frobnicate']).err[0]).toBe('unknown command "frobnicate"');
  });
});

describe('npm run pack -- convert', () => {
  it('converts GIFT to a valid pack, listing the broken question by line', () => {
    const input = write('week3.gift', GIFT);
    const output = join(dir, 'week3.json');
    const run = runPackTool(['convert', input, '-o', output]);
    expect(run.code).toBe(0);
    expect(run.err).toEqual([expect.stringMatching(new RegExp(`^.*week3\\.gift:5: error: `))]);
    const parsed = parsePack(readFileSync(output, 'utf8'), output);
    expect(parsed.ok && parsed.value.problems).toEqual([]);
    expect(parsed.ok && parsed.value.pack.questions.map((question) => question.id)).toEqual([
      'week3-aigun',
      'week3-port',
    ]);
  });

  it('honours --format and exits with 1 when nothing converts', () => {
    const input = write('notes.txt', 'just some words\n');
    const run = runPackTool(['convert', input, '-o', join(dir, 'out.json'), '--format', 'gift']);
    expect(run.code).toBe(1);
    expect(run.err.at(-1)).toMatch(/no question could be converted/);
  });

  it('is a usage error without -o, with an unknown format or a missing file', () => {
    expect(runPackTool(['convert', 'x.gift']).code).toBe(2);
    expect(runPackTool(['convert', 'x.gift', '-o', 'y.json', '--format', 'docx']).code).toBe(2);
    expect(runPackTool(['convert', join(dir, 'missing.gift'), '-o', join(dir, 'y.json')]).code).toBe(2);
  });

  it('lists every format of the registry in its help, with its name and file name endings', () => {
    const help = runPackTool(['convert', 'x.gift', '--format', 'docx']).err.join('\n');
    for (const format of FORMATS) {
      expect(help).toContain(format.id);
      expect(help).toContain(`${format.name} (${format.extensions.join(', ')})`);
    }
  });
});
