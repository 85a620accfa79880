/**
 * Services directory entries as Open Referral UK 3.0 records: a service with its organisation,
 * contact and phones, opening schedules and the area it covers. Only details a primary source has
 * confirmed go out, so a number the site is still checking never reaches another directory.
 */
import { describeDays, describeHours, formatTime, weekdays, type OpeningHours, type OpeningPeriod, type Weekday } from '../hours';
import type { PhoneKind } from '../phone';
import { districtFor, type DistrictSlug } from '../taxonomy';
import { listInWords, type ServiceDetail } from '../verification';
import { recordId } from './ids';
import { dataTimeZone } from './metadata';

/** The parts of a services directory entry the open data uses; each field is described in src/content.config.ts. */
export interface DirectoryEntry {
  /** The entry's file name, e.g. "samaritans". */
  id: string;
  data: {
    title: string;
    formerly?: string | undefined;
    summary: string;
    organisation?: string | undefined;
    eligibility?: string | undefined;
    phones: readonly { display: string; kind: PhoneKind; label?: string | undefined }[];
    email?: string | undefined;
    website?: string | undefined;
    onlineForm?: { url: string; label: string } | undefined;
    hours: OpeningHours;
    coverage: 'national' | 'norfolk' | readonly DistrictSlug[];
  };
}

/** What the entry's sources confirm: `serviceVerification` gives it for a real entry. */
export interface Confirmation {
  /** Details a primary source confirmed within the last 12 months. */
  confirmed: readonly ServiceDetail[];
  /** The primary sources, with the day each was checked and what it confirms. */
  primarySources: readonly { checked: Date; confirms: readonly ServiceDetail[] }[];
}

export interface OrukOrganisation {
  /** Stable UUID, from the organisation's name. */
  id: string;
  /** The name the directory gives it. */
  name: string;
  /** What it runs in the directory (ORUK requires a description). */
  description: string;
}

export interface OrukPhone {
  /** Stable UUID, from the service and what the line is. */
  id: string;
  /** The contact that lists it. */
  contact_id: string;
  /** The number as people read it, e.g. "0808 2000 247". */
  number: string;
  /** How to use it when it is not a plain call: text, Relay UK, textphone, or the line's label. */
  description?: string;
}

/** An ORUK contact. ORUK 3.0 gives a contact no phones field; `phones` is HSDS 3.0's own. */
export interface OrukContact {
  /** Stable UUID, from the service. */
  id: string;
  /** The service it belongs to. */
  service_id: string;
  /** The service's name: the contact is the service's own lines, not a person. */
  name: string;
  /** The service's confirmed numbers. */
  phones: OrukPhone[];
}

export interface OrukSchedule {
  /** Stable UUID, from the service and the period. */
  id: string;
  /** The service it belongs to. */
  service_id: string;
  /** Every period repeats weekly. */
  freq: 'WEEKLY';
  /** iCal days, e.g. "MO,TU,WE". */
  byday: string;
  /** "HH:MM", UK local time. */
  opens_at: string;
  /** "HH:MM", UK local time; 23:59 for a line open until midnight. */
  closes_at: string;
  /** The period in words, as the site shows it. */
  description: string;
  /** Says the times are UK local time. */
  notes: string;
}

export interface OrukServiceArea {
  /** Stable UUID, from the service. */
  id: string;
  /** The service it belongs to. */
  service_id: string;
  /** Where it works, in the words its page uses. */
  name: string;
}

export interface OrukService {
  /** Stable UUID, from the entry's file name. */
  id: string;
  /** The organisation that runs it. */
  organization_id: string;
  /** Its name. */
  name: string;
  /** What it does, its former name, and who it is for when confirmed. */
  description: string;
  /** Its confirmed website, or its confirmed online form when it has no website. */
  url?: string;
  /** Its confirmed email address. */
  email?: string;
  /** Every service in the directory is running. */
  status: 'active';
  /** The newest day a primary source confirmed a published detail, YYYY-MM-DD. */
  assured_date?: string;
  /** The organisation, in full. */
  organization: OrukOrganisation;
  /** Its confirmed numbers, as one contact; empty when none is confirmed. */
  contacts: OrukContact[];
  /** Its confirmed opening times; empty when not confirmed. */
  schedules: OrukSchedule[];
  /** Where it works. */
  service_areas: OrukServiceArea[];
}

const icalDays: Record<Weekday, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };

/** Where a service works, in the words its own page uses. */
export function coverageInWords(coverage: DirectoryEntry['data']['coverage']): string {
  if (coverage === 'national') return 'Across the UK or England and Wales';
  if (coverage === 'norfolk') return 'All of Norfolk';
  return coverage.map((slug) => districtFor(slug).label).join(', ');
}

/** The organisation's name: the entry's `organisation`, or the service itself when it has none. */
export const organisationName = (entry: DirectoryEntry): string => entry.data.organisation ?? entry.data.title;

