import * as v from 'valibot';
import type { Problem } from '../problems';
import { type SaveData, parseSaveData } from './saveData';

/**
 * The storage layout of learners' progress, over any asynchronous key-value store (IndexedDB in the game,
 * a map in tests):
 *
 * - `profiles`: the learners on this device and which one is playing;
 * - `progress/<profile>`: a pointer `{ generation }` to the profile's current record;
 * - `progress/<profile>/<generation>`: one saved state. A save writes the next generation first and then
 *   moves the pointer, so a crash or a closed tab mid-write leaves the old state readable; the previous
 *   generation is kept as the last good state;
 * - `unreadable/<profile>/<time>`: data that could not be read, kept aside, never deleted by the game.
 *
 * Progress saved by earlier versions under the single key `progress` becomes the first profile's.
 */

/** The storage operations the layout needs. Implementations may throw; callers handle it. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** One learner on this device. */
export interface Profile {
  /** Stable id used in storage keys. */
  id: string;
  /** Name shown in the menu. */
  name: string;
  /** When it was created, epoch ms. */
  createdAt: number;
}

/** The learners on this device and who is playing. */
export interface ProfileIndex {
  /** Id of the profile in use. */
  current: string;
  /** Every profile, in creation order. */
  profiles: Profile[];
}

/** Key of the profile index. */
export const PROFILES_KEY = 'profiles';

/** Key under which versions before profiles kept the only learner's progress. */
export const LEGACY_PROGRESS_KEY = 'progress';

/** Key of a profile's pointer to its current record. */
export const pointerKey = (profileId: string): string => `progress/${profileId}`;

/** Key of one generation of a profile's progress. */
export const recordKey = (profileId: string, generation: number): string =>
  `progress/${profileId}/${generation}`;

/** Longest profile name. */
export const MAX_PROFILE_NAME = 40;

const ProfileIndexSchema = v.object({
  current: v.string(),
  profiles: v.pipe(
    v.array(v.object({ id: v.string(), name: v.string(), createdAt: v.number() })),
    v.minLength(1),
  ),
});
const PointerSchema = v.object({ generation: v.pipe(v.number(), v.integer(), v.minValue(1)) });

/** What loading a profile's progress found. */
export type ProgressLoad =
  | { kind: 'fresh' }
  | { kind: 'loaded'; data: SaveData }
  /** The current record cannot be read; `lastGood` is the previous generation when that one can be. */
  | { kind: 'unreadable'; problems: Problem[]; raw: unknown; lastGood: SaveData | null };

/** Makes a profile id that is unique among `existing`. */
function newProfileId(existing: readonly Profile[], now: number): string {
  let id = `p${now.toString(36)}`;
  for (let n = 2; existing.some((profile) => profile.id === id); n++) id = `p${now.toString(36)}-${n}`;
  return id;
}

/** Cleans a profile name: trimmed, single spaces, at most {@link MAX_PROFILE_NAME} characters. */
export function cleanProfileName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_PROFILE_NAME);
}

/**
 * Reads the profile index, creating it on first use: with one profile, "Learner 1", which takes over
 * progress saved by an earlier version under the legacy key (copied into the new layout; the legacy key
 * is then removed). An unreadable index is rebuilt from the profiles found in storage, never dropped.
 */
export async function loadProfiles(kv: KeyValueStore, now: number): Promise<ProfileIndex> {
  const raw = await kv.get(PROFILES_KEY);
  const parsed = v.safeParse(ProfileIndexSchema, raw);
  if (parsed.success && parsed.output.profiles.some((profile) => profile.id === parsed.output.current))
    return parsed.output;
  const keys = await kv.keys();
  const found = [...new Set(keys.filter((key) => /^progress\/[^/]+$/.test(key)).map((key) => key.slice(9)))];
  if (found.length > 0) {
    const index = {
      current: found[0] as string,
      profiles: found.map((id, n) => ({ id, name: `Learner ${n + 1}`, createdAt: now })),
    };
    await kv.set(PROFILES_KEY, index);
    return index;
  }
  const first: Profile = { id: newProfileId([], now), name: 'Learner 1', createdAt: now };
  const legacy = await kv.get(LEGACY_PROGRESS_KEY);
  if (legacy !== null && legacy !== undefined) {
    await kv.set(recordKey(first.id, 1), legacy);
    await kv.set(pointerKey(first.id), { generation: 1 });
  }
  const index = { current: first.id, profiles: [first] };
  await kv.set(PROFILES_KEY, index);
  if (legacy !== null && legacy !== undefined) await kv.remove(LEGACY_PROGRESS_KEY);
  return index;
}

/** The generation a profile's pointer names, or 0 when it has none (or it is unreadable). */
export async function currentGeneration(kv: KeyValueStore, profileId: string): Promise<number> {
  const parsed = v.safeParse(PointerSchema, await kv.get(pointerKey(profileId)));
  return parsed.success ? parsed.output.generation : 0;
}

/**
 * Loads a profile's progress. Never writes: an unreadable record is reported with its raw data and the
 * last good state (the previous generation), and the caller decides what to do.
 */
