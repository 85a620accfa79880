/**
 * One download per campaign for partners: its share images with a description of each, its posters
 * and hand-outs, and its posts, in one zip. The zip is a pure function of those files and the
 * campaign's date, so every build of an unchanged campaign makes the same bytes, and the toolkit
 * page can show the size of the very file it links to.
 */
import { listInWords } from './verification';
import { strToU8, zipSync, type Zippable } from 'fflate';

/** One file in the kit. */
export interface KitFile {
  /** The file's name inside the zip, e.g. fraud-and-scams-square.png. */
  name: string;
  /** What the file is, for the list on the toolkit page, e.g. "Square image for posts". */
  label: string;
  bytes: Uint8Array;
}

/** An image in the kit, with the words that describe it for people who cannot see it. */
export interface KitImage extends KitFile {
  alt: string;
}

export interface KitInput {
  /** The campaign's title, e.g. "Fraud and scams". */
  title: string;
  /** The campaign page's full address. */
  campaignUrl: string;
  /** The posts exactly as partners copy them, address and hashtags included. */
  posts: readonly string[];
  /** The platforms every post fits, e.g. ["X", "Bluesky", "Threads"]. */
  platforms: readonly string[];
  images: readonly KitImage[];
  /** Posters and hand-outs. */
  printables: readonly KitFile[];
  /** The campaign's last update, stamped on every file so the zip's bytes never depend on the clock. */
  date: Date;
}

export const postsFile = 'posts.txt';
export const descriptionsFile = 'image-descriptions.txt';

/** Plain text with Windows line endings, which every text editor opens as lines. */
const textFile = (lines: readonly string[]) => strToU8(`${lines.join('\r\n')}\r\n`);

export function postsText(input: KitInput): Uint8Array {
  return textFile([
    `${input.title}: posts for social media`,
    `Each post fits ${listInWords(input.platforms)}. Copy one as it is, or adapt it and keep the web address.`,
    `Campaign page: ${input.campaignUrl}`,
    ...input.posts.flatMap((post, index) => ['', `Post ${index + 1}`, '', ...post.split('\n')]),
  ]);
}

export function descriptionsText(input: KitInput): Uint8Array {
  return textFile([
    `${input.title}: image descriptions`,
    'Paste the description into the alt text (image description) box when you post the image.',
    ...input.images.flatMap((image) => ['', image.name, image.alt]),
  ]);
}

/** Every file in the kit, in the order the toolkit page lists them. */
export function kitFiles(input: KitInput): KitFile[] {
  return [
    ...input.images,
    { name: descriptionsFile, label: 'A description of each image, to paste as alt text', bytes: descriptionsText(input) },
    { name: postsFile, label: 'The posts for social media', bytes: postsText(input) },
    ...input.printables,
  ];
}

/** The zip of the kit's files. Images and PDFs are compressed already, so only text is deflated. */
export function kitZip(input: KitInput): Uint8Array {
  const files = kitFiles(input);
  const names = new Set(files.map((file) => file.name));
  if (names.size !== files.length) throw new Error(`The kit for ${input.title} names a file twice`);
  const entries: Zippable = Object.fromEntries(
    files.map((file) => [file.name, [file.bytes, { level: file.name.endsWith('.txt') ? 9 : 0, mtime: input.date }]]),
  );
  return zipSync(entries);
}

