import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HistoryAsset } from '../../../src/core/map/history';
import { historyLegend } from '../../../src/core/map/historyLegend';
import { HOLDER_COLOURS } from '../../../src/core/map/holderColours';

const history = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../assets/history.json'), 'utf8'),
) as HistoryAsset;

describe('the key to the history map', () => {
  it('lists only the holders on the map at the year, in the map’s colours', () => {
    const at1689 = historyLegend(history, 1689);
    expect(at1689.holders.map((holder) => holder.id)).toContain('china');
    expect(at1689.holders.map((holder) => holder.id)).not.toContain('japan');
    for (const holder of at1689.holders) expect(holder.colour).toBe(HOLDER_COLOURS[holder.id]);
    expect(historyLegend(history, 1930).holders.map((holder) => holder.id)).toContain('japan');
    expect(historyLegend(history, 2026).holders.map((holder) => holder.id)).not.toContain('japan');
  });

  it('names the annexation not recognised internationally only from 2014', () => {
    expect(historyLegend(history, 2013).unrecognised).toEqual([]);
    const at2014 = historyLegend(history, 2014).unrecognised;
    expect(at2014).toHaveLength(1);
    expect(at2014[0]).toMatch(/Crimea/);
  });
});
