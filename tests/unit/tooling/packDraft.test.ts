import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../../src/core/packs/parsePack';
import { runPackTool } from '../../../tools/pack';

const dir = mkdtempSync(join(tmpdir(), 'pack-draft-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const ARTICLE = `Title: Power of Siberia in figures
Outlet: Class handout
Date: 2023-03-28

The Power of Siberia pipeline runs 3,000 km from Yakutia to the Chinese border.
It was formally opened in December 2019, after five years of building by Gazprom.
`;

describe('npm run pack -- draft', () => {
  it('drafts a valid pack from an article file with a header', () => {
    const input = write('article.txt', ARTICLE);
    const output = join(dir, 'draft.json');
    const run = runPackTool(['draft', input, '-o', output]);
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.out.at(-1)).toBe(`${output}: 3 draft questions from 2 sentences of ${input}`);
    const parsed = parsePack(readFileSync(output, 'utf8'), output);
    expect(parsed.ok && parsed.value.problems).toEqual([]);
    const pack = parsed.ok ? parsed.value.pack : undefined;
    expect(pack?.title).toBe('Power of Siberia in figures');
    expect(pack?.sources).toEqual([
      {
        id: 'article',
        kind: 'article',
        title: 'Power of Siberia in figures',
        outlet: 'Class handout',
        author: 'not named in the text',
        date: '2023-03-28',
      },
    ]);
    expect(pack?.questions.map((question) => question.type)).toEqual(['numeric', 'cloze', 'year']);
  });

  it('takes the metadata from options, which win over the header', () => {
    const input = write('article2.txt', ARTICLE);
    const output = join(dir, 'draft2.json');
    const run = runPackTool(['draft', input, '-o', output, '--title', 'Pipelines', '--author', 'A. Teacher']);
    expect(run.code).toBe(0);
    const pack = JSON.parse(readFileSync(output, 'utf8')) as { title: string; sources: { author: string }[] };
    expect(pack.title).toBe('Pipelines');
    expect(pack.sources[0]?.author).toBe('A. Teacher');
  });

  it('reports a bad header date with its line, and a missing title', () => {
    const bad = write(
      'bad.txt',
      'Title: X\nDate: March 2023\n\nGazprom opened it in 2019 after five long years.\n',
    );
    const run = runPackTool(['draft', bad, '-o', join(dir, 'bad.json')]);
    expect(run.code).toBe(1);
    expect(run.err).toEqual([
      `${bad}:2: error: date must look like 2023, 2023-03 or 2023-03-28, not "March 2023"`,
    ]);
    const untitled = write('untitled.txt', 'Gazprom opened it in 2019 after five long years.\n');
    const second = runPackTool(['draft', untitled, '-o', join(dir, 'untitled.json')]);
    expect(second.code).toBe(1);
    expect(second.err[0]).toBe(
      `${untitled}: no title: give --title or a "Title: …" line at the top of the file`,
    );
  });

  it('fails with a message on an empty article and on usage errors', () => {
    const empty = write('empty.txt', 'Title: Empty\n\n');
    const run = runPackTool(['draft', empty, '-o', join(dir, 'empty.json')]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${empty}: The text is empty: paste the article first.`);
    expect(runPackTool(['draft', empty]).err[0]).toBe('draft needs -o <draft.json>');
    expect(runPackTool(['draft', empty, '-o', 'x.json', '--date', 'soon']).err[0]).toBe(
      '--date must look like 2023, 2023-03 or 2023-03-28, not "soon"',
    );
  });
});
