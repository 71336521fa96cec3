import { describe, expect, it } from 'vitest';
import type { MapView } from '../../src/core/map/mapView';
import { type RegionView, regionViews } from '../../src/core/map/regionView';
import { DeferredMap } from '../../src/ui/map/DeferredMap';

/** A map that records every call it receives, in order. */
function recordingMap(): { map: MapView; calls: unknown[][] } {
  const calls: unknown[][] = [];
  return {
    calls,
    map: {
      showRegions: (views, celebration) => calls.push(['showRegions', views, celebration]),
      focusRegion: (regionId) => calls.push(['focusRegion', regionId]),
      setInputEnabled: (enabled) => calls.push(['setInputEnabled', enabled]),
      setInsets: (insets) => calls.push(['setInsets', insets]),
      showMarks: (marks) => calls.push(['showMarks', marks]),
      showAnswer: (answer) => calls.push(['showAnswer', answer]),
      setHistory: (history) => calls.push(['setHistory', history]),
      showHistory: (display) => calls.push(['showHistory', display]),
      showMode: (display) => calls.push(['showMode', display]),
    },
  };
}

const REGIONS = [
  { id: 'a', name: 'A' },
  { id: 'b', name: 'B' },
];
const FIRST: RegionView[] = regionViews(REGIONS, { a: 'open', b: 'locked' }, new Set());
const LATER: RegionView[] = regionViews(REGIONS, { a: 'cleared', b: 'open' }, new Set(['a']));

describe('DeferredMap', () => {
  it('hands the latest state of each kind to the map when it arrives, without the missed celebration', () => {
    const deferred = new DeferredMap();
    deferred.showRegions(FIRST);
    deferred.showRegions(LATER, { cleared: 'a', opened: ['b'] });
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
      ['showRegions', LATER, undefined],
      ['setInputEnabled', true],
      ['focusRegion', 'b'],
    ]);
  });

  it('passes every call straight through once the map is there, celebrations included', () => {
    const deferred = new DeferredMap();
    const { map, calls } = recordingMap();
    deferred.attach(map);
    calls.length = 0;
    deferred.showRegions(LATER, { cleared: 'a', opened: ['b'] });
    deferred.focusRegion(null);
    deferred.setInputEnabled(false);
    expect(calls).toEqual([
      ['showRegions', LATER, { cleared: 'a', opened: ['b'] }],
      ['focusRegion', null],
      ['setInputEnabled', false],
    ]);
  });

  it("hands a place question's marks and the answer shown before the map arrived", () => {
    const { map, calls } = recordingMap();
    const deferred = new DeferredMap();
    const marks = [{ number: 1, point: [10, 20] as [number, number], region: null }];
    deferred.showMarks(marks);
    deferred.showAnswer({ target: [10, 20], click: [30, 40], km: 120 });
    deferred.attach(map);
    expect(calls).toContainEqual(['showMarks', marks]);
    expect(calls).toContainEqual(['showAnswer', { target: [10, 20], click: [30, 40], km: 120 }]);
  });

  it('tells a map that arrives before any regions only where it may draw, and keeps input off', () => {
    const { map, calls } = recordingMap();
    new DeferredMap().attach(map);
    expect(calls).toEqual([
      ['setInsets', { top: 0, right: 0, bottom: 0, left: 0 }],
      ['setInputEnabled', false],
      ['focusRegion', null],
    ]);
  });

  it('hands a map mode shown before the map arrived to it, and passes later ones straight through', () => {
    const deferred = new DeferredMap();
    const asked = { marked: { a: 'found' as const }, flash: null };
    deferred.showMode(asked);
    const { map, calls } = recordingMap();
    deferred.attach(map);
    expect(calls).toContainEqual(['showMode', asked]);
    calls.length = 0;
    deferred.showMode(null);
    expect(calls).toEqual([['showMode', null]]);
  });
});
