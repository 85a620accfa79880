/**
 * The posters and hand-outs for each campaign, made from its data and the services it names. Each
 * file is rendered once per build; the download routes and the pages that list the files (with
 * their sizes) share the result. Files are also kept on disk under a hash of everything that shapes
 * them, so a build where a campaign did not change reuses its files instead of drawing them again.
 */
import path from 'node:path';
import { cachedFile, sha256, sourcesIn, stableJson, versionsOf } from '../lib/build-cache';
import { campaignById, servicesByIds, type Campaign, type Service } from './entries';
import { printFonts } from '../lib/printables/fonts';
import { renderPng } from '../lib/printables/image';
import { handoutLayout, posterLayout, type PrintContent } from '../lib/printables/layout';
import { renderPdf } from '../lib/printables/pdf';
import { paths } from '../lib/paths';
import { partnershipName, siteName } from '../lib/site';
import { topicFor } from '../lib/taxonomy';

export const printKinds = ['poster', 'handout'] as const;
export const printFormats = ['pdf', 'png'] as const;
export type PrintKind = (typeof printKinds)[number];
export type PrintFormat = (typeof printFormats)[number];

export const printKindLabels: Record<PrintKind, string> = { poster: 'Poster', handout: 'Hand-out' };

export const downloadPath = (campaignId: string, kind: PrintKind, format: PrintFormat) =>
  `/downloads/${campaignId}-${kind}.${format}`;

/** How to reach a service, in words for paper: numbers to call or text, and its website. */
function contactInWords(service: Service): string {
  const verbs = { call: 'call', text: 'text', relay: 'Relay UK: 18001 then', textphone: 'textphone' } as const;
  const phones = service.data.phones.slice(0, 2).map((phone) => `${verbs[phone.kind]} ${phone.display}`);
  const address = service.data.onlineForm?.url ?? service.data.website;
  const online = address ? [`online at ${new URL(address).hostname.replace(/^www\./, '')}`] : [];
  const ways = [...phones, ...online].join(', or ');
  return service.data.verified ? ways : `${ways} (check before you call: some details are not confirmed)`;
}

const isEmergencyLine = (service: Service) => service.data.phones.some((phone) => phone.dial === '999');

async function printContent(campaign: Campaign, site: URL): Promise<PrintContent> {
  const { data } = campaign;
  const report = await servicesByIds(data.report.map((route) => route.service));
  const support = await servicesByIds(data.support);
  const route = (service: Service) => ({ service: service.data.title, contact: contactInWords(service) });
  return {
    title: data.title,
    keyMessage: data.keyMessage,
    summary: data.summary,
    about: data.about,
    colour: topicFor(data.topic).colour,
    signs: data.signs,
    protect: data.protect,
    report: report.filter((service) => !isEmergencyLine(service)).map(route),
    support: support.map(route),
    url: new URL(paths.campaign(campaign.id), site).href,
    partnership: partnershipName,
    siteName,
  };
}

const rendered = new Map<string, Promise<Uint8Array>>();
const cacheFolder = path.resolve(process.env.SAFER_NORFOLK_PRINT_CACHE_DIR ?? 'node_modules/.cache/safer-norfolk-printables');

let fingerprint: Promise<string> | undefined;
/** One hash for the drawing code, its fonts and libraries: changing any of them redraws every file. */
function rendererFingerprint(): Promise<string> {
  fingerprint ??= (async () => {
    const root = process.cwd();
    const fonts = printFonts(root);
    return sha256(
      stableJson(versionsOf(root, ['pdf-lib', '@pdf-lib/fontkit', '@resvg/resvg-js', 'qrcode'])),
      fonts.regular.bytes,
      fonts.bold.bytes,
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
        const content = await printContent(campaign, site);
        const title = `${campaign.data.title}: ${printKindLabels[kind].toLowerCase()}`;
        const cacheKey = `${sha256(await rendererFingerprint(), stableJson({ content, title, kind, format }))}.${format}`;
        return cachedFile(cacheFolder, cacheKey, async () => {
          const fonts = printFonts();
          const pages = (kind === 'poster' ? posterLayout : handoutLayout)(content, fonts);
          return format === 'pdf' ? renderPdf(pages, fonts, title) : renderPng(pages, fonts);
        });
      })(),
    );
  }
  return rendered.get(key)!;
}
