/** Site-wide settings and navigation, in one place. */
import { audiences } from './taxonomy';

export const siteName = 'Safer Norfolk';

/**
 * True when the build has no public address (SITE_URL unset): links and QR codes would point at a
 * local preview, so printed pieces carry a PREVIEW mark instead. `npm run build:release` refuses to
 * run in that state.
 */
export const isPreviewBuild = !process.env.SITE_URL;
export const partnershipName = 'Norfolk County Community Safety Partnership';

export interface NavLink {
  href: string;
  label: string;
}

/** The primary navigation, in the order people need it. */
export const primaryNav: readonly NavLink[] = [
  { href: '/get-help/', label: 'Get help' },
  { href: '/campaigns/', label: 'Campaigns' },
  ...audiences.map((audience) => ({ href: audience.hubPath, label: audience.label })),
  { href: '/partners/', label: 'For partners' },
  { href: '/search/', label: 'Search' },
];

/** Links every page carries in its footer. */
export const footerNav: readonly NavLink[] = [
  { href: '/about/', label: 'About the partnership' },
  { href: '/staying-safe-online/', label: 'Staying safe online' },
  { href: '/accessibility/', label: 'Accessibility statement' },
  { href: '/privacy/', label: 'Privacy' },
  { href: '/services/', label: 'Services directory' },
  { href: '/districts/', label: 'Your district' },
  { href: '/news/', label: 'News' },
  { href: '/campaigns/calendar/', label: 'Campaign calendar' },
  { href: '/help-in-your-language/', label: 'Help in your language' },
  { href: '/open-data/', label: 'Open data' },
];

/** True when `href` is the current section, so the navigation can mark it. */
export function isCurrentSection(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname.startsWith(href);
}

/** Where "Exit this page" sends people: a neutral site that gives nothing away. */
export const quickExitUrl = 'https://www.bbc.co.uk/weather';
