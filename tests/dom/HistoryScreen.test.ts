import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { listedQuestionIds } from '../../src/core/map/featureQuestions';
import { type HistoryAsset, parseHistoryAsset } from '../../src/core/map/history';
import type { FeatureRef, HistoryDisplay } from '../../src/core/map/historyDisplay';
import { HistoryScreen } from '../../src/ui/screens/historyScreen';
import { accessibleName, buttonNames, getButton, getByRole, visibleText } from './a11y';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const parsed = parseHistoryAsset(
  JSON.parse(fs.readFileSync(path.resolve(projectRoot, 'assets/history.json'), 'utf8')) as unknown,
);
if (!parsed.ok) throw new Error('assets/history.json does not parse');
const history: HistoryAsset = parsed.value;

/** The form control whose `<label>` says `name`; throws when there is not exactly one. */
function labelled(name: string): HTMLInputElement {
  const matches = [...document.querySelectorAll('label')]
    .filter((label) => visibleText(label) === name)
    .map((label) => document.getElementById(label.htmlFor));
  if (matches.length !== 1 || !(matches[0] instanceof HTMLInputElement))
    throw new Error(`expected one control labelled ${name}, found ${matches.length}`);
  return matches[0];
}

/** Presses a key on an element, as the browser dispatches it. */
function press(target: HTMLElement, key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

/** The history screen over the real asset, on the page and entered, with what it asked of the map. */
function mount(questions: (ref: FeatureRef) => readonly string[] = (ref) => listedQuestionIds(history, ref)) {
  const shown: (HistoryDisplay | null)[] = [];
  const rounds: { topic: string; ids: readonly string[] }[] = [];
  let inputEnabled: boolean | null = null;
  let backs = 0;
  const screen = new HistoryScreen({
    history,
    map: {
      showHistory: (display) => void shown.push(display),
      setInputEnabled: (enabled) => void (inputEnabled = enabled),
      focusRegion: () => undefined,
    },
    currentYear: 2026,
    questionsAbout: questions,
    onQuestions: (topic, ids) => void rounds.push({ topic, ids }),
    onBack: () => void (backs += 1),
  });
  document.body.append(screen.element);
  screen.onEnter();
  screen.focus();
  return { screen, shown, rounds, backs: () => backs, inputEnabled: () => inputEnabled };
}

/** The live status line's text. */
function status(): string {
  return visibleText(document.querySelector('[role="status"]')!);
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('HistoryScreen: the time control', () => {
  it('is a slider named "Year" from 1689 to this year, focused on arrival, with the year shown', () => {
    const { shown, inputEnabled } = mount();
    const slider = labelled('Year');
    expect(slider.type).toBe('range');
    expect([slider.min, slider.max, slider.value]).toEqual(['1689', '2026', '2026']);
    expect(document.activeElement).toBe(slider);
    expect(document.querySelector('.history-year-label')!.textContent).toBe('2026');
    expect(inputEnabled()).toBe(true);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ year: 2026, selected: null });
    expect([...shown[0]!.layers].sort()).toEqual(['borders', 'cessions', 'pipelines', 'places', 'rivers']);
  });

  it('keys the map: the holders of the year shown, and the striping of Crimea only from 2014', () => {
    mount();
    const slider = labelled('Year');
    const key = () => [...document.querySelectorAll('.history-key li')].map((item) => item.textContent ?? '');
    press(slider, 'Home');
    expect(document.querySelector('#history-key')!.textContent).toBe('Key, 1689');
    expect(key()).toContain('China');
    expect(key().some((line) => line.includes('not recognised'))).toBe(false);
    press(slider, 'End');
    expect(key().some((line) => /Crimea.*not recognised internationally/.test(line))).toBe(true);
  });

  it('moves by year with the arrows and by event with PageUp and PageDown, redrawing the map each time', () => {
    const { shown } = mount();
    const slider = labelled('Year');
    expect(press(slider, 'Home').defaultPrevented).toBe(true);
    expect(slider.value).toBe('1689');
    const jumped = status();
    expect(jumped).toMatch(/^1689: back before \d+ events/);
    press(slider, 'ArrowRight');
    expect(slider.value).toBe('1690');
    expect(status()).toBe(jumped);
    press(slider, 'PageDown');
    expect(slider.value).toBe('1858');
    expect(status()).toMatch(/^1858: Treaty of Aigun\./);
    expect(slider.getAttribute('aria-valuetext')).toBe('1858');
    press(slider, 'PageDown');
    press(slider, 'PageUp');
    expect(slider.value).toBe('1858');
    press(slider, 'End');
    expect(slider.value).toBe('2026');
    expect(shown.map((display) => display?.year)).toEqual([2026, 1689, 1690, 1858, 1860, 1858, 2026]);
  });

  it('says nothing new while the years pass without an event', () => {
    mount();
    const slider = labelled('Year');
    press(slider, 'Home');
    const said = status();
    press(slider, 'ArrowRight');
    press(slider, 'ArrowRight');
    expect(status()).toBe(said);
  });

  it('shows the last change beside the slider only while it is the news', () => {
    mount();
    const slider = labelled('Year');
    const line = () => document.querySelector('.history-status')!.textContent;
    press(slider, 'PageUp');
    expect(slider.value).toBe('2014');
    expect(line()).toBe('');
    press(slider, 'PageUp');
    expect(line()).toMatch(/^2008: back before Crimea annexed by Russia \(2014\)\./);
    press(slider, 'ArrowRight');
    expect(slider.value).toBe('2009');
    expect(line()).toBe('');
    expect(status()).toMatch(/^2008: back before Crimea annexed by Russia/);
  });

  it('follows the slider when it is dragged', () => {
    const { shown } = mount();
    const slider = labelled('Year');
    slider.value = '1945';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    expect(document.querySelector('.history-year-label')!.textContent).toBe('1945');
    expect(shown.at(-1)?.year).toBe(1945);
    expect(status()).toMatch(/^1945: back before \d+ events/);
  });
});

