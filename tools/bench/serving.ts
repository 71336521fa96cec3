/**
 * Pure parts of the benchmark's static server: which folder and file a request path names, the content
 * type of a file, and whether a static host would compress it.
 */
import { extname, join, normalize, sep } from 'node:path';

/** A folder served under a URL prefix, e.g. `dist/` under `/play/borderlines/`. */
export interface Mount {
  /** URL path prefix, with leading and trailing slashes. */
  prefix: string;
  /** Folder on disk. */
  root: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

/** The Content-Type for a file name (by extension); unknown kinds are served as bytes. */
export function contentTypeOf(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Whether a static host compresses this type: text, scripts, JSON, SVG and manifests, as nginx's and
 * most CDNs' defaults do; images and audio are served as they are.
 */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|manifest\+json|javascript)|image\/svg\+xml)/.test(contentType);
}

/**
 * The file a request URL names: the first mount whose prefix starts the path, `index.html` for a folder.
 * Null when no mount matches or the path tries to leave the mount's folder.
 */
export function resolveRequest(mounts: readonly Mount[], url: string): string | null {
  const path = decodeURIComponent((url.split(/[?#]/)[0] ?? '/').replace(/\+/g, ' '));
  const mount = mounts.find(({ prefix }) => path.startsWith(prefix));
  if (!mount) return null;
  const rest = path.slice(mount.prefix.length);
  const relative = normalize(rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest);
  if (relative.startsWith('..') || relative.startsWith(sep)) return null;
  return join(mount.root, relative);
}
