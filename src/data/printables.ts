/**
 * The posters and hand-outs for each campaign, made from its data and the services it names. Each
 * file is rendered once per build; the download routes and the pages that list the files (with
 * their sizes) share the result.
 */
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

/** The bytes of one download, rendered on first request and reused for the rest of the build. */
export function printable(campaignId: string, kind: PrintKind, format: PrintFormat, site: URL): Promise<Uint8Array> {
  const key = downloadPath(campaignId, kind, format);
  if (!rendered.has(key)) {
    rendered.set(
      key,
      (async () => {
        const campaign = await campaignById(campaignId);
        const fonts = printFonts();
        const pages = (kind === 'poster' ? posterLayout : handoutLayout)(await printContent(campaign, site), fonts);
        const title = `${campaign.data.title}: ${printKindLabels[kind].toLowerCase()}`;
        return format === 'pdf' ? renderPdf(pages, fonts, title) : renderPng(pages, fonts);
      })(),
    );
  }
  return rendered.get(key)!;
}
