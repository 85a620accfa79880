/**
 * Easy Read: the stricter writing target, and the checks on pictures and numbers that stop a page
 * from showing a broken image or a number nobody confirmed. The collection's schema is tested as
 * the build uses it; only Astro's virtual module is replaced, as it exists only inside a build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'astro/zod';
import { easyReadMisses, easyReadTarget, readability } from '../../src/lib/readability';

vi.mock('astro:content', async () => {
  const { z: zod } = await import('astro/zod');
  return { defineCollection: (config: unknown) => config, reference: () => zod.string() };
});
const { easyRead, pictureFile, pictureNameSchema } = await import('../../src/collections/easy-read');
const schema = (easyRead as unknown as { schema: z.ZodType }).schema;

// js-yaml is the parser Astro reads content with; it ships no types, so it is given the one signature used.
const { load: loadYaml } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

interface EasyReadFile {
  situation: string;
  title: string;
  sections: { heading: string; points: { text: string; picture: string; alt: string }[] }[];
}

const files = readdirSync('content/easy-read').filter((name) => name.endsWith('.yaml'));
const pages = files.map((name) => ({
  name,
  data: loadYaml(readFileSync(`content/easy-read/${name}`, 'utf8')) as EasyReadFile,
}));

const page = (point: Record<string, unknown>) => ({
  situation: 'scam',
  title: 'Scams',
  services: ['report-fraud'],
  sections: [{ heading: 'Report the scam', points: [{ text: 'Tell Report Fraud.', picture: 'report', alt: 'A form.', ...point }] }],
});
const messages = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the Easy Read writing target', () => {
  it('passes a short sentence with one idea', () => {
    expect(easyReadMisses('Call 999 if someone is in danger now.')).toEqual([]);
  });

  it(`catches a sentence of more than ${easyReadTarget.maxWordsPerSentence} words`, () => {
    const long = 'If a call or a message about your money worries you then hang up the phone and call your bank.';
    expect(easyReadMisses(long)).toEqual([expect.stringMatching(/^20 words in "If a call .*": use 15 or fewer$/)]);
    // The limit itself: 15 words pass, 16 do not.
    expect(easyReadMisses('Hang up the phone and then call the bank on a number you can trust.')).toEqual([]);
    expect(easyReadMisses('Hang up the phone and then call the bank on a number you can trust now.')).toEqual([
      expect.stringContaining('16 words'),
    ]);
  });

  it('catches a point with two sentences, but lets a heading ask a question after a statement', () => {
    expect(easyReadMisses('Hang up. Call your bank.')).toEqual(['2 sentences: make each one a point of its own']);
    expect(easyReadMisses('Scams. What are they?', false)).toEqual([]);
  });

  it('asks for words in full, numbers as digits and no initials', () => {
    expect(easyReadMisses("Don't reply to them.")).toEqual([expect.stringContaining('"Don\'t": write words in full')]);
    expect(easyReadMisses('Report it three times.')).toEqual([expect.stringContaining('"three": write numbers as digits')]);
    expect(easyReadMisses('Ask for an ASB case review.')).toEqual([expect.stringContaining('"ASB": write the words in full')]);
    expect(easyReadMisses('Someone you trust can help.')).toEqual([]);
  });

  it('is stricter than the target for other resident pages', () => {
    // A plain-English sentence that a standard page would accept reads too hard for Easy Read.
    const plain = readability('Keep important documents ready in case you need to leave quickly, such as identification.');
    expect(plain.fleschReadingEase).toBeGreaterThan(40);
    expect(plain.readingAge).toBeGreaterThan(easyReadTarget.maxReadingAge);
  });
});

describe('the Easy Read schema', () => {
  it('accepts a point whose picture exists', () => {
    expect(messages(page({}))).toEqual([]);
  });

  it('names the field and the missing file when a point names a picture that does not exist', () => {
    expect(messages(page({ picture: 'no-such-picture' }))).toEqual([
      `sections.0.points.0.picture: there is no picture "no-such-picture": add ${pictureFile('no-such-picture')} or use one that exists`,
    ]);
  });

  it('refuses a picture name that is a path or has its extension', () => {
    expect(pictureNameSchema.safeParse('../report').success).toBe(false);
    expect(pictureNameSchema.safeParse('report.svg').success).toBe(false);
  });

  it('refuses a phone number typed into the words, however it is spaced', () => {
    expect(messages(page({ text: 'Call 0808 2000 247 now.' }))).toEqual([
      expect.stringMatching(/^sections\.0\.points\.0\.text: do not type a phone number here/),
    ]);
    expect(messages(page({ text: 'Call 08082000247 now.' }))).toHaveLength(1);
  });

  it('refuses a misspelt field and a page with no points', () => {
    expect(messages(page({ picure: 'report' }))[0]).toMatch(/unknown field "picure": did you mean "picture"\?/);
    expect(messages({ ...page({}), sections: [{ heading: 'Empty', points: [] }] })).toHaveLength(1);
  });
});

describe('the Easy Read pages', () => {
  it('cover the five most used situations', () => {
    expect(files.sort()).toEqual(['anti-social-behaviour.yaml', 'domestic-abuse.yaml', 'hate.yaml', 'in-danger.yaml', 'scam.yaml']);
  });

  it.each(pages)('$name passes the schema, is named after its situation and meets the target', ({ name, data }) => {
    expect(messages(data)).toEqual([]);
    expect(name).toBe(`${data.situation}.yaml`);
    const points = data.sections.flatMap((section) => section.points);
    expect(points.flatMap((point) => easyReadMisses(point.text))).toEqual([]);
    const words = [data.title, ...data.sections.map((section) => section.heading), ...points.map((point) => point.text)];
    expect(readability(words.join('\n')).readingAge).toBeLessThanOrEqual(easyReadTarget.maxReadingAge);
  });
});

describe('the pictures', () => {
  const pictures = readdirSync('public/easy-read').filter((name) => name.endsWith('.svg'));

  it.each(pictures)('%s is small, scalable, self-contained and has no words in it', (name) => {
    const svg = readFileSync(`public/easy-read/${name}`, 'utf8');
    expect(Buffer.byteLength(svg)).toBeLessThan(2048);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 96 96"/);
    expect(svg).not.toMatch(/<text|<image|<script|<style|href=|url\(|style=/);
  });
});
