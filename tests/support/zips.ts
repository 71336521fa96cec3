/**
 * Offset of the central-directory entry of `name` in a zip, so that a test can rewrite what the entry
 * declares (its sizes, its flags) and see how the reader copes with a zip that lies.
 */
export function centralEntry(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 46 < zip.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const length = view.getUint16(i + 28, true);
    if (new TextDecoder().decode(zip.subarray(i + 46, i + 46 + length)) === name) return i;
  }
  throw new Error(`no central entry for ${name}`);
}
