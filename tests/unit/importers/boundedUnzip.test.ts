import { type Zippable, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importKahootXlsx } from '../../../src/core/importers/formats/kahoot';
import { readFileSync } from 'node:fs';
import { itWithShared, sharedPath } from '../../support/shared';
import {
  MAX_SLICE_OUTPUT_BYTES,
  PAUSE_EVERY_BYTES,
  unzipBounded,
  unzipBoundedInSlices,
} from '../../../src/core/importers/kit/boundedUnzip';
import { importAny, importAnyInSlices } from '../../../src/core/importers/importAny';
import { problemLines } from './importerChecks';
import { centralEntry } from '../../support/zips';

const LIMITS = { maxEntries: 100, maxTotalBytes: 50 * 1024 * 1024, what: 'the spreadsheet' };
const SHEET = 'xl/worksheets/sheet1.xml';
const everything = () => true;

/** Makes `name` declare `size` bytes unpacked, in its central entry and its local header alike. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const entry = centralEntry(zip, name);
  view.setUint32(entry + 24, size, true);
  view.setUint32(view.getUint32(entry + 42, true) + 22, size, true);
  return zip;
}

/** Gives `name` the zip64 size marker and a zip64 extra field holding `size` (a 64-bit size). */
function declareZip64Size(zip: Uint8Array, name: string, size: number): Uint8Array {
  const entry = centralEntry(zip, name);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  view.setUint32(entry + 24, 0xffffffff, true);
  const nameLength = view.getUint16(entry + 28, true);
  const extraLength = view.getUint16(entry + 30, true);
  view.setUint16(entry + 30, extraLength + 12, true);
  const at = entry + 46 + nameLength + extraLength;
  const extra = new Uint8Array(12);
  const extraView = new DataView(extra.buffer);
  extraView.setUint16(0, 0x0001, true);
  extraView.setUint16(2, 8, true);
  extraView.setUint32(4, size % 0x1_0000_0000, true);
  extraView.setUint32(8, Math.floor(size / 0x1_0000_0000), true);
  const out = new Uint8Array(zip.length + 12);
  out.set(zip.subarray(0, at));
  out.set(extra, at);
  out.set(zip.subarray(at), at + 12);
  return out;
}

/** A small archive that inflates to `size` zero bytes. */
const zeros = (size: number) => zipSync({ [SHEET]: [new Uint8Array(size), { level: 1 }] });

/** An archive of 32 MB of zeros, made once (compressing takes a while); each test patches a copy. */
let bombCache: Uint8Array | undefined;
const bomb = () => (bombCache ??= zeros(32 * 1024 * 1024)).slice();

