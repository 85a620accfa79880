/**
 * What each service and district page can say is confirmed, worked out from its sources at build
 * time, and the check that keeps unconfirmed details out of the routes a person in crisis uses.
 */
import { getCollection } from 'astro:content';
import type { DistrictEntry, Service } from './entries';
import {
  shownDistrictDetails,
  shownServiceDetails,
  verificationOf,
  type DistrictDetail,
  type ServiceDetail,
  type Verification,
} from '../lib/verification';

/** The details that let a reader reach a service, as opposed to describing it. */
const contactDetails: readonly ServiceDetail[] = ['phones', 'email', 'website', 'onlineForm'];

export const serviceVerification = (service: Service): Verification<ServiceDetail> =>
  verificationOf(shownServiceDetails(service.data), service.data.sources);

export const districtVerification = (district: DistrictEntry): Verification<DistrictDetail> =>
  verificationOf(shownDistrictDetails(district.data), district.data.sources);

interface CrisisUse {
  /** The content file that sends readers to the service. */
  file: string;
  /** The field that names it, e.g. `routes[1].service` in situation "domestic-abuse". */
  field: string;
  serviceId: string;
}

/**
 * Get help situations and campaign report, support and primary lines are what a person in crisis
 * reads, and what posters, hand-outs and toolkit posts are made from: every detail of every service
 * they name must have a primary source. Age alone does not fail the build; `content:review` lists it.
 */
export async function assertCrisisRoutesConfirmed(): Promise<void> {
  const uses: CrisisUse[] = [];
  for (const situation of await getCollection('situations')) {
    const file = situation.filePath ?? 'content/get-help/situations.yaml';
    situation.data.routes.forEach((route, index) =>
      uses.push({ file, field: `situation "${situation.id}", routes[${index}].service`, serviceId: route.service.id }),
    );
  }
  for (const campaign of await getCollection('campaigns')) {
    const file = campaign.filePath ?? `campaign "${campaign.id}"`;
    campaign.data.report.forEach((route, index) =>
      uses.push({ file, field: `report[${index}].service`, serviceId: route.service.id }),
    );
    campaign.data.support.forEach((ref, index) => uses.push({ file, field: `support[${index}]`, serviceId: ref.id }));
    campaign.data.primaryLines.forEach((ref, index) =>
      uses.push({ file, field: `primaryLines[${index}]`, serviceId: ref.id }),
    );
  }
  const byId = new Map((await getCollection('services')).map((service) => [service.id, service]));
  const problems = uses.flatMap(({ file, field, serviceId }) => {
    const service = byId.get(serviceId);
    if (!service) return [];
    const { unconfirmed, confirmed, stale } = serviceVerification(service);
    if (unconfirmed.length > 0) {
      return [
        `${file}, field "${field}": "${serviceId}" has details no primary source confirms (${unconfirmed.join(', ')}). ` +
          `Only confirmed services may be used here: confirm them in ${service.filePath ?? `services/${serviceId}`} ` +
          `(a source with primary: true that confirms them), or remove the route.`,
      ];
    }
    const reachable = [...confirmed, ...stale].some((detail) => contactDetails.includes(detail));
    if (reachable) return [];
    return [
      `${file}, field "${field}": "${serviceId}" has no confirmed way to get in touch (phones, email, website or onlineForm). ` +
        'Only services a reader can contact may be used here.',
    ];
  });
  if (problems.length > 0) {
    throw new Error(`Unconfirmed details in crisis routes:\n  ${problems.join('\n  ')}`);
  }
}
