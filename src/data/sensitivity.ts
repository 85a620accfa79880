/**
 * Which pages a reader at risk may be reading (no caching, links that replace history). Campaigns
 * say so in their data; a service, resource or briefing is sensitive when a sensitive campaign uses
 * it, and a topic's pages when a sensitive campaign covers that topic.
 */
import { campaignById, campaigns, campaignsUsing, servicesByIds, type Service, type Situation } from './entries';
import type { TopicSlug } from '../lib/taxonomy';

export async function isSensitiveService(service: Service): Promise<boolean> {
  return (await campaignsUsing(service.id)).some((campaign) => campaign.data.sensitive);
}

/** A Get help situation (and its Easy Read version): its campaign is sensitive, or a service it sends readers to is. */
export async function isSensitiveSituation(situation: Situation): Promise<boolean> {
  const campaign = situation.data.campaign ? await campaignById(situation.data.campaign.id) : undefined;
  if (campaign?.data.sensitive) return true;
  const services = await servicesByIds(situation.data.routes.map((route) => route.service));
  return (await Promise.all(services.map(isSensitiveService))).some(Boolean);
}

export async function isSensitiveTopic(topic: TopicSlug): Promise<boolean> {
  return (await campaigns()).some((campaign) => campaign.data.topic === topic && campaign.data.sensitive);
}
