import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parseMapAsset } from '../../src/core/map/parseMapAsset';
import { LoadingScreen } from '../../src/ui/screens/LoadingScreen';
import { accessibleName, visibleText } from './a11y';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Puts a `<meta name="description">` with this content into the page's head. */
function describePage(content: string): void {
  const meta = document.createElement('meta');
  meta.name = 'description';
  meta.content = content;
  document.head.append(meta);
}

afterEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('LoadingScreen', () => {
  it("shows the page's own description as its tagline, since the map has not been read yet", () => {
    describePage('Three valleys and a delta');
    const screen = new LoadingScreen();
    document.body.append(screen.element);
    expect(accessibleName(screen.element)).toBe('Borderlines');
    expect(visibleText(screen.element.querySelector('.tagline')!)).toBe('Three valleys and a delta');
  });

  it('leaves the tagline out when the page has no description', () => {
    const screen = new LoadingScreen();
    expect(screen.element.querySelector('.tagline')).toBeNull();
    expect([...screen.element.querySelectorAll('p')].map(visibleText)).toEqual(['Starting…']);
  });

  it("gives index.html the Russia–China map's tagline as its description", () => {
    const html = fs.readFileSync(path.resolve(projectRoot, 'index.html'), 'utf8');
    const map = parseMapAsset(
      JSON.parse(fs.readFileSync(path.resolve(projectRoot, 'assets/map.json'), 'utf8')),
    );
    if (!map.ok) throw new Error('assets/map.json did not parse');
    document.documentElement.innerHTML = html;
    const meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    expect(meta?.content).toBe(map.value.tagline);
  });
});
