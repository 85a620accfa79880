/**
 * Campaign kits in the built site: each campaign's zip holds what its toolkit page lists, at the
 * size the page shows; every post fits every platform; and every share image is described, in the
 * zip and on the page, with the campaign's action and address, which the image was drawn from.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { descriptionsFile, postsFile } from '../../src/lib/campaign-kit';
import { fileSize } from '../../src/lib/file-size';
import { addressInWords, campaignIdFor, shareFormats, sharePathFor } from '../../src/lib/social-card/content';
import { attributesOf, decodeAttribute, pageCardFrom } from '../../src/lib/social-card/page-fields';
import { checkPost } from '../../src/lib/social-posts';
import { distDir, readPage } from './built-site';

const decodeText = (text: string) => decodeAttribute(text);

const campaigns = readdirSync('content/campaigns')
  .sort()
  .map((id) => `campaigns/${id}/index.html`)
  .map((page) => {
    const card = pageCardFrom(readPage(page), page)!;
    const id = campaignIdFor(card.pathname)!;
    const url = /<meta property="og:url" content="([^"]+)"/.exec(readPage(page))![1]!;
    const toolkit = readPage(`campaigns/${id}/toolkit/index.html`);
    return { id, url, toolkit };
  });

/** The posts a toolkit page shows, as copied: the text of each post's block. */
const postsOn = (html: string) =>
  [...html.matchAll(/<p [^>]*data-copy-source[^>]*>([\s\S]*?)<\/p>/g)].map(([, text]) => decodeText(text!));

/** The posts in a kit's posts.txt, between the "Post N" lines. */
const postsIn = (text: string) =>
  text
    .replace(/\r\n/g, '\n')
    .split(/\n\nPost \d+\n\n/)
    .slice(1)
    .map((post) => post.replace(/\n$/, ''));

/** Each image name in image-descriptions.txt with the description under it. */
const descriptionsIn = (text: string) => {
  const blocks = text.replace(/\r\n/g, '\n').trim().split('\n\n').slice(1);
  return new Map(blocks.map((block) => block.split('\n') as [string, string]));
};

const unzip = (id: string) => unzipSync(readFileSync(path.join(distDir, 'campaigns', id, 'kit.zip')));

describe('campaign kits in the built site', () => {
  it('finds every campaign and its zip', () => {
    expect(campaigns.length).toBeGreaterThanOrEqual(5);
    for (const { id } of campaigns) expect(existsSync(path.join(distDir, 'campaigns', id, 'kit.zip')), id).toBe(true);
  });

  it('each zip holds exactly the files its toolkit lists, at the size the toolkit shows', () => {
    for (const { id, toolkit } of campaigns) {
      const listed = [...toolkit.matchAll(/data-kit-file="([^"]+)"/g)].map(([, name]) => name!);
      expect(Object.keys(unzip(id)).sort(), id).toEqual([...listed].sort());
      const link = /<a ([^>]*data-kit-link[^>]*)>([^<]*)<\/a>/.exec(toolkit)!;
      const bytes = statSync(path.join(distDir, 'campaigns', id, 'kit.zip')).size;
      expect(attributesOf(`<a ${link[1]}>`).get('href'), id).toBe(`/campaigns/${id}/kit.zip`);
      expect(attributesOf(`<a ${link[1]}>`).get('data-kit-bytes'), id).toBe(String(bytes));
      expect(link[2], id).toContain(`(ZIP, ${fileSize(bytes)})`);
    }
  });

  it('every post, on the page and in the zip, fits every platform and carries the campaign address', () => {
    const problems: string[] = [];
    for (const { id, url, toolkit } of campaigns) {
      const shown = postsOn(toolkit);
      const zipped = postsIn(strFromU8(unzip(id)[postsFile]!));
      expect(shown.length, id).toBeGreaterThanOrEqual(2);
      expect(zipped, id).toEqual(shown);
      shown.forEach((post, index) => {
        if (!post.includes(url)) problems.push(`${id} post ${index + 1} has no link to ${url}`);
        for (const check of checkPost(post))
          if (!check.fits) problems.push(`${id} post ${index + 1}: ${check.count} on ${check.platform.name}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('would notice a post over a limit', () => {
    const [{ url }] = campaigns as [(typeof campaigns)[number]];
    expect(checkPost(`${'Too long. '.repeat(30)}\n\n${url}`).some((check) => !check.fits)).toBe(true);
  });

  it('every share image is in the zip as drawn, described with the action and the campaign address', () => {
    for (const { id, url, toolkit } of campaigns) {
      const files = unzip(id);
      const descriptions = descriptionsIn(strFromU8(files[descriptionsFile]!));
      const list = /<ul [^>]*data-share-address[^>]*>/.exec(toolkit)![0];
      const action = attributesOf(list).get('data-share-action')!;
      const address = attributesOf(list).get('data-share-address')!;
      expect(address, id).toBe(addressInWords(url));
      expect(address, id).not.toMatch(/^https?:/);
      expect([...descriptions.keys()].sort(), id).toEqual(Object.keys(files).filter((name) => name.endsWith('.png')).sort());
      for (const format of shareFormats) {
        const href = sharePathFor(id, format);
        const name = path.basename(href);
        expect(Buffer.from(files[name]!).equals(readFileSync(path.join(distDir, href))), `${name} matches ${href}`).toBe(true);
        const description = descriptions.get(name) ?? '';
        expect(description, name).toContain(`Web address: ${address}.`);
        expect(description, name).toContain(`${action}.`);
        expect(description, name).not.toMatch(/For (residents|schools|professionals)/);
        const alts = [...toolkit.matchAll(/<img\s[^>]*>/g)].map(([tag]) => attributesOf(tag).get('alt'));
        expect(alts, name).toContain(description);
      }
    }
  });
});
