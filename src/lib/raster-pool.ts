/**
 * Paints SVG to PNG on worker threads, one for each core, so painting and compressing images never
 * holds up the thread that renders pages and lays out cards. The workers hand back only the PNG:
 * the painted pixels (3 to 9 MB an image) stay on their thread, where they cost this thread's
 * garbage collector nothing.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import type { RasterJob, RasterReply } from './raster-worker';

interface Job {
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
  worker: PoolWorker;
}

interface PoolWorker {
  thread: Worker;
  /** Jobs sent and not yet answered, so a new job goes to the least busy worker. */
  busy: number;
}

let pool: PoolWorker[] | undefined;
const jobs = new Map<number, Job>();
let lastId = 0;

function settle(id: number, settleJob: (job: Job) => void) {
  const job = jobs.get(id);
  if (!job) return;
  jobs.delete(id);
  job.worker.busy -= 1;
  // An idle worker must not keep the build's process alive once its work is done.
  if (job.worker.busy === 0) job.worker.thread.unref();
  settleJob(job);
}

function start(root: string): PoolWorker[] {
  // The worker runs from its source, found from the project's root: the build runs Vite's bundle, not src/.
  const file = path.join(root, 'src/lib/raster-worker.ts');
  return Array.from({ length: Math.max(1, availableParallelism()) }, () => {
    const poolWorker: PoolWorker = { thread: new Worker(file), busy: 0 };
    poolWorker.thread.on('message', (reply: RasterReply) =>
      settle(reply.id, (job) => ('error' in reply ? job.reject(new Error(reply.error)) : job.resolve(reply.png))),
    );
    poolWorker.thread.on('error', (error) => {
      for (const [id, job] of jobs) if (job.worker === poolWorker) settle(id, (each) => each.reject(error));
    });
    // A worker that stopped takes no more jobs; when none is left, the next job starts a new pool.
    poolWorker.thread.on('exit', () => {
      pool = pool?.filter((each) => each !== poolWorker);
      if (pool?.length === 0) pool = undefined;
    });
    poolWorker.thread.unref();
    return poolWorker;
  });
}

/** The PNG of an SVG, painted on a worker thread. */
export function rasterise(svg: string, options: ResvgRenderOptions, root: string = process.cwd()): Promise<Uint8Array> {
  pool ??= start(root);
  const worker = pool.reduce((least, each) => (each.busy < least.busy ? each : least));
  const id = ++lastId;
  return new Promise<Uint8Array>((resolve, reject) => {
    jobs.set(id, { resolve, reject, worker });
    worker.busy += 1;
    worker.thread.ref();
    worker.thread.postMessage({ id, svg, options } satisfies RasterJob);
  });
}
