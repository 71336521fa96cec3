import { crc32 as nodeCrc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PNG_SIGNATURE, crc32, encodePng } from '../../../tools/icons/png';

/** One chunk of a PNG file as read back: type, data, and whether its CRC is right. */
interface Chunk {
  type: string;
  data: Uint8Array;
  crcValid: boolean;
}

/** Splits a PNG file into its chunks, checking each CRC with Node's own zlib. */
function chunks(file: Uint8Array): Chunk[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const out: Chunk[] = [];
  for (let offset = 8; offset < file.length;) {
    const length = view.getUint32(offset);
    const typeAndData = file.subarray(offset + 4, offset + 8 + length);
    out.push({
      type: String.fromCharCode(...typeAndData.subarray(0, 4)),
      data: typeAndData.subarray(4),
      crcValid: view.getUint32(offset + 8 + length) === nodeCrc32(typeAndData),
    });
    offset += 12 + length;
  }
  return out;
}

describe('crc32', () => {
  it('gives the standard check value and agrees with Node', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) & 255);
    expect(crc32(bytes)).toBe(nodeCrc32(bytes));
  });
});

describe('encodePng', () => {
  const width = 3;
  const height = 2;
  const rgba = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 11) & 255);
  const file = encodePng(width, height, rgba);

  it('starts with the PNG signature and holds IHDR, IDAT and IEND with valid CRCs', () => {
    expect([...file.subarray(0, 8)]).toEqual([...PNG_SIGNATURE]);
    const found = chunks(file);
    expect(found.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(found.every((chunk) => chunk.crcValid)).toBe(true);
  });

  it('declares the size as 8-bit RGBA, not interlaced', () => {
    const header = chunks(file)[0]?.data ?? new Uint8Array();
    const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
    expect(header.length).toBe(13);
    expect(view.getUint32(0)).toBe(width);
    expect(view.getUint32(4)).toBe(height);
    expect([...header.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
  });

  it('stores every pixel, each row behind filter byte 0', () => {
    const raw = inflateSync(chunks(file)[1]?.data ?? new Uint8Array());
    expect(raw.length).toBe((width * 4 + 1) * height);
    const rows = [0, 1].map((y) => raw.subarray(y * (width * 4 + 1), (y + 1) * (width * 4 + 1)));
    expect(rows.map((row) => row[0])).toEqual([0, 0]);
    expect([...rows.flatMap((row) => [...row.subarray(1)])]).toEqual([...rgba]);
  });

  it('refuses pixel data of the wrong length or a size of zero', () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow('expected 16 bytes');
    expect(() => encodePng(0, 1, new Uint8Array(0))).toThrow('positive whole numbers');
  });
});