describe('unzipBounded', () => {
  it('unpacks what fflate unpacks: stored, deflated and empty entries, filtered by name', () => {
    const files: Zippable = {
      [SHEET]: [strToU8('<worksheet>' + 'x'.repeat(50_000) + '</worksheet>'), { level: 9 }],
      'xl/sharedStrings.xml': [strToU8('<sst/>'), { level: 0 }],
      'xl/empty.xml': new Uint8Array(0),
      'docProps/app.xml': strToU8('<Properties/>'),
    };
    const zip = zipSync(files);
    const wanted = (name: string) => name.startsWith('xl/');
    const result = unzipBounded(zip, wanted, LIMITS);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.files).toEqual(unzipSync(zip, { filter: (file) => wanted(file.name) }));
  });

  it('stops an entry that declares a few bytes but inflates to 32 MB within one slice of its declared size', () => {
    const zip = declareSize(bomb(), SHEET, 100);
    expect(zip.length).toBeLessThan(1024 * 1024);
    const result = unzipBounded(zip, everything, LIMITS);
    expect(result).toEqual({
      ok: false,
      error: `${SHEET} declares 100 bytes but unpacks to more; it is refused as a possible zip bomb`,
      inflated: expect.any(Number),
    });
    expect(result.inflated).toBeGreaterThan(100);
    expect(result.inflated).toBeLessThanOrEqual(100 + MAX_SLICE_OUTPUT_BYTES);
  });

  it('refuses a stored entry longer than it declares without copying it', () => {
    const zip = declareSize(zipSync({ [SHEET]: [new Uint8Array(5000), { level: 0 }] }), SHEET, 10);
    expect(unzipBounded(zip, everything, LIMITS)).toEqual({
      ok: false,
      error: `${SHEET} declares 10 bytes but unpacks to more; it is refused as a possible zip bomb`,
      inflated: 0,
    });
  });

  it('says a zip64 marker is a marker: with no zip64 record the archive is damaged', () => {
    const zip = declareSize(zeros(1000), SHEET, 0xffffffff);
    const result = unzipBounded(zip, everything, LIMITS);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toBe(
        `${SHEET} gives its size as 0xFFFFFFFF, the marker for a size kept in a zip64 record, but has no such record: the archive is damaged`,
      );
    expect(result.inflated).toBe(0);
  });

  it('reads the size from a zip64 record and says so when it is too large', () => {
    const zip = declareZip64Size(zeros(1000), SHEET, 6 * 1024 * 1024 * 1024);
    expect(unzipBounded(zip, everything, LIMITS)).toEqual({
      ok: false,
      error: `the spreadsheet would unpack to more than 50 MB (${SHEET} alone declares 6144 MB in its zip64 record); it is refused as a possible zip bomb`,
      inflated: 0,
    });
    const honest = declareZip64Size(zeros(1000), SHEET, 1000);
    const result = unzipBounded(honest, everything, LIMITS);
    expect(result.ok && result.files[SHEET]?.length).toBe(1000);
  });

  it('refuses encrypted, cut-off and crowded archives with what is wrong', () => {
    const encrypted = zeros(10);
    new DataView(encrypted.buffer).setUint16(centralEntry(encrypted, SHEET) + 8, 1, true);
    expect(unzipBounded(encrypted, everything, LIMITS)).toMatchObject({ error: `${SHEET} is encrypted` });
    const big = zipSync({
      [SHEET]: [strToU8(Array.from({ length: 5000 }, (_, i) => i).join()), { level: 0 }],
    });
    const entry = centralEntry(big, SHEET);
    const cut = new Uint8Array([...big.subarray(0, 1000), ...big.subarray(entry)]);
    new DataView(cut.buffer).setUint32(cut.length - 6, 1000, true); // the directory now starts at 1000
    expect(unzipBounded(cut, everything, LIMITS)).toMatchObject({
      error: `the archive is damaged: ${SHEET} is cut off`,
    });
    const many: Zippable = {};
    for (let i = 0; i < 101; i++) many[`f${i}`] = new Uint8Array(0);
    expect(unzipBounded(zipSync(many), everything, LIMITS)).toMatchObject({
      error: 'the archive lists 101 files; the spreadsheet has far fewer (at most 100 are read)',
    });
  });
});

describe('a Kahoot spreadsheet that lies about its sizes', () => {
  it('is refused with the part named, after inflating at most one slice past what it declares', () => {
    const zip = declareSize(bomb(), SHEET, 2048);
    expect(problemLines(importKahootXlsx(zip, { file: 'liar.xlsx' }))).toEqual([
      `- : ${SHEET} declares 2 kB but unpacks to more; it is refused as a possible zip bomb`,
    ]);
  });
});

describe('unzipping in slices', () => {
  it('pauses after about every megabyte while refusing a liar, and ends as the straight unzip does', async () => {
    const declared = 12 * 1024 * 1024;
    const zip = declareSize(bomb(), SHEET, declared);
    let pauses = 0;
    const sliced = await unzipBoundedInSlices(zip, everything, LIMITS, async () => {
      pauses += 1;
    });
    expect(sliced).toEqual(unzipBounded(zip, everything, LIMITS));
    expect(sliced.ok).toBe(false);
    expect(sliced.inflated).toBeLessThanOrEqual(declared + MAX_SLICE_OUTPUT_BYTES);
    // Each pause comes after at least PAUSE_EVERY_BYTES, and at most that plus one slice's output.
    expect(pauses).toBeGreaterThanOrEqual(
      Math.floor(sliced.inflated / (PAUSE_EVERY_BYTES + MAX_SLICE_OUTPUT_BYTES)),
    );
    expect(pauses).toBeLessThanOrEqual(Math.floor(sliced.inflated / PAUSE_EVERY_BYTES));
  });

  itWithShared('imports a real Kahoot spreadsheet in slices exactly as in one go', async () => {
    const bytes = new Uint8Array(
      readFileSync(sharedPath('fixtures', 'kahoot', 'KahootQuizTemplate.2berius-Qahoot.xlsx')),
    );
    const details = { file: 'KahootQuizTemplate.2berius-Qahoot.xlsx', date: '2026-12-07' };
    const sliced = await importAnyInSlices(bytes, details, async () => undefined);
    expect(sliced).toEqual(importAny(bytes, details));
    expect(sliced.format).toBe('kahoot');
  });
});
