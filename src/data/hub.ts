/** What each audience hub lists: its campaigns, and the schools resources or briefings under them. */
import { briefings, campaignsRunningFirst, resources } from './entries';
import { hubPages, type HubItem, type HubSelection } from '../lib/hub-filters';
import { listSizes } from '../lib/pagination';
import { paths } from '../lib/paths';
import { keyStageFor, resourceFormatFor, type AudienceSlug, type TopicSlug } from '../lib/taxonomy';

export interface HubEntry extends HubItem {
  /** The topic the hub groups it under. */
  topic: TopicSlug;
}

export async function hubItems(audience: AudienceSlug): Promise<HubEntry[]> {
  const tagged = (await campaignsRunningFirst()).filter((campaign) => campaign.data.audiences.includes(audience));
  const topicOf = new Map(tagged.map((campaign) => [campaign.id, campaign.data.topic]));
  const items: HubEntry[] = tagged.map((campaign) => ({
    href: paths.campaign(campaign.id),
    title: campaign.data.title,
    summary: campaign.data.summary,
    details: 'Campaign',
    topic: campaign.data.topic,
    values: { topic: [campaign.data.topic] },
  }));
  if (audience === 'schools') {
    for (const resource of await resources()) {
      const topic = topicOf.get(resource.data.campaign.id);
      if (!topic) continue;
      const stages = resource.data.keyStages.map((slug) => keyStageFor(slug).label).join(', ');
      items.push({
        href: paths.resource(resource.id),
        title: resource.data.title,
        summary: resource.data.summary,
        details: `${resourceFormatFor(resource.data.format).label}, ${resource.data.durationMinutes} minutes, ${stages}`,
        topic,
        values: { topic: [topic], stage: resource.data.keyStages, format: [resource.data.format] },
      });
    }
  }
  if (audience === 'workforce') {
    for (const briefing of await briefings()) {
      const topic = topicOf.get(briefing.data.campaign.id);
      if (!topic) continue;
      items.push({
        href: paths.briefing(briefing.id),
        title: briefing.data.title,
        summary: briefing.data.summary,
        details: '7-minute briefing',
        topic,
        values: { topic: [topic] },
      });
    }
  }
  return items;
}

/** How many pages a hub, or one of its filters, takes (see `hubPages`). */
export async function hubPageCount(audience: AudienceSlug, selection: HubSelection): Promise<number> {
  return hubPages(await hubItems(audience), selection, listSizes.hub).pages.length;
}
