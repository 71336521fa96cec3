/** Default longest slug: long enough to stay readable in a file name or an id, short enough for both. */
const DEFAULT_MAX = 48;

/**
 * Makes a slug for ids and file names: lowercase ASCII letters, digits and single '-', accents folded
 * ("Café" becomes "cafe"), no leading or trailing '-', at most `max` characters.
 * Returns `fallback` when nothing usable is left, so a title in another script still yields a name.
 * One recipe for packs, questions, learners and downloads, so the same text always gives the same slug.
 */
export function slugify(text: string, options: { max?: number; fallback?: string } = {}): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, options.max ?? DEFAULT_MAX)
    .replace(/-+$/, '');
  return slug === '' ? (options.fallback ?? '') : slug;
}
