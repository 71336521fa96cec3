import { describe, it, expect, afterEach } from 'vitest';
import type { MapRegion } from '../../src/core/map/mapTypes';
import type { RegionStatuses } from '../../src/core/map/progression';
import { regionViews } from '../../src/core/map/regionView';
import { RegionList } from '../../src/ui/panels/RegionList';
import { accessibleName, buttonNames, getButton } from './a11y';

function region(id: string, name: string): MapRegion {
  return {
    id,
    name,
    group: 'russia',
    label: [0, 0],
    bbox: [0, 0, 10, 10],
    polys: [[[0, 0, 10, 0, 10, 10]]],
    neighbours: [],
  };
}

const REGIONS: MapRegion[] = [
  region('yakutia', 'Yakutia (Sakha)'),
  region('european-russia', 'European Russia'),
  region('crimea', 'Crimea'),
  region('north-china', 'North China & Inner Mongolia'),
  region('mongolia', 'Mongolia'),
  region('western-siberia', 'Western Siberia'),
];

const STATUSES: RegionStatuses = {
  yakutia: 'locked',
  'european-russia': 'open',
  crimea: 'cleared',
  'north-china': 'open',
  mongolia: 'locked',
  'western-siberia': 'cleared',
};

function setup(counts: Record<string, number> = {}) {
  const chosen: string[] = [];
  const focused: (string | null)[] = [];
  const list = new RegionList({
    onChoose: (id) => chosen.push(id),
    onFocus: (id) => focused.push(id),
    questionCount: (id) => counts[id] ?? 5,
  });
  document.body.append(list.element);
  return { list, chosen, focused };
}

