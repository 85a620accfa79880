import { renderAsync } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodePngSync } from '../../src/lib/png';
import { rasterise } from '../../src/lib/raster-pool';

/** Decodes a PNG back to pixels by drawing it with resvg, an independent decoder. */
async function pixelsOf(png: Uint8Array, width: number, height: number) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/></svg>`;
  return (await renderAsync(svg, { fitTo: { mode: 'original' } })).pixels;
}

describe('PNG encoding', () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="63"><rect width="120" height="63" fill="#1d70b8"/><circle cx="40" cy="30" r="20" fill="#ffdd00"/><text x="70" y="40" font-size="20">Hi</text></svg>`;

  it('holds the same pixels as the image it was given, and is smaller than resvg makes it', async () => {
    const image = await renderAsync(svg, { fitTo: { mode: 'original' } });
    const png = encodePngSync(image.width, image.height, image.pixels);
    expect(Buffer.from(png.subarray(1, 4)).toString()).toBe('PNG');
    expect(Buffer.from(png).readUInt32BE(16)).toBe(120);
    expect(Buffer.from(png).readUInt32BE(20)).toBe(63);
    expect(Buffer.compare(await pixelsOf(png, 120, 63), image.pixels)).toBe(0);
    expect(png.byteLength).toBeLessThanOrEqual(image.asPng().byteLength);
  });

  it('refuses pixels that do not fill the image', () => {
    expect(() => encodePngSync(10, 10, new Uint8Array(399))).toThrow(/399 bytes of pixels do not make a 10 by 10 RGBA image/);
  });

  it('paints on a worker thread the same pixels resvg paints here', async () => {
    const here = await renderAsync(svg, { fitTo: { mode: 'original' } });
    const [first, second] = await Promise.all([rasterise(svg, { fitTo: { mode: 'original' } }), rasterise(svg, { fitTo: { mode: 'width', value: 240 } })]);
    expect(Buffer.compare(await pixelsOf(first!, 120, 63), here.pixels)).toBe(0);
    expect(Buffer.from(second!).readUInt32BE(16)).toBe(240);
  });

  it('says what is wrong with an SVG a worker cannot paint', async () => {
    await expect(rasterise('<svg', { fitTo: { mode: 'original' } })).rejects.toThrow(/SVG|XML|parse|unexpected/i);
  });
});
