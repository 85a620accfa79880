/**
 * The open data files as whole documents: the ORUK services list with what it follows and its
 * licence, and the campaigns list. Routes call these; tests call them with example entries.
 */
import { recordId } from './ids';
import { dataLicence, dataTimeZone, openReferralUk, type DataLicence } from './metadata';
import type { OrukService } from './oruk';

/** What each file says about itself, next to its records. */
export interface DatasetAbout {
  /** The file's title. */
  title: string;
  /** Who publishes it. */
  publisher: string;
  /** When the site, and so the file, was built: an ISO 8601 date and time in UTC. */
  built: string;
  /** The licence it is published under. */
  license: DataLicence;
}

/**
 * The services file. Its shape is the Page an ORUK API returns for /services (one page holding
 * every service), so ORUK tools can read it; the fields around `contents` say what it follows.
 */
export interface ServicesDocument extends DatasetAbout {
  /** The ORUK version, as an ORUK API's root response names it. */
  version: string;
  /** Where the ORUK profile is described. */
  profile: string;
  /** The time zone of every opening time in the file. */
  timezone: string;
  /** How many services the file holds. */
  total_items: number;
  /** Always 1: the file is one page. */
  total_pages: number;
  /** Always 1. */
  page_number: number;
  /** How many services this page holds: all of them. */
  size: number;
  /** Always true. */
  first_page: boolean;
  /** Always true. */
  last_page: boolean;
  /** True only if the directory had no services. */
  empty: boolean;
  /** Every service, in full: organisation, contact and phones, schedules and area. */
  contents: OrukService[];
}

export function servicesDocument(about: Omit<DatasetAbout, 'license'>, services: OrukService[]): ServicesDocument {
  return {
    ...about,
    license: dataLicence,
    version: openReferralUk.versionTag,
    profile: openReferralUk.schemata,
    timezone: dataTimeZone,
    total_items: services.length,
    total_pages: 1,
    page_number: 1,
    size: services.length,
    first_page: true,
    last_page: true,
    empty: services.length === 0,
    contents: services,
  };
}

/** A service a campaign sends readers to: its name on this site and its id in the ORUK file. */
export interface CampaignServiceRef {
  /** The service's file name, as in its page address. */
  service: string;
  /** The service's id in services.json. */
  oruk_id: string;
}

/** The parts of a campaign the campaigns file publishes; each field is described in src/content.config.ts. */
export interface CampaignEntry {
  id: string;
  data: {
    title: string;
    summary: string;
    keyMessage: string;
    topic: string;
    audiences: readonly string[];
    published: Date;
    updated?: Date | undefined;
    report: readonly { service: { id: string }; when: string }[];
    support: readonly { id: string }[];
    primaryLines: readonly { id: string }[];
  };
}

export interface CampaignRecord {
  /** The campaign's folder name, as in its page address. */
  id: string;
  /** Its name. */
  title: string;
  /** What it is about, in one sentence. */
  summary: string;
  /** The topic it covers. */
  topic: string;
  /** Who it speaks to. */
  audiences: string[];
  /** The one thing to remember. */
  keyMessage: string;
  /** The full address of its page. */
  url: string;
  /** When it was first published, YYYY-MM-DD. */
  published: string;
  /** When it last changed in a way readers should know about, YYYY-MM-DD. */
  updated?: string;
  /** Ways to report, emergency first, each with when to use it. */
  report: (CampaignServiceRef & { when: string })[];
  /** Services that give support. */
  support: CampaignServiceRef[];
  /** The one or two lines the campaign puts first. */
  primaryLines: CampaignServiceRef[];
}

const serviceRef = (id: string): CampaignServiceRef => ({ service: id, oruk_id: recordId.service(id) });
const day = (date: Date) => date.toISOString().slice(0, 10);

/** One campaign as a record; `url` is the full address of its page. */
export function campaignRecord(campaign: CampaignEntry, url: string): CampaignRecord {
  const { data } = campaign;
  return {
    id: campaign.id,
    title: data.title,
    summary: data.summary,
    topic: data.topic,
    audiences: [...data.audiences],
    keyMessage: data.keyMessage,
    url,
    published: day(data.published),
    ...(data.updated ? { updated: day(data.updated) } : {}),
    report: data.report.map((route) => ({ ...serviceRef(route.service.id), when: route.when })),
    support: data.support.map((ref) => serviceRef(ref.id)),
    primaryLines: data.primaryLines.map((ref) => serviceRef(ref.id)),
  };
}

export interface CampaignsDocument extends DatasetAbout {
  /** How many campaigns the file holds. */
  total_items: number;
  /** Every campaign, by title. */
  campaigns: CampaignRecord[];
}

export function campaignsDocument(about: Omit<DatasetAbout, 'license'>, campaigns: CampaignRecord[]): CampaignsDocument {
  return { ...about, license: dataLicence, total_items: campaigns.length, campaigns };
}
