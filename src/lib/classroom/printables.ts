/**
 * The printables of a school resource: its plan (the whole resource, for the teacher) and one
 * large-print pupil sheet per hand-out marked in its MDX. Each file is drawn once per build, shared
 * by the download route and the page that lists it with its size, and kept on disk under a hash of
 * everything that shapes it, so an unchanged resource reuses its files.
 */
import { fileSize } from '../file-size';
import { listInWords } from '../verification';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cachedFile, sha256, sourcesIn, stableJson } from '../build-cache';
import { formatDate } from '../dates';
import { missingGlyphs, missingGlyphsError } from '../glyphs';
import { paths } from '../paths';
import { filesOf, fontBytes, printFonts } from '../printables/fonts';
import { partnershipName, siteName } from '../site';
import { keyStageFor, resourceFormatFor, type KeyStageSlug, type ResourceFormatSlug } from '../taxonomy';
import { classroomContent, textsOf, type HandOut } from './blocks';
import { renderClassroomPdf, type ClassroomDocument } from './pdf';
import { forPrint, forPrintText } from './typography';

/** What the printables need from a resource entry. */
export interface ClassroomResource {
  /** The entry's id, which is also its address. */
  id: string;
  /** The content file, for error messages, e.g. "content/resources/spotting-scam-messages-ks3.mdx". */
  file: string;
  /** The whole file: frontmatter and MDX body, so messages give the file's own line numbers. */
  source: string;
  /** The resource's title. */
  title: string;
  /** Lesson, assembly, activity or staff guidance. */
  format: ResourceFormatSlug;
  /** The key stages it suits. */
  keyStages: readonly KeyStageSlug[];
  /** How long it takes, in minutes. */
  durationMinutes: number;
  /** What learners will be able to do afterwards. */
  learningOutcomes: readonly string[];
  /** Curriculum links. */
  curriculum: readonly string[];
  /** When it was first published. */
  published: Date;
  /** When it was last reviewed, if it has been. */
  updated?: Date | undefined;
}

/** One printable file. */
export interface ClassroomFile {
  /** The file's name without ".pdf", e.g. "lesson-plan" or "pupil-sheet-1-kais-story-cards". */
  file: string;
  /** Its name for the list of downloads, e.g. "Pupil sheet 1: Kai's story cards". */
  name: string;
  /** What it is, in one sentence. */
  about: string;
  /** The hand-out it prints, for pupil sheets. */
  handOut?: HandOut;
  /** What is drawn. */
  document: ClassroomDocument;
}

/** The plan's file and label for each format, so a staff guide is never called a lesson plan. */
const plans: Record<ResourceFormatSlug, { file: string; name: string; about: string }> = {
  lesson: { file: 'lesson-plan', name: 'Lesson plan', about: 'The whole lesson, for the teacher' },
  assembly: { file: 'assembly-plan', name: 'Assembly plan', about: 'The whole assembly, for the person leading it' },
  activity: { file: 'activity-plan', name: 'Activity plan', about: 'The whole activity, for the person leading it' },
  guidance: { file: 'staff-guidance', name: 'Staff guidance', about: 'The whole guidance, to print or share with colleagues' },
};

/** "Key stage 3", "Key stages 3 and 4", "Key stage 4 and post-16". */
export function keyStagesInWords(slugs: readonly KeyStageSlug[]): string {
  const labels = slugs.map((slug) => keyStageFor(slug).label);
  const numbers = labels.flatMap((label) => /^Key stage (\d+)$/u.exec(label)?.[1] ?? []);
  const others = labels.filter((label) => !/^Key stage \d+$/u.test(label));
  const parts = numbers.length > 0 ? [...numbers, ...others.map((label) => label.toLowerCase())] : others;
  const joined = listInWords(parts);
  if (numbers.length === 0) return joined;
  return `${numbers.length > 1 ? 'Key stages' : 'Key stage'} ${joined}`;
}

/** The file name part for a hand-out's title: "Kai's story cards" gives "kais-story-cards". */
export function slugOf(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f'’]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '')
    .slice(0, 48)
    .replace(/-$/u, '');
}

/** Stops the build, naming the file and the part, when a letter would print as an empty box. */
function assertDrawable(document: ClassroomDocument, file: string, part: string): void {
  const fonts = printFonts();
  const weights = [filesOf(fonts.regular), filesOf(fonts.bold)].map((files) => files.map((each) => each.font));
  // The bullet and the page footer are drawn too, so they are checked with the words.
  const texts = ['• Page 0123456789 of', document.title, document.kicker, document.heading, document.footer, ...document.details, ...textsOf(document.blocks)];
  const missing = [...new Set(texts.flatMap((text) => weights.flatMap((weight) => missingGlyphs(text, weight))))];
  if (missing.length > 0) throw missingGlyphsError(file, part, missing);
}

