import { describe, it, expect } from 'vitest';
import { parsePack } from '../../../src/core/packs/parsePack';
import {
  buildQuestionBank,
  citationsOf,
  formatCitation,
  sourceIds,
  sourcesOf,
} from '../../../src/core/packs/questionBank';
import { makePack, makeSource, singleQuestion, trueFalseQuestion } from '../../support/packs';

const REGIONS: ReadonlySet<string> = new Set(['european-russia', 'north-china', 'mongolia']);

describe('buildQuestionBank', () => {
  it('indexes every question of every pack by id', () => {
    const a = makePack([trueFalseQuestion('a1'), singleQuestion('a2')], { id: 'a' });
    const b = makePack([singleQuestion('b1')], { id: 'b' });
    const { bank, problems } = buildQuestionBank(
      [
        { pack: a, file: 'questions/a.json' },
        { pack: b, file: 'questions/b.json' },
      ],
      REGIONS,
    );
    expect(problems).toEqual([]);
    expect(bank.size).toBe(3);
    expect(bank.get('a2')?.question).toBe(a.questions[1]);
    expect(bank.get('a2')?.pack).toBe(a);
    expect(bank.get('b1')?.pack).toBe(b);
    expect(bank.get('nope')).toBeUndefined();
    expect(bank.packs).toEqual([a, b]);
  });

  it('reports a question id already used by an earlier pack, naming the first file, and keeps the first', () => {
    const first = makePack([trueFalseQuestion('shared', { prompt: 'First.' })], { id: 'a' });
    const second = makePack([trueFalseQuestion('own'), trueFalseQuestion('shared', { prompt: 'Second.' })], {
      id: 'b',
    });
    const { bank, problems } = buildQuestionBank(
      [
        { pack: first, file: 'questions/first.json' },
        { pack: second, file: 'questions/second.json' },
      ],
      REGIONS,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'questions/second.json', path: 'questions[1].id' });
    expect(problems[0]?.message).toContain('"shared"');
    expect(problems[0]?.message).toContain('questions/first.json');
    expect(bank.get('shared')?.question.prompt).toBe('First.');
    expect(bank.get('own')).toBeDefined();
    expect(bank.size).toBe(2);
  });

  it("names the duplicate's index as it is in the file, even when parsePack skipped an earlier question", () => {
    const first = makePack([trueFalseQuestion('shared')], { id: 'a' });
    const secondText = JSON.stringify({
      format: 'borderlines-pack',
      formatVersion: 1,
      id: 'b',
      version: 1,
      title: 'B',
      author: 'A',
      license: 'CC0-1.0',
      language: 'en',
      sources: [makeSource()],
      // questions[0] is broken and skipped by parsePack; the duplicate id is questions[1] in the file.
      questions: [{ ...trueFalseQuestion('broken'), difficulty: 9 }, trueFalseQuestion('shared')],
    });
    const parsed = parsePack(secondText, 'questions/second.json');
    if (!parsed.ok) throw new Error('expected the pack to parse');
    expect(parsed.value.problems.map((p) => p.path)).toEqual(['questions[0].difficulty']);

    const { problems } = buildQuestionBank(
      [
        { pack: first, file: 'questions/first.json' },
        { pack: parsed.value.pack, file: 'questions/second.json', positions: parsed.value.positions },
      ],
      REGIONS,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('questions[1].id');
  });

  it('reports a region that is not on the map and leaves that question out', () => {
    const pack = makePack([
      singleQuestion('on-map', { region: 'mongolia' }),
      singleQuestion('off-map', { region: 'atlantis' }),
    ]);
    const { bank, problems } = buildQuestionBank([{ pack, file: 'questions/x.json' }], REGIONS);
    expect(problems).toEqual([
      {
        file: 'questions/x.json',
        path: 'questions[1].region',
        message: expect.stringContaining('"atlantis"'),
      },
    ]);
    expect(problems[0]?.message).toMatch(/not on the map/);
    expect(bank.get('off-map')).toBeUndefined();
    expect(bank.inRegion('atlantis')).toEqual([]);
    expect(bank.get('on-map')).toBeDefined();
    expect(bank.size).toBe(1);
  });

  it('lets a later pack use an id whose first holder was left out for its region', () => {
    const first = makePack([trueFalseQuestion('q', { region: 'atlantis' })], { id: 'a' });
    const second = makePack([trueFalseQuestion('q', { region: 'mongolia' })], { id: 'b' });
    const { bank, problems } = buildQuestionBank(
      [
        { pack: first, file: 'a.json' },
        { pack: second, file: 'b.json' },
      ],
      REGIONS,
    );
    expect(problems.map((p) => [p.file, p.path])).toEqual([['a.json', 'questions[0].region']]);
    expect(bank.get('q')?.pack).toBe(second);
  });

  it('keeps questions without a region but lists them in no region', () => {
    const pack = makePack([trueFalseQuestion('floating', { region: undefined })]);
    delete pack.questions[0]?.region;
    const { bank, problems } = buildQuestionBank([{ pack, file: 'f.json' }], REGIONS);
    expect(problems).toEqual([]);
    expect(bank.get('floating')).toBeDefined();
    for (const region of REGIONS) expect(bank.inRegion(region)).toEqual([]);
  });

  it('groups questions by region in pack order, across packs', () => {
    const a = makePack(
      [
        trueFalseQuestion('a1', { region: 'north-china' }),
        trueFalseQuestion('a2', { region: 'mongolia' }),
        trueFalseQuestion('a3', { region: 'north-china' }),
      ],
      { id: 'a' },
    );
    const b = makePack(
      [trueFalseQuestion('b1', { region: 'north-china' }), trueFalseQuestion('b2', { region: 'mongolia' })],
      {
        id: 'b',
      },
    );
    const { bank } = buildQuestionBank(
      [
        { pack: a, file: 'a.json' },
        { pack: b, file: 'b.json' },
      ],
      REGIONS,
    );
    expect(bank.inRegion('north-china').map((entry) => entry.question.id)).toEqual(['a1', 'a3', 'b1']);
    expect(bank.inRegion('mongolia').map((entry) => entry.question.id)).toEqual(['a2', 'b2']);
    expect(bank.inRegion('mongolia').map((entry) => entry.pack)).toEqual([a, b]);
    expect(bank.inRegion('european-russia')).toEqual([]);
  });
});

