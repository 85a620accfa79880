/**
 * Everything on the site about one topic, in sections: campaigns, services, school resources,
 * briefings, news. A topic's page shows the start of each section; a longer section has pages of
 * its own at /topics/<topic>/<section>/.
 */
import { briefings, campaignsRunningFirst, newsItems, resources, services } from './entries';
import { listSizes } from '../lib/pagination';
import { paths } from '../lib/paths';
import type { TopicSlug } from '../lib/taxonomy';

export interface TopicItem {
  href: string;
  title: string;
  summary: string;
}

export interface TopicSection {
  /** Part of the section's address, e.g. "news" in /topics/hate-crime/news/. */
  id: 'campaigns' | 'services' | 'resources' | 'briefings' | 'news';
  heading: string;
  /** What "See all" names, e.g. "news stories". */
  noun: string;
  items: TopicItem[];
}

const item = (href: string, data: { title: string; summary: string }): TopicItem => ({ href, title: data.title, summary: data.summary });

export async function topicSections(topic: TopicSlug): Promise<TopicSection[]> {
  const topicCampaigns = (await campaignsRunningFirst()).filter((campaign) => campaign.data.topic === topic);
  const campaignIds = new Set(topicCampaigns.map((campaign) => campaign.id));
  const sections: TopicSection[] = [
    { id: 'campaigns', heading: 'Campaigns', noun: 'campaigns', items: topicCampaigns.map((entry) => item(paths.campaign(entry.id), entry.data)) },
    {
      id: 'services',
      heading: 'Services that can help',
      noun: 'services',
      items: (await services()).filter((entry) => entry.data.topics.includes(topic)).map((entry) => item(paths.service(entry.id), entry.data)),
    },
    {
      id: 'resources',
      heading: 'For schools',
      noun: 'school resources',
      items: (await resources())
        .filter((entry) => campaignIds.has(entry.data.campaign.id))
        .map((entry) => item(paths.resource(entry.id), entry.data)),
    },
    {
      id: 'briefings',
      heading: 'For professionals',
      noun: 'briefings',
      items: (await briefings())
        .filter((entry) => campaignIds.has(entry.data.campaign.id))
        .map((entry) => item(paths.briefing(entry.id), entry.data)),
    },
    {
      id: 'news',
      heading: 'News',
      noun: 'news stories',
      items: (await newsItems()).filter((entry) => entry.data.topics.includes(topic)).map((entry) => item(paths.news(entry.id), entry.data)),
    },
  ];
  return sections.filter((section) => section.items.length > 0);
}

/** True when the topic's page shows only the start of the section, so it needs pages of its own. */
export const sectionHasOwnPages = (section: TopicSection) => section.items.length > listSizes.topicPreview;
