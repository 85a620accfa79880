/**
 * Link previews over the built site: every page names a card that exists and is a 1200 by 630 PNG,
 * carries the full set of Open Graph and Twitter tags, describes the card it really has, and each
 * campaign's card is its own. Each campaign's square and story images exist at their sizes and its
 * toolkit shows and describes them, with the action and address they were drawn with. Structured data parses and says what it should.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  campaignIdFor,
  cardContentFor,
  describeCard,
  shareContentFor,
  shareFormats,
  sharePathFor,
} from '../../src/lib/social-card/content';
import { attributesOf, pageCardFrom } from '../../src/lib/social-card/page-fields';
import { distDir, htmlFiles, readPage } from './built-site';

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, which must come first, straight after the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (!bytes.subarray(0, 8).equals(pngSignature)) throw new Error(`${file} is not a PNG`);
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${file} has no IHDR chunk first`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (value: string) =>
  value.replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (_, body: string) =>
    body[0] === '#'
      ? String.fromCodePoint(body[1] === 'x' ? parseInt(body.slice(2), 16) : Number(body.slice(1)))
      : entities[body]!,
  );

/** Every <meta> in the page, as [property or name, content] in document order (repeats kept). */
function metaOf(html: string): [string, string][] {
  return [...html.matchAll(/<meta\s([^>]*)>/g)].flatMap(([, attributes]) => {
    const key = /(?:property|name)="([^"]*)"/.exec(attributes!)?.[1];
    const content = /content="([^"]*)"/.exec(attributes!)?.[1];
    return key && content !== undefined ? [[key, decode(content)] as [string, string]] : [];
  });
}

const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
const pageTypeOf = (html: string) => /<html[^>]*\sdata-page-type="([^"]+)"/.exec(html)?.[1];
const jsonLdOf = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    ([, text]) => JSON.parse(text!) as unknown,
  );

describe('social cards in the built site', () => {
  const pages = htmlFiles();
  const cardFile = (html: string) => {
    const image = metaOf(html).find(([key]) => key === 'og:image')?.[1];
    return image ? path.join(distDir, new URL(image).pathname) : undefined;
  };

  it('finds the built pages', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it('every page has the full set of sharing tags, once each', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const html = readPage(page);
      const meta = metaOf(html);
      const value = (key: string) => meta.filter(([name]) => name === key).map(([, content]) => content);
      const expected: Record<string, string | RegExp> = {
        'og:type': pageTypeOf(html) === 'news' ? 'article' : 'website',
        'og:site_name': 'Safer Norfolk',
        'og:locale': 'en_GB',
        'og:title': /\S/,
        'og:description': /\S/,
        'og:url': canonicalOf(html) ?? 'a canonical link',
        'og:image': /^https?:\/\/[^/]+\/cards\/[\w/-]+\.png$/,
        'og:image:width': '1200',
        'og:image:height': '630',
        'og:image:alt': /^Safer Norfolk card\. .{20,}/,
        'twitter:card': 'summary_large_image',
      };
      for (const [key, want] of Object.entries(expected)) {
        const found = value(key);
        if (found.length !== 1) problems.push(`${page}: ${found.length} ${key} tags`);
        else if (typeof want === 'string' ? found[0] !== want : !want.test(found[0]!))
          problems.push(`${page}: ${key} is "${found[0]}"`);
      }
      const image = value('og:image')[0];
      if (image && new URL(image).origin !== new URL(value('og:url')[0] ?? image).origin)
        problems.push(`${page}: og:image is on another site`);
    }
    expect(problems).toEqual([]);
  });

  it("every page's card exists and is a 1200 by 630 PNG", () => {
    const problems: string[] = [];
    for (const page of pages) {
      const file = cardFile(readPage(page));
      if (!file || !existsSync(file)) {
        problems.push(`${page}: no card at ${file ?? '(no og:image)'}`);
        continue;
      }
      const { width, height } = pngSize(file);
      if (width !== 1200 || height !== 630) problems.push(`${page}: card is ${width}x${height}`);
    }
    expect(problems).toEqual([]);
  });

  it('each page describes the card it really has', () => {
    for (const page of pages) {
      const html = readPage(page);
      const card = pageCardFrom(html, page);
      const alt = metaOf(html).find(([key]) => key === 'og:image:alt')?.[1];
      if (card!.fields.type !== 'campaign') {
        expect(alt, page).toBe(describeCard(cardContentFor(card!.fields)));
        continue;
      }
      // A campaign's card is one of its share images: the action and address, and no filing labels.
      const { audiences: _labels, ...withoutLabels } = cardContentFor(card!.fields);
      const [heading] = describeCard({ ...withoutLabels, audiences: [] }).split(' From the ');
      expect(alt?.startsWith(heading!), `${page}: ${alt}`).toBe(true);
      expect(alt, page).toMatch(/Web address: [^ ]+\/campaigns\/[a-z0-9-]+\./);
      expect(alt, page).not.toMatch(/\bFor (residents|schools|professionals)\b/i);
    }
  });

  it('every campaign has a card of its own, and pages share no card file', () => {
    const campaigns = pages.filter((page) => /^campaigns\/[^/]+\/index\.html$/.test(page));
    expect(campaigns.length).toBeGreaterThanOrEqual(5);
    const hashes = campaigns.map((page) =>
      createHash('sha256')
        .update(readFileSync(cardFile(readPage(page))!))
        .digest('hex'),
    );
    expect(new Set(hashes).size).toBe(campaigns.length);
    const files = pages.map((page) => cardFile(readPage(page)));
    expect(new Set(files).size).toBe(pages.length);
  });

  it('would notice a file that is not a 1200 by 630 PNG', () => {
    expect(() => pngSize(path.join(distDir, 'index.html'))).toThrow(/not a PNG/);
    expect(pngSize(cardFile(readPage('index.html'))!)).toEqual({ width: 1200, height: 630 });
  });
});