describe('HistoryScreen: events, features and cards', () => {
  it('lists every event in order as "<year> <title>" buttons', () => {
    mount();
    const list = getByRole('region', 'Events').querySelector('ol')!;
    const names = [...list.querySelectorAll('button')].map(accessibleName);
    expect(names[0]).toBe('1689 Treaty of Nerchinsk');
    expect(names).toContain('1858 Treaty of Aigun');
    expect(names).toContain('1860 Convention of Peking');
    expect(names).toHaveLength(history.events.length);
  });

  it('moves to an event chosen in the list and opens its card with its source, focused', () => {
    const { shown } = mount();
    getButton('1860 Convention of Peking').click();
    expect(labelled('Year').value).toBe('1860');
    const card = getByRole('region', 'Convention of Peking');
    expect(document.activeElement).toBe(card.querySelector('h2'));
    expect(visibleText(card)).toContain('14 November 1860');
    expect(visibleText(card)).toContain('Neil Barnett');
    expect(shown.at(-1)).toMatchObject({ year: 1860, selected: 'event:peking-1860' });
    expect(getButton('1860 Convention of Peking').getAttribute('aria-current')).toBe('true');
  });

  it('shows the annexation of Crimea as not recognised internationally', () => {
    mount();
    getButton('2014 Crimea annexed by Russia').click();
    expect(visibleText(getByRole('region', 'Crimea annexed by Russia'))).toContain(
      'Crimea: from Ukraine to Russia (not recognised internationally).',
    );
  });

  it('opens the cards of rivers, pipelines, ceded lands and Yamal LNG from the feature list', () => {
    mount();
    getButton('Power of Siberia 2').click();
    const pos2 = visibleText(getByRole('region', 'Power of Siberia 2'));
    expect(pos2).toContain('Planned');
    expect(pos2).toContain('approximate route');
    getButton('Ceded by the Convention of Peking (1860)').click();
    const ceded = visibleText(getByRole('region', 'Ceded by the Convention of Peking (1860)'));
    expect(ceded).toContain('600,000 km²');
    expect(ceded).toContain('about 1,000,000 km²');
    expect(ceded).toContain(history.cessions.explanation);
    getButton('Yamal LNG').click();
    expect(visibleText(getByRole('region', 'Yamal LNG'))).toContain('Operating');
  });

  it('opens the card of a feature clicked on the map, and closes it for a click elsewhere', () => {
    const { screen, shown } = mount();
    screen.onMapChoice({ region: null, point: [10, 20], feature: 'river:ussuri' });
    expect(getByRole('region', 'Ussuri (Wusuli Jiang)')).toBeTruthy();
    expect(shown.at(-1)?.selected).toBe('river:ussuri');
    screen.onMapChoice({ region: 'mongolia', point: [30, 40] });
    expect(document.querySelector('.history-card')).toBeNull();
    expect(shown.at(-1)?.selected).toBeNull();
    screen.onMapChoice({ region: null, point: [50, 60], feature: 'event:macau-1999' });
    expect(getByRole('region', 'Macau handed over')).toBeTruthy();
    expect(shown.at(-1)).toMatchObject({ year: 1999, selected: 'event:macau-1999' });
  });

  it("plays a round on the questions about the card's feature, and offers none when it has none", () => {
    const { rounds } = mount();
    getButton('Amur (Heilong Jiang)').click();
    getButton('Questions about this').click();
    expect(rounds).toEqual([
      { topic: 'Amur (Heilong Jiang)', ids: listedQuestionIds(history, 'river:amur') },
    ]);
    getButton('1944 Tuva joins the Soviet Union').click();
    expect(buttonNames(getByRole('region', 'Tuva joins the Soviet Union'))).toEqual(['Close']);
  });

  it('closes the card with Close or Escape, giving focus back, and goes to the menu on a second Escape', () => {
    const { screen, backs } = mount();
    getButton('Nord Stream').click();
    getButton('Close').click();
    expect(document.querySelector('.history-card')).toBeNull();
    expect(document.activeElement).toBe(getButton('Nord Stream'));
    getButton('Argun').click();
    expect(screen.onKey(new KeyboardEvent('keydown', { key: 'Escape' }))).toBe(true);
    expect(document.querySelector('.history-card')).toBeNull();
    expect(backs()).toBe(0);
    screen.onKey(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(backs()).toBe(1);
  });
});

describe('HistoryScreen: layers and leaving', () => {
  it('shows and hides each layer with its checkbox', () => {
    const { shown } = mount();
    for (const name of ['Borders', 'Ceded lands', 'Rivers', 'Pipelines', 'Places'])
      expect(labelled(name).checked).toBe(true);
    const rivers = labelled('Rivers');
    rivers.click();
    expect([...shown.at(-1)!.layers]).not.toContain('rivers');
    labelled('Ceded lands').click();
    expect([...shown.at(-1)!.layers].sort()).toEqual(['borders', 'pipelines', 'places']);
    rivers.click();
    expect([...shown.at(-1)!.layers]).toContain('rivers');
  });

  it('hides the history layers on leaving, and shows them as they were on coming back', () => {
    const { screen, shown } = mount();
    getButton('1858 Treaty of Aigun').click();
    screen.onLeave();
    expect(shown.at(-1)).toBeNull();
    screen.onEnter();
    expect(shown.at(-1)).toMatchObject({ year: 1858, selected: 'event:aigun-1858' });
  });
});
