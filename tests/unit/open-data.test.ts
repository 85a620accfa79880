import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../src/lib/open-data/csv';
import { campaignRecord, servicesDocument, type CampaignEntry } from '../../src/lib/open-data/documents';
import { recordId, uuidV5 } from '../../src/lib/open-data/ids';
import { toOrukServices, type Confirmation } from '../../src/lib/open-data/oruk';
import { checkAgainst, type JsonSchema } from '../../src/lib/open-data/schema-check';
import { serviceColumns, serviceRow, type CsvEntry } from '../../src/lib/open-data/services-csv';
import type { ServiceDetail } from '../../src/lib/verification';

const fixtures = 'tests/fixtures/open-referral';
const schemas = new Map<string, JsonSchema>(
  readdirSync(fixtures)
    .filter((name) => name.endsWith('.json'))
    .map((name) => [name, JSON.parse(readFileSync(path.join(fixtures, name), 'utf8')) as JsonSchema]),
);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const confirming = (confirmed: ServiceDetail[], checked = '2026-11-30'): Confirmation => ({
  confirmed,
  primarySources: [{ checked: day(checked), confirms: confirmed }],
});
/** The output as a consumer reads it: JSON drops undefined fields and Dates become strings. */
const asJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

/** A 24-hour national line whose number and hours are confirmed but whose email is not. */
const samaritans: CsvEntry = {
  id: 'samaritans',
  data: {
    title: 'Samaritans',
    summary: 'Someone to talk to if you are struggling to cope.',
    phones: [{ display: '116 123', kind: 'call' }],
    email: 'unchecked@example.org',
    website: 'https://www.samaritans.org',
    hours: { kind: 'always' },
    coverage: 'national',
    purposes: ['support'],
    topics: ['domestic-abuse', 'hate-crime'],
    audiences: ['residents'],
    anonymous: true,
  },
};
/** A Norfolk service with weekly hours, a relay number and a named organisation. */
const police: CsvEntry = {
  id: 'police-non-emergency',
  data: {
    title: 'Norfolk Police non-emergency (101)',
    summary: 'Report a crime when it is not an emergency, "by phone, or online".',
    organisation: 'Norfolk Constabulary',
    eligibility: 'Anyone in Norfolk',
    phones: [
      { display: '101', kind: 'call' },
      { display: '101', kind: 'relay' },
    ],
    hours: {
      kind: 'weekly',
      periods: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '18:30' },
        { days: ['sat'], opens: '10:00', closes: '24:00' },
      ],
    },
    coverage: ['norwich', 'kings-lynn-and-west-norfolk'],
    purposes: ['report'],
    topics: ['anti-social-behaviour'],
    audiences: ['residents', 'workforce'],
    anonymous: false,
  },
};
/** Nothing confirmed yet: its number must not reach the open data. */
const unchecked: CsvEntry = {
  ...police,
  id: 'unchecked-line',
  data: { ...police.data, title: 'Unchecked line', organisation: 'Norfolk Constabulary' },
};

const mapped = () =>
  toOrukServices([
    { entry: samaritans, confirmation: confirming(['phones', 'website', 'hours']) },
    { entry: police, confirmation: confirming(['phones', 'hours'], '2026-10-01') },
    { entry: unchecked, confirmation: { confirmed: [], primarySources: [] } },
  ]);

