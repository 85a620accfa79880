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
  /** The campaign's one or two most needed lines, printed first and largest on the poster. */
  primaryLines: readonly PrintRoute[];
  report: readonly PrintRoute[];
  support: readonly PrintRoute[];
  url: string;
  partnership: string;
  siteName: string;
  /** True when the build has no public address: no QR code or address, and a PREVIEW mark instead. */
  preview: boolean;
}

/** A service as paper shows it: its name and how to reach it in words. */
export interface PrintRoute {
  service: string;
  contact: string;
}

/** What the young people's poster says: the campaign, and the lines for children and young people. */
export interface YoungPeopleContent {
  title: string;
  keyMessage: string;
  colour: string;
  lines: readonly PrintRoute[];
  url: string;
  partnership: string;
  siteName: string;
  preview: boolean;
}

/** Thrown when a piece's content does not fit: the build stops rather than leave a line out. */
export class PrintOverflowError extends Error {}

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

type Frame = Pick<PrintContent, 'colour' | 'siteName' | 'partnership' | 'url' | 'preview'>;

function headerBand(content: Frame) {
  return (page: PrintPage) => {
    page.operations.push(
      { kind: 'rect', x: 0, y: 0, width: a4.width, height: 84, colour: content.colour },
      { kind: 'text', x: margin, y: 42, text: content.siteName, size: 24, weight: 'bold', colour: '#ffffff' },
      { kind: 'text', x: margin, y: 64, text: content.partnership, size: 11, weight: 'regular', colour: '#ffffff' },
    );
    if (content.preview) {
      // Built without SITE_URL: the address would be a local one, so it is left out and the piece
      // says plainly that it must not be printed.
      page.operations.push(
        { kind: 'rect', x: 0, y: 84, width: a4.width, height: 40, colour: '#d4351c' },
        { kind: 'text', x: margin, y: 112, text: 'PREVIEW, not for printing', size: 22, weight: 'bold', colour: '#ffffff' },
      );
      return 84 + 40 + 24;
    }
    return 84 + 28;
  };
}

function qrModules(url: string): boolean[][] {
  const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, column) => Boolean(qr.modules.get(row, column))));
}

/** The footer: a QR code to the campaign page, its address in words, and who produced it. */
function footer(page: PrintPage, content: Frame, fonts: PrintFonts) {
  const qrSize = 96;
  const top = a4.height - margin - qrSize;
  page.operations.push({ kind: 'rect', x: 0, y: top - 16, width: a4.width, height: 2, colour: content.colour });
  if (!content.preview) {
    page.operations.push({ kind: 'qr', x: a4.width - margin - qrSize, y: top, size: qrSize, modules: qrModules(content.url) });
  }
  const textWidth = a4.width - 3 * margin - qrSize;
  const invitation = content.preview
    ? 'Preview: the address of the page is added when the site is built for release.'
    : 'Scan the code or visit the page for signs, support and how to report:';
  const lines = [
    ...wrap(fonts.bold, invitation, 12, textWidth).map((text) => ({ text, weight: 'bold' as const, size: 12, colour: ink })),
    ...(content.preview ? [] : wrap(fonts.regular, content.url, 11, textWidth)).map((text) => ({ text, weight: 'regular' as const, size: 11, colour: ink })),
    { text: `Produced by the ${content.partnership}.`, weight: 'regular' as const, size: 9, colour: muted },
  ];
  let y = top + 12;
  for (const line of lines) {
    page.operations.push({ kind: 'text', x: margin, y, ...line });
    y += line.size * 1.5;
  }
}

const footerSpace = 96 + margin + 32;

/**
 * A poster shows up to three signs, as many as fit once the key message, the lines to call and the
 * report routes are in: those are never left out. If they do not fit with even one sign, the build stops.
 */
const posterSigns = [3, 2, 1] as const;

export function posterLayout(content: PrintContent, fonts: PrintFonts): PrintPage[] {
  for (const signs of posterSigns) {
    const flow = posterFlow(content, fonts, signs);
    if (flow.pages.length === 1) return onePage(flow, content, fonts, '');
  }
  return onePage(posterFlow(content, fonts, 1), content, fonts, `the poster for "${content.title}"`);
}

function posterFlow(content: PrintContent, fonts: PrintFonts, signs: number): Flow {
  const flow = new Flow(fonts, headerBand(content), a4.height - footerSpace);
  const width = a4.width - 2 * margin;
  flow.text(content.title.toUpperCase(), 13, 'bold', { colour: muted, after: 10 });
  flow.text(content.keyMessage, fittingSize(fonts, content.keyMessage, 'bold', [32, 28, 24], width, 3), 'bold', { after: 10 });
  helpBox(flow, content.colour, 'Get help', content.primaryLines);
  flow.text('Spot the signs', 18, 'bold', { after: 6 });
  for (const sign of content.signs.slice(0, signs)) flow.text(sign, 12, 'regular', { bullet: true, after: 4 });
  flow.gap(12);
  reportBox(flow, withoutPrimaryLines(content));
  return flow;
}

