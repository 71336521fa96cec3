import { describe, expect, it } from 'vitest';
import type { RegionStatuses } from '../../src/core/map/progression';
import type { MapPort } from '../../src/ui/App';
import { DeferredMap } from '../../src/ui/map/DeferredMap';

/** A map that records every call it receives, in order. */
function recordingMap(): { map: MapPort; calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    map: {
      setStatuses: (statuses, celebrate, fading) =>
        calls.push(['setStatuses', statuses, celebrate, fading ? [...fading] : undefined]),
      focusRegion: (regionId) => calls.push(['focusRegion', regionId]),
      setInputEnabled: (enabled) => calls.push(['setInputEnabled', enabled]),
      setInsets: (insets) => calls.push(['setInsets', insets]),
    },
  };
}

const FIRST: RegionStatuses = { a: 'open', b: 'locked' };
const LATER: RegionStatuses = { a: 'cleared', b: 'open' };

describe('DeferredMap', () => {
  it('hands the latest state of each kind to the map when it arrives, without the missed celebration', () => {
    const deferred = new DeferredMap();
    deferred.setStatuses(FIRST);
    deferred.setStatuses(LATER, ['b'], new Set(['a']));
    deferred.focusRegion('a');
    deferred.focusRegion('b');
    deferred.setInputEnabled(true);
    deferred.setInsets({ top: 10, right: 200, bottom: 0, left: 0 });
    expect(deferred.ready).toBe(false);

    const { map, calls } = recordingMap();
    deferred.attach(map);
    expect(deferred.ready).toBe(true);
    expect(calls).toEqual([
      ['setInsets', { top: 10, right: 200, bottom: 0, left: 0 }],
      ['setStatuses', LATER, [], ['a']],
      ['setInputEnabled', true],
      ['focusRegion', 'b'],
    ]);
  });

  it('passes every call straight through once the map is there, celebrations included', () => {
    const deferred = new DeferredMap();
    const { map, calls } = recordingMap();
    deferred.attach(map);
    calls.length = 0;
    deferred.setStatuses(LATER, ['a']);
    deferred.focusRegion(null);
    deferred.setInputEnabled(false);
    expect(calls).toEqual([
      ['setStatuses', LATER, ['a'], undefined],
      ['focusRegion', null],
      ['setInputEnabled', false],
    ]);
  });

  it('tells a map that arrives before any statuses only where it may draw, and keeps input off', () => {
    const { map, calls } = recordingMap();
    new DeferredMap().attach(map);
    expect(calls).toEqual([
      ['setInsets', { top: 0, right: 0, bottom: 0, left: 0 }],
      ['setInputEnabled', false],
      ['focusRegion', null],
    ]);
  });
});