export async function loadProgress(kv: KeyValueStore, profileId: string): Promise<ProgressLoad> {
  const generation = await currentGeneration(kv, profileId);
  if (generation === 0) return { kind: 'fresh' };
  const raw = await kv.get(recordKey(profileId, generation));
  const parsed = parseSaveData(raw);
  if (parsed.ok) return { kind: 'loaded', data: parsed.value };
  const previous = generation > 1 ? parseSaveData(await kv.get(recordKey(profileId, generation - 1))) : null;
  return {
    kind: 'unreadable',
    problems: parsed.problems,
    raw,
    lastGood: previous?.ok ? previous.value : null,
  };
}

/** Reads a profile's current progress for merging: null when there is none or it cannot be read. */
export async function peekProgress(kv: KeyValueStore, profileId: string): Promise<SaveData | null> {
  const loaded = await loadProgress(kv, profileId);
  return loaded.kind === 'loaded' ? loaded.data : null;
}

/**
 * Saves a profile's progress atomically: the next generation is written in full, then the pointer moves
 * to it, then the generation before the previous one is removed. If anything throws on the way, the
 * pointer still names a complete record. Returns the generation written.
 *
 * @param generation - the generation the pointer names now, when the caller has just read it under the
 *   tabs' lock (saves reading it again); read from storage when left out
 */
export async function saveProgress(
  kv: KeyValueStore,
  profileId: string,
  data: SaveData,
  generation?: number,
): Promise<number> {
  const current = generation ?? (await currentGeneration(kv, profileId));
  const next = current + 1;
  await kv.set(recordKey(profileId, next), data);
  await kv.set(pointerKey(profileId), { generation: next });
  if (current > 1) await kv.remove(recordKey(profileId, current - 1));
  return next;
}

/** Copies a profile's unreadable current record under a key of its own and returns that key. */
export async function setAsideUnreadable(kv: KeyValueStore, profileId: string, now: number): Promise<string> {
  const generation = await currentGeneration(kv, profileId);
  const key = `unreadable/${profileId}/${now}`;
  await kv.set(key, await kv.get(recordKey(profileId, generation)));
  return key;
}

/**
 * Reads the profile index, applies `change` and stores the result; a change that returns null leaves
 * storage untouched. Every profile operation goes through here.
 */
async function updateProfiles(
  kv: KeyValueStore,
  now: number,
  change: (index: ProfileIndex) => ProfileIndex | null,
): Promise<ProfileIndex> {
  const index = await loadProfiles(kv, now);
  const next = change(index);
  if (!next) return index;
  await kv.set(PROFILES_KEY, next);
  return next;
}

/** Adds a profile and makes it current. */
export function createProfile(kv: KeyValueStore, name: string, now: number): Promise<ProfileIndex> {
  return updateProfiles(kv, now, (index) => {
    const id = newProfileId(index.profiles, now);
    const profile = { id, name: cleanProfileName(name) || 'Learner', createdAt: now };
    return { current: id, profiles: [...index.profiles, profile] };
  });
}

/** Renames a profile (an empty name changes nothing). */
export function renameProfile(
  kv: KeyValueStore,
  profileId: string,
  name: string,
  now: number,
): Promise<ProfileIndex> {
  const clean = cleanProfileName(name);
  return updateProfiles(kv, now, (index) =>
    clean === ''
      ? null
      : { ...index, profiles: index.profiles.map((p) => (p.id === profileId ? { ...p, name: clean } : p)) },
  );
}

/** Makes another profile current. */
export function switchProfile(kv: KeyValueStore, profileId: string, now: number): Promise<ProfileIndex> {
  return updateProfiles(kv, now, (index) =>
    index.profiles.some((profile) => profile.id === profileId) ? { ...index, current: profileId } : null,
  );
}

/**
 * Deletes a profile and its saved progress (the caller has asked for confirmation). The last profile
 * cannot be deleted; deleting the current one switches to the first remaining. Data set aside as
 * unreadable is kept.
 */
export async function deleteProfile(
  kv: KeyValueStore,
  profileId: string,
  now: number,
): Promise<ProfileIndex> {
  const next = await updateProfiles(kv, now, (index) => {
    const remaining = index.profiles.filter((profile) => profile.id !== profileId);
    if (remaining.length === 0 || remaining.length === index.profiles.length) return null;
    const current = index.current === profileId ? (remaining[0] as Profile).id : index.current;
    return { current, profiles: remaining };
  });
  if (next.profiles.some((profile) => profile.id === profileId)) return next;
  const prefix = pointerKey(profileId);
  for (const key of await kv.keys()) if (key === prefix || key.startsWith(`${prefix}/`)) await kv.remove(key);
  return next;
}

/**
 * Stores a learner from a backup and makes them current: a new learner when the id is not on this
 * device, otherwise the existing learner's progress is replaced (the caller has asked first).
 */
export async function restoreProfile(
  kv: KeyValueStore,
  profile: { id: string; name: string },
  progress: SaveData,
  now: number,
): Promise<ProfileIndex> {
  await saveProgress(kv, profile.id, progress);
  return updateProfiles(kv, now, (index) => {
    const known = index.profiles.some((existing) => existing.id === profile.id);
    const added = { id: profile.id, name: cleanProfileName(profile.name) || 'Learner', createdAt: now };
    return { current: profile.id, profiles: known ? index.profiles : [...index.profiles, added] };
  });
}
