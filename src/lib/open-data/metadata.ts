/**
 * What every open data file says about itself: the standard it follows and the licence it is
 * published under. One place, so the files and the "Open data" page can never disagree.
 */

/** The licence the data is published under. */
export interface DataLicence {
  /** Its full name, as readers see it. */
  name: string;
  /** The licence's own page. */
  url: string;
}

/**
 * The licence of all the open data files. The Open Government Licence is the usual licence for
 * UK public bodies; the partnership has still to confirm that it publishes under it. Change this
 * one constant if it chooses another.
 */
export const dataLicence: DataLicence = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
};

/** The standard the services directory follows: Open Referral UK 3.0, the UK profile of HSDS 3.0. */
export const openReferralUk = {
  /** The standard's name. */
  name: 'Open Referral UK',
  /** The version of the standard the files follow. */
  version: '3.0',
  /** How an ORUK API names its version in its root response. */
  versionTag: 'HSDS-UK-3.0',
  /** The standard's own website. */
  site: 'https://openreferraluk.org/',
  /** The standard's reference for its entities and fields. */
  schemata: 'https://openreferraluk.org/developers/schemata',
} as const;

/** Opening times in the files are UK local time, which moves between GMT and BST. */
export const dataTimeZone = 'Europe/London';

/** The files' addresses under the site, in the order the "Open data" page lists them. */
export const openDataFiles = {
  servicesJson: '/open-data/services.json',
  servicesCsv: '/open-data/services.csv',
  campaignsJson: '/open-data/campaigns.json',
} as const;