/** Shows the regions with these statuses (and fading regions) in the list. */
function show(list: RegionList, statuses: RegionStatuses, fading: ReadonlySet<string> = new Set()): void {
  list.update(regionViews(REGIONS, statuses, fading));
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('RegionList', () => {
  it('is a navigation landmark named "Regions"', () => {
    const { list } = setup();
    expect(list.element.tagName).toBe('NAV');
    expect(accessibleName(list.element)).toBe('Regions');
  });

  it('lists open regions first, then cleared, then locked, each group by name', () => {
    const { list } = setup();
    show(list, STATUSES);
    expect(buttonNames()).toEqual([
      'European Russia, open',
      'North China & Inner Mongolia, open',
      'Crimea, cleared',
      'Western Siberia, cleared',
      'Mongolia, locked',
      'Yakutia (Sakha), locked',
    ]);
  });

  it('marks locked entries aria-disabled and leaves the others enabled', () => {
    const { list } = setup();
    show(list, STATUSES);
    expect(getButton('Mongolia, locked').getAttribute('aria-disabled')).toBe('true');
    expect(getButton('Yakutia (Sakha), locked').getAttribute('aria-disabled')).toBe('true');
    expect(getButton('European Russia, open').hasAttribute('aria-disabled')).toBe(false);
    expect(getButton('Crimea, cleared').hasAttribute('aria-disabled')).toBe(false);
  });

  it('treats a region with no status as locked', () => {
    const { list } = setup();
    show(list, { 'european-russia': 'open' });
    expect(buttonNames()[0]).toBe('European Russia, open');
    expect(
      buttonNames()
        .slice(1)
        .every((name) => name.endsWith(', locked')),
    ).toBe(true);
    expect(getButton('Crimea, locked').getAttribute('aria-disabled')).toBe('true');
  });

  it('calls onChoose with the region id when an entry is clicked, locked ones included', () => {
    const { list, chosen } = setup();
    show(list, STATUSES);
    getButton('European Russia, open').click();
    getButton('Crimea, cleared').click();
    getButton('Mongolia, locked').click();
    expect(chosen).toEqual(['european-russia', 'crimea', 'mongolia']);
  });

  it('calls onFocus with the region id when an entry gets focus or the mouse', () => {
    const { list, focused } = setup();
    show(list, STATUSES);
    getButton('Western Siberia, cleared').focus();
    getButton('Mongolia, locked').dispatchEvent(new MouseEvent('mouseenter'));
    expect(focused).toEqual(['western-siberia', 'mongolia']);
  });

  it('calls onFocus(null) when focus leaves the list or the mouse leaves it', () => {
    const { list, focused } = setup();
    const outside = document.createElement('button');
    document.body.append(outside);
    show(list, STATUSES);
    getButton('Crimea, cleared').focus();
    getButton('European Russia, open').focus();
    outside.focus();
    expect(focused).toEqual(['crimea', 'european-russia', null]);
    list.element.dispatchEvent(new MouseEvent('mouseleave'));
    expect(focused.at(-1)).toBeNull();
  });

  it('notes open regions that have no questions yet', () => {
    const { list } = setup({ crimea: 0, mongolia: 0 });
    show(list, STATUSES);
    expect(getButton('Crimea, cleared').title).toBe('No questions for this region yet');
    expect(getButton('Mongolia, locked').title).toBe('');
    expect(getButton('European Russia, open').title).toBe('');
  });

  it('re-sorts on update and keeps keyboard focus on the same region', () => {
    const { list } = setup();
    show(list, STATUSES);
    getButton('Mongolia, locked').focus();
    show(list, { ...STATUSES, mongolia: 'open' });
    expect(buttonNames().slice(0, 3)).toEqual([
      'European Russia, open',
      'Mongolia, open',
      'North China & Inner Mongolia, open',
    ]);
    expect(document.activeElement).toBe(getButton('Mongolia, open'));
  });

  it('rebuilds the entries rather than adding to them', () => {
    const { list } = setup();
    show(list, STATUSES);
    show(list, STATUSES);
    expect(buttonNames()).toHaveLength(REGIONS.length);
  });
});

describe('RegionList: fading regions and pack stages', () => {
  it('says in words that a cleared region is fading', () => {
    const { list } = setup();
    show(list, STATUSES, new Set(['crimea', 'european-russia']));
    expect(accessibleName(getButton('Crimea, cleared, fading: review to refresh'))).toBe(
      'Crimea, cleared, fading: review to refresh',
    );
    // Only cleared regions fade; an open one stays open.
    expect(accessibleName(getButton('European Russia, open'))).toBe('European Russia, open');
  });

  it('lists packs without regions after the regions, and choosing one reports its id', () => {
    const chosenPacks: string[] = [];
    const list = new RegionList({
      onChoose: () => {},
      onFocus: () => {},
      questionCount: () => 5,
      packStages: () => [{ id: 'week3', title: 'Week 3 treaties', questions: 4 }],
      onChoosePack: (id) => chosenPacks.push(id),
    });
    document.body.append(list.element);
    show(list, STATUSES);
    expect(buttonNames().at(-1)).toBe('Week 3 treaties, pack, 4 questions');
    getButton('Week 3 treaties, pack, 4 questions').click();
    expect(chosenPacks).toEqual(['week3']);
  });

  it('moves focus with the arrow keys, Home and End, and reports each focused region for the map', () => {
    const { list, focused } = setup();
    show(list, STATUSES);
    const press = (key: string) => {
      const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      document.activeElement?.dispatchEvent(event);
      return event.defaultPrevented;
    };
    const focusedName = () => accessibleName(document.activeElement as Element);
    getButton('European Russia, open').focus();
    expect(press('ArrowDown')).toBe(true);
    expect(focusedName()).toBe('North China & Inner Mongolia, open');
    press('ArrowDown');
    expect(focusedName()).toBe('Crimea, cleared');
    press('ArrowUp');
    expect(focusedName()).toBe('North China & Inner Mongolia, open');
    press('End');
    expect(focusedName()).toBe('Yakutia (Sakha), locked');
    press('ArrowDown');
    expect(focusedName(), 'no wrap past the last entry').toBe('Yakutia (Sakha), locked');
    press('Home');
    expect(focusedName()).toBe('European Russia, open');
    press('ArrowUp');
    expect(focusedName(), 'no wrap before the first entry').toBe('European Russia, open');
    expect(focused.filter((id) => id !== null)).toEqual([
      'european-russia',
      'north-china',
      'crimea',
      'north-china',
      'yakutia',
      'european-russia',
    ]);
    expect(press('a'), 'other keys are left alone').toBe(false);
  });
});
