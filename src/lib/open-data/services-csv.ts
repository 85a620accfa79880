/**
 * The services directory as one spreadsheet row per service, for people who work in a
 * spreadsheet rather than with Open Referral. The same rule as the JSON: only confirmed details.
 */
import { describeHours } from '../hours';
import { phoneAction } from '../phone';
import type { ServiceDetail } from '../verification';
import { toCsv } from './csv';
import { recordId } from './ids';
import { assuredDate, coverageInWords, organisationName, type Confirmation, type DirectoryEntry } from './oruk';
import { dataTimeZone } from './metadata';

/** An entry with the fields only the spreadsheet carries. */
export interface CsvEntry extends DirectoryEntry {
  data: DirectoryEntry['data'] & {
    purposes: readonly string[];
    topics: readonly string[];
    audiences: readonly string[];
    anonymous: boolean;
  };
}

/** The columns, in order; the "Open data" page explains each one. */
export const serviceColumns = [
  'id',
  'oruk_id',
  'name',
  'formerly',
  'description',
  'organisation',
  'eligibility',
  'purposes',
  'phones',
  'email',
  'website',
  'online_form_url',
  'online_form_label',
  'opening_hours',
  'coverage',
  'topics',
  'audiences',
  'anonymous',
  'assured_date',
  'page_url',
] as const;

export type ServiceColumn = (typeof serviceColumns)[number];

/** What each column holds, for the "Open data" page. */
export const serviceColumnMeanings: Record<ServiceColumn, string> = {
  id: 'the name of the service on this site, as in its page address',
  oruk_id: 'the same service’s id in the Open Referral UK file',
  name: 'the service’s name',
  formerly: 'its former name, if people may still know it by that',
  description: 'what it does, in one sentence',
  organisation: 'who runs it',
  eligibility: 'who can use it, when not everyone can',
  purposes: '“report”, “support” or both, separated by semicolons',
  phones: 'its numbers, each with how to use it, separated by semicolons',
  email: 'its email address',
  website: 'its website',
  online_form_url: 'the address of its online form',
  online_form_label: 'what the online form is for',
  opening_hours: `when it is open, in UK local time (${dataTimeZone}), separated by semicolons`,
  coverage: 'where it works',
  topics: 'the topics it helps with, separated by semicolons',
  audiences: 'who it is for: residents, schools, workforce',
  anonymous: '“yes” when people can use it without giving their name',
  assured_date: 'the newest day one of its published details was checked on a page run by the service or the public body responsible',
  page_url: 'its page on this site',
};

/** A detail's value when a primary source confirms it, and an empty field otherwise. */
const ifConfirmed = (confirmed: readonly ServiceDetail[], detail: ServiceDetail, value: string | undefined): string =>
  value !== undefined && confirmed.includes(detail) ? value : '';

/** One service as a row. `pageUrl` is the full address of its page on the site. */
export function serviceRow(entry: CsvEntry, confirmation: Confirmation, pageUrl: string): Record<ServiceColumn, string> {
  const { data } = entry;
  const { confirmed } = confirmation;
  const phones = data.phones.map((phone) => `${phoneAction(phone.kind, phone.display)}${phone.label ? ` (${phone.label})` : ''}`);
  return {
    id: entry.id,
    oruk_id: recordId.service(entry.id),
    name: data.title,
    formerly: data.formerly ?? '',
    description: data.summary,
    organisation: organisationName(entry),
    eligibility: ifConfirmed(confirmed, 'eligibility', data.eligibility),
    purposes: data.purposes.join('; '),
    phones: ifConfirmed(confirmed, 'phones', phones.length > 0 ? phones.join('; ') : undefined),
    email: ifConfirmed(confirmed, 'email', data.email),
    website: ifConfirmed(confirmed, 'website', data.website),
    online_form_url: ifConfirmed(confirmed, 'onlineForm', data.onlineForm?.url),
    online_form_label: ifConfirmed(confirmed, 'onlineForm', data.onlineForm?.label),
    opening_hours: ifConfirmed(confirmed, 'hours', data.hours.kind === 'unknown' ? undefined : describeHours(data.hours).join('; ')),
    coverage: coverageInWords(data.coverage),
    topics: data.topics.join('; '),
    audiences: data.audiences.join('; '),
    anonymous: data.anonymous ? 'yes' : 'no',
    assured_date: assuredDate(confirmation) ?? '',
    page_url: pageUrl,
  };
}

/** The whole spreadsheet. */
export function servicesCsv(rows: readonly Record<ServiceColumn, string>[]): string {
  return toCsv(serviceColumns, rows);
}
