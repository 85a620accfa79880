/**
 * Lays out a poster or hand-out as drawing operations on A4 pages, in points from the top left.
 * Two renderers draw the same operations: one to a PDF with real, selectable text, one to an
 * image. Text is wrapped at spaces and shrunk in steps, never cut.
 */
import QRCode from 'qrcode';
import { type PrintFonts, type Weight, wrap } from './fonts';

export const a4 = { width: 595.28, height: 841.89 } as const;
const margin = 40;
const ink = '#0b0c0c';
const muted = '#484949';
const surface = '#f3f2f1';

export type Operation =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; colour: string }
  | { kind: 'text'; x: number; y: number; text: string; size: number; weight: Weight; colour: string }
  | { kind: 'qr'; x: number; y: number; size: number; modules: boolean[][] };

export interface PrintPage {
  width: number;
  height: number;
  operations: Operation[];
}

/** What a printed piece says, all from the campaign's data and the services it names. */
export interface PrintContent {
  title: string;
  keyMessage: string;
  summary: string;
  about: string;
  colour: string;
  signs: readonly string[];
  protect: readonly string[];
  report: readonly { service: string; contact: string }[];
  support: readonly { service: string; contact: string }[];
  url: string;
  partnership: string;
  siteName: string;
}

/** Writes blocks of text down the page, starting a new page when one is full. */
class Flow {
  pages: PrintPage[] = [];
  y = 0;
  private readonly fonts: PrintFonts;
  private readonly header: (page: PrintPage) => number;
  private readonly bottom: number;

  constructor(fonts: PrintFonts, header: (page: PrintPage) => number, bottom: number) {
    this.fonts = fonts;
    this.header = header;
    this.bottom = bottom;
    this.newPage();
  }

  get page(): PrintPage {
    return this.pages.at(-1)!;
  }

  newPage() {
    const page: PrintPage = { ...a4, operations: [] };
    this.pages.push(page);
    this.y = this.header(page);
  }

  /** Adds wrapped text; returns the lines' height. */
  text(text: string, size: number, weight: Weight, options: { colour?: string; indent?: number; after?: number; bullet?: boolean } = {}) {
    const indent = options.indent ?? 0;
    const bulletGap = options.bullet ? size * 1.1 : 0;
    const lineHeight = size * 1.3;
    const lines = wrap(this.fonts[weight], text, size, a4.width - 2 * margin - indent - bulletGap);
    if (this.y + lines.length * lineHeight > this.bottom) this.newPage();
    lines.forEach((line, index) => {
      const baseline = this.y + size + index * lineHeight;
      if (options.bullet && index === 0) {
        this.page.operations.push({ kind: 'text', x: margin + indent, y: baseline, text: '•', size, weight: 'bold', colour: options.colour ?? ink });
      }
      this.page.operations.push({ kind: 'text', x: margin + indent + bulletGap, y: baseline, text: line, size, weight, colour: options.colour ?? ink });
    });
    this.y += lines.length * lineHeight + (options.after ?? size * 0.5);
  }

  gap(points: number) {
    this.y += points;
  }
}

/** The largest size, from a list, at which text fits in `maxLines` lines. */
function fittingSize(fonts: PrintFonts, text: string, weight: Weight, sizes: readonly number[], width: number, maxLines: number): number {
  return sizes.find((size) => wrap(fonts[weight], text, size, width).length <= maxLines) ?? sizes.at(-1)!;
}

function headerBand(content: PrintContent) {
  return (page: PrintPage) => {
    page.operations.push(
      { kind: 'rect', x: 0, y: 0, width: a4.width, height: 84, colour: content.colour },
      { kind: 'text', x: margin, y: 42, text: content.siteName, size: 24, weight: 'bold', colour: '#ffffff' },
      { kind: 'text', x: margin, y: 64, text: content.partnership, size: 11, weight: 'regular', colour: '#ffffff' },
    );
    return 84 + 28;
  };
}

function qrModules(url: string): boolean[][] {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, column) => Boolean(qr.modules.get(row, column))));
}