describe('sourcesOf', () => {
  it('finds the source a question cites in its own pack', () => {
    const cited = makeSource({ id: 'baev', title: 'Pseudo-alliance' });
    const pack = makePack([trueFalseQuestion('q', { source: 'baev' })], { sources: [makeSource(), cited] });
    expect(sourcesOf({ question: pack.questions[0]!, pack })).toEqual([cited]);
  });

  it('finds every source of a question that cites several, in the order it cites them', () => {
    const first = makeSource({ id: 'baev' });
    const second = makeSource({ id: 'aigun', kind: 'reference' });
    const pack = makePack([trueFalseQuestion('q', { source: ['aigun', 'baev'] })], {
      sources: [first, second],
    });
    expect(sourcesOf({ question: pack.questions[0]!, pack })).toEqual([second, first]);
    expect(sourceIds(pack.questions[0]!)).toEqual(['aigun', 'baev']);
  });

  it('leaves out an id the pack does not list', () => {
    const pack = makePack([trueFalseQuestion('q', { source: 'gone' })]);
    expect(sourcesOf({ question: pack.questions[0]!, pack })).toEqual([]);
  });
});

describe('citationsOf', () => {
  it('labels an article "Source" and a named reference "Reference", with their links', () => {
    const article = makeSource({ id: 'baev', url: 'https://example.org/baev' });
    const treaty = makeSource({
      id: 'aigun',
      kind: 'reference',
      title: 'Treaty of Aigun',
      outlet: 'treaty text',
      author: 'Russia and Qing China',
      date: '1858-05-28',
    });
    const pack = makePack([trueFalseQuestion('q', { source: ['baev', 'aigun'] })], {
      sources: [article, treaty],
    });
    expect(citationsOf({ question: pack.questions[0]!, pack })).toEqual([
      { label: 'Source', text: formatCitation(article), url: 'https://example.org/baev' },
      {
        label: 'Reference',
        text: '“Treaty of Aigun”, treaty text, Russia and Qing China, 1858-05-28',
      },
    ]);
  });

  it('offers no link for a non-web address kept from a pack saved before links were checked', () => {
    const pack = makePack([trueFalseQuestion('q', { source: 'summit' })], {
      sources: [makeSource({ url: 'javascript:alert(1)' })],
    });
    expect(citationsOf({ question: pack.questions[0]!, pack })[0]).not.toHaveProperty('url');
  });
});

describe('formatCitation', () => {
  it('formats title in curly quotes, outlet, author and date', () => {
    expect(
      formatCitation(
        makeSource({ title: 'No limits', outlet: 'Express', author: 'A. Writer', date: '2022-04' }),
      ),
    ).toBe('“No limits”, Express, A. Writer, 2022-04');
  });

  it('says "outlet not named" and "author not named" where the text does not name them', () => {
    const citation = formatCitation(
      makeSource({
        title: 'Vassal',
        outlet: 'not named in the text',
        author: 'Not Named In The Text ',
        date: '2024',
      }),
    );
    expect(citation).toBe('“Vassal”, outlet not named, author not named, 2024');
    expect(citation).not.toContain('not named in the text');
  });

  it('leaves the date out of an undated reference', () => {
    const { date: _date, ...undated } = makeSource({
      title: 'Amur River',
      outlet: 'Encyclopaedia Britannica',
    });
    expect(formatCitation({ ...undated, author: 'The Editors' })).toBe(
      '“Amur River”, Encyclopaedia Britannica, The Editors',
    );
  });

  it('names a body once when it is both the outlet and the author', () => {
    expect(
      formatCitation(
        makeSource({
          title: 'Resolution 68/262',
          outlet: 'United Nations General Assembly',
          author: 'United Nations General Assembly',
          date: '2014-03-27',
        }),
      ),
    ).toBe('“Resolution 68/262”, United Nations General Assembly, 2014-03-27');
  });

  it('still says "author not named" when the outlet is not named either', () => {
    expect(
      formatCitation(makeSource({ outlet: 'not named in the text', author: 'not named in the text' })),
    ).toContain('outlet not named, author not named');
  });

  it('keeps a named author when only the outlet is unnamed', () => {
    expect(
      formatCitation(makeSource({ outlet: 'not named in the text', author: 'Pavel K. Baev' })),
    ).toContain('outlet not named, Pavel K. Baev,');
  });
});
