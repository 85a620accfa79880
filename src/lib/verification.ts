/**
 * What we know to be true about a service or a district, and how we know it. A detail shown to
 * readers (a number, an address, opening hours) counts as confirmed only when a primary source (a
 * page run by the service itself or by the public body responsible for it) says so, and someone
 * checked that page in the last 12 months. Whether an entry is "verified" is worked out here from
 * its sources; nobody types it.
 */
// No imports: the content review script runs this file directly with Node.

/** The details of a service that readers rely on, each confirmed separately. */
export const serviceDetails = ['phones', 'email', 'website', 'onlineForm', 'hours', 'eligibility'] as const;
/** The details of a district page that readers rely on. */
export const districtDetails = ['councilWebsite', 'councilPhone', 'asbPage', 'asbReporting'] as const;

export type ServiceDetail = (typeof serviceDetails)[number];
export type DistrictDetail = (typeof districtDetails)[number];
export type Detail = ServiceDetail | DistrictDetail;

/** How each detail is named to readers, e.g. in "We are checking the phone numbers". */
export const detailLabels: Record<Detail, string> = {
  phones: 'the phone numbers',
  email: 'the email address',
  website: 'the website address',
  onlineForm: 'the online form',
  hours: 'the opening hours',
  eligibility: 'who the service is for',
  councilWebsite: "the council's website address",
  councilPhone: "the council's phone number",
  asbPage: "the council's anti-social behaviour page",
  asbReporting: 'how to report anti-social behaviour here',
};

/** A confirmation is good for this long; after it, the detail is due for a new check. */
export const confirmationLifetimeMonths = 12;
/** Checks older than this are listed as due by `npm run content:review`. */
export const reviewAfterMonths = 6;

export interface SourceRecord<D extends Detail = Detail> {
  url?: string | undefined;
  title: string;
  checked: Date;
  primary: boolean;
  confirms: D[];
}

export interface ClaimProblem {
  /** The field path, e.g. ['sources', 1, 'confirms']. */
  path: (string | number)[];
  message: string;
}

/**
 * The claims an entry makes that its sources cannot back: a secondary page that "confirms" a
 * detail, a confirmation of a detail the entry does not give, or a check dated in the future.
 */
export function falseClaims<D extends Detail>(
  shown: readonly D[],
  sources: readonly SourceRecord<D>[],
  today: Date = new Date(),
): ClaimProblem[] {
  const problems: ClaimProblem[] = [];
  sources.forEach((source, index) => {
    if (source.checked.getTime() > today.getTime()) {
      problems.push({ path: ['sources', index, 'checked'], message: 'a check cannot be dated in the future' });
    }
    if (source.confirms.length > 0 && !source.primary) {
      problems.push({
        path: ['sources', index, 'confirms'],
        message:
          'a secondary source (news, a directory, another council) cannot confirm a detail. ' +
          'Check the detail on a page run by the service or the public body responsible, and add that page with primary: true',
      });
    }
    for (const detail of source.confirms) {
      if (!shown.includes(detail)) {
        problems.push({
          path: ['sources', index, 'confirms'],
          message: `confirms "${detail}", but the entry gives no ${detail}. Remove it from confirms`,
        });
      }
    }
  });
  return problems;
}

export interface Verification<D extends Detail = Detail> {
  /** Shown details that a primary source confirmed within the last 12 months. */
  confirmed: D[];
  /** Shown details a primary source confirmed, but more than 12 months ago. */
  stale: D[];
  /** Shown details no primary source confirms. */
  unconfirmed: D[];
  /** True when every shown detail is confirmed and current. */
  verified: boolean;
  /** The primary sources, newest check first: what readers are told. */
  primarySources: SourceRecord<D>[];
}

/** Adds whole months in UTC, so "12 months after 29 February" is the end of February. */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/** Works out which of the shown details are confirmed, from the sources alone. */
export function verificationOf<D extends Detail>(
  shown: readonly D[],
  sources: readonly SourceRecord<D>[],
  today: Date = new Date(),
): Verification<D> {
  const primarySources = sources.filter((source) => source.primary).sort((a, b) => b.checked.getTime() - a.checked.getTime());
  const newestCheck = (detail: D) => primarySources.find((source) => source.confirms.includes(detail))?.checked;
  const confirmed: D[] = [];
  const stale: D[] = [];
  const unconfirmed: D[] = [];
  for (const detail of shown) {
    const checked = newestCheck(detail);
    if (!checked) unconfirmed.push(detail);
    else if (addMonths(checked, confirmationLifetimeMonths).getTime() < today.getTime()) stale.push(detail);
    else confirmed.push(detail);
  }
  return {
    confirmed,
    stale,
    unconfirmed,
    verified: stale.length === 0 && unconfirmed.length === 0,
    primarySources,
  };
}

/** Joins labels the GOV.UK way: "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The one sentence readers see when details are not confirmed: what we are checking, and what to do.
 * Never an internal note, and never the word "verified".
 */
export function checkingSentence(verification: Verification, owner = "the service's own website"): string | undefined {
  const { unconfirmed, stale } = verification;
  if (unconfirmed.length === 0 && stale.length === 0) return undefined;
  const parts: string[] = [];
  if (unconfirmed.length > 0) {
    parts.push(`We are checking ${listInWords(unconfirmed.map((detail) => detailLabels[detail]))}.`);
  }
  if (stale.length > 0) {
    parts.push(`We last checked ${listInWords(stale.map((detail) => detailLabels[detail]))} more than a year ago.`);
  }
  return `${parts.join(' ')} Check them on ${owner} before you rely on them.`;
}

/** The details a service entry gives readers, in the order they are listed. */
export function shownServiceDetails(service: {
  phones: readonly unknown[];
  email?: string | undefined;
  website?: string | undefined;
  onlineForm?: unknown;
  hours: { kind: string };
  eligibility?: string | undefined;
}): ServiceDetail[] {
  const present: Record<ServiceDetail, boolean> = {
    phones: service.phones.length > 0,
    email: service.email !== undefined,
    website: service.website !== undefined,
    onlineForm: service.onlineForm !== undefined,
    hours: service.hours.kind !== 'unknown',
    eligibility: service.eligibility !== undefined,
  };
  return serviceDetails.filter((detail) => present[detail]);
}

/** The details a district entry gives readers. */
export function shownDistrictDetails(district: {
  council: { website?: string | undefined; phone?: unknown };
  asbPage?: string | undefined;
  asbReporting: string;
}): DistrictDetail[] {
  const present: Record<DistrictDetail, boolean> = {
    councilWebsite: district.council.website !== undefined,
    councilPhone: district.council.phone !== undefined,
    asbPage: district.asbPage !== undefined,
    asbReporting: true,
  };
  return districtDetails.filter((detail) => present[detail]);
}
