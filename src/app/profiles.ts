import type { Clock } from '../core/clock';
import type { Result } from '../core/problems';
import { type Backup, type BackupPlan, makeBackup, parseBackup, planBackupImport } from '../core/save/backup';
import type { ProfileIndex } from '../core/save/progressStore';
import type { SaveData } from '../core/save/saveData';
import type { ProgressStorage } from '../core/save/storagePorts';
import { slugify } from '../core/slug';

/** Learner profiles and backups, as the learners panel uses them. */
export interface ProfileService {
  /** The learners on this device. */
  index(): ProfileIndex;
  /** Adds a learner and switches to them (the page reloads). */
  create(name: string): Promise<void>;
  /** Renames a learner. */
  rename(profileId: string, name: string): Promise<void>;
  /** Switches to another learner (the page reloads). */
  switchTo(profileId: string): Promise<void>;
  /** Deletes a learner and their progress (the page reloads when it was the current one). */
  remove(profileId: string): Promise<void>;
  /** Downloads the current learner's progress as a backup file. */
  exportBackup(): void;
  /** Reads a backup file. */
  readBackup(text: string, file: string): Result<Backup>;
  /** What importing the backup would do. */
  plan(backup: Backup): Promise<BackupPlan>;
  /** Imports the backup (as planned) and switches to that learner (the page reloads). */
  restore(backup: Backup): Promise<void>;
}

/** What the profile service needs. */
export interface ProfileServiceDeps {
  /** Where learners and their progress live. */
  storage: ProgressStorage;
  /** This tab's progress now, and a promise that its pending writes are done. */
  progress: { current(): SaveData; idle(): Promise<void> };
  /** Time. */
  clock: Clock;
  /** Downloads a file. */
  download(name: string, text: string, type: string): void;
  /** Reloads the game (after switching learner). */
  reload(): void;
  /** The learners changed without a reload (renamed, or another learner deleted). */
  onChanged(): void;
}

/** Learner profiles and backups over the progress storage; switching learners reloads the game. */
export function createProfileService(deps: ProfileServiceDeps): ProfileService {
  const { storage, clock } = deps;
  const thenReload = async (work: () => Promise<unknown>) => {
    await deps.progress.idle();
    await work();
    deps.reload();
  };
  const currentProfile = () => {
    const index = storage.profiles();
    return index.profiles.find((profile) => profile.id === index.current) ?? index.profiles[0];
  };
  return {
    index: () => storage.profiles(),
    create: (name) => thenReload(() => storage.createProfile(name, clock.now())),
    rename: async (profileId, name) => {
      await storage.renameProfile(profileId, name, clock.now());
      deps.onChanged();
    },
    switchTo: (profileId) => thenReload(() => storage.switchProfile(profileId, clock.now())),
    remove: async (profileId) => {
      if (profileId === storage.profiles().current)
        return thenReload(() => storage.deleteProfile(profileId, clock.now()));
      await storage.deleteProfile(profileId, clock.now());
      deps.onChanged();
    },
    exportBackup: () => {
      const profile = currentProfile();
      if (!profile) return;
      const now = clock.now();
      const backup = makeBackup(profile, deps.progress.current(), now);
      deps.download(
        `borderlines-backup-${slugify(profile.name, { fallback: 'learner' })}-${new Date(now).toISOString().slice(0, 10)}.json`,
        `${JSON.stringify(backup, null, 2)}\n`,
        'application/json',
      );
    },
    readBackup: parseBackup,
    plan: async (backup) => {
      const index = storage.profiles();
      const profile = index.profiles.find((candidate) => candidate.id === backup.profile.id);
      if (!profile) return planBackupImport(backup, []);
      const progress =
        profile.id === index.current ? deps.progress.current() : await storage.peekProfile(profile.id);
      return planBackupImport(backup, [{ profile, progress }]);
    },
    restore: (backup) =>
      thenReload(() => storage.restoreProfile(backup.profile, backup.progress, clock.now())),
  };
}
