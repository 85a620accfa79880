/**
 * The campaign calendar: on a phone, "running now" and the months come from the dates in
 * content/campaign-calendar.yaml as of the day the page was built, and the .ics feed parses with
 * an iCalendar library and holds every dated period.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';

// js-yaml is the parser Astro reads content with; it ships no types, so it is given the one signature used.
const { load: loadYaml } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

interface Entry {
  id: string;
  campaign: string;
  title: string;
  from: string | Date;
  to: string | Date;
}

const isoDay = (value: string | Date) => (typeof value === 'string' ? value : value.toISOString().slice(0, 10));
const entries = (loadYaml(readFileSync('content/campaign-calendar.yaml', 'utf8')) as Entry[]).map((entry) => ({
  ...entry,
  from: isoDay(entry.from),
  to: isoDay(entry.to),
}));

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('the calendar lists what runs on the day it was built, and every period by month', async ({ page }) => {
  await page.goto('/campaigns/calendar/');
  await expect(page.getByRole('heading', { level: 1, name: 'Campaign calendar' })).toBeVisible();
  const builtOn = await page.locator('time[datetime]').first().getAttribute('datetime');
  expect(builtOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  const runningTitles = entries.filter((entry) => entry.from <= builtOn! && builtOn! <= entry.to).map((entry) => entry.title);
  const running = page.locator('section[aria-labelledby="running-now"] li');
  await expect(running).toHaveCount(runningTitles.length);
  for (const title of new Set(runningTitles)) {
    await expect(running.filter({ hasText: title })).toHaveCount(runningTitles.filter((other) => other === title).length);
  }

  const monthSection = page.locator('section[aria-labelledby="by-month"]');
  const shown = entries.filter((entry) => entry.to >= `${builtOn!.slice(0, 7)}-01`);
  for (const entry of shown) await expect(monthSection.getByText(entry.title, { exact: true }).first()).toBeVisible();
});

test('the campaigns running now are the ones the home page and campaign pages say are running', async ({ page }) => {
  await page.goto('/campaigns/calendar/');
  const builtOn = (await page.locator('time[datetime]').first().getAttribute('datetime'))!;
  const runningCampaigns = [...new Set(entries.filter((entry) => entry.from <= builtOn && builtOn <= entry.to).map((entry) => entry.campaign))];

  await page.goto('/');
  const homeLinks = await page
    .locator('section[aria-labelledby="campaigns-heading"] a[href^="/campaigns/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')).filter((href) => /^\/campaigns\/(?!calendar\/)[^/]+\/$/.test(href ?? '')));
  expect(new Set(homeLinks)).toEqual(new Set(runningCampaigns.map((id) => `/campaigns/${id}/`)));

  for (const id of runningCampaigns) {
    await page.goto(`/campaigns/${id}/`);
    await expect(page.getByText(/^Campaign running now, until /)).toBeVisible();
  }
});

test('the .ics feed parses and holds every dated period, as all-day events', async ({ page, request }) => {
  await page.goto('/campaigns/calendar/');
  const feedLink = page.getByRole('link', { name: 'Download the calendar file (.ics)' });
  const response = await request.get((await feedLink.getAttribute('href'))!);
  expect(response.headers()['content-type']).toContain('text/calendar');

  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  expect(events).toHaveLength(entries.length);
  for (const entry of entries) {
    const event = events.find((candidate) => candidate.uid.startsWith(`${entry.id}@`));
    expect(event, entry.id).toBeDefined();
    expect(event!.startDate.isDate).toBe(true);
    expect(event!.startDate.toString()).toBe(entry.from);
    // All-day events end on the day after their last day.
    const dayAfterLast = new Date(`${entry.to}T00:00:00Z`);
    dayAfterLast.setUTCDate(dayAfterLast.getUTCDate() + 1);
    expect(event!.endDate.toString()).toBe(dayAfterLast.toISOString().slice(0, 10));
    expect(event!.summary).toContain(entry.title);
  }
});
