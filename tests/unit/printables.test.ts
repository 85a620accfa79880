import { writeFileSync, mkdirSync } from 'node:fs';
import { PDFArray, PDFDocument, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { assertPrintable, filesOf, printFonts, textRuns, wrap, wrapMeasuringWhole } from '../../src/lib/printables/fonts';
import { pagesSvg, renderPng } from '../../src/lib/printables/image';
import { PrintOverflowError, a4, handoutLayout, posterLayout, youngPeoplePosterLayout, type PrintContent } from '../../src/lib/printables/layout';
import { renderPdf } from '../../src/lib/printables/pdf';

/** A named example reused by the tests: the fraud campaign's words, with a long sign. */
export const fraudExample: PrintContent = {
  title: 'Fraud and scams',
  keyMessage: 'Stop. Think. Check before you pay or share your details.',
  summary: 'Learn the tricks scammers use, how to stop and check, and where to report a scam.',
  about: 'Fraud is when someone tricks you to get your money, your personal details or access to your accounts.',
  colour: '#1d4e89',
  signs: [
    'Courier fraud: a caller says they are from your bank or the police and asks you to hand cash, cards or PINs to a courier who will come to your door.',
    'Romance scams: a new partner you have only met online asks for money.',
    'Investment scams: an offer promises high returns with little risk.',
    'Doorstep crime: a trader turns up uninvited and asks for payment up front.',
    'Phishing: a text with a link asks you to confirm your details.',
  ],
  protect: ['Your bank will never ask you to move money.', 'Hang up and call back on a number you know.'],
  primaryLines: [{ service: 'Action Fraud', contact: 'call 0300 123 2040' }],
  report: [
    { service: 'Action Fraud', contact: 'call 0300 123 2040, or report online' },
    { service: 'Norfolk Police non-emergency', contact: 'call 101, or report online' },
  ],
  support: [{ service: 'Victim Support', contact: 'call 0808 168 9111' }],
  url: 'https://www.example.org/campaigns/fraud-and-scams/',
  partnership: 'Norfolk County Community Safety Partnership',
  siteName: 'Safer Norfolk',
  preview: false,
};

const fonts = printFonts();
const texts = (pages: ReturnType<typeof posterLayout>) =>
  pages.flatMap((page) => page.operations.flatMap((operation) => (operation.kind === 'text' ? [operation] : [])));

describe('printed posters and hand-outs', () => {
  it('prints the primary lines first and largest, above the signs and the report box', () => {
    const lines = texts(posterLayout({ ...fraudExample, primaryLines: [{ service: 'Report Fraud', contact: 'call 0300 123 2040' }] }, fonts));
    const contact = lines.find((text) => text.text === 'call 0300 123 2040')!;
    const signs = lines.find((text) => text.text === 'Spot the signs')!;
    expect(contact.y).toBeLessThan(signs.y);
    const routes = lines.filter((text) => text.y > signs.y && text.text.includes(': call'));
    expect(routes.length).toBeGreaterThan(0);
    expect(contact.size).toBeGreaterThan(Math.max(...routes.map((text) => text.size)));
  });

  it('shows fewer signs rather than leave out a line to call, and stops when even that does not fit', () => {
    const crowded = { ...fraudExample, report: Array.from({ length: 7 }, (_, index) => ({ service: `Route ${index + 1}`, contact: 'call 0300 123 2040, or online at example.org' })) };
    const shown = texts(posterLayout(crowded, fonts)).map((text) => text.text);
    expect(shown).toContain('Route 7: call 0300 123 2040, or online at example.org');
    const overflowing = { ...fraudExample, report: Array.from({ length: 20 }, (_, index) => ({ service: `Route ${index + 1}`, contact: 'call 0300 123 2040' })) };
    expect(() => posterLayout(overflowing, fonts)).toThrow(PrintOverflowError);
    expect(() => posterLayout(overflowing, fonts)).toThrow(/the poster for "Fraud and scams" does not fit on one A4 page/);
  });

  it('marks a preview build and prints no QR code or local address', () => {
    const preview = posterLayout({ ...fraudExample, url: 'http://localhost:4321/campaigns/fraud-and-scams/', preview: true }, fonts);
    const shown = texts(preview).map((text) => text.text);
    expect(shown).toContain('PREVIEW, not for printing');
    expect(shown.join(' ')).not.toContain('localhost');
    expect(preview[0]!.operations.some((operation) => operation.kind === 'qr')).toBe(false);
  });

  it("gives schools a young people's poster with the lines for children and 999", () => {
    const pages = youngPeoplePosterLayout(
      { ...fraudExample, lines: [{ service: 'Childline', contact: 'call 0800 1111, or online at childline.org.uk' }] },
      fonts,
    );
    expect(pages).toHaveLength(1);
    const shown = texts(pages).map((text) => text.text).join(' ');
    expect(shown).toContain('Childline');
    expect(shown).toContain('call 999');
  });

  it('runs a long hand-out on to a second page, each page with its header and QR code', () => {
    const long = { ...fraudExample, signs: Array.from({ length: 30 }, (_, index) => `Sign number ${index + 1}, written out.`) };
    const pages = handoutLayout(long, fonts);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page.operations.filter((operation) => operation.kind === 'qr')).toHaveLength(1);
      expect(page.operations.some((operation) => operation.kind === 'text' && operation.text === 'Safer Norfolk')).toBe(true);
    }
  });

  it('wraps at spaces and never cuts a word', () => {
    const words = 'Bank or police impersonation: someone says your account is at risk'.split(' ');
    const lines = wrap(fonts.regular, words.join(' '), 12, 120);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ').split(' ')).toEqual(words);
  });

  it('breaks lines exactly where measuring every candidate line whole would', () => {
    const text = `${fraudExample.about} ${fraudExample.signs.join(' ')} Zażółć gęślą jaźń, AVAWAY "Ty" 'To' — Wyoming.`;
    for (const font of [fonts.regular, fonts.bold]) {
      for (const [size, width] of [[9, 80], [12, 200], [16, 515], [31, 300]] as const) {
        const expected = wrapMeasuringWhole(font, text.split(/\s+/), size, width);
        expect(wrap(font, text, size, width)).toEqual(expected);
      }
    }
  });

  it('keeps every line of the poster inside the page margins, on one page', () => {
    const pages = posterLayout(fraudExample, fonts);
    expect(pages).toHaveLength(1);
    for (const text of texts(pages)) {
      expect(text.x).toBeGreaterThanOrEqual(40);
      expect(text.y).toBeLessThanOrEqual(a4.height - 30);
    }
    const words = texts(pages).map((text) => text.text).join(' ');
    expect(words).toContain('Stop. Think. Check');
    expect(words).toContain('999');
    expect(words).toContain('0300 123 2040');
  });

  it('makes an A4 PDF with real text and an embedded font, well under 500 kB', async () => {
    const pdf = await renderPdf(handoutLayout(fraudExample, fonts), fonts, 'Fraud and scams hand-out', new Date('2026-11-30T00:00:00Z'));
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const document = await PDFDocument.load(pdf);
    expect(document.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(document.getPage(0).getSize()).toEqual({ width: a4.width, height: a4.height });
    expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/FontFile/);
    expect(pdf.length).toBeLessThan(500 * 1024);
  });

  it('makes a PNG of the poster at print resolution, well under 500 kB', async () => {
    const png = await renderPng(posterLayout(fraudExample, fonts), fonts);
    expect(Buffer.from(png.subarray(1, 4)).toString()).toBe('PNG');
    expect(Buffer.from(png).readUInt32BE(16)).toBe(1240);
    expect(png.length).toBeLessThan(500 * 1024);
    if (process.env.PRINTABLES_PREVIEW) {
      mkdirSync('screenshots', { recursive: true });
      writeFileSync('screenshots/poster-example.png', png);
    }
  });

  describe('Latin Extended letters', () => {
    const polish = 'Zażółć gęślą jaźń';
    // The sign is set regular and the key message bold, so both weights need their second file.
    const handout = { ...fraudExample, keyMessage: `${fraudExample.keyMessage} ${polish}.`, signs: [...fraudExample.signs, polish] };
    const date = new Date('2026-11-30T00:00:00Z');

    /** The glyph ids a PDF's pages show, from the hex strings of their text operators. */
    const drawnGlyphIds = async (pdf: Uint8Array) => {
      const document = await PDFDocument.load(pdf);
      const ids: string[] = [];
      for (const page of document.getPages()) {
        const contents = page.node.Contents();
        const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => document.context.lookup(ref)) : [contents];
        for (const stream of streams) {
          if (!(stream instanceof PDFRawStream)) continue;
          const operators = Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
          for (const [, hex] of operators.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)) ids.push(...(hex!.match(/.{4}/g) ?? []));
        }
      }
      return ids;
    };
    const fontPrograms = (pdf: Uint8Array) => Buffer.from(pdf).toString('latin1').match(/\/FontFile\d?\b/g)?.length ?? 0;

    it('lays out the hand-out with every run drawn by a file that has its letters', () => {
      expect(() => assertPrintable(handout, fonts, 'content/campaigns/fraud-and-scams/index.mdx')).not.toThrow();
      const runs = texts(handoutLayout(handout, fonts)).flatMap((text) => textRuns(fonts[text.weight], text.text));
      for (const run of runs) {
        const lacking = [...run.text].filter((character) => !run.file.font.hasGlyphForCodePoint(character.codePointAt(0)!));
        expect(lacking, run.text).toEqual([]);
      }
      const extended = runs.filter((run) => run.file === fonts.regular.fallback).map((run) => run.text).join('');
      for (const letter of 'żłćęśąźń') expect(extended).toContain(letter);
    });

    it('draws no empty box in the PDF, which embeds two files for each weight', async () => {
      const pdf = await renderPdf(handoutLayout(handout, fonts), fonts, 'Hand-out', date);
      const ids = await drawnGlyphIds(pdf);
      expect(ids.length).toBeGreaterThan(100);
      expect(ids).not.toContain('0000');
      expect(fontPrograms(pdf)).toBe(4);
      // A hand-out in plain English carries the basic file of each weight only.
      expect(fontPrograms(await renderPdf(handoutLayout(fraudExample, fonts), fonts, 'Hand-out', date))).toBe(2);
    });

    it('draws no empty box in the PNG', async () => {
      const svg = pagesSvg(handoutLayout(handout, fonts), fonts);
      const emptyBoxes = [fonts.regular, fonts.bold].flatMap(filesOf).map((file) => file.font.getGlyph(0).path.toSVG());
      for (const box of emptyBoxes) expect(svg).not.toContain(`d="${box}"`);
      expect(Buffer.from((await renderPng(handoutLayout(handout, fonts), fonts)).subarray(1, 4)).toString()).toBe('PNG');
    });

    it('stops with the file and field of a character no font has', () => {
      const withEmoji = { ...handout, signs: [polish, 'Scam texts 😀 ask for money.'] };
      expect(() => assertPrintable(withEmoji, fonts, 'content/campaigns/fraud-and-scams/index.mdx')).toThrow(
        'content/campaigns/fraud-and-scams/index.mdx, field "signs.1": the letters "😀" cannot be drawn in the site\'s font. Remove them or replace them.',
      );
    });
  });
});
