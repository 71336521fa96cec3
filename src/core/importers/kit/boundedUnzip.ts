/**
 * Unzipping under a running cap. A zip's declared sizes cannot be trusted: an entry may claim a few bytes
 * and inflate to gigabytes, and fflate's one-shot unzip inflates the whole stream whatever the buffer it
 * was given. Here the central directory is read first (with its zip64 records), each wanted entry is
 * inflated a small slice of compressed bytes at a time, and inflating stops as soon as the entry passes
 * the size it declared, so a lie costs at most one slice of work.
 */
import { Inflate } from 'fflate';
import { megabytes } from './decode';

/** Deflate's largest expansion: one compressed byte inflates to at most 1032 bytes. */
const MAX_EXPANSION = 1032;

/** Compressed bytes handed to the inflater at a time (about 1 MB out at most). */
export const INFLATE_SLICE_BYTES = 1024;

/** The most bytes one slice can inflate to: the most a refused entry inflates past its limit. */
export const MAX_SLICE_OUTPUT_BYTES = INFLATE_SLICE_BYTES * MAX_EXPANSION;

/** The size fields of a zip use this value when the real size is in a zip64 record. */
const ZIP64_MARKER = 0xffffffff;

/** Limits of one unzip. */
export interface UnzipLimits {
  /** Most entries the archive may list. */
  maxEntries: number;
  /** Most bytes the wanted entries may inflate to, together. */
  maxTotalBytes: number;
  /** What the archive is called in messages, e.g. "the spreadsheet". */
  what: string;
}

/** The wanted entries, inflated; or why the archive was refused, with how many bytes were inflated by then. */
export type BoundedUnzip =
  | { ok: true; files: Record<string, Uint8Array>; inflated: number }
  | { ok: false; error: string; inflated: number };

/** One central-directory entry. */
interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** True when the size came from a zip64 record. */
  zip64Size: boolean;
}

/** A size for a message: `300 bytes`, `12 kB`, `4.5 MB`. */
function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  return bytes < 1_048_576 ? `${Math.ceil(bytes / 1024)} kB` : megabytes(bytes);
}

/** Thrown inside this module to refuse the archive with a message. */
class Refused extends Error {}

/** A little-endian reader over the archive that refuses reads past its end as damage. */
function reader(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const check = (at: number, length: number) => {
    if (at < 0 || at + length > bytes.length)
      throw new Refused('the archive is damaged: a record points past its end');
  };
  return {
    u16: (at: number) => (check(at, 2), view.getUint16(at, true)),
    u32: (at: number) => (check(at, 4), view.getUint32(at, true)),
    u64: (at: number) => {
      check(at, 8);
      return view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x1_0000_0000;
    },
  };
}

