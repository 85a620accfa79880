/** Every poster and hand-out opens as what it claims to be, and stays a reasonable size. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { distDir, readPage } from './built-site';

const campaigns = readdirSync('content/campaigns');
/** Campaigns taught in schools also have a young people's poster. */
const forSchools = (campaign: string) =>
  /^audiences:.*\bschools\b/m.test(readFileSync(`content/campaigns/${campaign}/index.mdx`, 'utf8'));
const kindsFor = (campaign: string) => ['poster', 'handout', ...(forSchools(campaign) ? ['young-people-poster'] : [])];
const files = campaigns.flatMap((campaign) =>
  kindsFor(campaign).flatMap((kind) => ['pdf', 'png'].map((format) => `downloads/${campaign}-${kind}.${format}`)),
);

describe('printable downloads', () => {
  it.each(files)('%s is a real file under 500 kB', async (file) => {
    const bytes = readFileSync(path.join(distDir, file));
    expect(bytes.length).toBeLessThan(500 * 1024);
    if (file.endsWith('.pdf')) {
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const document = await PDFDocument.load(bytes);
      const { width, height } = document.getPage(0).getSize();
      expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
      expect(bytes.toString('latin1')).toMatch(/\/FontFile/);
    } else {
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect(bytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1000);
    }
  });

  it.each(campaigns)('the %s campaign page links every download, saying type and size', (campaign) => {
    const html = readPage(`campaigns/${campaign}/index.html`);
    for (const file of files.filter((name) => name.startsWith(`downloads/${campaign}-`))) {
      const link = new RegExp(`href="/${file}"[^>]*>[^<]*\\((PDF|PNG)[^<]*</a>\\s*<span[^>]*>\\d+ KB</span>`);
      expect(html).toMatch(link);
    }
  });
});
