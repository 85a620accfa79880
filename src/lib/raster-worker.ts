/**
 * Paints SVG to PNG on a worker thread (see src/lib/raster-pool.ts). Node runs this file as it is
 * (type stripping), so it imports only packages and files named with their extension.
 */
import { parentPort } from 'node:worker_threads';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { encodePngSync } from './png.ts';

export interface RasterJob {
  id: number;
  svg: string;
  options: ResvgRenderOptions;
}

export type RasterReply = { id: number; png: Uint8Array } | { id: number; error: string };

parentPort?.on('message', ({ id, svg, options }: RasterJob) => {
  try {
    const image = new Resvg(svg, options).render();
    const png = encodePngSync(image.width, image.height, image.pixels);
    parentPort!.postMessage({ id, png } satisfies RasterReply, [png.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message } satisfies RasterReply);
  }
});