/** For campaigns taught in schools: who children and young people can talk to, in words a 12-year-old reads. */
export function youngPeoplePosterLayout(content: YoungPeopleContent, fonts: PrintFonts): PrintPage[] {
  const flow = new Flow(fonts, headerBand(content), a4.height - footerSpace);
  const width = a4.width - 2 * margin;
  flow.text(content.title.toUpperCase(), 13, 'bold', { colour: muted, after: 10 });
  flow.text('Worried? You can talk to someone.', fittingSize(fonts, 'Worried? You can talk to someone.', 'bold', [40, 36, 32], width, 2), 'bold', { after: 12 });
  flow.text(content.keyMessage, 18, 'regular', { after: 16 });
  flow.text('Tell an adult you trust, like a parent, carer or teacher. Or:', 16, 'bold', { after: 10 });
  helpBox(flow, content.colour, 'Talk or tell', content.lines);
  flow.text('If someone is in danger right now, call 999.', 18, 'bold', { after: 8 });
  flow.text('It is not your fault, and asking for help is the right thing to do.', 14, 'regular', { after: 8 });
  return onePage(flow, content, fonts, `the young people's poster for "${content.title}"`);
}

/** Keeps a poster to one page: content that runs over stops the build, naming the piece. */
function onePage(flow: Flow, content: Frame, fonts: PrintFonts, piece: string): PrintPage[] {
  if (flow.pages.length > 1) {
    throw new PrintOverflowError(
      `${piece} does not fit on one A4 page. Shorten the key message, the first signs or the "when" of its routes.`,
    );
  }
  footer(flow.pages[0]!, content, fonts);
  return flow.pages;
}

/** A coloured box of the lines to call first: the service's name, then its number or address, large. */
function helpBox(flow: Flow, colour: string, heading: string, lines: readonly PrintRoute[]) {
  const start = flow.y;
  const index = flow.page.operations.length;
  flow.gap(12);
  flow.text(heading, 20, 'bold', { indent: 18, after: 6 });
  for (const line of lines) {
    flow.text(line.service, 14, 'bold', { indent: 18, after: 2 });
    flow.text(line.contact, 17, 'bold', { indent: 18, after: 6 });
  }
  flow.gap(6);
  if (flow.page.operations.length > index) {
    flow.page.operations.splice(
      index,
      0,
      { kind: 'rect', x: margin, y: start, width: a4.width - 2 * margin, height: flow.y - start, colour: surface },
      { kind: 'rect', x: margin, y: start, width: 8, height: flow.y - start, colour },
    );
  }
  flow.gap(16);
}

export function handoutLayout(content: PrintContent, fonts: PrintFonts): PrintPage[] {
  const flow = new Flow(fonts, headerBand(content), a4.height - footerSpace);
  flow.text(content.title, 24, 'bold', { after: 6 });
  flow.text(content.keyMessage, 15, 'bold', { colour: muted, after: 12 });
  helpBox(flow, content.colour, 'Get help', content.primaryLines);
  flow.text('What it is', 14, 'bold', { after: 4 });
  flow.text(content.about, 10.5, 'regular', { after: 10 });
  flow.text('Spot the signs', 14, 'bold', { after: 4 });
  for (const sign of content.signs) flow.text(sign, 10.5, 'regular', { bullet: true, after: 2 });
  flow.gap(8);
  flow.text('Protect yourself and others', 14, 'bold', { after: 4 });
  for (const step of content.protect) flow.text(step, 10.5, 'regular', { bullet: true, after: 2 });
  flow.gap(8);
  reportBox(flow, withoutPrimaryLines(content));
  if (content.support.length > 0) {
    flow.text('Get support', 14, 'bold', { after: 4 });
    for (const route of content.support) flow.text(`${route.service}: ${route.contact}`, 10.5, 'regular', { bullet: true, after: 2 });
  }
  for (const page of flow.pages) footer(page, content, fonts);
  return flow.pages;
}

/** The report routes other than the primary lines, which the piece has already printed larger. */
function withoutPrimaryLines(content: PrintContent): PrintRoute[] {
  const primary = new Set(content.primaryLines.map((line) => line.service));
  return content.report.filter((route) => !primary.has(route.service));
}

/** "Report it": 999 first, then the campaign's other routes with their numbers or web addresses. */
function reportBox(flow: Flow, routes: readonly PrintRoute[]) {
  const start = flow.y;
  const index = flow.page.operations.length;
  flow.gap(10);
  flow.text('Report it', 18, 'bold', { indent: 12, after: 6 });
  flow.text('In an emergency, call 999. If you cannot speak, call 999 from a mobile and press 55.', 12, 'bold', { indent: 12, after: 6 });
  for (const route of routes) {
    flow.text(`${route.service}: ${route.contact}`, 11.5, 'regular', { indent: 12, bullet: true, after: 3 });
  }
  flow.gap(8);
  if (flow.page.operations.length > index) {
    flow.page.operations.splice(index, 0, { kind: 'rect', x: margin, y: start, width: a4.width - 2 * margin, height: flow.y - start, colour: surface });
  }
  flow.gap(12);
}
