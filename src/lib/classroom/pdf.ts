/**
 * Draws a lesson plan or a pupil sheet as a tagged PDF with pdfkit: every word sits in the
 * structure tree (headings H1 to H6, paragraphs P, lists L > LI > Lbl + LBody, quotes BlockQuote)
 * in the order it is drawn, so a screen reader reads the page as the eye does. Page numbers and the
 * ruled lines are artifacts, which assistive technology skips.
 */
import PDFDocument from 'pdfkit';
import { filesOf, textRuns, type FontFile, type PrintFonts } from '../printables/fonts';
import type { Block, Run } from './blocks';
import { concatBytes } from '../bytes';

/** One printable, ready to draw. */
export interface ClassroomDocument {
  /** The document title readers see in the window's title bar, e.g. "Understanding consent: lesson plan". */
  title: string;
  /** The small line above the main heading, e.g. "Lesson plan" or "Pupil sheet 2". */
  kicker: string;
  /** The main heading (H1). */
  heading: string;
  /** Lines under the heading: key stages, date, the partnership. */
  details: string[];
  /** The content, in reading order. */
  blocks: Block[];
  /** Large type, for sheets handed to pupils. */
  large: boolean;
  /** A short name for the page footer, beside the page number. */
  footer: string;
  /** Who publishes it, for the file's Author. */
  author: string;
  /** When the resource last changed: the file's dates, so the same content gives the same bytes. */
  date: Date;
}

interface Scale {
  body: number;
  headings: readonly number[];
  kicker: number;
  details: number;
  footer: number;
}

/** Teacher's copy in a normal reading size; pupils' sheets at 18 pt, well above large-print minimums. */
const scales: Record<'normal' | 'large', Scale> = {
  normal: { body: 11.5, headings: [22, 16, 13.5, 12, 12, 12], kicker: 11, details: 11, footer: 9 },
  large: { body: 18, headings: [28, 22, 20, 19, 19, 19], kicker: 14, details: 13, footer: 11 },
};

const ink = '#1a1a1a';
const muted = '#4a4a4a';
const rule = '#8a8a8a';
const margin = 56;

type Element = PDFKit.PDFStructureElement;

/**
 * XMP metadata carries the title as raw XML text (pdfkit does not escape it), so the characters
 * that would break it are refused here rather than giving a file some readers cannot open.
 */
function assertXmlSafe(text: string): void {
  if (/[<&]/u.test(text)) throw new Error(`The title "${text}" has "<" or "&", which a PDF's metadata cannot hold: write "and" instead.`);
}

