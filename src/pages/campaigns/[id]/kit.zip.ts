/** A campaign's kit for partners as one zip; what it holds is gathered in src/data/campaign-kits.ts. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { campaigns, type Campaign } from '../../../data/entries';
import { campaignKit } from '../../../data/campaign-kits';

export const getStaticPaths = (async () =>
  (await campaigns()).map((campaign) => ({ params: { id: campaign.id }, props: { campaign } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { zip } = await campaignKit((props as { campaign: Campaign }).campaign, site!);
  // A copy backed by a plain ArrayBuffer, the only kind a Response body accepts.
  return new Response(new Uint8Array(zip), { headers: { 'Content-Type': 'application/zip' } });
};
