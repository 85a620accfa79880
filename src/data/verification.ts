/**
 * What each service and district page can say is confirmed, worked out from its sources at build
 * time, and the check that keeps unconfirmed details out of the routes a person in crisis uses.
 */
import { getCollection } from 'astro:content';
import { translationProblems } from './translations';
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
/**
 * A release build (`npm run build:release`) also refuses confirmations over 12 months old in these
 * routes; an ordinary build lists them in `npm run content:review` but carries on.
 */
const isRelease = process.env.SAFER_NORFOLK_RELEASE === '1';

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
    const notConfirmed = isRelease ? [...unconfirmed, ...stale] : unconfirmed;
    if (notConfirmed.length > 0) {
      return [
        `${file}, field "${field}": "${serviceId}" has details no primary source confirms${isRelease ? ' in the last 12 months' : ''} (${notConfirmed.join(', ')}). ` +
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
  problems.push(
    ...(await districtProblems()),
    ...(await typedNumberProblems(byId)),
    ...(await translationProblems(byId, serviceVerification)),
  );
  if (problems.length > 0) {
    throw new Error(`Unconfirmed details in crisis routes:\n  ${problems.join('\n  ')}`);
  }
}

/** "Report it to your district council" sends readers to the district pages: their details count too. */
async function districtProblems(): Promise<string[]> {
  const sendsToCouncils = (await getCollection('situations')).some((situation) => situation.data.districtCouncil);
  if (!sendsToCouncils) return [];
  return (await getCollection('districts')).flatMap((district) => {
    const { unconfirmed, stale } = districtVerification(district);
    const notConfirmed = isRelease ? [...unconfirmed, ...stale] : unconfirmed;
    return notConfirmed.length === 0
      ? []
      : [
          `${district.filePath ?? district.id}: Get help sends readers to this district, but no primary source confirms ` +
            `${notConfirmed.join(', ')}. Confirm them (a source with primary: true) or leave them out.`,
        ];
  });
}

/** A UK number of 10 or 11 digits written into text, however it is spaced. */
const typedNumber = /(?<![\d+])0\d(?:[ -]?\d){8,9}(?!\d)/g;

/**
 * Numbers live in services: a number typed into a page's text or a route's words must be one that a
 * confirmed service gives, or a reader could call a number nobody checked.
 */
async function typedNumberProblems(services: ReadonlyMap<string, Service>): Promise<string[]> {
  const confirmedNumbers = new Set<string>();
  for (const service of services.values()) {
    const { confirmed, stale } = serviceVerification(service);
    if (![...confirmed, ...stale].includes('phones')) continue;
    for (const phone of service.data.phones) confirmedNumbers.add(phone.display.replace(/\D/g, ''));
  }
  const texts: { file: string; text: string }[] = [];
  for (const collection of ['campaigns', 'resources', 'briefings', 'news', 'pages'] as const) {
    for (const entry of await getCollection(collection)) texts.push({ file: entry.filePath ?? entry.id, text: entry.body ?? '' });
  }
  for (const situation of await getCollection('situations')) {
    const words = [situation.data.advice ?? '', ...situation.data.routes.map((route) => route.when)].join('\n');
    texts.push({ file: `${situation.filePath ?? 'situations'}, situation "${situation.id}"`, text: words });
  }
  return texts.flatMap(({ file, text }) =>
    [...text.matchAll(typedNumber)]
      .map((match) => match[0])
      .filter((number) => !confirmedNumbers.has(number.replace(/\D/g, '')))
      .map(
        (number) =>
          `${file}: the number ${number} is typed into the text, but no confirmed service gives it. ` +
          'Link to the service that has it (numbers live in content/services/), or remove it.',
      ),
  );
}
