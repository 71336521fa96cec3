import { describe, expect, it } from 'vitest';
import { loadCode } from '../../src/ui/widgets/loadCode';

describe('loadCode', () => {
  it('gives back the loaded module and reports nothing', async () => {
    const reports: string[] = [];
    const loaded = await loadCode(
      'stats screen',
      async () => ({ answer: 42 }),
      (m) => reports.push(m),
    );
    expect(loaded).toEqual({ answer: 42 });
    expect(reports).toEqual([]);
  });

  it('says what could not be loaded, why, and what to do, and gives back null', async () => {
    const reports: string[] = [];
    const loaded = await loadCode(
      'article editor',
      () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      (m) => reports.push(m),
    );
    expect(loaded).toBeNull();
    expect(reports).toEqual([
      'The article editor could not be loaded (Failed to fetch dynamically imported module). Reload the page to try again.',
    ]);
  });
});
