/**
 * Draws laid-out pages as one PNG, one page under the next. Text is drawn from the font's own glyph outlines, so the
 * image needs no system fonts and matches the PDF.
 */
import { rasterise } from '../raster-pool';
import { glyphOutline, shape, textRuns, type PrintFonts } from './fonts';
import type { PrintPage } from './layout';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function pageParts(page: PrintPage, fonts: PrintFonts): string[] {
  const parts: string[] = [`<rect width="${page.width}" height="${page.height}" fill="#ffffff"/>`];
  for (const operation of page.operations) {
    if (operation.kind === 'rect') {
      parts.push(`<rect x="${operation.x}" y="${operation.y}" width="${operation.width}" height="${operation.height}" fill="${operation.colour}"/>`);
    } else if (operation.kind === 'text') {
      let x = operation.x;
      // Each run from the file that has its letters, one after the other along the baseline.
      const glyphs = textRuns(fonts[operation.weight], operation.text).flatMap(({ text, file }) => {
        const scale = operation.size / file.font.unitsPerEm;
        return shape(file, text).glyphs.map((glyph) => {
          const path = `<path transform="translate(${(x + glyph.xOffset * scale).toFixed(2)} ${operation.y.toFixed(2)}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})" d="${glyphOutline(file, glyph.id)}"/>`;
          x += glyph.xAdvance * scale;
          return path;
        });
      });
      parts.push(`<g fill="${operation.colour}"><title>${escape(operation.text)}</title>${glyphs.join('')}</g>`);
    } else {
      const cell = operation.size / operation.modules.length;
      const cells = operation.modules.flatMap((row, rowIndex) =>
        row.flatMap((dark, columnIndex) => (dark ? [`M${(operation.x + columnIndex * cell).toFixed(2)} ${(operation.y + rowIndex * cell).toFixed(2)}h${cell.toFixed(2)}v${cell.toFixed(2)}h-${cell.toFixed(2)}z`] : [])),
      );
      parts.push(`<path fill="#000000" d="${cells.join('')}"/>`);
    }
  }
  return parts;
}

const pageGap = 12;

export function pagesSvg(pages: readonly PrintPage[], fonts: PrintFonts): string {
  const width = pages[0]!.width;
  const height = pages.reduce((sum, page) => sum + page.height, 0) + pageGap * (pages.length - 1);
  let top = 0;
  const groups = pages.map((page) => {
    const group = `<g transform="translate(0 ${top})">${pageParts(page, fonts).join('')}</g>`;
    top += page.height + pageGap;
    return group;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#b1b4b6"/>${groups.join('')}</svg>`;
}

/**
 * A4 at 150 dots per inch for one page: sharp enough to print, small enough to share. Painted and
 * compressed on a worker thread, off the thread that renders pages.
 */
export function renderPng(pages: readonly PrintPage[], fonts: PrintFonts): Promise<Uint8Array> {
  const widthPx = pages.length === 1 ? 1240 : 1000;
  // Text is already glyph outlines, so resvg needs no fonts: loading the system's for every image
  // cost time, and memory that piled up until the worker's next garbage collection.
  return rasterise(pagesSvg(pages, fonts), { fitTo: { mode: 'width', value: widthPx }, font: { loadSystemFonts: false } });
}
