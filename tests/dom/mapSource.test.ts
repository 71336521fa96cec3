import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadMapAsset } from '../../src/services/mapSource';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAP_TEXT = fs.readFileSync(path.resolve(projectRoot, 'assets/map.json'), 'utf8');

/** Replaces `fetch` with one that answers every request with `body` and `status`, recording the URLs. */
function serve(body: string, status = 200): string[] {
  const requested: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    requested.push(url);
    return Promise.resolve(new Response(body, { status }));
  });
  return requested;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadMapAsset', () => {
  it('downloads the map from the URL it is given and checks it', async () => {
    const requested = serve(MAP_TEXT);
    const result = await loadMapAsset({
      url: 'https://example.org/maps/eurasia.json',
      file: 'assets/map.json',
    });
    expect(requested).toEqual(['https://example.org/maps/eurasia.json']);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.startingRegions).toEqual(['european-russia', 'north-china']);
  });

  it('names problems after the file it is given', async () => {
    serve(JSON.stringify({ version: 1, regions: [] }));
    const result = await loadMapAsset({ url: '/maps/second.json', file: 'maps/second.json' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(new Set(result.problems.map((problem) => problem.file))).toEqual(new Set(['maps/second.json']));
  });

  it('reports a failed download with its HTTP status', async () => {
    serve('not here', 404);
    expect(await loadMapAsset({ url: '/maps/gone.json', file: 'maps/gone.json' })).toEqual({
      ok: false,
      problems: [{ file: 'maps/gone.json', path: '', message: 'could not be downloaded (HTTP 404)' }],
    });
  });

  it('reports text that is not JSON', async () => {
    serve('{ not json');
    const result = await loadMapAsset({ url: '/maps/broken.json', file: 'maps/broken.json' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/^is not valid JSON \(.+\)$/);
  });
});
