/** Draws laid-out pages into a PDF whose text stays real text, with the font subsets embedded. */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont } from 'pdf-lib';
import { textRuns, type FontFile, type PrintFonts } from './fonts';
import type { PrintPage } from './layout';

const colour = (hex: string) => rgb(parseInt(hex.slice(1, 3), 16) / 255, parseInt(hex.slice(3, 5), 16) / 255, parseInt(hex.slice(5, 7), 16) / 255);

/**
 * `date` is when the content last changed (the campaign's `updated` or `published`), so the file
 * says how current it is and stays identical from build to build when nothing changed.
 */
export async function renderPdf(pages: readonly PrintPage[], fonts: PrintFonts, title: string, date: Date): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  document.setTitle(title);
  document.setLanguage('en-GB');
  document.setCreator('Safer Norfolk');
  document.setCreationDate(date);
  document.setModificationDate(date);
  // A file is embedded when a run first needs it, so a piece in plain English carries no
  // Latin Extended subset at all.
  const embedded = new Map<FontFile, PDFFont>();
  const embed = async (file: FontFile) => {
    let font = embedded.get(file);
    if (!font) {
      font = await document.embedFont(file.bytes, { subset: true });
      embedded.set(file, font);
    }
    return font;
  };
  for (const page of pages) {
    const pdfPage = document.addPage([page.width, page.height]);
    // Layout measures down from the top; PDF measures up from the bottom.
    const flip = (y: number) => page.height - y;
    for (const operation of page.operations) {
      if (operation.kind === 'rect') {
        pdfPage.drawRectangle({ x: operation.x, y: flip(operation.y + operation.height), width: operation.width, height: operation.height, color: colour(operation.colour) });
      } else if (operation.kind === 'text') {
        let x = operation.x;
        for (const run of textRuns(fonts[operation.weight], operation.text)) {
          const font = await embed(run.file);
          pdfPage.drawText(run.text, { x, y: flip(operation.y), size: operation.size, font, color: colour(operation.colour) });
          // Measured as the PDF sets it (each glyph at its own advance), so runs meet without a gap.
          x += font.widthOfTextAtSize(run.text, operation.size);
        }
      } else {
        const cell = operation.size / operation.modules.length;
        operation.modules.forEach((row, rowIndex) =>
          row.forEach((dark, columnIndex) => {
            if (dark) pdfPage.drawRectangle({ x: operation.x + columnIndex * cell, y: flip(operation.y + (rowIndex + 1) * cell), width: cell, height: cell, color: rgb(0, 0, 0) });
          }),
        );
      }
    }
  }
  // Plain objects, not object streams: older PDF readers at schools and offices open them too.
  return document.save({ useObjectStreams: false });
}
