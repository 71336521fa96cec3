import { afterEach, describe, expect, it } from 'vitest';
import { type Backup, makeBackup, parseBackup, planBackupImport } from '../../src/core/save/backup';
import type { ProfileIndex } from '../../src/core/save/progressStore';
import { SAVE_SCHEMA_VERSION } from '../../src/core/save/saveData';
import type { ProfileService } from '../../src/app/profiles';
import { profilePanel } from '../../src/ui/panels/profilePanel';
import { buttonNames, getButton } from './a11y';

const INDEX: ProfileIndex = {
  current: 'pa',
  profiles: [
    { id: 'pa', name: 'Ana', createdAt: 1 },
    { id: 'pb', name: 'Boris', createdAt: 2 },
  ],
};

function setup(index: ProfileIndex = INDEX) {
  const calls: string[] = [];
  const errors: string[] = [];
  const service: ProfileService = {
    index: () => index,
    create: async (name) => void calls.push(`create ${name}`),
    rename: async (id, name) => void calls.push(`rename ${id} ${name}`),
    switchTo: async (id) => void calls.push(`switch ${id}`),
    remove: async (id) => void calls.push(`remove ${id}`),
    exportBackup: () => void calls.push('export'),
    readBackup: parseBackup,
    plan: async (backup: Backup) => planBackupImport(backup, []),
    restore: async (backup) => void calls.push(`restore ${backup.profile.id}`),
  };
  const panel = profilePanel(service, (message) => errors.push(message));
  document.body.append(panel);
  (panel as HTMLDetailsElement).open = true;
  return { panel, calls, errors };
}

afterEach(() => document.body.replaceChildren());

describe('profilePanel', () => {
  it('names who is playing and offers the others', () => {
    const { panel } = setup();
    expect(panel.querySelector('summary')?.textContent).toBe('Learner: Ana');
    expect(buttonNames(panel)).toEqual([
      'Rename Ana',
      'Delete Ana',
      'Switch to Boris',
      'Rename Boris',
      'Delete Boris',
      'Add learner',
      'Back up Ana’s progress',
    ]);
  });

  it('switches, adds, renames and backs up through the service', async () => {
    const { panel, calls } = setup();
    getButton('Switch to Boris').click();
    (panel.querySelector('#new-learner') as HTMLInputElement).value = 'Chen';
    getButton('Add learner').click();
    getButton('Rename Boris').click();
    const input = panel.querySelector<HTMLInputElement>('input[aria-label="New name for Boris"]')!;
    input.value = 'Borya';
    getButton('Save name').click();
    getButton('Back up Ana’s progress').click();
    await Promise.resolve();
    expect(calls).toEqual(['switch pb', 'create Chen', 'rename pb Borya', 'export']);
  });

  it('will not add a learner without a name', () => {
    const { panel, calls } = setup();
    getButton('Add learner').click();
    expect(calls).toEqual([]);
    expect(panel.querySelector('[role="status"]')?.textContent).toBe('Type the new learner’s name first.');
  });

  it('asks before deleting, and Keep leaves everything as it was', () => {
    const { calls } = setup();
    getButton('Delete Boris').click();
    expect(buttonNames(document.querySelector('[aria-label="Delete Boris?"]') as HTMLElement)).toEqual([
      'Yes, delete Boris',
      'Keep',
    ]);
    getButton('Keep').click();
    expect(calls).toEqual([]);
    getButton('Delete Boris').click();
    getButton('Yes, delete Boris').click();
    expect(calls).toEqual(['remove pb']);
  });

  it('offers no delete for the only learner', () => {
    const { panel } = setup({ current: 'pa', profiles: [{ id: 'pa', name: 'Ana', createdAt: 1 }] });
    expect(buttonNames(panel)).not.toContain('Delete Ana');
  });

  it('previews a backup and restores it only when asked', async () => {
    const { panel, calls } = setup();
    const backup = makeBackup(
      { id: 'pz', name: 'Zoe', createdAt: 0 },
      {
        schemaVersion: SAVE_SCHEMA_VERSION,
        savedAt: 0,
        regions: {},
        answers: [],
        settings: { muted: false },
        round: null,
        cards: {},
        reviewLog: [],
      },
      Date.UTC(2026, 10, 1),
    );
    const input = panel.querySelector<HTMLInputElement>('#restore-file')!;
    const file = new File([JSON.stringify(backup)], 'zoe.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const status = panel.querySelector('[role="status"]')!;
    expect(status.textContent).toContain('Backup of Zoe from 2026-11-01: 0 answers.');
    expect(calls).toEqual([]);
    getButton('Add Zoe as a learner').click();
    expect(calls).toEqual(['restore pz']);
  });
});
