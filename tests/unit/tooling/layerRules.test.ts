import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** Lints `code` as if it were the file at `filePath` and returns the ids of the rules it breaks. */
async function brokenRules(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('layer rules enforced by lint', () => {
  it.each([
    ["import * as Phaser from 'phaser';\nexport const x = Phaser;\n", 'phaser'],
    ["import { Howl } from 'howler';\nexport const x = Howl;\n", 'howler'],
    ["import localforage from 'localforage';\nexport const x = localforage;\n", 'localforage'],
    [
      "import { createSoundPlayer } from '../../services/audio';\nexport const x = createSoundPlayer;\n",
      'services',
    ],
    ["import { App } from '../../ui/App';\nexport const x = App;\n", 'ui'],
  ])('fails when src/core imports %#: %s', async (code) => {
    expect(await brokenRules(code, 'src/core/packs/layerProbe.ts')).toContain('no-restricted-imports');
  });

  it.each(['document.title', 'window.innerWidth', 'localStorage.length', 'navigator.language'])(
    'fails when src/core touches the DOM: %s',
    async (expression) => {
      const code = `export const probe = () => ${expression};\n`;
      expect(await brokenRules(code, 'src/core/packs/layerProbe.ts')).toContain('no-restricted-globals');
    },
  );

  it('lets src/core use plain libraries such as valibot', async () => {
    const code = "import * as v from 'valibot';\nexport const schema = v.string();\n";
    expect(await brokenRules(code, 'src/core/packs/layerProbe.ts')).toEqual([]);
  });

  it.each([
    ["import localforage from 'localforage';\nexport const x = localforage;\n", 'no-restricted-imports'],
    ["import { App } from '../ui/App';\nexport const x = App;\n", 'no-restricted-imports'],
    [
      "import { createClock } from '../services/clock';\nexport const x = createClock;\n",
      'no-restricted-imports',
    ],
    [
      "import { MapScene } from '../game/scenes/MapScene';\nexport const x = MapScene;\n",
      'no-restricted-imports',
    ],
    ['export const probe = () => document.title;\n', 'no-restricted-globals'],
  ])('fails when src/app reaches past its ports %#: %s', async (code, rule) => {
    expect(await brokenRules(code, 'src/app/layerProbe.ts')).toContain(rule);
  });

  it('lets src/app use the core', async () => {
    const code = "import { createEventBus } from '../core/events';\nexport const bus = createEventBus();\n";
    expect(await brokenRules(code, 'src/app/layerProbe.ts')).toEqual([]);
  });

  it('keeps Phaser out of the DOM UI and storage out of the map', async () => {
    const phaserInUi = "import * as Phaser from 'phaser';\nexport const x = Phaser;\n";
    expect(await brokenRules(phaserInUi, 'src/ui/LayerProbe.ts')).toContain('no-restricted-imports');
    const storageInGame = "import localforage from 'localforage';\nexport const x = localforage;\n";
    expect(await brokenRules(storageInGame, 'src/game/LayerProbe.ts')).toContain('no-restricted-imports');
  });
});
