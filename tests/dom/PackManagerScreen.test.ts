import { afterEach, describe, expect, it } from 'vitest';
import { importAny } from '../../src/core/importers/importAny';
import type { Pack } from '../../src/core/model/pack';
import type { PackListing } from '../../src/core/play/selectors';
import { PASTED_TEXT, PackManagerScreen, type PackManagerDeps } from '../../src/ui/screens/PackManagerScreen';
import { accessibleName, getButton, getByRole, headings, visibleText } from './a11y';

/** GIFT text with one good question and one whose answer block never closes. */
const GIFT_WITH_PROBLEM = `::Capital:: Which city is the capital of China? {=Beijing ~Moscow ~Harbin}

::Broken:: Which river marks the border? {=Amur ~Volga
`;

/** A CSV (Quizlet/Anki style: term, definition) of two cards. */
const PASTED = 'Aigun,1858\nPeking,1860\n';

const BUILT_IN: PackListing = {
  id: 'built-in',
  title: 'Treaties',
  version: 1,
  author: 'Borderlines',
  questions: 30,
  builtIn: true,
};

interface Harness {
  screen: PackManagerScreen;
  installed: { pack: Pack; file: string }[];
  removed: string[];
  packs: PackListing[];
  links: string[];
}

/**
 * A pack manager over an in-memory list of packs, previewing with the real importers (as the app does),
 * and a link that fails with `linkError` unless it is `good`.
 */
function setup(linkError = 'the server answered 404', download?: PackManagerDeps['download']): Harness {
  const harness: Harness = {
    screen: undefined as unknown as PackManagerScreen,
    installed: [],
    removed: [],
    packs: [BUILT_IN, { ...BUILT_IN, id: 'teacher', title: 'Class pack', author: 'Ms Lee', builtIn: false }],
    links: [],
  };
  const deps: PackManagerDeps = {
    list: () => harness.packs,
    preview: async (input, format) =>
      importAny(input.content, { file: input.name, date: '2026-11-20' }, format),
    download:
      download ??
      (async (url) => {
        harness.links.push(url);
        return { ok: false, message: linkError, retry: false };
      }),
    install: async (pack, file) => {
      harness.installed.push({ pack, file });
      harness.packs = [
        ...harness.packs,
        {
          id: pack.id,
          title: pack.title,
          version: pack.version,
          author: pack.author,
          questions: pack.questions.length,
          builtIn: false,
        },
      ];
    },
    remove: async (packId) => {
      harness.removed.push(packId);
      harness.packs = harness.packs.filter((listing) => listing.id !== packId);
    },
    exportPack: () => {},
    today: () => '2026-11-20',
    play: () => {},
    onBack: () => {},
  };
  harness.screen = new PackManagerScreen(deps);
  document.body.append(harness.screen.element);
  return harness;
}

/** The form control labelled `label`. */
function field<T extends HTMLElement>(label: string): T {
  const labelElement = [...document.querySelectorAll('label')].find(
    (candidate) => visibleText(candidate) === label,
  );
  const control = labelElement && document.getElementById(labelElement.htmlFor);
  if (!control) throw new Error(`no control labelled ${label}`);
  return control as T;
}

/** The status line's text. */
function status(): string {
  return visibleText(document.querySelector('[role="status"]')!);
}

