import { describe, expect, it } from 'vitest';
import { auditProvenance, provenanceSection } from '../../../src/core/audit/provenance';
import type { MapClickQuestion } from '../../../src/core/model/pack';
import { makePack, makeSource, singleQuestion, trueFalseQuestion } from '../../support/packs';

const FILE = 'questions/test.json';
const ARTICLES = new Set(['summit']);

const map = makeSource({
  id: 'map-data',
  kind: 'map',
  title: 'Borderlines map geometry',
  outlet: 'Natural Earth',
  author: 'Borderlines team',
});
const treaty = makeSource({ id: 'aigun', kind: 'reference', title: 'Treaty of Aigun' });

/** A map-click question on a region, citing `source`. */
function mapClick(id: string, source: MapClickQuestion['source']): MapClickQuestion {
  return {
    id,
    type: 'mapclick',
    prompt: 'Click Heilongjiang.',
    source,
    difficulty: 1,
    tags: [],
    target: { region: 'heilongjiang' },
  };
}

describe('auditProvenance', () => {
  it('passes questions that rest on an article, a named reference, several of them, or the map for a click', () => {
    const pack = makePack(
      [
        singleQuestion('article'),
        trueFalseQuestion('treaty', { source: 'aigun' }),
        trueFalseQuestion('both', { source: ['summit', 'aigun'] }),
        mapClick('click', 'map-data'),
      ],
      { sources: [makeSource(), treaty, map] },
    );
    expect(auditProvenance([{ file: FILE, pack }], { articleIds: ARTICLES })).toEqual([]);
  });

  it('reports the map cited for a fact that is not a place on the map, even beside an article', () => {
    const pack = makePack(
      [
        trueFalseQuestion('population', { source: 'map-data' }),
        trueFalseQuestion('mixed', { source: ['summit', 'map-data'] }),
      ],
      { sources: [makeSource(), map] },
    );
    expect(auditProvenance([{ file: FILE, pack }])).toEqual([
      `${FILE}: population cites the map data "map-data" for a fact the map's geometry does not hold (only a map-click answer can rest on it)`,
      `${FILE}: mixed cites the map data "map-data" for a fact the map's geometry does not hold (only a map-click answer can rest on it)`,
    ]);
  });

  it('reports a source presented as an article that is not one of the articles', () => {
    const outlines = makeSource({ id: 'map-data', title: 'Borderlines map data' });
    const pack = makePack([trueFalseQuestion('history', { source: 'map-data' })], {
      sources: [outlines],
    });
    expect(auditProvenance([{ file: FILE, pack }], { articleIds: ARTICLES })).toEqual([
      `${FILE}: history cites "map-data" as an article, but it is not one of the source articles (summit)`,
    ]);
    expect(auditProvenance([{ file: FILE, pack }])).toEqual([]);
  });

  it('reports an id the pack does not list, pointing at the file and question', () => {
    const pack = makePack([trueFalseQuestion('orphan', { source: ['summit', 'gone'] })]);
    expect(
      auditProvenance([
        { file: 'a.json', pack },
        { file: 'b.json', pack: makePack([]) },
      ]),
    ).toEqual(['a.json: orphan cites "gone", which its pack does not list']);
  });
});

describe('provenanceSection', () => {
  it('counts the findings first and says whether the article ids were checked', () => {
    const outlines = makeSource({ id: 'map-data', title: 'Borderlines map data' });
    const packs = [
      {
        file: FILE,
        pack: makePack([trueFalseQuestion('history', { source: 'map-data' })], { sources: [outlines] }),
      },
    ];
    const input = { entries: [], placeNames: [], packs };
    expect(provenanceSection.lines({ ...input, articleIds: ARTICLES })).toEqual([
      '1 question source(s) that are not an article or a named reference; article ids checked against the articles index (summit)',
      `${FILE}: history cites "map-data" as an article, but it is not one of the source articles (summit)`,
    ]);
    expect(provenanceSection.lines(input)).toEqual([
      '0 question source(s) that are not an article or a named reference; article ids NOT checked: the articles index (../shared/articles/README.md) is missing',
    ]);
  });
});
