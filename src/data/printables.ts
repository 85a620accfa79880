/**
 * The posters and hand-outs for each campaign, made from its data and the services it names. Each
 * file is rendered once per build; the download routes and the pages that list the files (with
 * their sizes) share the result. Files are also kept on disk under a hash of everything that shapes
 * them, so a build where a campaign did not change reuses its files instead of drawing them again.
 */
import path from 'node:path';
import { cachedFile, sha256, sourcesIn, stableJson, versionsOf } from '../lib/build-cache';
import { campaignById, servicesByIds, type Campaign, type Service } from './entries';
import { serviceVerification } from './verification';
import { assertPrintable, fontBytes, printFonts, type PrintFonts } from '../lib/printables/fonts';
import { renderPng } from '../lib/printables/image';
import {
  PrintOverflowError,
  handoutLayout,
  posterLayout,
  youngPeoplePosterLayout,
  type PrintContent,
  type PrintPage,
  type PrintRoute,
  type YoungPeopleContent,
} from '../lib/printables/layout';
import { renderPdf } from '../lib/printables/pdf';
import { paths } from '../lib/paths';
import { phoneAction } from '../lib/phone';
import { isPreviewBuild, partnershipName, siteName } from '../lib/site';
import { topicFor } from '../lib/taxonomy';

export const printKinds = ['poster', 'handout', 'young-people-poster'] as const;
export const printFormats = ['pdf', 'png'] as const;
export type PrintKind = (typeof printKinds)[number];
export type PrintFormat = (typeof printFormats)[number];

export const printKindLabels: Record<PrintKind, string> = {
  poster: 'Poster',
  handout: 'Hand-out',
  'young-people-poster': "Young people's poster",
};

/** The pieces a campaign has: the young people's poster only when schools teach it. */
export const printKindsFor = (campaign: Campaign): PrintKind[] =>
  printKinds.filter((kind) => kind !== 'young-people-poster' || campaign.data.audiences.includes('schools'));

/** The services the young people's poster names: the ones for children and young people. */
const youngPeoplesServices = [{ id: 'childline' }, { id: 'fearless' }];

export const downloadPath = (campaignId: string, kind: PrintKind, format: PrintFormat) =>
  `/downloads/${campaignId}-${kind}.${format}`;

/**
 * A web address as people type it: no https:// or www., and the path kept when it leads somewhere
 * (gov.uk/ACT is the form; gov.uk alone is not).
 */
export function addressInWords(address: string, { hostOnly = false } = {}): string {
  const url = new URL(address);
  const path = hostOnly || url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
  return `${url.hostname.replace(/^www\./, '')}${path}`;
}

/** How to reach a service, in words for paper: numbers to call or text, and its website. */
function contactInWords(service: Service): string {
  const phones = service.data.phones.slice(0, 2).map((phone) => phoneAction(phone.kind, phone.display, true));
  // A form's address is printed in full, since its path is the form; a website's host is enough.
  const { onlineForm, website } = service.data;
  const address = onlineForm ? addressInWords(onlineForm.url) : website ? addressInWords(website, { hostOnly: true }) : undefined;
  const online = address ? [`online at ${address}`] : [];
  const ways = [...phones, ...online].join(', or ');
  return service.data.anonymous ? `${ways}, without giving your name` : ways;
}

/** Paper is read away from the site: every detail printed must be confirmed by a primary source. */
function printRoute(service: Service): PrintRoute {
  const { unconfirmed } = serviceVerification(service);
  if (unconfirmed.length > 0) {
    throw new Error(
      `${service.filePath ?? service.id}: its ${unconfirmed.join(', ')} are not confirmed, so it cannot be printed on a poster or hand-out.`,
    );
  }
  return { service: service.data.title, contact: contactInWords(service) };
}

const isEmergencyLine = (service: Service) => service.data.phones.some((phone) => phone.dial === '999');

