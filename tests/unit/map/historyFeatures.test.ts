import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  changesText,
  citeSource,
  featureCard,
  featureName,
  formatHistoryDate,
  listedFeatures,
} from '../../../src/core/map/featureCards';
import { listedQuestionIds, questionsAbout } from '../../../src/core/map/featureQuestions';
import { type HistoryAsset, parseHistoryAsset } from '../../../src/core/map/history';
import type { FeatureRef } from '../../../src/core/map/historyDisplay';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The real history asset, parsed. */
function realHistory(): HistoryAsset {
  const raw: unknown = JSON.parse(fs.readFileSync(path.resolve(projectRoot, 'assets/history.json'), 'utf8'));
  const result = parseHistoryAsset(raw);
  if (!result.ok) throw new Error('assets/history.json does not parse');
  return result.value;
}

/** The ids of the built-in questions in `questions/`. */
function builtInIds(): Set<string> {
  const dir = path.resolve(projectRoot, 'questions');
  const ids = new Set<string>();
  for (const file of fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.includes('schema'))) {
    const pack = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { questions: { id: string }[] };
    for (const question of pack.questions) ids.add(question.id);
  }
  return ids;
}

const history = realHistory();
const bank = builtInIds();

/** Every feature a card can be opened for from the lists: events and the listed features. */
const allRefs: FeatureRef[] = [
  ...history.events.map((event): FeatureRef => `event:${event.id}`),
  ...listedFeatures(history).map((feature) => feature.ref),
  ...history.areas.map((area): FeatureRef => `area:${area.id}`),
];

describe('the questions about a feature', () => {
  it('are the ids the data files list for it, every one in the built-in bank', () => {
    for (const ref of allRefs)
      for (const id of listedQuestionIds(history, ref)) expect(bank.has(id), `${ref}: ${id}`).toBe(true);
    expect(listedQuestionIds(history, 'event:peking-1860')).toContain('peking-convention-year');
    expect(listedQuestionIds(history, 'river:amur')).toContain('amur-chinese-name');
    expect(listedQuestionIds(history, 'pipeline:power-of-siberia-1')).toContain('chayanda-field');
    expect(listedQuestionIds(history, 'cession:aigun-1858')).toContain('aigun-peking-total-area');
    expect(listedQuestionIds(history, 'point:yamal-lng')).toContain('yamal-lng-sabetta');
  });

  it('exist for every river, pipeline, ceded land and point, and for the treaties of 1858 and 1860', () => {
    for (const feature of listedFeatures(history))
      expect(questionsAbout(history, feature.ref, (id) => bank.has(id)).length, feature.ref).toBeGreaterThan(
        0,
      );
    expect(questionsAbout(history, 'event:aigun-1858', (id) => bank.has(id)).length).toBeGreaterThan(0);
  });

  it('are none for a feature no question is about, or one the asset does not have', () => {
    expect(questionsAbout(history, 'event:tuva-1944', () => true)).toEqual([]);
    expect(questionsAbout(history, 'river:volga', () => true)).toEqual([]);
  });

  it('leave out questions no longer installed', () => {
    const all = listedQuestionIds(history, 'river:amur');
    expect(questionsAbout(history, 'river:amur', (id) => id !== all[0])).toEqual(all.slice(1));
  });

  it('of an area are those of the events that changed its holder, in date order, without repeats', () => {
    const aigun = listedQuestionIds(history, 'event:aigun-1858');
    const ids = listedQuestionIds(history, 'area:left-bank-amur');
    expect(ids.slice(0, aigun.length)).toEqual(aigun);
    expect(new Set(ids).size).toBe(ids.length);
    expect(listedQuestionIds(history, 'area:crimea')).toEqual(
      listedQuestionIds(history, 'event:crimea-2014'),
    );
  });
});

