/**
 * Which pages need the quick exit. Campaigns say so in their data; a service, resource or briefing
 * is sensitive when a sensitive campaign uses it.
 */
import { campaignsUsing, type Service } from './entries';

export async function isSensitiveService(service: Service): Promise<boolean> {
  return (await campaignsUsing(service.id)).some((campaign) => campaign.data.sensitive);
}

