/**
 * Classroom printables: hand-outs found in a resource's MDX, marking mistakes that stop the build
 * with the file and heading, and tagged PDFs read back from their bytes.
 */
import { readdirSync } from 'node:fs';
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFString, decodePDFRawStream, type PDFObject } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { classroomContent, textsOf, type Block } from '../../src/lib/classroom/blocks';
import { renderClassroomPdf } from '../../src/lib/classroom/pdf';
import { classroomFiles, keyStagesInWords, resourceSource, slugOf, type ClassroomResource } from '../../src/lib/classroom/printables';
import { printFonts } from '../../src/lib/printables/fonts';
import { curlyQuotes, forPrint } from '../../src/lib/classroom/typography';

const kaiFile = 'content/resources/county-lines-who-can-you-trust-ks3.mdx';
const site = new URL('https://www.example.org/');
const frontmatter = '---\ntitle: Example\n---\n';

/** A resource built from the named lesson's own file, as the site passes it. */
const kai: ClassroomResource = {
  id: 'county-lines-who-can-you-trust-ks3',
  file: kaiFile,
  source: resourceSource(kaiFile),
  title: 'County lines: who can you trust?',
  format: 'lesson',
  keyStages: ['ks3'],
  durationMinutes: 60,
  learningOutcomes: ['Explain how grooming works.'],
  curriculum: ['RSHE (secondary): Being safe'],
  published: new Date('2026-11-27T00:00:00Z'),
};

const words = (blocks: readonly Block[]) => [...textsOf(blocks)].join(' ');

describe('hand-outs in a resource', () => {
  it('finds the story cards and the statements in "County lines: who can you trust?"', () => {
    const { handOuts, blocks } = classroomContent(kai.source, kaiFile);
    expect(handOuts.map((handOut) => handOut.title)).toEqual(["Kai's story cards", 'Who can I trust? statements']);
    const [cards, statements] = handOuts;
    const starts = cards!.blocks.map((block) => (block.kind === 'paragraph' ? block.runs[0]!.text : block.kind));
    expect(starts).toEqual(['Card A.', 'Card B.', 'Card C.', 'Card D.', 'Card E.', 'Card F.']);
    expect(words(cards!.blocks)).toContain('Reece tells him: "If you tell anyone, your mum will get hurt."');
    // The answer that follows the cards is for the teacher, not on the pupils' sheet.
    expect(words(cards!.blocks)).not.toContain('The order is');
    expect(statements!.blocks).toHaveLength(1);
    expect(statements!.blocks[0]).toMatchObject({ kind: 'list', ordered: false });
    expect(statements!.blocks[0]!.kind === 'list' && statements!.blocks[0]!.items).toHaveLength(8);
    // The lesson plan keeps everything, the hand-out headings included.
    expect(blocks.some((block) => block.kind === 'heading' && block.text === "Hand-out: Kai's story cards")).toBe(true);
    expect(words(blocks)).toContain('The order is A, B, C, D, E, F.');
  });

  it('keeps answers and feedback notes off every pupil sheet on the site', () => {
    const teacherOnly = /take feedback|suggested answers|the answer:|draw out|\*\*myth\.|go through the answers/iu;
    let count = 0;
    for (const name of readdirSync('content/resources')) {
      const file = `content/resources/${name}`;
      for (const handOut of classroomContent(resourceSource(file), file).handOuts) {
        count += 1;
        expect(words(handOut.blocks), `${file}: ${handOut.title}`).not.toMatch(teacherOnly);
        expect(handOut.blocks.length, `${file}: ${handOut.title}`).toBeGreaterThan(0);
      }
    }
    expect(count).toBeGreaterThanOrEqual(20);
  });

  it('reads bold words and links as text, joining Markdown line breaks', () => {
    const source = `${frontmatter}\n### Hand-out: Cards\n\n**Card A.** Call\n[Childline](/services/childline/) today.\n\n---\n`;
    const [handOut] = classroomContent(source, 'x.mdx').handOuts;
    expect(handOut!.blocks).toEqual([{ kind: 'paragraph', runs: [{ text: 'Card A.', bold: true }, { text: ' Call Childline today.', bold: false }] }]);
  });
});