/** Reads the central directory: every entry's name, method, sizes and where its data is. */
function centralDirectory(bytes: Uint8Array, limits: UnzipLimits): Entry[] {
  const read = reader(bytes);
  let end = bytes.length - 22;
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  while (end >= lowest && (end < 0 || read.u32(end) !== 0x06054b50)) end -= 1;
  if (end < lowest) throw new Refused('the archive is damaged: its table of contents is missing');
  let count = read.u16(end + 10);
  let offset = read.u32(end + 16);
  if (end >= 20 && read.u32(end - 20) === 0x07064b50) {
    const zip64End = read.u64(end - 12);
    if (read.u32(zip64End) === 0x06064b50) {
      count = read.u64(zip64End + 32);
      offset = read.u64(zip64End + 48);
    }
  }
  if (count > limits.maxEntries)
    throw new Refused(
      `the archive lists ${count} files; ${limits.what} has far fewer (at most ${limits.maxEntries} are read)`,
    );
  const decoder = new TextDecoder();
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (read.u32(offset) !== 0x02014b50)
      throw new Refused('the archive is damaged: its table of contents is broken');
    const nameLength = read.u16(offset + 28);
    const extraLength = read.u16(offset + 30);
    const commentLength = read.u16(offset + 32);
    let compressedSize = read.u32(offset + 20);
    let size = read.u32(offset + 24);
    let localOffset = read.u32(offset + 42);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    const sizeMarked = size === ZIP64_MARKER;
    // The zip64 extra field holds, in order, only the fields whose 32-bit value is the marker.
    let zip64Found = false;
    for (let at = offset + 46 + nameLength; at + 4 <= offset + 46 + nameLength + extraLength;) {
      const id = read.u16(at);
      const length = read.u16(at + 2);
      if (id === 0x0001) {
        zip64Found = true;
        let field = at + 4;
        if (sizeMarked) {
          size = read.u64(field);
          field += 8;
        }
        if (compressedSize === ZIP64_MARKER) {
          compressedSize = read.u64(field);
          field += 8;
        }
        if (localOffset === ZIP64_MARKER) localOffset = read.u64(field);
      }
      at += 4 + length;
    }
    if (sizeMarked && !zip64Found)
      throw new Refused(
        `${name} gives its size as 0xFFFFFFFF, the marker for a size kept in a zip64 record, but has no such record: the archive is damaged`,
      );
    entries.push({
      name,
      method: read.u16(offset + 10),
      flags: read.u16(offset + 8),
      compressedSize,
      size,
      localOffset,
      zip64Size: sizeMarked,
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Where an entry's compressed data starts (after its local header, whose name and extra may differ). */
function dataStart(bytes: Uint8Array, entry: Entry): number {
  const read = reader(bytes);
  if (read.u32(entry.localOffset) !== 0x04034b50)
    throw new Refused(`the archive is damaged: ${entry.name} is not where its table of contents says`);
  return entry.localOffset + 30 + read.u16(entry.localOffset + 26) + read.u16(entry.localOffset + 28);
}

/**
 * The work of an unzip, one step at a time: it yields the bytes inflated so far after each slice, and
 * returns the outcome. {@link unzipBounded} runs it straight through; {@link unzipBoundedInSlices} lets the
 * page breathe between steps.
 */
function* unzipSteps(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: UnzipLimits,
): Generator<number, BoundedUnzip, void> {
  let inflated = 0;
  try {
    const entries = centralDirectory(bytes, limits).filter((entry) => wanted(entry.name));
    let declared = 0;
    for (const entry of entries) {
      if (entry.flags & 1) throw new Refused(`${entry.name} is encrypted`);
      if (entry.method !== 0 && entry.method !== 8)
        throw new Refused(
          `${entry.name} uses a compression method (${entry.method}) that ${limits.what} does not use (only stored and deflated parts are read)`,
        );
      declared += entry.size;
      if (declared > limits.maxTotalBytes) {
        const record = entry.zip64Size ? ' in its zip64 record' : '';
        throw new Refused(
          `${limits.what} would unpack to more than ${megabytes(limits.maxTotalBytes)} (${entry.name} alone declares ${sizeText(entry.size)}${record}); it is refused as a possible zip bomb`,
        );
      }
    }
    const files: Record<string, Uint8Array> = {};
    for (const entry of entries) {
      const start = dataStart(bytes, entry);
      if (start + entry.compressedSize > bytes.length)
        throw new Refused(`the archive is damaged: ${entry.name} is cut off`);
      const data = bytes.subarray(start, start + entry.compressedSize);
      // The declared sizes add up to at most the total cap (checked above), so an entry's own declared
      // size is its cap.
      const cap = entry.size;
      const lied = () =>
        new Refused(
          `${entry.name} declares ${sizeText(entry.size)} but unpacks to more; it is refused as a possible zip bomb`,
        );
      if (entry.method === 0) {
        if (data.length > cap) throw lied();
        files[entry.name] = data.slice();
        inflated += data.length;
        continue;
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      const inflater = new Inflate((chunk) => {
        size += chunk.length;
        inflated += chunk.length;
        chunks.push(chunk);
      });
      // One small slice at a time: deflate expands at most 1032:1, so one slice inflates to at most
      // MAX_SLICE_OUTPUT_BYTES, which bounds both the overshoot past the cap and the work of one step.
      for (let at = 0; at < data.length; at += INFLATE_SLICE_BYTES) {
        const end = at + INFLATE_SLICE_BYTES;
        inflater.push(data.subarray(at, end), end >= data.length);
        if (size > cap) throw lied();
        yield inflated;
      }
      if (data.length === 0) inflater.push(data, true);
      const out = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) {
        out.set(chunk, offset);
        offset += chunk.length;
      }
      files[entry.name] = out;
    }
    return { ok: true, files, inflated };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.message, inflated };
    return { ok: false, error: 'the archive is damaged: it could not be unzipped', inflated };
  }
}

/**
 * Unzips the entries `wanted` picks, refusing the archive (never throwing) when it lists too many entries,
 * uses a compression other than store or deflate, is encrypted or damaged, declares more than the cap in
 * total, or when an entry inflates past the size it declared. Inflating stops at the first slice that
 * crosses a limit, so `inflated` in a refusal is at most the limit plus {@link MAX_SLICE_OUTPUT_BYTES}.
 */
export function unzipBounded(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: UnzipLimits,
): BoundedUnzip {
  const steps = unzipSteps(bytes, wanted, limits);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Inflated bytes between two pauses of {@link unzipBoundedInSlices}. */
export const PAUSE_EVERY_BYTES = 1024 * 1024;

/**
 * {@link unzipBounded} in slices: after each megabyte or so of inflating it awaits `pause` (in the page, a
 * macrotask), so that a large or hostile archive never freezes the page while it is unpacked or refused.
 */
export async function unzipBoundedInSlices(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: UnzipLimits,
  pause: () => Promise<void>,
): Promise<BoundedUnzip> {
  const steps = unzipSteps(bytes, wanted, limits);
  let pausedAt = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (step.value - pausedAt >= PAUSE_EVERY_BYTES) {
      pausedAt = step.value;
      await pause();
    }
  }
}