/** Resolves once pending promise callbacks (the app's install, remove and download) have run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('PackManagerScreen', () => {
  it('lists the packs, with remove only for packs that are not built in', () => {
    setup();
    expect(headings()).toEqual(expect.arrayContaining(['Question packs', 'Installed packs', 'Add a pack']));
    expect(getButton('Play “Class pack”')).toBeTruthy();
    expect(getButton('Remove “Class pack”')).toBeTruthy();
    expect(() => getButton('Remove “Treaties”')).toThrow();
  });

  it('previews a file with its problems and installs it only when asked', async () => {
    const harness = setup();
    await harness.screen.showPreview({ name: 'class.gift', content: GIFT_WITH_PROBLEM });
    const preview = getByRole('region', 'Preview');
    expect(headings(preview)[0]).toMatch(/^Preview: /);
    expect(document.activeElement).toBe(preview.querySelector('h2'));
    expect(visibleText(preview)).toMatch(
      /class\.gift, read as GIFT[^:]*: 1 question, [1-9]\d* errors?, \d+ warnings?\./,
    );
    const problems = getByRole('list', 'Problems found', preview);
    expect(visibleText(problems)).toMatch(/Error: /);
    expect(visibleText(getByRole('list', 'Questions found', preview))).toContain(
      'Which city is the capital of China?',
    );
    expect(harness.installed).toEqual([]);

    getButton('Install pack', preview).click();
    await settle();
    expect(harness.installed).toHaveLength(1);
    expect(harness.installed[0]?.file).toBe('class.gift');
    expect(preview.hidden).toBe(true);
    expect(status()).toMatch(/^Installed “.+” with 1 questions\.$/);
    expect(document.activeElement).toBe(harness.screen.heading);
    expect(getButton(`Remove “${harness.installed[0]?.pack.title}”`)).toBeTruthy();
  });

  it('cancels a preview without installing anything', async () => {
    const harness = setup();
    await harness.screen.showPreview({ name: 'class.gift', content: GIFT_WITH_PROBLEM });
    getButton('Cancel').click();
    expect(getByRole('region', 'Preview').hidden).toBe(true);
    expect(status()).toBe('Nothing was installed.');
    expect(harness.installed).toEqual([]);
  });

  it('removes a pack only after the teacher confirms, and "Keep it" takes focus back', async () => {
    const harness = setup();
    getButton('Remove “Class pack”').click();
    const confirm = getByRole('group', 'Confirm removal');
    expect(visibleText(confirm)).toContain('Remove “Class pack”? Your progress on its questions is kept.');
    expect(document.activeElement).toBe(getButton('Yes, remove it'));
    getButton('Keep it').click();
    expect(document.querySelector('[role="group"]')).toBeNull();
    expect(document.activeElement).toBe(getButton('Remove “Class pack”'));
    expect(harness.removed).toEqual([]);

    getButton('Remove “Class pack”').click();
    getButton('Yes, remove it').click();
    await settle();
    expect(harness.removed).toEqual(['teacher']);
    expect(status()).toBe('Removed “Class pack”.');
    expect(() => getButton('Remove “Class pack”')).toThrow();
  });

  it('previews pasted text, and asks for text when the box is empty', async () => {
    setup();
    const form = getByRole('form', 'Paste questions');
    getButton('Preview pasted text', form).click();
    expect(status()).toBe('Paste some questions first.');
    expect(document.activeElement).toBe(field('Paste questions'));

    field<HTMLTextAreaElement>('Paste questions').value = PASTED;
    getButton('Preview pasted text', form).click();
    await settle();
    const preview = getByRole('region', 'Preview');
    expect(preview.hidden).toBe(false);
    expect(visibleText(preview)).toContain(`${PASTED_TEXT}, read as `);
    expect(accessibleName(preview.querySelector('h2')!)).toMatch(/^(Preview: |Nothing to install from )/);
  });

  it('says why a link could not be opened, and asks for an address when there is none', async () => {
    const harness = setup();
    const form = getByRole('form', 'Open a pack from a link');
    getButton('Open link', form).click();
    await settle();
    expect(status()).toBe('Enter the address of a pack first.');
    expect(harness.links).toEqual([]);

    field<HTMLInputElement>('Pack link').value = 'https://example.org/pack.json';
    getButton('Open link', form).click();
    await settle();
    expect(harness.links).toEqual(['https://example.org/pack.json']);
    expect(status()).toBe('The link could not be opened: the server answered 404.');
    expect(getByRole('region', 'Preview').hidden).toBe(true);
  });

  it('shows the progress of a download, and offers a retry when a timed-out download may work next time', async () => {
    const attempts: string[] = [];
    let finish: (outcome: Awaited<ReturnType<PackManagerDeps['download']>>) => void = () => undefined;
    let report: (progress: { received: number; total?: number }) => void = () => undefined;
    setup(undefined, (url, onProgress) => {
      attempts.push(url);
      report = onProgress;
      return new Promise((resolve) => (finish = resolve));
    });
    const retryButton = () => getButton('Retry download');
    expect(retryButton().hidden).toBe(true);
    field<HTMLInputElement>('Pack link').value = 'https://example.org/week3.gift';
    getButton('Open link', getByRole('form', 'Open a pack from a link')).click();
    expect(status()).toBe('Downloading https://example.org/week3.gift…');
    report({ received: 300, total: 1200 });
    expect(status()).toBe('Downloading https://example.org/week3.gift… 25 %');
    finish({
      ok: false,
      message: 'https://example.org/week3.gift sent nothing for 30 s; the download was stopped',
      retry: true,
    });
    await settle();
    expect(status()).toBe(
      'The link could not be opened: https://example.org/week3.gift sent nothing for 30 s; the download was stopped.',
    );
    expect(retryButton().hidden).toBe(false);

    retryButton().click();
    expect(attempts).toEqual(['https://example.org/week3.gift', 'https://example.org/week3.gift']);
    expect(retryButton().hidden).toBe(true);
    report({ received: 2048 });
    expect(status()).toBe('Downloading https://example.org/week3.gift… 2 kB so far');
    finish({ ok: true, input: { name: 'week3.gift', content: GIFT_WITH_PROBLEM } });
    await settle();
    expect(getByRole('region', 'Preview').hidden).toBe(false);
    expect(status()).toBe('');
  });

  it('offers no retry when the file itself is wrong', async () => {
    setup('https://example.org/huge.json is larger than 5 MB');
    field<HTMLInputElement>('Pack link').value = 'https://example.org/huge.json';
    getButton('Open link', getByRole('form', 'Open a pack from a link')).click();
    await settle();
    expect(status()).toBe('The link could not be opened: https://example.org/huge.json is larger than 5 MB.');
    expect(getButton('Retry download').hidden).toBe(true);
  });
});