describe('feature cards', () => {
  it('give an event its act, date, what changed, places and source cited by outlet, author and date', () => {
    const card = featureCard(history, 'event:peking-1860', 1860)!;
    expect(card.title).toBe('Convention of Peking');
    expect(card.year).toBe(1860);
    expect(card.facts.map((fact) => fact.term)).toEqual(['Act', 'Date', 'What changed', 'Places']);
    expect(card.facts[1]!.detail).toBe('14 November 1860');
    expect(card.facts[2]!.detail).toMatch(/^Land east of the Ussuri to the sea: from .* to Russia\.$/);
    expect(card.sources.some((source) => source.includes('Neil Barnett'))).toBe(true);
  });

  it('say that the annexation of Crimea is not recognised internationally', () => {
    const card = featureCard(history, 'event:crimea-2014', 2014)!;
    expect(card.facts.find((fact) => fact.term === 'What changed')!.detail).toBe(
      'Crimea: from Ukraine to Russia (not recognised internationally).',
    );
    expect(featureCard(history, 'area:crimea', 2020)!.facts[0]!.detail).toBe(
      'Russia (not recognised internationally)',
    );
    expect(featureCard(history, 'area:crimea', 2010)!.facts[0]!.detail).toBe('Ukraine');
  });

  it('give a ceded land its measured area beside the article figure and other references, with why they differ', () => {
    const card = featureCard(history, 'cession:aigun-1858', 2026)!;
    const facts = new Map(card.facts.map((fact) => [fact.term, fact.detail]));
    const measured = history.cessions.cessions.find((cession) => cession.id === 'aigun-1858')!.areaKm2;
    expect(facts.get('Area measured on this map')).toBe(`${measured.toLocaleString('en')} km²`);
    expect(facts.get('Both cessions, in the article')).toBe('600,000 km² (commentary on Power of Siberia 2)');
    expect(facts.get('Both cessions, in other references')).toBe('about 1,000,000 km²');
    expect(card.text).toBe(history.cessions.explanation);
    expect(card.sources[0]).toContain('28 March 2023');
  });

  it('give rivers their drawing basis and pipelines their status and route, approximate where so', () => {
    const amur = featureCard(history, 'river:amur', 2026)!;
    expect(amur.facts[0]!.detail).toContain('approximate route');
    const pos2 = featureCard(history, 'pipeline:power-of-siberia-2', 2026)!;
    expect(pos2.facts[0]).toEqual({ term: 'Status', detail: 'Planned' });
    expect(pos2.facts[1]!.detail).toMatch(/ → .*\(approximate route\)$/);
    expect(featureCard(history, 'pipeline:nord-stream', 2026)!.facts[0]!.detail).toBe('Damaged');
    expect(featureCard(history, 'point:yamal-lng', 2026)!.facts[0]!.detail).toBe('Operating');
  });

  it('exist for every feature of the lists and every area, and name them', () => {
    for (const ref of allRefs) {
      const card = featureCard(history, ref, 1900);
      expect(card, ref).not.toBeNull();
      expect(featureName(history, ref)).toBe(card!.title);
      expect(card!.sources.length, ref).toBeGreaterThan(0);
    }
    expect(featureCard(history, 'river:volga', 1900)).toBeNull();
    expect(featureName(history, 'river:volga')).toBe('river:volga');
  });

  it('cite articles honestly when the text names no outlet or author, and references by publisher', () => {
    const pos2 = citeSource(history, { article: 'pos2-coercion' });
    expect(pos2).toContain('outlet not named in the text; author not named in the text; 28 March 2023');
    expect(citeSource(history, { title: 'Tuva', publisher: 'Encyclopaedia Britannica' })).toBe(
      'Tuva, Encyclopaedia Britannica',
    );
  });

  it('write dates as precisely as they are known, and say when an event moved no holder', () => {
    expect(formatHistoryDate('1858-05-28')).toBe('28 May 1858');
    expect(formatHistoryDate('1911-12')).toBe('December 1911');
    expect(formatHistoryDate('1689')).toBe('1689');
    const nerchinsk = history.events.find((event) => event.id === 'nerchinsk-1689')!;
    expect(changesText(history, { ...nerchinsk, changes: [] })).toBe('No change of holder on this map.');
  });

  it('list rivers, pipelines, ceded lands and Yamal LNG in that order', () => {
    expect(listedFeatures(history).map((feature) => feature.ref)).toEqual([
      'river:argun',
      'river:amur',
      'river:ussuri',
      'pipeline:power-of-siberia-1',
      'pipeline:power-of-siberia-2',
      'pipeline:nord-stream',
      'cession:aigun-1858',
      'cession:peking-1860',
      'point:yamal-lng',
    ]);
  });
});
