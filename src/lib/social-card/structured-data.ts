/**
 * schema.org structured data (JSON-LD) for the pages where search engines can use it: the partnership
 * on the home page, and each service's phone numbers and opening hours on its page. Built from the
 * same typed data the pages show, so a number is still written only once.
 */
import type { OpeningHours, Weekday } from '../hours';
import type { PhoneKind } from '../phone';
import { districtFor, type DistrictSlug } from '../taxonomy';
import { partnershipName, siteName } from '../site';

type JsonLd = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | JsonLd | JsonLdValue[];

const schemaDay: Record<Weekday, string> = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
};
const everyDay = Object.keys(schemaDay) as Weekday[];

/** schema.org times are xsd:time, which has no 24:00; the last minute of the day stands for it. */
const schemaTime = (time: string) => (time === '24:00' ? '23:59' : time);

/** Opening hours as schema.org OpeningHoursSpecification; none when the hours are not known. */
export function openingHoursSpecification(hours: OpeningHours): JsonLd[] {
  if (hours.kind === 'unknown') return [];
  const periods = hours.kind === 'always' ? [{ days: everyDay, opens: '00:00', closes: '23:59' }] : hours.periods;
  return periods.map((period) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: period.days.map((day) => schemaDay[day]),
    opens: schemaTime(period.opens),
    closes: schemaTime(period.closes),
  }));
}

const norfolk: JsonLd = { '@type': 'AdministrativeArea', name: 'Norfolk' };

/** The home page: the partnership behind the site, and the site itself. */
export function partnershipJsonLd(siteUrl: URL): JsonLd {
  const organisationId = new URL('/#partnership', siteUrl).href;
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'GovernmentOrganization',
        '@id': organisationId,
        name: partnershipName,
        alternateName: siteName,
        url: new URL('/', siteUrl).href,
        areaServed: norfolk,
      },
      {
        '@type': 'WebSite',
        name: siteName,
        url: new URL('/', siteUrl).href,
        inLanguage: 'en-GB',
        publisher: { '@id': organisationId },
      },
    ],
  };
}

/** The parts of a service the structured data describes (the service collection's entries fit it). */
export interface ServiceFacts {
  title: string;
  summary: string;
  organisation?: string | undefined;
  website?: string | undefined;
  email?: string | undefined;
  onlineForm?: { url: string; label: string } | undefined;
  phones: readonly { dial: string; kind: PhoneKind; label?: string | undefined }[];
  hours: OpeningHours;
  coverage: 'national' | 'norfolk' | readonly DistrictSlug[];
}

const phoneKindWords: Record<PhoneKind, string> = {
  call: 'Phone',
  text: 'Text message',
  relay: 'Relay UK: dial 18001 then this number',
  textphone: 'Textphone',
};

/** Where the service works; a national service names no area, since "national" varies by service. */
function areaServed(coverage: ServiceFacts['coverage']): JsonLd | JsonLd[] | undefined {
  if (coverage === 'national') return undefined;
  if (coverage === 'norfolk') return norfolk;
  return coverage.map((slug) => ({
    '@type': 'AdministrativeArea',
    name: districtFor(slug).label,
    containedInPlace: norfolk,
  }));
}

/** A service page: the service, who runs it, and how and when to reach it. */
export function serviceJsonLd(service: ServiceFacts, pageUrl: URL): JsonLd {
  const hours = openingHoursSpecification(service.hours);
  const withHours = hours.length > 0 ? { hoursAvailable: hours } : {};
  const area = areaServed(service.coverage);
  const contactPoints: JsonLd[] = service.phones.map((phone) => ({
    '@type': 'ContactPoint',
    telephone: phone.dial,
    contactType: phone.label ? `${phoneKindWords[phone.kind]}: ${phone.label}` : phoneKindWords[phone.kind],
    availableLanguage: 'en-GB',
    ...withHours,
  }));
  const provider: JsonLd = {
    '@type': 'Organization',
    name: service.organisation ?? service.title,
    ...(service.website ? { url: service.website } : {}),
    ...(service.email ? { email: service.email } : {}),
    ...(contactPoints.length > 0 ? { contactPoint: contactPoints } : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Service',
    name: service.title,
    description: service.summary,
    url: pageUrl.href,
    provider,
    ...(area ? { areaServed: area } : {}),
    ...withHours,
    ...(service.onlineForm
      ? {
          availableChannel: {
            '@type': 'ServiceChannel',
            name: service.onlineForm.label,
            serviceUrl: service.onlineForm.url,
          },
        }
      : {}),
  };
}

/**
 * The JSON for a <script type="application/ld+json"> data block. "<" is escaped so no value can
 * close the element ("</script>") or open a comment; JSON parsers read \u003c as "<".
 */
export function jsonLdText(data: JsonLd): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
