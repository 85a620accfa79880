import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cachedFile, sha256, stableJson } from '../../src/lib/build-cache';

const folder = mkdtempSync(path.join(tmpdir(), 'safer-norfolk-cache-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('build cache', () => {
  it('gives equal values equal keys, whatever the order of their fields', () => {
    expect(stableJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe(stableJson({ a: [2, { c: 4, d: 3 }], b: 1 }));
    expect(sha256(stableJson({ title: 'A' }))).not.toBe(sha256(stableJson({ title: 'B' })));
  });

  it('draws a file once and reuses it after', async () => {
    const draw = vi.fn(async () => new Uint8Array([1, 2, 3]));
    const first = await cachedFile(folder, 'poster.pdf', draw);
    const second = await cachedFile(folder, 'poster.pdf', draw);
    expect(draw).toHaveBeenCalledOnce();
    expect([...second]).toEqual([...first]);
  });
});