describe("campaigns' images for sharing in the built site", () => {
  const pages = htmlFiles();
  // A campaign's own page says so on <html>; the share images are drawn from its fields.
  const campaigns = pages
    .filter((page) => pageTypeOf(readPage(page)) === 'campaign')
    .map((page) => {
      const card = pageCardFrom(readPage(page), page)!;
      return { page, id: campaignIdFor(card.pathname)!, content: cardContentFor(card.fields) };
    });
  const expectedFiles = campaigns.flatMap(({ id }) => shareFormats.map((format) => sharePathFor(id, format)));
  const maxBytes = 500 * 1024;

  it('finds every campaign, each at /campaigns/<id>/', () => {
    expect(campaigns.length).toBeGreaterThanOrEqual(5);
    // Every campaign in content/ (other pages under /campaigns/, such as the calendar, are not campaigns).
    expect(campaigns.map(({ page }) => page)).toEqual(
      readdirSync('content/campaigns')
        .sort()
        .map((id) => `campaigns/${id}/index.html`),
    );
    expect(campaigns.every(({ id }) => id !== undefined)).toBe(true);
  });

  it('every campaign has a 1080 by 1080 square and a 1080 by 1920 story, each under 500 kB', () => {
    const problems: string[] = [];
    for (const { id } of campaigns) {
      for (const format of shareFormats) {
        const file = path.join(distDir, sharePathFor(id, format));
        if (!existsSync(file)) {
          problems.push(`${id}: no ${format.name} image`);
          continue;
        }
        const size = pngSize(file);
        if (size.width !== format.width || size.height !== format.height)
          problems.push(`${id}: ${format.name} is ${size.width}x${size.height}`);
        const bytes = statSync(file).size;
        if (bytes > maxBytes) problems.push(`${id}: ${format.name} is ${Math.round(bytes / 1024)} kB`);
      }
    }
    expect(shareFormats.map((format) => [format.width, format.height])).toEqual([
      [1080, 1080],
      [1080, 1920],
    ]);
    expect(problems).toEqual([]);
  });

  it('the share folder holds those images and nothing else, and each is its own', () => {
    const files = readdirSync(path.join(distDir, 'share')).map((name) => `/share/${name}`);
    expect(files.sort()).toEqual([...expectedFiles].sort());
    const hashes = files.map((file) =>
      createHash('sha256')
        .update(readFileSync(path.join(distDir, file)))
        .digest('hex'),
    );
    expect(new Set(hashes).size).toBe(files.length);
  });

  it("each toolkit shows its campaign's images at their size, describes them and links them", () => {
    for (const { id, content } of campaigns) {
      const page = `campaigns/${id}/toolkit/index.html`;
      const html = readPage(page);
      const section = /<section aria-labelledby="images-heading">[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      expect(section, page).toContain('Images for sharing');
      const images = [...section.matchAll(/<img\s[^>]*>/g)].map(([tag]) => attributesOf(tag));
      const list = attributesOf(/<ul\s[^>]*data-share-address[^>]*>/.exec(section)?.[0] ?? '<ul>');
      const share = { action: list.get('data-share-action') ?? '', address: list.get('data-share-address') ?? '' };
      expect(share.address, page).toMatch(new RegExp(`/campaigns/${id}$`));
      const links = [...section.matchAll(/<a\s([^>]*)>([\s\S]*?)<\/a>/g)].map(([, attributes, text]) => ({
        attributes: attributesOf(`<a ${attributes}>`),
        text: text!.replace(/\s+/g, ' ').trim(),
      }));
      expect(images, page).toHaveLength(shareFormats.length);
      shareFormats.forEach((format, index) => {
        const href = sharePathFor(id, format);
        const image = images[index]!;
        expect(image.get('src'), page).toBe(href);
        expect(image.get('width'), page).toBe(String(format.width));
        expect(image.get('height'), page).toBe(String(format.height));
        expect(image.get('loading'), page).toBe('lazy');
        expect(image.get('alt'), page).toBe(describeCard(shareContentFor(content, share), format));
        const link = links.find((candidate) => candidate.attributes.get('href') === href);
        expect(link?.attributes.has('download'), `${page} links ${href}`).toBe(true);
        expect(link?.text, page).toMatch(new RegExp(`\\(PNG, ${format.width} by ${format.height} pixels\\)$`));
      });
    }
  });
});

describe('structured data in the built site', () => {
  it('every JSON-LD block parses', () => {
    for (const page of htmlFiles()) expect(() => jsonLdOf(readPage(page)), page).not.toThrow();
  });

  it('the home page names the partnership as a government organisation', () => {
    const text = JSON.stringify(jsonLdOf(readPage('index.html')));
    expect(text).toContain('"@type":"GovernmentOrganization"');
    expect(text).toContain('"name":"Norfolk County Community Safety Partnership"');
  });

  it('each service page gives every number it shows, as dialled, and its opening hours when known', () => {
    // The numbers the page itself offers to call or text, as E.164 or short digits (relay links carry 18001 first).
    const numbersOnPage = (html: string) => {
      const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
      return new Set(
        [...main.matchAll(/href="(?:tel|sms):([+\d]+)"/g)].map(([, number]) => {
          const digits = number!.replace(/^18001/, '');
          return digits.startsWith('0') ? `+44${digits.slice(1)}` : digits;
        }),
      );
    };
    const servicePages = htmlFiles().filter((page) => /^services\/[^/]+\/index\.html$/.test(page));
    expect(servicePages.length).toBeGreaterThan(10);
    for (const page of servicePages) {
      const html = readPage(page);
      const data = jsonLdOf(html);
      expect(data, page).toHaveLength(1);
      const text = JSON.stringify(data[0]);
      expect(text, page).toContain('"@type":"Service"');
      const telephones = new Set([...text.matchAll(/"telephone":"([^"]+)"/g)].map(([, number]) => number));
      expect(telephones, page).toEqual(numbersOnPage(html));
    }
    const emergency = JSON.stringify(jsonLdOf(readPage('services/emergency-999/index.html')));
    expect(emergency).toContain('"telephone":"999"');
    expect(emergency).toContain('"opens":"00:00","closes":"23:59"');
  });
});
