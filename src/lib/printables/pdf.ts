/** Draws laid-out pages into a PDF whose text stays real text, with the font subset embedded. */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont } from 'pdf-lib';
import type { PrintFonts, Weight } from './fonts';
import type { PrintPage } from './layout';

const colour = (hex: string) => rgb(parseInt(hex.slice(1, 3), 16) / 255, parseInt(hex.slice(3, 5), 16) / 255, parseInt(hex.slice(5, 7), 16) / 255);

export async function renderPdf(pages: readonly PrintPage[], fonts: PrintFonts, title: string): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  document.setTitle(title);
  document.setLanguage('en-GB');
  document.setCreator('Safer Norfolk');
  // A fixed date keeps the file identical from build to build when nothing else changed.
  document.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  document.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  const embedded: Record<Weight, PDFFont> = {
    regular: await document.embedFont(fonts.regular.bytes, { subset: true }),
    bold: await document.embedFont(fonts.bold.bytes, { subset: true }),
  };
  for (const page of pages) {
    const pdfPage = document.addPage([page.width, page.height]);
    // Layout measures down from the top; PDF measures up from the bottom.
    const flip = (y: number) => page.height - y;
    for (const operation of page.operations) {
      if (operation.kind === 'rect') {
        pdfPage.drawRectangle({ x: operation.x, y: flip(operation.y + operation.height), width: operation.width, height: operation.height, color: colour(operation.colour) });
      } else if (operation.kind === 'text') {
        pdfPage.drawText(operation.text, { x: operation.x, y: flip(operation.y), size: operation.size, font: embedded[operation.weight], color: colour(operation.colour) });
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