async function printContent(campaign: Campaign, site: URL): Promise<PrintContent> {
  const { data } = campaign;
  const report = await servicesByIds(data.report.map((route) => route.service));
  const support = await servicesByIds(data.support);
  const primaryLines = await servicesByIds(data.primaryLines);
  return {
    title: data.title,
    keyMessage: data.keyMessage,
    summary: data.summary,
    about: data.about,
    colour: topicFor(data.topic).colour,
    signs: data.signs,
    protect: data.protect,
    primaryLines: primaryLines.map(printRoute),
    report: report.filter((service) => !isEmergencyLine(service)).map(printRoute),
    support: support.map(printRoute),
    url: new URL(paths.campaign(campaign.id), site).href,
    partnership: partnershipName,
    siteName,
    preview: isPreviewBuild,
  };
}

async function youngPeopleContent(campaign: Campaign, site: URL): Promise<YoungPeopleContent> {
  const { data } = campaign;
  return {
    title: data.title,
    keyMessage: data.keyMessage,
    colour: topicFor(data.topic).colour,
    lines: (await servicesByIds(youngPeoplesServices)).map(printRoute),
    url: new URL(paths.campaign(campaign.id), site).href,
    partnership: partnershipName,
    siteName,
    preview: isPreviewBuild,
  };
}

/** Lays out one piece; content that does not fit stops the build naming the campaign's file. */
async function layOut(
  campaign: Campaign,
  kind: PrintKind,
  site: URL,
): Promise<{ content: PrintContent | YoungPeopleContent; draw: (fonts: PrintFonts) => PrintPage[] }> {
  const named = <T>(lay: () => T): T => {
    try {
      return lay();
    } catch (error) {
      if (error instanceof PrintOverflowError) throw new Error(`${campaign.filePath ?? campaign.id}: ${error.message}`);
      throw error;
    }
  };
  if (kind === 'young-people-poster') {
    const content = await youngPeopleContent(campaign, site);
    return { content, draw: (fonts) => named(() => youngPeoplePosterLayout(content, fonts)) };
  }
  const content = await printContent(campaign, site);
  const layout = kind === 'poster' ? posterLayout : handoutLayout;
  return { content, draw: (fonts) => named(() => layout(content, fonts)) };
}

const rendered = new Map<string, Promise<Uint8Array>>();
/** Each piece's pages, laid out once for both its PDF and its PNG. */
const laidOut = new Map<string, PrintPage[]>();
const cacheFolder = path.resolve(process.env.SAFER_NORFOLK_PRINT_CACHE_DIR ?? 'node_modules/.cache/safer-norfolk-printables');

let fingerprint: Promise<string> | undefined;
/** One hash for the drawing code, its fonts and libraries: changing any of them redraws every file. */
function rendererFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const root = process.cwd();
    const fonts = printFonts(root);
    return sha256(
      stableJson(versionsOf(root, ['pdf-lib', '@pdf-lib/fontkit', '@resvg/resvg-js', 'qrcode'])),
      ...fontBytes(fonts),
      ...(await sourcesIn(path.join(root, 'src/lib/printables'))),
    );
  })();
  return fingerprint;
}

/** The bytes of one download, rendered on first request and reused for the rest of the build. */
export function printable(campaignId: string, kind: PrintKind, format: PrintFormat, site: URL): Promise<Uint8Array> {
  const key = downloadPath(campaignId, kind, format);
  if (!rendered.has(key)) {
    rendered.set(
      key,
      (async () => {
        const campaign = await campaignById(campaignId);
        const { content, draw } = await layOut(campaign, kind, site);
        assertPrintable(content, printFonts(), campaign.filePath ?? campaign.id);
        const title = `${campaign.data.title}: ${printKindLabels[kind].toLowerCase()}`;
        const date = campaign.data.updated ?? campaign.data.published;
        const cacheKey = `${sha256(await rendererFingerprint(), stableJson({ content, title, kind, format, date }))}.${format}`;
        return cachedFile(cacheFolder, cacheKey, async () => {
          const fonts = printFonts();
          const piece = `${campaignId}:${kind}`;
          const pages = laidOut.get(piece) ?? draw(fonts);
          laidOut.set(piece, pages);
          return format === 'pdf' ? renderPdf(pages, fonts, title, date) : renderPng(pages, fonts);
        }, 'Posters and hand-outs (PDF and PNG)');
      })(),
    );
  }
  return rendered.get(key)!;
}
