/**
 * Unwraps a WOFF 1.0 font into the plain TrueType/OpenType file inside it
 * (https://www.w3.org/TR/WOFF/). The font packages ship WOFF only, and fontkit reading a WOFF file
 * inflates a whole table again on every glyph it reads; unwrapped once, a font is read directly.
 * WOFF is a container: each table is stored whole, zlib-compressed when that made it smaller, so
 * unwrapping changes no byte of any table.
 */
import { inflateSync } from 'node:zlib';

const woffSignature = 0x774f4646; // "wOFF"
const woffHeaderBytes = 44;
const woffEntryBytes = 20;
const sfntHeaderBytes = 12;
const sfntEntryBytes = 16;

const padded = (length: number) => (length + 3) & ~3;

export function sfntFromWoff(woff: Uint8Array): Uint8Array {
  const input = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < woffHeaderBytes || input.getUint32(0) !== woffSignature) {
    throw new Error('Not a WOFF 1.0 font: it does not start with "wOFF"');
  }
  const flavor = input.getUint32(4);
  const tableCount = input.getUint16(12);
  const tables = Array.from({ length: tableCount }, (_, index) => {
    const entry = woffHeaderBytes + index * woffEntryBytes;
    const offset = input.getUint32(entry + 4);
    const compressedLength = input.getUint32(entry + 8);
    const length = input.getUint32(entry + 12);
    const stored = woff.subarray(offset, offset + compressedLength);
    const data = compressedLength < length ? new Uint8Array(inflateSync(stored)) : stored;
    if (data.byteLength !== length) throw new Error(`WOFF table ${index} unwraps to ${data.byteLength} bytes, not ${length}`);
    return { tag: input.getUint32(entry), checksum: input.getUint32(entry + 16), data };
  });

  const directoryBytes = sfntHeaderBytes + tableCount * sfntEntryBytes;
  const sfnt = new Uint8Array(directoryBytes + tables.reduce((sum, table) => sum + padded(table.data.byteLength), 0));
  const output = new DataView(sfnt.buffer);
  // The binary-search fields of the OpenType table directory, from the table count.
  const power = 2 ** Math.floor(Math.log2(Math.max(1, tableCount)));
  output.setUint32(0, flavor);
  output.setUint16(4, tableCount);
  output.setUint16(6, power * 16);
  output.setUint16(8, Math.log2(power));
  output.setUint16(10, tableCount * 16 - power * 16);
  let offset = directoryBytes;
  tables.forEach((table, index) => {
    const entry = sfntHeaderBytes + index * sfntEntryBytes;
    output.setUint32(entry, table.tag);
    output.setUint32(entry + 4, table.checksum);
    output.setUint32(entry + 8, offset);
    output.setUint32(entry + 12, table.data.byteLength);
    sfnt.set(table.data, offset);
    offset += padded(table.data.byteLength);
  });
  return sfnt;
}
