/**
 * The open data files as built: valid against the Open Referral UK 3.0 schema files, complete
 * (every service and campaign in content/), the CSV agreeing with the JSON, and nothing published
 * that the service's own page says is still being checked.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates';
import { parseCsv } from '../../src/lib/open-data/csv';
import type { CampaignsDocument, ServicesDocument } from '../../src/lib/open-data/documents';
import { recordId } from '../../src/lib/open-data/ids';
import { dataLicence } from '../../src/lib/open-data/metadata';
import { checkAgainst, type JsonSchema } from '../../src/lib/open-data/schema-check';
import { serviceColumns } from '../../src/lib/open-data/services-csv';
import { detailLabels, type ServiceDetail } from '../../src/lib/verification';
import { distDir, readPage } from './built-site';

const fixtures = 'tests/fixtures/open-referral';
const schemas = new Map<string, JsonSchema>(
  readdirSync(fixtures)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name, JSON.parse(readFileSync(path.join(fixtures, name), 'utf8')) as JsonSchema]),
);
const services = JSON.parse(readPage('open-data/services.json')) as ServicesDocument;
const campaigns = JSON.parse(readPage('open-data/campaigns.json')) as CampaignsDocument;
const csv = parseCsv(readPage('open-data/services.csv'));
const serviceIds = readdirSync('content/services').map((name) => name.replace(/\.yaml$/, ''));
const campaignIds = readdirSync('content/campaigns');
const byUuid = new Map(services.contents.map((service) => [service.id, service]));
const column = (name: (typeof serviceColumns)[number]) => serviceColumns.indexOf(name);

/** True when the service's page tells readers a detail is still being checked, or is out of date. */
const pageDoubts = (html: string, detail: ServiceDetail) =>
  new RegExp(`We (are checking|last checked)[^.]*${detailLabels[detail]}`).test(html);