describe('hand-out marking mistakes stop the build, naming the file, line and heading', () => {
  const problems = (body: string) => {
    try {
      classroomContent(`${frontmatter}${body}`, 'content/resources/example.mdx');
    } catch (error) {
      return (error as Error).message.split('\n');
    }
    return [];
  };

  it('a hand-out that runs into the next heading', () => {
    expect(problems('\n### Hand-out: Story cards\n\nCard A.\n\n### Take feedback\n\nAnswers.\n')).toEqual([
      'content/resources/example.mdx, line 5: the hand-out "Story cards" has no closing line before the heading "Take feedback" (line 9). End the hand-out with a line of three dashes (---) with a blank line above it.',
    ]);
  });

  it('three dashes right under the text, which Markdown turns into a heading', () => {
    const [message] = problems('\n### Hand-out: Story cards\n\nCard A.\n---\n');
    expect(message).toMatch(/^content\/resources\/example\.mdx, line 5: the hand-out "Story cards" has no closing line before the heading "Card A\."/u);
    expect(message).toContain('without the blank line, the dashes turn the text above them into a heading');
  });

  it('an empty hand-out, one never closed, a heading with no name, and a stray closing line', () => {
    expect(problems('\n### Hand-out: Cards\n\n---\n\n### Handout\n\nText.\n\n---\n\n### Hand-out: Sheet\n\nWords.\n')).toEqual([
      'content/resources/example.mdx, line 5: the hand-out "Cards" is empty. Put the pupils\' text between its heading and the line of three dashes that closes it.',
      'content/resources/example.mdx, line 9: the heading "Handout" looks like a hand-out but has no name. Write it as "Hand-out: " and then what pupils get, such as "Hand-out: Kai\'s story cards".',
      expect.stringMatching(/^content\/resources\/example\.mdx, line 13: a line of three dashes \(---\) closes a hand-out, but no hand-out is open above it\./u),
      'content/resources/example.mdx, line 15: the hand-out "Sheet" is never closed. End it with a line of three dashes (---) with a blank line above it, where the pupils\' text ends.',
    ]);
  });

  it('two hand-outs with one name, which would share a file', () => {
    expect(problems('\n### Hand-out: Cards\n\nA.\n\n---\n\n### Hand-out: cards\n\nB.\n\n---\n')).toEqual([
      'content/resources/example.mdx, line 11: there are two hand-outs called "cards". Give each a name of its own.',
    ]);
  });

  it('a letter the site font cannot draw, naming the hand-out', () => {
    const source = `${frontmatter}\n### Hand-out: Cards\n\nSay 你好.\n\n---\n`;
    expect(() => classroomFiles({ ...kai, file: 'content/resources/example.mdx', source }, site)).toThrow(
      'content/resources/example.mdx, field "hand-out "Cards" (line 5)": the letters "你 好" cannot be drawn',
    );
  });
});

/** A dictionary entry, following a reference. */
const lookup = (document: PDFDocument, value: PDFObject | undefined): PDFObject | undefined =>
  value instanceof PDFRef ? document.context.lookup(value) : value;

/** The structure types under an element, depth first: the order a screen reader reads them. */
function structureTypes(document: PDFDocument, node: PDFObject | undefined, out: string[] = []): string[] {
  const value = lookup(document, node);
  if (value instanceof PDFArray) {
    for (const item of value.asArray()) structureTypes(document, item, out);
  } else if (value instanceof PDFDict) {
    const type = value.get(PDFName.of('S'));
    if (type instanceof PDFName) out.push(type.decodeText());
    structureTypes(document, value.get(PDFName.of('K')), out);
  }
  return out;
}

/** The drawing instructions of every page, decompressed. */
function contentStreams(document: PDFDocument): string {
  return document
    .getPages()
    .map((page) => {
      const contents = lookup(document, page.node.get(PDFName.of('Contents')));
      const streams = contents instanceof PDFArray ? contents.asArray().map((item) => lookup(document, item)) : [contents];
      return streams.map((stream) => Buffer.from(decodePDFRawStream(stream as PDFRawStream).decode()).toString('latin1')).join('\n');
    })
    .join('\n');
}

