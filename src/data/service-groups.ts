/**
 * The services directory's groups: reporting routes first, in the order Get help offers them (so
 * 999 leads), then support by topic. The directory shows the start of each group; a group longer
 * than that has pages of its own (`paths.serviceGroup`).
 */
import { services, situations, type Service } from './entries';
import { listSizes } from '../lib/pagination';
import { topics, type TopicSlug } from '../lib/taxonomy';

export interface ServiceGroup {
  /** "report", or the topic's slug. */
  id: string;
  /** The topic of a group of support services. */
  topic?: TopicSlug;
  /** The group's heading on the directory, e.g. "I want to report something" or "Domestic abuse". */
  heading: string;
  /** What "See all" names, e.g. "ways to report" or "support services for domestic abuse". */
  noun: string;
  services: Service[];
}

let groups: Promise<ServiceGroup[]> | undefined;

export function serviceGroups(): Promise<ServiceGroup[]> {
  groups ??= (async () => {
    const all = await services();
    const offered = (await situations()).flatMap((situation) => situation.data.routes.map((route) => route.service.id));
    const rank = (id: string) => (offered.includes(id) ? offered.indexOf(id) : offered.length);
    const reporting = all.filter((service) => service.data.purposes.includes('report')).sort((a, b) => rank(a.id) - rank(b.id));
    const support = topics.map((topic) => ({
      id: topic.slug,
      topic: topic.slug,
      heading: topic.label,
      noun: `support services for ${topic.label.toLowerCase()}`,
      services: all.filter((service) => service.data.purposes.includes('support') && service.data.topics.includes(topic.slug)),
    }));
    return [{ id: 'report', heading: 'I want to report something', noun: 'ways to report', services: reporting }, ...support].filter(
      (group) => group.services.length > 0,
    );
  })();
  return groups;
}

/** True when the directory shows only the start of the group, so the group needs pages of its own. */
export const hasOwnPages = (group: ServiceGroup) => group.services.length > listSizes.directoryPreview;
