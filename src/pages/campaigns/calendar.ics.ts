import type { APIRoute } from 'astro';
import { buildDay, campaignById, campaignPeriods } from '../../data/entries';
import { campaignFeed } from '../../lib/campaign-ics';
import { paths } from '../../lib/paths';
import { siteName } from '../../lib/site';

export const GET: APIRoute = async ({ site }) => {
  const periods = await campaignPeriods();
  const titles = new Map(await Promise.all(periods.map(async (period) => [period.campaignId, (await campaignById(period.campaignId)).data.title] as const)));
  const feed = campaignFeed(periods, {
    site: site!,
    name: `${siteName} campaigns`,
    campaignTitle: (id) => titles.get(id)!,
    campaignPath: paths.campaign,
    madeOn: buildDay,
  });
  return new Response(feed, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
