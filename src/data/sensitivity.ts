/**
 * Which pages a reader at risk may be reading (no caching, links that replace history). Campaigns
 * say so in their data; a service, resource or briefing is sensitive when a sensitive campaign uses
 * it, and a topic's pages when a sensitive campaign covers that topic.
 */
import { campaigns, campaignsUsing, type Service } from './entries';
import type { TopicSlug } from '../lib/taxonomy';

export async function isSensitiveService(service: Service): Promise<boolean> {
  return (await campaignsUsing(service.id)).some((campaign) => campaign.data.sensitive);
}


export async function isSensitiveTopic(topic: TopicSlug): Promise<boolean> {
  return (await campaigns()).some((campaign) => campaign.data.topic === topic && campaign.data.sensitive);
}
