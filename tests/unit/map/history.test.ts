import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import {
  type HistoryAsset,
  areasChangedBetween,
  eventYear,
  eventsUpTo,
  holdingsAt,
  parseHistoryAsset,
} from '../../../src/core/map/history';
import type { Problem } from '../../../src/core/problems';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** A fresh copy of the real history asset, safe to modify. */
function realHistory(): HistoryAsset {
  return JSON.parse(
    fs.readFileSync(path.resolve(projectRoot, 'assets/history.json'), 'utf8'),
  ) as HistoryAsset;
}

const history = realHistory();

/** Parses a modified copy and returns its problems (failing the test if it parses). */
function problemsOf(change: (raw: HistoryAsset) => void, regionIds?: Set<string>): Problem[] {
  const raw = realHistory();
  change(raw);
  const result = parseHistoryAsset(raw, 'assets/history.json', regionIds);
  if (result.ok) throw new Error('expected problems, but the asset parsed');
  return result.problems;
}

describe('the events', () => {
  it('run from Nerchinsk (1689) to Crimea (2014) in date order', () => {
    const dates = history.events.map((event) => event.date);
    expect(dates).toEqual([...dates].sort());
    expect(history.events[0]!.id).toBe('nerchinsk-1689');
    expect(history.events[history.events.length - 1]!.id).toBe('crimea-2014');
  });

  it('cite each fact: an article the question packs know, or a named reference with its publisher', () => {
    const pack = JSON.parse(
      fs.readFileSync(path.resolve(projectRoot, 'questions/pipelines-gas.json'), 'utf8'),
    ) as {
      sources: { id: string; kind?: string }[];
    };
    const known = new Set(pack.sources.filter((s) => (s.kind ?? 'article') === 'article').map((s) => s.id));
    expect(new Set(history.articles.map((article) => article.id))).toEqual(known);
    const cited = [
      ...history.events.flatMap((event) => event.sources),
      ...history.rivers.flatMap((river) => river.sources),
      ...history.pipelines.flatMap((pipeline) => pipeline.sources),
      ...history.points.flatMap((item) => item.sources),
    ];
    for (const source of cited) {
      if ('article' in source) expect(known.has(source.article), source.article).toBe(true);
      else expect(source.title.length * source.publisher.length).toBeGreaterThan(0);
    }
  });

  it('cite the articles where they discuss the event', () => {
    const articlesOf = (id: string): string[] =>
      history.events
        .find((event) => event.id === id)!
        .sources.flatMap((source) => ('article' in source ? [source.article] : []));
    expect(articlesOf('aigun-1858')).toContain('pos2-coercion');
    expect(articlesOf('peking-1860')).toEqual(expect.arrayContaining(['barnett-vassal', 'pos2-coercion']));
    expect(articlesOf('hong-kong-1997')).toContain('barnett-vassal');
    expect(articlesOf('macau-1999')).toContain('barnett-vassal');
  });

  it('show the Crimean annexation as not recognised internationally', () => {
    const crimea = history.events.find((event) => event.id === 'crimea-2014')!;
    expect(crimea.changes).toEqual([{ area: 'crimea', from: 'ukraine', to: 'russia', recognised: false }]);
    expect(crimea.summary).toMatch(/not recognised internationally/);
  });
});

describe('eventsUpTo', () => {
  it('includes the events of the year itself', () => {
    expect(eventsUpTo(history, 1860).map((event) => event.id)).toEqual([
      'nerchinsk-1689',
      'aigun-1858',
      'peking-1860',
    ]);
    expect(eventsUpTo(history, 1688)).toEqual([]);
    expect(eventsUpTo(history, 2026)).toHaveLength(history.events.length);
  });

  it('reads the year of any date precision', () => {
    expect(eventYear({ date: '1911-12' })).toBe(1911);
    expect(eventYear({ date: '1945' })).toBe(1945);
    expect(eventYear({ date: '2014-03-18' })).toBe(2014);
  });
});

describe('holdingsAt', () => {
  it('follows the Amur lands from the Qing to Russia through the joint holding', () => {
    const holderAt = (year: number, area: string): string | undefined =>
      holdingsAt(history, year).get(area)?.holder;
    expect(holderAt(1700, 'left-bank-amur')).toBe('china');
    expect(holderAt(1858, 'left-bank-amur')).toBe('russia');
    expect(holderAt(1858, 'ussuri-to-sea')).toBe('joint');
    expect(holderAt(1860, 'ussuri-to-sea')).toBe('russia');
    expect(holderAt(1904, 'south-sakhalin')).toBe('russia');
    expect(holderAt(1905, 'south-sakhalin')).toBe('japan');
    expect(holderAt(1945, 'south-sakhalin')).toBe('russia');
    expect(holderAt(1996, 'hong-kong')).toBe('uk');
    expect(holderAt(1997, 'hong-kong')).toBe('china');
    expect(holderAt(2007, 'bolshoy-ussuriysky-west')).toBe('russia');
    expect(holderAt(2008, 'bolshoy-ussuriysky-west')).toBe('china');
  });

  it('leaves out areas the time line does not cover yet', () => {
    const in1900 = holdingsAt(history, 1900);
    expect(in1900.has('tuva')).toBe(false);
    expect(in1900.has('crimea')).toBe(false);
    expect(holdingsAt(history, 1921).get('tuva')).toEqual({ holder: 'tuva', recognised: true });
    expect(holdingsAt(history, 1944).get('tuva')).toEqual({ holder: 'russia', recognised: true });
  });

  it('marks a holding that is not recognised', () => {
    expect(holdingsAt(history, 2013).get('crimea')).toEqual({ holder: 'ukraine', recognised: true });
    expect(holdingsAt(history, 2014).get('crimea')).toEqual({ holder: 'russia', recognised: false });
  });
});

