/** Largest pack the game downloads from a link, in bytes. */
export const MAX_PACK_DOWNLOAD_BYTES = 5 * 1024 * 1024;

/** Content types a pack link may serve (text formats, JSON, XML, spreadsheets, or unknown binary). */
const ACCEPTED_TYPES = [
  /^application\/json\b/,
  /^text\//,
  /^application\/xml\b/,
  /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet\b/,
  /^application\/octet-stream\b/,
];

/** A downloaded pack file, or why it could not be downloaded. */
export type FetchedPack = { ok: true; name: string; bytes: Uint8Array } | { ok: false; message: string };

/**
 * Downloads a pack from a link: http(s) only, at most {@link MAX_PACK_DOWNLOAD_BYTES}, and only with a
 * content type a pack can have (an HTML page is refused, since it is usually a sign-in or error page).
 */
export async function fetchPackFile(url: string, base: string): Promise<FetchedPack> {
  let target: URL;
  try {
    target = new URL(url, base);
  } catch {
    return { ok: false, message: `"${url}" is not a web address` };
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:')
    return { ok: false, message: `only http and https links can be opened, not ${target.protocol}` };
  let response: Response;
  try {
    response = await fetch(target, { credentials: 'omit' });
  } catch {
    return {
      ok: false,
      message: `${target.href} could not be reached (network error, or the site does not allow it)`,
    };
  }
  if (!response.ok) return { ok: false, message: `${target.href} answered HTTP ${response.status}` };
  const type = (response.headers.get('content-type') ?? '').toLowerCase();
  if ((type !== '' && !ACCEPTED_TYPES.some((pattern) => pattern.test(type))) || /^text\/html\b/.test(type))
    return { ok: false, message: `${target.href} sent ${type.split(';')[0]}, not a question pack` };
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_PACK_DOWNLOAD_BYTES)
    return {
      ok: false,
      message: `${target.href} is ${(declared / 1_048_576).toFixed(1)} MB; the limit is 5 MB`,
    };
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_PACK_DOWNLOAD_BYTES)
    return { ok: false, message: `${target.href} is larger than the 5 MB limit` };
  const name = decodeURIComponent(target.pathname.split('/').pop() || 'pack.json');
  return { ok: true, name, bytes };
}