describe('classroom PDFs are tagged', async () => {
  const files = classroomFiles(kai, site);
  const fonts = printFonts();
  const cards = files.find((file) => file.file === 'pupil-sheet-1-kais-story-cards')!;
  const bytes = await renderClassroomPdf(cards.document, fonts);
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const catalog = pdf.catalog;

  it('names the lesson plan and one sheet per hand-out', () => {
    expect(files.map((file) => [file.file, file.name])).toEqual([
      ['lesson-plan', 'Lesson plan'],
      ['pupil-sheet-1-kais-story-cards', 'Pupil sheet 1: Kai’s story cards'],
      ['pupil-sheet-2-who-can-i-trust-statements', 'Pupil sheet 2: Who can I trust? statements'],
    ]);
    expect(cards.document.details).toEqual([
      'From the lesson “County lines: who can you trust?”',
      'Key stage 3 · Published 27 November 2026',
      'Norfolk County Community Safety Partnership',
    ]);
  });

  it('has a structure tree, Marked true, language en-GB, and a title shown in the title bar', () => {
    expect(catalog.lookup(PDFName.of('StructTreeRoot'))).toBeInstanceOf(PDFDict);
    expect(catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))).toBe(PDFBool.True);
    expect(catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('en-GB');
    expect(catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
    expect(pdf.getTitle()).toBe('Kai’s story cards: pupil sheet 1 for County lines: who can you trust?');
    expect(pdf.getAuthor()).toBe('Norfolk County Community Safety Partnership');
    expect(Buffer.from(bytes).toString('latin1')).toContain('<pdfuaid:part>1</pdfuaid:part>');
  });

  it('tags the heading, details and cards in reading order, and marks page numbers as artifacts', () => {
    const root = catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const types = structureTypes(pdf, root.get(PDFName.of('K')));
    expect(types).toEqual(['Document', 'P', 'H1', 'P', 'P', 'P', 'P', 'P', 'P', 'P', 'P', 'P']);
    const drawing = contentStreams(pdf);
    expect(drawing).toMatch(/\/Artifact <<\s*\/Type \/Pagination/u);
    // Pupils' cards are set in 18 pt type.
    expect(drawing).toMatch(/ 18 Tf/u);
  });

  it('tags lists as L, LI, Lbl and LBody, and headings by level, in the lesson plan', async () => {
    const plan = await PDFDocument.load(await renderClassroomPdf(files[0]!.document, fonts), { updateMetadata: false });
    const types = structureTypes(plan, plan.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).get(PDFName.of('K')));
    expect(types.slice(0, 12)).toEqual(['Document', 'P', 'H1', 'P', 'P', 'P', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody']);
    expect(types).toContain('H3');
    expect(types).toContain('H4');
    expect(plan.getPageCount()).toBeGreaterThan(2);
  });

  it('gives the same bytes every time, dated the day the resource last changed', async () => {
    const again = await renderClassroomPdf(cards.document, fonts);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    expect(pdf.getCreationDate()?.toISOString()).toBe('2026-11-27T00:00:00.000Z');
  });
});

describe('words for print', () => {
  it('says key stages as people do', () => {
    expect(keyStagesInWords(['ks3'])).toBe('Key stage 3');
    expect(keyStagesInWords(['ks3', 'ks4'])).toBe('Key stages 3 and 4');
    expect(keyStagesInWords(['ks4', 'post-16'])).toBe('Key stage 4 and post-16');
    expect(keyStagesInWords(['post-16'])).toBe('Post-16');
  });

  it('makes file names from hand-out titles', () => {
    expect(slugOf("Kai's story cards")).toBe('kais-story-cards');
    expect(slugOf('Scenario 1: Rhys and the "easy money"')).toBe('scenario-1-rhys-and-the-easy-money');
  });

  it('sets quotes as the web page does, across bold and plain runs', () => {
    expect(curlyQuotes(`Reece: "Don't worry," he says. 'Sick' tricks, Kai's.`)).toBe('Reece: “Don’t worry,” he says. ‘Sick’ tricks, Kai’s.');
    const [paragraph] = forPrint([{ kind: 'paragraph', runs: [{ text: 'He says "', bold: false }, { text: 'no', bold: true }, { text: '".', bold: false }] }]);
    expect(paragraph).toEqual({ kind: 'paragraph', runs: [{ text: 'He says “', bold: false }, { text: 'no', bold: true }, { text: '”.', bold: false }] });
  });

  it('leaves emoji out of print rather than drawing empty boxes', () => {
    const source = `${frontmatter}\n### Hand-out: Messages\n\nYou're going to smash it 😊\n\n---\n`;
    const sheet = classroomFiles({ ...kai, source }, site)[1]!;
    expect(sheet.document.blocks).toEqual([{ kind: 'paragraph', runs: [{ text: 'You’re going to smash it', bold: false }] }]);
  });
});
