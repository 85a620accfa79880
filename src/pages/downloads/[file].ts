import type { APIRoute, GetStaticPaths } from 'astro';
import { campaigns } from '../../data/entries';
import { downloadPath, printable, printFormats, printKindsFor, type PrintFormat, type PrintKind } from '../../data/printables';

export const getStaticPaths = (async () =>
  (await campaigns()).flatMap((campaign) =>
    printKindsFor(campaign).flatMap((kind) =>
      printFormats.map((format) => ({
        params: { file: downloadPath(campaign.id, kind, format).replace('/downloads/', '') },
        props: { campaignId: campaign.id, kind, format },
      })),
    ),
  )) satisfies GetStaticPaths;

const contentTypes: Record<PrintFormat, string> = { pdf: 'application/pdf', png: 'image/png' };

export const GET: APIRoute = async ({ props, site }) => {
  const { campaignId, kind, format } = props as { campaignId: string; kind: PrintKind; format: PrintFormat };
  const bytes = await printable(campaignId, kind, format, site!);
  // A copy backed by a plain ArrayBuffer, the only kind a Response body accepts.
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': contentTypes[format] } });
};