describe('areasChangedBetween', () => {
  it('names only the areas to redraw, in either direction', () => {
    expect(areasChangedBetween(history, 1857, 1860)).toEqual(['left-bank-amur', 'ussuri-to-sea']);
    expect(areasChangedBetween(history, 1860, 1857)).toEqual(['left-bank-amur', 'ussuri-to-sea']);
    expect(areasChangedBetween(history, 1858, 1860)).toEqual(['ussuri-to-sea']);
    expect(areasChangedBetween(history, 2004, 2007)).toEqual([]);
    expect(areasChangedBetween(history, 2007, 2008)).toEqual(['bolshoy-ussuriysky-west']);
    expect(areasChangedBetween(history, 2013, 2014)).toEqual(['crimea']);
    expect(areasChangedBetween(history, 1990, 1991)).toEqual(['crimea']);
    expect(areasChangedBetween(history, 1950, 1950)).toEqual([]);
  });
});

describe('parseHistoryAsset rejects bad input with a path', () => {
  it('a missing field', () => {
    expect(
      problemsOf((raw) => delete (raw.areas[0] as Partial<HistoryAsset['areas'][0]>).name),
    ).toContainEqual({
      file: 'assets/history.json',
      path: 'areas[0].name',
      message: 'is missing',
    });
  });

  it('a malformed date', () => {
    const [problem] = problemsOf((raw) => (raw.events[2]!.date = '14 Nov 1860'));
    expect(problem).toMatchObject({ path: 'events[2].date', message: 'must be YYYY, YYYY-MM or YYYY-MM-DD' });
  });

  it('an event out of date order', () => {
    const problems = problemsOf((raw) => raw.events.reverse());
    expect(problems[0]!.path).toMatch(/^events\[\d+\]\.date$/);
    expect(problems[0]!.message).toMatch(/keep events in date order/);
  });

  it('a change that does not start from the holder just before', () => {
    const problems = problemsOf((raw) => (raw.events[2]!.changes[0]!.from = 'china'));
    expect(problems).toContainEqual({
      file: 'assets/history.json',
      path: 'events[2].changes[0].from',
      message: '"ussuri-to-sea" was held by "joint" just before, not "china"',
    });
  });

  it('a source citing an unknown article, and a source with neither form', () => {
    expect(problemsOf((raw) => (raw.events[1]!.sources = [{ article: 'no-such-article' }]))).toContainEqual({
      file: 'assets/history.json',
      path: 'events[1].sources[0].article',
      message: '"no-such-article" is not one of the articles',
    });
    const [problem] = problemsOf((raw) => (raw.events[1]!.sources = [{ title: 'A book' } as never]));
    expect(problem!.path).toBe('events[1].sources[0]');
  });

  it('an event with no source', () => {
    const [problem] = problemsOf((raw) => (raw.events[0]!.sources = []));
    expect(problem).toMatchObject({ path: 'events[0].sources', message: 'must name at least one source' });
  });

  it('a pipeline through an unknown place, and a polyline with an odd coordinate', () => {
    expect(problemsOf((raw) => (raw.pipelines[0]!.lines[0]!.places[0] = 'atlantis'))).toContainEqual({
      file: 'assets/history.json',
      path: 'pipelines[0].lines[0].places[0]',
      message: '"atlantis" is not one of the places',
    });
    const [problem] = problemsOf((raw) => raw.rivers[0]!.stretches[0]!.points.push(1));
    expect(problem).toMatchObject({ path: 'rivers[0].stretches[0].points' });
  });

  it('an area drawn as a region the map does not have', () => {
    const regions = new Set(['outer-manchuria']);
    const problems = problemsOf(() => undefined, regions);
    expect(problems.map((problem) => problem.path)).toEqual(
      history.areas.flatMap((area, i) => ('region' in area.shape ? [`areas[${i}].shape.region`] : [])),
    );
  });

  it('a duplicated id', () => {
    expect(problemsOf((raw) => raw.places.push({ ...raw.places[0]! }))).toContainEqual({
      file: 'assets/history.json',
      path: `places[${history.places.length}].id`,
      message: `"${history.places[0]!.id}" is used twice`,
    });
  });
});