/** The footer: a QR code to the campaign page, its address in words, and who produced it. */
function footer(page: PrintPage, content: PrintContent, fonts: PrintFonts) {
  const qrSize = 96;
  const top = a4.height - margin - qrSize;
  page.operations.push({ kind: 'rect', x: 0, y: top - 16, width: a4.width, height: 2, colour: content.colour });
  page.operations.push({ kind: 'qr', x: a4.width - margin - qrSize, y: top, size: qrSize, modules: qrModules(content.url) });
  const textWidth = a4.width - 3 * margin - qrSize;
  const lines = [
    ...wrap(fonts.bold, 'Scan the code or visit the page for signs, support and how to report:', 12, textWidth).map((text) => ({ text, weight: 'bold' as const, size: 12, colour: ink })),
    ...wrap(fonts.regular, content.url, 11, textWidth).map((text) => ({ text, weight: 'regular' as const, size: 11, colour: ink })),
    { text: `Produced by the ${content.partnership}.`, weight: 'regular' as const, size: 9, colour: muted },
  ];
  let y = top + 12;
  for (const line of lines) {
    page.operations.push({ kind: 'text', x: margin, y, ...line });
    y += line.size * 1.5;
  }
}

const footerSpace = 96 + margin + 32;

export function posterLayout(content: PrintContent, fonts: PrintFonts): PrintPage[] {
  const flow = new Flow(fonts, headerBand(content), a4.height - footerSpace);
  const width = a4.width - 2 * margin;
  flow.text(content.title.toUpperCase(), 13, 'bold', { colour: muted, after: 10 });
  flow.text(content.keyMessage, fittingSize(fonts, content.keyMessage, 'bold', [44, 40, 36, 32, 28, 24], width, 4), 'bold', { after: 16 });
  flow.text(content.summary, 15, 'regular', { after: 20 });
  flow.text('Spot the signs', 18, 'bold', { after: 6 });
  for (const sign of content.signs.slice(0, 4)) flow.text(sign, 12, 'regular', { bullet: true, after: 4 });
  flow.gap(14);
  reportBox(flow, content, 3);
  const pages = flow.pages.slice(0, 1);
  footer(pages[0]!, content, fonts);
  return pages;
}

export function handoutLayout(content: PrintContent, fonts: PrintFonts): PrintPage[] {
  const flow = new Flow(fonts, headerBand(content), a4.height - footerSpace);
  flow.text(content.title, 24, 'bold', { after: 6 });
  flow.text(content.keyMessage, 15, 'bold', { colour: muted, after: 12 });
  flow.text('What it is', 14, 'bold', { after: 4 });
  flow.text(content.about, 10.5, 'regular', { after: 10 });
  flow.text('Spot the signs', 14, 'bold', { after: 4 });
  for (const sign of content.signs) flow.text(sign, 10.5, 'regular', { bullet: true, after: 2 });
  flow.gap(8);
  flow.text('Protect yourself and others', 14, 'bold', { after: 4 });
  for (const step of content.protect) flow.text(step, 10.5, 'regular', { bullet: true, after: 2 });
  flow.gap(8);
  reportBox(flow, content, content.report.length);
  if (content.support.length > 0) {
    flow.text('Get support', 14, 'bold', { after: 4 });
    for (const route of content.support) flow.text(`${route.service}: ${route.contact}`, 10.5, 'regular', { bullet: true, after: 2 });
  }
  for (const page of flow.pages) footer(page, content, fonts);
  return flow.pages;
}

/** "Report it": 999 first, then the campaign's other routes with their numbers or web addresses. */
function reportBox(flow: Flow, content: PrintContent, routes: number) {
  const start = flow.y;
  const index = flow.page.operations.length;
  flow.gap(10);
  flow.text('Report it', 18, 'bold', { indent: 12, after: 6 });
  flow.text('In an emergency, call 999. If you cannot speak, call 999 from a mobile and press 55.', 12, 'bold', { indent: 12, after: 6 });
  for (const route of content.report.slice(0, routes)) {
    flow.text(`${route.service}: ${route.contact}`, 11.5, 'regular', { indent: 12, bullet: true, after: 3 });
  }
  flow.gap(8);
  if (flow.page.operations.length > index) {
    flow.page.operations.splice(index, 0, { kind: 'rect', x: margin, y: start, width: a4.width - 2 * margin, height: flow.y - start, colour: surface });
  }
  flow.gap(12);
}