describe('services.json', () => {
  it('says what it follows, its licence and when it was built', () => {
    expect(services.version).toBe('HSDS-UK-3.0');
    expect(services.license).toEqual(dataLicence);
    expect(services.timezone).toBe('Europe/London');
    expect(Date.parse(services.built)).not.toBeNaN();
    expect(services.total_items).toBe(services.contents.length);
    expect(services.size).toBe(services.contents.length);
  });

  it('holds every service in content/services, once', () => {
    expect(services.contents.map((service) => service.id).sort()).toEqual(serviceIds.map(recordId.service).sort());
  });

  it.each(serviceIds)('%s passes the Open Referral UK 3.0 schema, phones included', (id) => {
    const service = byUuid.get(recordId.service(id))!;
    expect(checkAgainst(service, 'service.json', schemas)).toEqual([]);
    for (const phone of service.contacts.flatMap((contact) => contact.phones)) {
      expect(checkAgainst(phone, 'phone.json', schemas)).toEqual([]);
    }
  });

  it('gives every record its own id, and each organisation one record', () => {
    const ids = services.contents.flatMap((service) => [
      service.id,
      ...service.contacts.flatMap((contact) => [contact.id, ...contact.phones.map((phone) => phone.id)]),
      ...service.schedules.map((schedule) => schedule.id),
      ...service.service_areas.map((area) => area.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    const organisations = new Map(services.contents.map((service) => [service.organization.id, JSON.stringify(service.organization)]));
    for (const service of services.contents) expect(JSON.stringify(service.organization)).toBe(organisations.get(service.organization_id));
  });

  it.each(serviceIds)('%s publishes only what its own page shows as confirmed', (id) => {
    const service = byUuid.get(recordId.service(id))!;
    const html = readPage(`services/${id}/index.html`);
    expect(html).toContain(service.name.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
    const phones = service.contacts.flatMap((contact) => contact.phones);
    if (phones.length > 0) expect(pageDoubts(html, 'phones')).toBe(false);
    for (const phone of phones) expect(html).toContain(phone.number);
    if (service.email) {
      expect(pageDoubts(html, 'email')).toBe(false);
      expect(html).toContain(`mailto:${service.email}`);
    }
    const row = csv.find((fields) => fields[column('id')] === id)!;
    const [website, form] = [row[column('website')]!, row[column('online_form_url')]!];
    expect(service.url ?? '').toBe(website || form);
    if (website) expect(pageDoubts(html, 'website')).toBe(false);
    if (form) expect(pageDoubts(html, 'onlineForm')).toBe(false);
    if (service.url) expect(html).toContain(`href="${service.url}"`);
    if (service.schedules.length > 0) expect(pageDoubts(html, 'hours')).toBe(false);
    if (service.description.includes('Who it is for:')) expect(pageDoubts(html, 'eligibility')).toBe(false);
    if (pageDoubts(html, 'hours')) expect(service.schedules).toEqual([]);
    // What the page doubts, read from the content file itself, appears nowhere in the files.
    const source = readFileSync(`content/services/${id}.yaml`, 'utf8');
    const published = JSON.stringify(service) + row.join(',');
    const doubted = [
      ...(pageDoubts(html, 'phones') ? [...source.matchAll(/^\s*-?\s*number: "?([^"\n]+)"?$/gm)].map((match) => match[1]!) : []),
      ...(['email', 'website'] as const).filter((detail) => pageDoubts(html, detail)).map((detail) => new RegExp(`^${detail}: (.+)$`, 'm').exec(source)?.[1]),
    ];
    for (const value of doubted) if (value) expect(published).not.toContain(value);
  });
});

describe('services.csv', () => {
  const [header, ...rows] = csv;

  it('has the header row and one row per service, every row complete', () => {
    expect(header).toEqual([...serviceColumns]);
    expect(rows).toHaveLength(services.contents.length);
    for (const row of rows) expect(row).toHaveLength(serviceColumns.length);
  });

  it('agrees with the JSON on each service and on what is confirmed', () => {
    for (const row of rows) {
      const service = byUuid.get(row[column('oruk_id')]!)!;
      expect(service.name).toBe(row[column('name')]);
      expect(row[column('oruk_id')]).toBe(recordId.service(row[column('id')]!));
      expect(row[column('phones')] === '').toBe(service.contacts.length === 0);
      expect(row[column('opening_hours')] === '').toBe(service.schedules.length === 0);
      expect(row[column('email')]).toBe(service.email ?? '');
      expect(row[column('page_url')]).toMatch(new RegExp(`/services/${row[column('id')]}/$`));
    }
  });

  it('is UTF-8 with a byte order mark, so spreadsheets keep apostrophes and accents', () => {
    const bytes = readFileSync(path.join(distDir, 'open-data/services.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('campaigns.json', () => {
  it('holds every campaign in content/campaigns, with its page and licence', () => {
    expect(campaigns.license).toEqual(dataLicence);
    expect(campaigns.campaigns.map((campaign) => campaign.id).sort()).toEqual([...campaignIds].sort());
    for (const campaign of campaigns.campaigns) {
      expect(campaign.url).toMatch(new RegExp(`/campaigns/${campaign.id}/$`));
      expect(campaign.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(campaign.title.length).toBeGreaterThan(0);
      expect(campaign.keyMessage.length).toBeGreaterThan(0);
    }
  });

  it('names only services that are in services.json, by both ids', () => {
    for (const campaign of campaigns.campaigns) {
      for (const ref of [...campaign.report, ...campaign.support, ...campaign.primaryLines]) {
        expect(byUuid.get(ref.oruk_id), `${campaign.id} → ${ref.service}`).toBeDefined();
        expect(ref.oruk_id).toBe(recordId.service(ref.service));
      }
    }
  });
});

describe('the Open data page', () => {
  const html = readPage('open-data/index.html');

  it('links each file with its real size, and states the licence and the build date', () => {
    for (const file of ['services.json', 'services.csv', 'campaigns.json']) {
      const kB = Math.max(1, Math.round(statSync(path.join(distDir, 'open-data', file)).size / 1024));
      expect(html).toMatch(new RegExp(`href="/open-data/${file.replace('.', '\\.')}"[^>]*>[^<]*</a>\\s*<span[^>]*>${kB} KB</span>`));
    }
    expect(html).toContain(`href="${dataLicence.url}"`);
    expect(html).toContain(dataLicence.name);
    expect(html).toContain(formatDate(new Date(services.built)));
    expect(campaigns.built).toBe(services.built);
  });
});
