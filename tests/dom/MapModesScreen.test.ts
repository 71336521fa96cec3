import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MapAsset } from '../../src/core/map/mapTypes';
import type { MapMark, MapView, ModeDisplay } from '../../src/core/map/mapView';
import { regionViews } from '../../src/core/map/regionView';
import { dailyTargets, utcDate } from '../../src/core/modes/daily';
import { findMarks } from '../../src/core/modes/marks';
import { type ModeRecords, NO_MODE_RECORDS, recordDaily, recordWholeMap } from '../../src/core/modes/records';
import { practiceTargets, wholeMapTargets } from '../../src/core/modes/run';
import { type ModeTarget, type RegionTarget, modeTargets } from '../../src/core/modes/targets';
import { createSeededRng } from '../../src/core/rng';
import { type MapModesDeps, type ModeRecord, MapModesScreen } from '../../src/ui/screens/mapModesScreen';
import { getButton, visibleText } from './a11y';

const MAP = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, '../../assets/map.json'), 'utf8'),
) as MapAsset;
/** The map's regions only: every target is a region, found by choosing it. */
const TARGETS = modeTargets(MAP.regions, []);
/** Monday 2026-12-07, 10:00 UTC. */
const NOW = Date.UTC(2026, 11, 7, 10, 0);
const name = (id: string) => MAP.regions.find((region) => region.id === id)?.name ?? id;

/** A map view that records what the screen asks it to show. */
function recordingMap() {
  const modes: (ModeDisplay | null)[] = [];
  const focused: (string | null)[] = [];
  const marks: (readonly MapMark[])[] = [];
  const input: boolean[] = [];
  const view: MapView = {
    showRegions: () => undefined,
    focusRegion: (regionId) => void focused.push(regionId),
    setInputEnabled: (enabled) => void input.push(enabled),
    setInsets: () => undefined,
    showMarks: (shown) => void marks.push(shown),
    showAnswer: () => undefined,
    setHistory: () => undefined,
    showHistory: () => undefined,
    showMode: (display) => void modes.push(display),
  };
  return { view, modes, focused, marks, input };
}

/** The screen on the page, with records kept in memory and a clock the test moves. */
function mount(options: { records?: ModeRecords; clipboard?: MapModesDeps['clipboard'] } = {}) {
  document.body.innerHTML = '<div id="ui-root"></div>';
  const map = recordingMap();
  const recorded: ModeRecord[] = [];
  const state = { records: options.records ?? NO_MODE_RECORDS, now: NOW };
  const screen = new MapModesScreen({
    targets: TARGETS,
    dailyPool: TARGETS,
    mapView: map.view,
    regionViews: () => regionViews(MAP.regions, {}, new Set()),
    projection: MAP.projection,
    land: MAP,
    regionName: name,
    records: () => state.records,
    onRecord: (record) => {
      recorded.push(record);
      state.records =
        record.kind === 'whole'
          ? recordWholeMap(state.records, record.run)
          : recordDaily(state.records, record.run);
    },
    now: () => state.now,
    announce: () => undefined,
    sound: { play: () => undefined },
    ...(options.clipboard ? { clipboard: options.clipboard } : {}),
    onMenu: () => undefined,
  });
  document.getElementById('ui-root')!.append(screen.element);
  screen.onEnter();
  return { screen, map, recorded, state };
}

/** The text of the element matching `selector`. */
const text = (selector: string) => visibleText(document.querySelector(selector) as Element);

/** Chooses a region on the map, as a click on it would. */
function click(screen: MapModesScreen, regionId: string | null): void {
  const region = MAP.regions.find((candidate) => candidate.id === regionId);
  screen.onMapChoice({ region: regionId, point: region ? region.label : [0, 0] });
}

afterEach(() => document.body.replaceChildren());