/** The resource's printables, plan first, then one pupil sheet per hand-out in the order they appear. */
export function classroomFiles(resource: ClassroomResource, site: URL): ClassroomFile[] {
  const { blocks, handOuts } = classroomContent(resource.source, resource.file);
  const format = resourceFormatFor(resource.format);
  const plan = plans[resource.format];
  const date = resource.updated ?? resource.published;
  const dated = `${resource.updated ? 'Updated' : 'Published'} ${formatDate(date)}`;
  const stages = keyStagesInWords(resource.keyStages);
  const address = new URL(paths.resource(resource.id), site);
  const online = `${address.host}${address.pathname}`;
  const common = { author: partnershipName, date };
  const title = forPrintText(resource.title);

  const planDocument: ClassroomDocument = {
    ...common,
    title: `${title}: ${plan.name.toLowerCase()}`,
    kicker: plan.name,
    heading: title,
    details: [`${stages} · ${resource.durationMinutes} minutes · ${dated}`, partnershipName, `Online, with its links: ${online}`],
    blocks: forPrint([
      { kind: 'heading', depth: 2, text: 'Learning outcomes' },
      { kind: 'paragraph', runs: [{ text: `By the end, ${format.learners} will be able to:`, bold: false }] },
      { kind: 'list', ordered: false, start: 1, items: resource.learningOutcomes.map((text) => [{ kind: 'paragraph', runs: [{ text, bold: false }] }]) },
      { kind: 'heading', depth: 2, text: 'Curriculum links' },
      { kind: 'list', ordered: false, start: 1, items: resource.curriculum.map((text) => [{ kind: 'paragraph', runs: [{ text, bold: false }] }]) },
      ...blocks,
    ]),
    large: false,
    footer: `${siteName} · ${plan.name}`,
  };
  const files: ClassroomFile[] = [
    {
      file: plan.file,
      name: plan.name,
      about: handOuts.length > 0 ? `${plan.about}, with each pupil sheet in its place.` : `${plan.about}.`,
      document: planDocument,
    },
  ];

  handOuts.forEach((handOut, index) => {
    const number = index + 1;
    const sheetTitle = forPrintText(handOut.title);
    const document: ClassroomDocument = {
      ...common,
      title: `${sheetTitle}: pupil sheet ${number} for ${title}`,
      kicker: `Pupil sheet ${number}`,
      heading: sheetTitle,
      details: [`From the ${format.label.toLowerCase()} “${title}”`, `${stages} · ${dated}`, partnershipName],
      blocks: forPrint(handOut.blocks),
      large: true,
      footer: `${siteName} · Pupil sheet ${number}`,
    };
    assertDrawable(document, resource.file, `hand-out "${handOut.title}" (line ${handOut.line})`);
    files.push({
      file: `pupil-sheet-${number}-${slugOf(handOut.title)}`,
      name: `Pupil sheet ${number}: ${sheetTitle}`,
      about: 'Large print, to copy for pupils.',
      handOut,
      document,
    });
  });
  // After the sheets, so a letter inside a hand-out is reported with the hand-out's name.
  assertDrawable(planDocument, resource.file, 'body');
  return files;
}

/** Reads an entry's file, so hand-out errors can name its lines. */
export function resourceSource(file: string, root: string = process.cwd()): string {
  return readFileSync(path.resolve(root, file), 'utf8');
}

const rendered = new Map<string, Promise<Uint8Array>>();
const cacheFolder = path.resolve(process.env.SAFER_NORFOLK_PRINT_CACHE_DIR ?? 'node_modules/.cache/safer-norfolk-printables', 'classroom');

let fingerprint: Promise<string> | undefined;
/** One hash for the drawing code, its fonts and pdfkit: changing any of them redraws every file. */
function rendererFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const root = process.cwd();
    return sha256(
      // pdfkit's package.json is not among its exports, so its version is read from the file.
      readFileSync(path.join(root, 'node_modules/pdfkit/package.json'), 'utf8'),
      ...fontBytes(printFonts(root)),
      ...(await sourcesIn(path.join(root, 'src/lib/classroom'))),
      ...(await sourcesIn(path.join(root, 'src/lib/printables'))),
    );
  })();
  return fingerprint;
}

/** The bytes of one printable, drawn on first request and reused for the rest of the build. */
export function classroomPdf(resourceId: string, printable: ClassroomFile): Promise<Uint8Array> {
  const key = paths.classroomFile(resourceId, printable.file);
  let bytes = rendered.get(key);
  if (!bytes) {
    bytes = (async () => {
      const cacheKey = `${sha256(await rendererFingerprint(), stableJson({ ...printable.document, date: printable.document.date.toISOString() }))}.pdf`;
      return cachedFile(cacheFolder, cacheKey, () => renderClassroomPdf(printable.document, printFonts()), 'Classroom PDFs');
    })();
    rendered.set(key, bytes);
  }
  return bytes;
}

/** "PDF, 24 kB": sizes in kilobytes of 1,000 bytes, as browsers and file managers now show them. */
export function sizeInWords(bytes: number): string {
  return `PDF, ${fileSize(bytes)}`;
}

/** The fields of a `resources` collection entry that the printables read. */
export interface ResourceEntry {
  id: string;
  filePath?: string | undefined;
  data: Omit<ClassroomResource, 'id' | 'file' | 'source'>;
}

/** A collection entry as printables input, its file read from disk. */
export function fromEntry(entry: ResourceEntry): ClassroomResource {
  const file = entry.filePath ?? `content/resources/${entry.id}.mdx`;
  const { title, format, keyStages, durationMinutes, learningOutcomes, curriculum, published, updated } = entry.data;
  return { id: entry.id, file, source: resourceSource(file), title, format, keyStages, durationMinutes, learningOutcomes, curriculum, published, updated };
}
