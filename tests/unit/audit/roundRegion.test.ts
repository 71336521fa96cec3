import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../src/core/audit/audit';
import { roundRegionAnswers, roundRegionSection } from '../../../src/core/audit/roundRegion';
import type { MapClickQuestion } from '../../../src/core/model/pack';
import { builtInPacks } from '../../support/builtInBank';

const question = (
  id: string,
  region: string | undefined,
  target: MapClickQuestion['target'],
): AuditEntry => ({
  packId: 'test',
  question: {
    id,
    type: 'mapclick',
    ...(region ? { region } : {}),
    prompt: `Click ${id}.`,
    target,
    source: 'test',
    difficulty: 1,
    tags: [],
  },
});

const entries = [
  question('own-region', 'taiwan', { region: 'taiwan' }),
  question('next-door', 'south-china', { region: 'taiwan' }),
  question('place', 'north-china', { point: [116.4, 39.9] }),
  question('line', 'heilongjiang', {
    line: [
      [127.53, 50.26],
      [127.49, 50.24],
    ],
  }),
  question('no-round', undefined, { region: 'taiwan' }),
];

describe('the audit of map questions answered by the round’s own region', () => {
  it('finds a region question played in its own target region, and nothing else', () => {
    expect(roundRegionAnswers(entries)).toEqual([
      { questionId: 'own-region', packId: 'test', region: 'taiwan', score: 1 },
    ]);
  });

  it('says so in its section, marked as a failure', () => {
    const lines = roundRegionSection.lines({ entries, placeNames: [] });
    expect(lines[0]).toBe('5 map questions, 1 answered by choosing the round’s own region (FAIL)');
    expect(lines[1]).toContain('own-region is played in taiwan and choosing taiwan earns 100 %');
    expect(roundRegionSection.lines({ entries: entries.slice(1), placeNames: [] })).toEqual([
      '4 map questions, 0 answered by choosing the round’s own region',
    ]);
  });

  it('passes the built-in bank', () => {
    const bank = builtInPacks().flatMap((pack) =>
      pack.questions.map((q): AuditEntry => ({ question: q, packId: pack.id })),
    );
    expect(bank.filter((entry) => entry.question.type === 'mapclick').length).toBeGreaterThan(30);
    expect(roundRegionAnswers(bank)).toEqual([]);
  });
});