describe('uuidV5', () => {
  it('matches the RFC example Python gives for python.org in the DNS namespace', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('gives a service the same id every time, and different services different ids', () => {
    expect(recordId.service('samaritans')).toBe(recordId.service('samaritans'));
    expect(recordId.service('samaritans')).toBe('6e4f5337-9773-52d1-bceb-579da9d414ca');
    expect(recordId.service('samaritans')).not.toBe(recordId.contact('samaritans'));
  });
});

describe('toOrukServices', () => {
  it('maps a 24-hour line to one weekly schedule from 00:00 to 23:59 every day', () => {
    const [service] = mapped();
    expect(service!.schedules).toEqual([
      expect.objectContaining({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59', description: '24 hours a day, every day' }),
    ]);
    expect(service!.schedules[0]!.notes).toContain('Europe/London');
  });

  it('publishes confirmed details and leaves out the unconfirmed email', () => {
    const [service] = mapped();
    expect(service).toMatchObject({ name: 'Samaritans', url: 'https://www.samaritans.org', status: 'active', assured_date: '2026-11-30' });
    expect(service!.contacts[0]!.phones.map((phone) => phone.number)).toEqual(['116 123']);
    expect(service).not.toHaveProperty('email');
    expect(JSON.stringify(service)).not.toContain('unchecked@example.org');
  });

  it('uses the service itself as its organisation when none is named', () => {
    const [service] = mapped();
    expect(service!.organization).toMatchObject({ name: 'Samaritans', description: samaritans.data.summary });
    expect(service!.organization_id).toBe(service!.organization.id);
  });

  it('describes each weekly period, relay numbers and the districts covered', () => {
    const [, service] = mapped();
    expect(service!.schedules.map((schedule) => [schedule.byday, schedule.opens_at, schedule.closes_at])).toEqual([
      ['MO,TU,WE,TH,FR', '09:00', '18:30'],
      ['SA', '10:00', '23:59'],
    ]);
    expect(service!.schedules[0]!.description).toBe('Monday to Friday: 9am to 6:30pm');
    expect(service!.contacts[0]!.phones[1]).toMatchObject({ number: '101', description: 'Relay UK: dial 18001, then this number.' });
    expect(service!.service_areas[0]!.name).toBe("Norwich, King's Lynn and West Norfolk");
    expect(service!.description).not.toContain('Anyone in Norfolk');
  });

  it('publishes no contact, hours or address for a service with nothing confirmed', () => {
    const [, , service] = mapped();
    expect(service!.contacts).toEqual([]);
    expect(service!.schedules).toEqual([]);
    expect(service).not.toHaveProperty('url');
    expect(service).not.toHaveProperty('assured_date');
  });

  it('shares one organisation record between services it runs', () => {
    const [, first, second] = mapped();
    expect(first!.organization).toEqual(second!.organization);
    expect(first!.organization.description).toBe('Runs Norfolk Police non-emergency (101) and Unchecked line.');
  });

  it('gives every record a unique id', () => {
    const ids = mapped().flatMap((service) => [
      service.id,
      ...service.contacts.flatMap((contact) => [contact.id, ...contact.phones.map((phone) => phone.id)]),
      ...service.schedules.map((schedule) => schedule.id),
      ...service.service_areas.map((area) => area.id),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('passes the Open Referral UK 3.0 schema, phones included', () => {
    for (const service of mapped()) {
      expect(checkAgainst(asJson(service), 'service.json', schemas)).toEqual([]);
      for (const phone of service.contacts.flatMap((contact) => contact.phones)) {
        expect(checkAgainst(asJson(phone), 'phone.json', schemas)).toEqual([]);
      }
    }
  });
});

describe('checkAgainst', () => {
  const good = () => asJson(mapped()[0]) as Record<string, unknown>;

  it('fails a service without a required field, naming it', () => {
    const broken = good();
    delete broken.name;
    expect(checkAgainst(broken, 'service.json', schemas)).toEqual([{ path: '$', message: 'must have "name"' }]);
  });

  it('fails a status outside the list, an id that is not a UUID and a number that is not a string', () => {
    const broken: Record<string, unknown> = { ...good(), status: 'open', id: 'samaritans' };
    (broken.organization as Record<string, unknown>).name = 42;
    const problems = checkAgainst(broken, 'service.json', schemas).map((problem) => problem.path);
    expect(problems).toEqual(['$.id', '$.status', '$.organization.name']);
  });

  it('fails a bad address and a bad nested schedule through $ref', () => {
    const broken = { ...good(), url: 'samaritans.org', schedules: [{ freq: 'DAILY' }] };
    expect(checkAgainst(broken, 'service.json', schemas)).toEqual([
      { path: '$.url', message: '"samaritans.org" is not a valid uri' },
      { path: '$.schedules[0]', message: 'must have "id"' },
      { path: '$.schedules[0].freq', message: 'must be one of "WEEKLY", "MONTHLY"' },
    ]);
  });

  it('refuses a schema keyword it cannot check rather than passing it', () => {
    const strict = new Map([['x.json', { type: 'string', pattern: '^a' } as JsonSchema]]);
    expect(() => checkAgainst('b', 'x.json', strict)).toThrow(/pattern/);
  });
});

describe('services CSV', () => {
  it('quotes commas and quotes and reads back to the same fields', () => {
    const rows = [serviceRow(police, confirming(['phones']), 'https://example.org/services/police-non-emergency/')];
    const text = toCsv(serviceColumns, rows);
    expect(text.startsWith('\uFEFFid,oruk_id,name,')).toBe(true);
    expect(text).toContain('"Report a crime when it is not an emergency, ""by phone, or online""."');
    const [header, row] = parseCsv(text);
    expect(header).toEqual([...serviceColumns]);
    expect(row![serviceColumns.indexOf('description')]).toBe(police.data.summary);
    expect(row![serviceColumns.indexOf('phones')]).toBe('Call 101; Relay UK: 18001 then 101');
    expect(row![serviceColumns.indexOf('opening_hours')]).toBe('');
    expect(row![serviceColumns.indexOf('eligibility')]).toBe('');
  });
});

describe('the documents', () => {
  it('wraps the services in an ORUK page with its licence and build time', () => {
    const document = servicesDocument({ title: 'Test', publisher: 'Test', built: '2026-11-30T10:00:00.000Z' }, mapped());
    expect(document).toMatchObject({ version: 'HSDS-UK-3.0', total_items: 3, size: 3, first_page: true, last_page: true, empty: false });
    expect(document.license.name).toMatch(/Licence/);
  });

  it('names a campaign’s services by id in both files', () => {
    const campaign: CampaignEntry = {
      id: 'fraud-and-scams',
      data: {
        title: 'Fraud and scams',
        summary: 'Summary',
        keyMessage: 'Stop. Think.',
        topic: 'fraud-and-scams',
        audiences: ['residents'],
        published: day('2026-01-15'),
        report: [{ service: { id: 'samaritans' }, when: 'Now' }],
        support: [{ id: 'samaritans' }],
        primaryLines: [{ id: 'samaritans' }],
      },
    };
    const record = campaignRecord(campaign, 'https://example.org/campaigns/fraud-and-scams/');
    expect(record.published).toBe('2026-01-15');
    expect(record).not.toHaveProperty('updated');
    expect(record.report).toEqual([{ service: 'samaritans', oruk_id: recordId.service('samaritans'), when: 'Now' }]);
  });
});
