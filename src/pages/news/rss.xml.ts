import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { newsItems } from '../../data/entries';
import { paths } from '../../lib/paths';
import { partnershipName, siteName } from '../../lib/site';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: `${siteName} news`,
    description: `News from the ${partnershipName}.`,
    site: site!,
    items: (await newsItems()).map((item) => ({
      title: item.data.title,
      description: item.data.summary,
      pubDate: item.data.published,
      link: paths.news(item.id),
    })),
    customData: '<language>en-gb</language>',
  });