describe('MapModesScreen', () => {
  it('offers the four modes, with the whole map’s best and recent times and today’s challenge', () => {
    const records = recordWholeMap(NO_MODE_RECORDS, {
      at: NOW - 86_400_000,
      ms: 95_000,
      right: 20,
      total: 21,
    });
    mount({ records });
    for (const mode of ['Name it', 'Find it', 'Whole map', 'Daily challenge'])
      expect(getButton(mode)).toBeTruthy();
    expect(getButton('Find it').getAttribute('aria-describedby')).toBe('mode-about-find');
    expect(text('.modes-best')).toBe('Best: 20/21 in 1:35 (2026-12-06)');
    expect(text('.modes-today')).toBe('Today’s challenge (2026-12-07) is waiting.');
  });

  it('Name it: hides the names, highlights the region, forgives a typo, and shows the name after a miss', () => {
    const { map } = mount();
    const [first, second] = practiceTargets(TARGETS, createSeededRng(NOW)) as [RegionTarget, RegionTarget];
    getButton('Name it').click();
    expect(text('.mode-prompt')).toBe('Name the highlighted region');
    expect(map.modes.at(-1)?.marked[first.regionId]).toBe('asked');
    expect(map.focused.at(-1)).toBe(first.regionId);
    expect(map.input.at(-1)).toBe(false);
    const field = document.getElementById('mode-name') as HTMLInputElement;
    expect(document.activeElement).toBe(field);
    // Without the picture, the field is described by the region's neighbours, never by its own name.
    const clue = document.getElementById(field.getAttribute('aria-describedby')!)!.textContent!;
    const neighbours = MAP.regions.find((region) => region.id === first.regionId)!.neighbours;
    const neighbourName = MAP.regions.find((region) => region.id === neighbours[0])!.name;
    expect(clue).toMatch(/^The highlighted region borders /);
    expect(clue).toContain(neighbourName);
    expect(clue).not.toContain(first.name);
    const typed = first.name.length > 6 ? first.name.slice(0, -2) + first.name.slice(-1) : first.name;
    field.value = typed;
    getButton('Check').click();
    expect(text('.mode-feedback')).toBe(
      typed === first.name
        ? `✓ ${first.name}.`
        : `✓ ${first.name} (you typed “${typed}”: mind the spelling).`,
    );
    expect(text('.quiz-progress')).toMatch(/^2 of 10/);
    (document.getElementById('mode-name') as HTMLInputElement).value = 'Atlantis';
    getButton('Check').click();
    expect(text('.mode-feedback')).toBe(`✗ Not “Atlantis”. It was ${second.name}.`);
    expect(document.activeElement).toBe(getButton('Next'));
    expect(map.modes.at(-1)?.marked[first.regionId]).toBe('found');
  });

  it('Find it: a wrong region is marked and named, the third miss shows and flashes the right one', () => {
    const { screen, map } = mount();
    const [first] = practiceTargets(TARGETS, createSeededRng(NOW)) as [RegionTarget];
    getButton('Find it').click();
    expect(text('.mode-prompt')).toBe(`Find ${first.name}`);
    expect(document.activeElement).toBe(document.querySelector('.mode-prompt'));
    expect(map.input.at(-1)).toBe(true);
    const wrongs = MAP.regions.filter((region) => region.id !== first.regionId).slice(0, 3);
    click(screen, wrongs[0]!.id);
    expect(text('.mode-feedback')).toBe(`✗ That is ${wrongs[0]!.name}. 2 tries left.`);
    expect(map.modes.at(-1)).toEqual({ marked: { [wrongs[0]!.id]: 'wrong' }, flash: null });
    click(screen, null);
    expect(text('.mode-feedback')).toBe('✗ That is not one of the regions. 1 try left.');
    click(screen, wrongs[2]!.id);
    expect(text('.mode-feedback')).toBe(`✗ That is ${wrongs[2]!.name}. ${first.name} is shown on the map.`);
    expect(map.modes.at(-1)?.flash).toBe(first.regionId);
    expect(map.modes.at(-1)?.marked[first.regionId]).toBe('missed');
    expect(map.focused.at(-1)).toBe(first.regionId);
    expect(map.input.at(-1)).toBe(false);
    // No tries while the answer is shown.
    click(screen, first.regionId);
    expect(text('.quiz-progress')).toMatch(/^1 of 10/);
    getButton('Next').click();
    expect(text('.quiz-progress')).toMatch(/^2 of 10 · 3 tries left/);
    expect(map.modes.at(-1)?.marked[first.regionId]).toBe('missed');
  });

  it('Find it without a pointer: numbered marks, on the map while focused, chosen by their key', () => {
    const { screen, map } = mount();
    const [first] = practiceTargets(TARGETS, createSeededRng(NOW)) as [ModeTarget];
    getButton('Find it').click();
    const expected = findMarks(first, [], { projection: MAP.projection, land: MAP }, `${NOW}:${first.id}`);
    getButton('Mark 1').focus();
    expect(map.marks.at(-1)).toEqual(expected);
    const right = expected.find((mark) => first.kind === 'region' && mark.region === first.regionId)!;
    const event = new KeyboardEvent('keydown', { key: String(right.number) });
    expect(screen.onKey(event)).toBe(true);
    expect(text('.mode-feedback')).toBe(`✓ ${first.name}.`);
    expect(document.activeElement).toBe(getButton('Mark 1'));
  });

  it('Whole map: every region once, the time from the clock, and a new best kept', () => {
    const { screen, recorded, state } = mount();
    const order = wholeMapTargets(TARGETS, createSeededRng(NOW)) as RegionTarget[];
    getButton('Whole map').click();
    for (const [index, target] of order.entries()) {
      expect(text('.mode-prompt')).toBe(`Find ${target.name}`);
      state.now = NOW + (index + 1) * 4_000;
      click(screen, target.regionId);
    }
    const ms = order.length * 4_000;
    expect(recorded).toEqual([{ kind: 'whole', run: { at: NOW + ms, ms, right: 21, total: 21 } }]);
    expect(text('.mode-result')).toBe('21 of 21 at the first try, 0 later, 0 missed, in 1:24.');
    expect(text('.mode-new-best')).toBe('A new best!');
    expect(text('.modes-best')).toBe('Best: 21/21 in 1:24 (2026-12-07)');
  });

  it('Daily challenge: today’s ten, recorded once, a share text, copied or offered to copy by hand', async () => {
    const written: string[] = [];
    const { screen, recorded, state } = mount({
      clipboard: { writeText: async (value: string) => void written.push(value) },
    });
    const ten = dailyTargets(utcDate(NOW), TARGETS) as RegionTarget[];
    getButton('Daily challenge').click();
    for (const target of ten) {
      state.now += 10_000;
      click(screen, target.regionId);
    }
    expect(recorded).toHaveLength(1);
    const share = `Borderlines daily 2026-12-07: 10/10 in 1:40 ${'🟩'.repeat(10)}`;
    expect(text('.mode-share')).toBe(share);
    getButton('Copy result').click();
    await Promise.resolve();
    expect(written).toEqual([share]);
    expect(text('.mode-copied')).toBe('Copied. Paste it wherever you like.');
    // Played: the button shows the day's result again, and starts no second run.
    getButton('Back to map modes').click();
    expect(text('.modes-today')).toBe('Today’s challenge (2026-12-07) is done: 10/10 in 1:40.');
    getButton('Daily challenge').click();
    expect(text('.mode-result')).toMatch(/^Already played today: 10 of 10/);
  });

  it('offers the result selected in a text area where the clipboard refuses', async () => {
    const records = recordDaily(NO_MODE_RECORDS, {
      date: '2026-12-07',
      at: NOW,
      ms: 61_000,
      right: 7,
      total: 10,
      outcomes: ['first', 'missed'],
    });
    mount({
      records,
      clipboard: {
        writeText: async () => {
          throw new Error('denied');
        },
      },
    });
    getButton('Daily challenge').click();
    const area = document.querySelector('textarea') as HTMLTextAreaElement;
    expect(area.hidden).toBe(true);
    getButton('Copy result').click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(area.hidden).toBe(false);
    expect(area.value).toBe('Borderlines daily 2026-12-07: 7/10 in 1:01 🟩🟥');
    expect(document.activeElement).toBe(area);
    expect(text('.mode-copied')).toMatch(/^Copying is not available here/);
  });

  it('gives the map back with names when left', () => {
    const { screen, map } = mount();
    getButton('Find it').click();
    screen.onLeave();
    expect(map.modes.at(-1)).toBeNull();
    expect(map.input.at(-1)).toBe(false);
  });
});