export async function renderClassroomPdf(content: ClassroomDocument, fonts: PrintFonts): Promise<Uint8Array> {
  assertXmlSafe(content.title);
  assertXmlSafe(content.author);
  const scale = scales[content.large ? 'large' : 'normal'];
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: margin, bottom: margin + scale.footer * 2.5, left: margin, right: margin },
    pdfVersion: '1.7',
    tagged: true,
    // pdfkit supports 'PDF/UA' (it writes the pdfuaid part to the metadata); its type list lags.
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    lang: 'en-GB',
    displayTitle: true,
    bufferPages: true,
    info: { Title: content.title, Author: content.author, Creator: 'Safer Norfolk', CreationDate: content.date, ModDate: content.date },
  });
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  const names = new Map<FontFile, string>();
  for (const [weight, font] of Object.entries(fonts)) {
    filesOf(font).forEach((file, index) => {
      const name = `${weight}-${index}`;
      doc.registerFont(name, Buffer.from(file.bytes));
      names.set(file, name);
    });
  }
  const width = doc.page.width - margin * 2;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const lineHeight = (size: number) => size * 1.35;
  // A block starts on a new page when it would begin too close to the bottom to fit a few lines.
  const keepSpace = (needed: number) => {
    if (doc.y + needed > bottom()) doc.addPage();
  };
  /**
   * A short paragraph (a story card, a message) moves whole to the next page rather than split;
   * a long one fills the page. Measured in the regular weight plus a margin for bold words.
   */
  const keepTogether = (runs: readonly Run[], size: number, textWidth: number) => {
    const text = runs.map((run) => run.text).join('');
    const height = doc.font(names.get(fonts.regular)!).fontSize(size).heightOfString(text, { width: textWidth, lineGap: size * 0.35 }) * 1.1;
    const page = bottom() - doc.page.margins.top;
    keepSpace(height < page * 0.4 ? height : lineHeight(size) * 2);
  };

  /** Draws runs as one paragraph at x, each letter in the file of its weight that has it. */
  const write = (runs: readonly Run[], size: number, x: number, textWidth: number, colour = ink) => {
    const pieces = runs.flatMap((run) => textRuns(fonts[run.bold ? 'bold' : 'regular'], run.text));
    doc.fontSize(size).fillColor(colour);
    pieces.forEach((piece, index) => {
      const last = index === pieces.length - 1;
      // A space after the last word, so text extracted from the structure keeps words apart.
      const text = last ? `${piece.text} ` : piece.text;
      const options = { width: textWidth, continued: !last, lineGap: size * 0.35 };
      doc.font(names.get(piece.file)!);
      if (index === 0) doc.text(text, x, doc.y, options);
      else doc.text(text, options);
    });
  };
  const plain = (text: string): Run[] => [{ text, bold: false }];

  const artifactRule = (y: number) => {
    doc.markContent('Artifact', { type: 'Layout' });
    doc.moveTo(margin, y).lineTo(margin + width, y).lineWidth(0.75).strokeColor(rule).stroke();
    doc.endMarkedContent();
  };

  const drawBlocks = (parent: Element, blocks: readonly Block[], x: number, textWidth: number) => {
    for (const block of blocks) {
      if (block.kind === 'heading') {
        const size = scale.headings[Math.min(block.depth, 6) - 1] ?? scale.body;
        doc.y += size * 0.5;
        keepSpace(lineHeight(size) + lineHeight(scale.body) * 3);
        parent.add(doc.struct(`H${Math.min(block.depth, 6)}`, {}, () => write([{ text: block.text, bold: true }], size, x, textWidth)));
        doc.y += size * 0.2;
      } else if (block.kind === 'paragraph') {
        keepTogether(block.runs, scale.body, textWidth);
        // A line all in bold ("Situations:") labels what follows, so it keeps a few lines with it.
        if (block.runs.every((run) => run.bold)) keepSpace(lineHeight(scale.body) * 4);
        parent.add(doc.struct('P', {}, () => write(block.runs, scale.body, x, textWidth)));
        doc.y += scale.body * 0.5;
      } else if (block.kind === 'quote') {
        const quote = doc.struct('BlockQuote');
        parent.add(quote);
        const indent = scale.body * 1.2;
        for (const inner of block.blocks) {
          if (inner.kind === 'paragraph') keepTogether(inner.runs, scale.body, textWidth - indent);
          const page = doc.page;
          const top = doc.y;
          drawBlocks(quote, [inner], x + indent, textWidth - indent);
          // A bar beside the quoted text, where it stayed on one page (a bar split by a page break
          // would need measuring first, and it only decorates).
          if (doc.page === page) {
            doc.markContent('Artifact', { type: 'Layout' });
            doc.rect(x, top, 3, Math.max(0, doc.y - top - scale.body * 0.5)).fillColor(rule).fill();
            doc.endMarkedContent();
          }
        }
        quote.end();
      } else {
        const list = doc.struct('L');
        parent.add(list);
        const labelWidth = scale.body * (block.ordered ? 1.8 : 1.2);
        block.items.forEach((item, index) => {
          const first = item[0];
          if (first?.kind === 'paragraph') keepTogether(first.runs, scale.body, textWidth - labelWidth);
          else keepSpace(lineHeight(scale.body) * 2);
          const entry = doc.struct('LI');
          list.add(entry);
          const top = doc.y;
          const label = block.ordered ? `${block.start + index}.` : '•';
          entry.add(doc.struct('Lbl', {}, () => write(plain(label), scale.body, x, labelWidth)));
          doc.y = top;
          const body = doc.struct('LBody');
          entry.add(body);
          drawBlocks(body, item, x + labelWidth, textWidth - labelWidth);
          body.end();
          entry.end();
        });
        list.end();
      }
    }
  };

  const root = doc.struct('Document');
  doc.addStructure(root);
  root.add(doc.struct('P', {}, () => write([{ text: content.kicker, bold: true }], scale.kicker, margin, width, muted)));
  doc.y += scale.kicker * 0.3;
  const h1 = scale.headings[0]!;
  root.add(doc.struct('H1', {}, () => write([{ text: content.heading, bold: true }], h1, margin, width)));
  doc.y += h1 * 0.3;
  for (const line of content.details) root.add(doc.struct('P', {}, () => write(plain(line), scale.details, margin, width, muted)));
  doc.y += scale.body * 0.6;
  artifactRule(doc.y);
  doc.y += scale.body;
  drawBlocks(root, content.blocks, margin, width);
  root.end();

  // Page numbers last, when the number of pages is known; marked as pagination artifacts.
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const y = doc.page.height - margin - scale.footer;
    doc.page.margins.bottom = 0;
    artifactRule(y - scale.footer * 0.8);
    doc.markContent('Artifact', { type: 'Pagination', attached: ['Bottom'] });
    doc.font(names.get(fonts.regular)!).fontSize(scale.footer).fillColor(muted);
    doc.text(content.footer, margin, y, { width: width * 0.75, lineBreak: false });
    doc.text(`Page ${index + 1} of ${count}`, margin, y, { width, align: 'right', lineBreak: false });
    doc.endMarkedContent();
  }
  doc.end();
  await finished;
  return concatBytes(chunks);
}
