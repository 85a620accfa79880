/**
 * Encodes RGBA pixels as a PNG. Rows are stored unfiltered: the site's images are flat colour and
 * type, where zlib alone gives files about a third smaller than resvg's own encoder for about the
 * same time (7 to 9 ms against 7 ms for a card, measured on the site's cards and posters). The
 * build calls it on worker threads (src/lib/raster-worker.ts), which Node runs as it is, so its
 * imports name their files whole.
 */
import { crc32, deflateSync } from 'node:zlib';
import { concatBytes } from './bytes.ts';

const signature = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const rgbaColourType = 6;

function chunk(type: string, data: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(12 + data.byteLength);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, data.byteLength);
  for (let index = 0; index < 4; index++) bytes[4 + index] = type.charCodeAt(index);
  bytes.set(data, 8);
  view.setUint32(8 + data.byteLength, crc32(bytes.subarray(4, 8 + data.byteLength)));
  return bytes;
}

/**
 * The rows with their filter bytes, kept from one image to the next: a fresh buffer of several
 * megabytes for every image cost more in the kernel's page faults than the compression itself.
 */
let scratch = new Uint8Array(0);

export function encodePngSync(width: number, height: number, rgba: Uint8Array): Uint8Array {
  const stride = width * 4;
  if (rgba.byteLength !== stride * height) {
    throw new Error(`${rgba.byteLength} bytes of pixels do not make a ${width} by ${height} RGBA image`);
  }
  const size = (stride + 1) * height;
  if (scratch.byteLength < size) scratch = new Uint8Array(size);
  const rows = scratch.subarray(0, size);
  // Each row starts with its filter type: 0, none.
  for (let row = 0; row < height; row++) {
    const start = row * (stride + 1);
    rows[start] = 0;
    rows.set(rgba.subarray(row * stride, (row + 1) * stride), start + 1);
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, rgbaColourType, 0, 0, 0], 8);
  return concatBytes([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', new Uint8Array())]);
}
