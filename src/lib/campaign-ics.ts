/**
 * The campaign calendar as an iCalendar feed (RFC 5545), so partners can subscribe in Outlook,
 * Google Calendar or Apple Calendar and see campaign periods arrive and change. Written with
 * ical-generator, a kept library, because line folding, escaping and all-day dates are easy to get
 * subtly wrong by hand.
 */
import ical from 'ical-generator';
import { dayAfter, type CampaignPeriod } from './campaign-calendar';

export interface FeedOptions {
  /** The site's address, for event links and ids. */
  site: URL;
  /** The calendar's name in people's calendar apps. */
  name: string;
  /** The campaign's title, by id. */
  campaignTitle: (campaignId: string) => string;
  /** A campaign's page, by id, as a path. */
  campaignPath: (campaignId: string) => string;
  /** When the feed was made: each event's DTSTAMP. */
  madeOn: Date;
}

export function campaignFeed(periods: readonly CampaignPeriod[], options: FeedOptions): string {
  const calendar = ical({
    name: options.name,
    description: 'When each campaign runs, and the national awareness days and weeks it joins.',
    prodId: { company: options.site.hostname, product: 'campaign-calendar', language: 'EN' },
    url: new URL('/campaigns/calendar/', options.site).href,
    // Campaign dates change rarely; asking apps to look once a day matches the daily rebuild.
    ttl: 24 * 60 * 60,
  });
  for (const period of periods) {
    const url = new URL(options.campaignPath(period.campaignId), options.site).href;
    const joins = period.joins ? `Part of ${period.joins.name} (${period.joins.organiser}). Dates: ${period.joins.url}` : undefined;
    calendar.createEvent({
      id: `${period.id}@${options.site.hostname}`,
      start: period.from,
      // All-day events end on the day after their last day.
      end: dayAfter(period.to),
      allDay: true,
      stamp: options.madeOn,
      summary: `${period.title}: ${options.campaignTitle(period.campaignId)}`,
      description: [period.summary, joins, `Campaign page: ${url}`].filter(Boolean).join('\n\n'),
      url,
    });
  }
  return calendar.toString();
}