/** Each organisation once, described by the services it runs in the directory. */
export function organisationsOf(entries: readonly DirectoryEntry[]): Map<string, OrukOrganisation> {
  const byName = new Map<string, DirectoryEntry[]>();
  for (const entry of entries) {
    const name = organisationName(entry);
    byName.set(name, [...(byName.get(name) ?? []), entry]);
  }
  return new Map(
    [...byName].map(([name, runs]) => {
      const ownEntry = runs.length === 1 && runs[0]!.data.organisation === undefined ? runs[0] : undefined;
      const description = ownEntry
        ? ownEntry.data.summary
        : `Runs ${listInWords(runs.map((entry) => entry.data.title))}.`;
      return [name, { id: recordId.organisation(name), name, description }];
    }),
  );
}

/** One schedule per weekly period; ORUK has no "24 hours", so 00:00 to 23:59 stands for it. */
export function schedulesOf(serviceId: string, hours: OpeningHours): OrukSchedule[] {
  const notes = `Times are UK local time (${dataTimeZone}).`;
  const serviceUuid = recordId.service(serviceId);
  const periods: readonly OpeningPeriod[] =
    hours.kind === 'always' ? [{ days: weekdays, opens: '00:00', closes: '24:00' }] : hours.kind === 'weekly' ? hours.periods : [];
  return periods.map((period) => ({
    id: recordId.schedule(serviceId, period),
    service_id: serviceUuid,
    freq: 'WEEKLY',
    byday: weekdays.filter((day) => period.days.includes(day)).map((day) => icalDays[day]).join(','),
    opens_at: period.opens,
    closes_at: period.closes === '24:00' ? '23:59' : period.closes,
    description:
      hours.kind === 'always'
        ? describeHours(hours)[0]!
        : `${describeDays(period.days)}: ${formatTime(period.opens)} to ${formatTime(period.closes)}`,
    notes,
  }));
}

const phoneWords: Record<PhoneKind, string | undefined> = {
  call: undefined,
  text: 'Text this number.',
  relay: 'Relay UK: dial 18001, then this number.',
  textphone: 'Textphone.',
};

/** The service's numbers as one contact, or no contact when no number is confirmed. */
export function contactsOf(entry: DirectoryEntry, confirmed: readonly ServiceDetail[]): OrukContact[] {
  if (!confirmed.includes('phones') || entry.data.phones.length === 0) return [];
  const contactId = recordId.contact(entry.id);
  const phones = entry.data.phones.map((phone): OrukPhone => {
    const words = [phoneWords[phone.kind], phone.label].filter((part): part is string => part !== undefined);
    return {
      id: recordId.phone(entry.id, phone),
      contact_id: contactId,
      number: phone.display,
      ...(words.length > 0 ? { description: words.join(' ') } : {}),
    };
  });
  return [{ id: contactId, service_id: recordId.service(entry.id), name: entry.data.title, phones }];
}

/** The newest day a primary source confirmed one of the details that go out, as YYYY-MM-DD. */
export function assuredDate(confirmation: Confirmation): string | undefined {
  const days = confirmation.primarySources
    .filter((source) => source.confirms.some((detail) => confirmation.confirmed.includes(detail)))
    .map((source) => source.checked.getTime());
  return days.length > 0 ? new Date(Math.max(...days)).toISOString().slice(0, 10) : undefined;
}

/** What the service does, then its former name and, when confirmed, who it is for. */
function descriptionOf(entry: DirectoryEntry, confirmed: readonly ServiceDetail[]): string {
  const { title, summary, formerly, eligibility } = entry.data;
  const parts = [summary];
  if (formerly) parts.push(`${title} was called ${formerly} until recently.`);
  if (eligibility && confirmed.includes('eligibility')) parts.push(`Who it is for: ${eligibility}`);
  return parts.join(' ');
}

/** One entry as an ORUK service, given its organisation and what its sources confirm. */
export function toOrukService(entry: DirectoryEntry, confirmation: Confirmation, organisation: OrukOrganisation): OrukService {
  const { confirmed } = confirmation;
  const serviceUuid = recordId.service(entry.id);
  const { website, onlineForm, email } = entry.data;
  // ORUK has one address per service: the website, or the form when the service is reached by one.
  const url = website && confirmed.includes('website') ? website : onlineForm && confirmed.includes('onlineForm') ? onlineForm.url : undefined;
  const assured = assuredDate(confirmation);
  return {
    id: serviceUuid,
    organization_id: organisation.id,
    name: entry.data.title,
    description: descriptionOf(entry, confirmed),
    ...(url ? { url } : {}),
    ...(email && confirmed.includes('email') ? { email } : {}),
    status: 'active',
    ...(assured ? { assured_date: assured } : {}),
    organization: organisation,
    contacts: contactsOf(entry, confirmed),
    schedules: confirmed.includes('hours') ? schedulesOf(entry.id, entry.data.hours) : [],
    service_areas: [{ id: recordId.serviceArea(entry.id), service_id: serviceUuid, name: coverageInWords(entry.data.coverage) }],
  };
}

/** Every entry as an ORUK service, in the order given, sharing one record per organisation. */
export function toOrukServices(entries: readonly { entry: DirectoryEntry; confirmation: Confirmation }[]): OrukService[] {
  const organisations = organisationsOf(entries.map(({ entry }) => entry));
  return entries.map(({ entry, confirmation }) =>
    toOrukService(entry, confirmation, organisations.get(organisationName(entry))!),
  );
}
