import * as v from 'valibot';
import { parseJsonWithLocations } from '../packs/jsonText';
import { formatPath } from '../packs/parsePack';
import { schemaProblems } from '../schemaProblems';
import { type Problem, type Result, fail, ok } from '../problems';
import type { Profile } from './progressStore';
import { type SaveData, parseSaveData } from './saveData';

/** The value of a backup file's `format` field. */
export const BACKUP_FORMAT = 'borderlines-backup';

/** A learner's progress as a file, to keep or to move to another device. */
export interface Backup {
  /** Always {@link BACKUP_FORMAT}. */
  format: typeof BACKUP_FORMAT;
  /** Version of the backup layout. */
  backupVersion: 1;
  /** When it was made, epoch ms. */
  exportedAt: number;
  /** The learner: the id makes importing the same backup twice a no-op. */
  profile: { id: string; name: string };
  /** The learner's saved progress (any save format this game can migrate). */
  progress: SaveData;
}

const EnvelopeSchema = v.object({
  format: v.literal(BACKUP_FORMAT, `format must be "${BACKUP_FORMAT}": this is not a Borderlines backup`),
  backupVersion: v.literal(1, 'backupVersion must be 1 (a newer version of Borderlines made this backup)'),
  exportedAt: v.pipe(v.number('exportedAt must be a time'), v.minValue(0)),
  profile: v.object({
    id: v.pipe(
      v.string('profile.id must be text'),
      v.regex(/^[a-z0-9][a-z0-9-]*$/, 'profile.id is malformed'),
    ),
    name: v.pipe(v.string('profile.name must be text'), v.nonEmpty('profile.name must not be empty')),
  }),
  progress: v.unknown(),
});

/** Makes a backup of one learner's progress. */
export function makeBackup(profile: Profile, progress: SaveData, now: number): Backup {
  return {
    format: BACKUP_FORMAT,
    backupVersion: 1,
    exportedAt: now,
    profile: { id: profile.id, name: profile.name },
    progress,
  };
}

/**
 * Reads a backup file: JSON syntax, the envelope and the progress inside (migrated from older save
 * formats) are all checked, and every problem says where (line and field).
 */
export function parseBackup(text: string, file: string): Result<Backup> {
  const parsed = parseJsonWithLocations(text, file);
  if (!parsed.ok) return fail(parsed.problems);
  const json = parsed.json;
  const envelope = v.safeParse(EnvelopeSchema, json.value);
  if (!envelope.success) {
    return fail(schemaProblems(envelope.issues, file, (path) => json.locate(path)));
  }
  const progress = parseSaveData(envelope.output.progress, file);
  if (!progress.ok) {
    return fail(
      progress.problems.map((problem): Problem => {
        const path = [
          'progress',
          ...problem.path
            .split(/[.[\]]+/)
            .filter(Boolean)
            .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
        ];
        return { ...problem, ...json.locate(path), path: formatPath(path) };
      }),
    );
  }
  return ok({ ...envelope.output, format: BACKUP_FORMAT, backupVersion: 1, progress: progress.value });
}

/** What importing a backup would do, so the learner can be asked before anything is replaced. */
export type BackupPlan =
  /** No learner with this id: the backup becomes a new learner; nothing existing changes. */
  | { kind: 'add' }
  /** The same learner already holds exactly this progress: importing changes nothing. */
  | { kind: 'same'; profileId: string }
  /** The same learner holds different progress: importing would replace it (ask first). */
  | { kind: 'replace'; profileId: string; currentAnswers: number };

/** Decides what importing `backup` would do, given the learners on this device and their progress. */
export function planBackupImport(
  backup: Backup,
  existing: { profile: Profile; progress: SaveData | null }[],
): BackupPlan {
  const match = existing.find((entry) => entry.profile.id === backup.profile.id);
  if (!match) return { kind: 'add' };
  const comparable = (save: SaveData | null) => (save ? JSON.stringify({ ...save, savedAt: 0 }) : '');
  if (comparable(match.progress) === comparable(backup.progress))
    return { kind: 'same', profileId: match.profile.id };
  return {
    kind: 'replace',
    profileId: match.profile.id,
    currentAnswers: match.progress?.answers.length ?? 0,
  };
}
