/**
 * The open data files, made once per build from the collections and shared by the three file
 * routes and the "Open data" page, so the page states the exact size and build time of each file.
 */
import { campaigns, services } from './entries';
import { serviceVerification } from './verification';
import { campaignRecord, campaignsDocument, servicesDocument } from '../lib/open-data/documents';
import { toOrukServices } from '../lib/open-data/oruk';
import { serviceRow, servicesCsv } from '../lib/open-data/services-csv';
import { paths } from '../lib/paths';
import { partnershipName, siteName } from '../lib/site';

/** One moment for every file and the page that lists them. */
export const builtAt = new Date();

const about = (title: string) => ({ title, publisher: partnershipName, built: builtAt.toISOString() });

async function confirmedServices() {
  return (await services()).map((entry) => ({ entry, confirmation: serviceVerification(entry) }));
}

/** Open Referral UK 3.0 JSON: every service in the directory. */
export async function servicesJson(): Promise<string> {
  const document = servicesDocument(about(`${siteName} services directory`), toOrukServices(await confirmedServices()));
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** One spreadsheet row per service. */
export async function servicesCsvText(site: URL): Promise<string> {
  const rows = (await confirmedServices()).map(({ entry, confirmation }) =>
    serviceRow(entry, confirmation, new URL(paths.service(entry.id), site).href),
  );
  return servicesCsv(rows);
}

/** Every campaign, with the services it sends readers to. */
export async function campaignsJson(site: URL): Promise<string> {
  const records = (await campaigns()).map((campaign) => campaignRecord(campaign, new URL(paths.campaign(campaign.id), site).href));
  return `${JSON.stringify(campaignsDocument(about(`${siteName} campaigns`), records), null, 2)}\n`;
}
