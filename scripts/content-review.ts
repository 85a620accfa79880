/**
 * What is due for checking in the services directory and on district pages: details whose last
 * check is older than 6 months, details no primary source confirms, entries that only have
 * secondary sources, notes of details still to check, and briefings past their review date.
 *
 *   node --experimental-strip-types scripts/content-review.ts [--json] [--today YYYY-MM-DD]
 *
 * It never fails on age: the build refuses false claims; this report is for the people who keep
 * the content current.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  addMonths,
  reviewAfterMonths,
  shownDistrictDetails,
  shownServiceDetails,
  verificationOf,
  type Detail,
  type SourceRecord,
} from '../src/lib/verification.ts';

// js-yaml is the YAML parser Astro reads content with; it ships no types, so it is given the one signature used.
const { load: loadYaml } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

const root = fileURLToPath(new URL('..', import.meta.url));

interface RawSource {
  title: string;
  url?: string;
  checked: Date;
  primary: boolean;
  confirms?: Detail[];
}

export interface ReviewItem {
  file: string;
  /** What is due: a detail, a source or a date. */
  what: string;
  /** Why it is listed. */
  reason: 'unconfirmed' | 'check is over 6 months old' | 'confirmation is over 12 months old' | 'secondary sources only' | 'still to check' | 'review date passed';
}

type Raw = Record<string, unknown>;

const readYaml = (file: string): Raw => (loadYaml(readFileSync(join(root, file), 'utf8')) ?? {}) as Raw;
const filesIn = (folder: string, extension: string) =>
  readdirSync(join(root, folder))
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => `${folder}/${name}`);

function sourcesOf(raw: Raw): SourceRecord[] {
  return ((raw['sources'] as RawSource[] | undefined) ?? []).map((source) => ({ ...source, confirms: source.confirms ?? [] }));
}

function reviewEntry(file: string, shown: Detail[], raw: Raw, today: Date): ReviewItem[] {
  const sources = sourcesOf(raw);
  const verification = verificationOf(shown, sources, today);
  const items: ReviewItem[] = [];
  for (const detail of verification.unconfirmed) items.push({ file, what: detail, reason: 'unconfirmed' });
  for (const detail of verification.stale) items.push({ file, what: detail, reason: 'confirmation is over 12 months old' });
  const dueBefore = addMonths(today, -reviewAfterMonths);
  for (const source of sources) {
    if (source.checked.getTime() < dueBefore.getTime()) {
      items.push({ file, what: `${source.title} (checked ${source.checked.toISOString().slice(0, 10)})`, reason: 'check is over 6 months old' });
    }
  }
  if (sources.length > 0 && verification.primarySources.length === 0) {
    items.push({ file, what: sources.map((source) => source.title).join('; '), reason: 'secondary sources only' });
  }
  for (const note of (raw['toCheck'] as string[] | undefined) ?? []) items.push({ file, what: note, reason: 'still to check' });
  return items;
}

function hoursShape(raw: Raw) {
  return { kind: raw['hours'] === undefined ? 'unknown' : 'known' };
}

export function contentReview(today: Date): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const file of filesIn('content/services', '.yaml')) {
    const raw = readYaml(file);
    const shown = shownServiceDetails({
      phones: (raw['phones'] as unknown[] | undefined) ?? [],
      email: raw['email'] as string | undefined,
      website: raw['website'] as string | undefined,
      onlineForm: raw['onlineForm'],
      hours: hoursShape(raw),
      eligibility: raw['eligibility'] as string | undefined,
    });
    items.push(...reviewEntry(file, shown, raw, today));
  }
  for (const file of filesIn('content/districts', '.yaml')) {
    const raw = readYaml(file);
    const council = (raw['council'] ?? {}) as { website?: string; phone?: unknown };
    const shown = shownDistrictDetails({ council, asbPage: raw['asbPage'] as string | undefined, asbReporting: String(raw['asbReporting'] ?? '') });
    items.push(...reviewEntry(file, shown, raw, today));
  }
  for (const file of filesIn('content/briefings', '.mdx')) {
    const reviewBy = /^reviewBy:\s*(\d{4}-\d{2}-\d{2})\s*$/m.exec(readFileSync(join(root, file), 'utf8'))?.[1];
    if (reviewBy && new Date(`${reviewBy}T00:00:00Z`).getTime() < today.getTime()) {
      items.push({ file, what: `reviewBy ${reviewBy}`, reason: 'review date passed' });
    }
  }
  return items;
}

function printTable(items: ReviewItem[], today: Date): void {
  console.log(`Content review on ${today.toISOString().slice(0, 10)}: ${items.length} item(s) due.\n`);
  const byReason = new Map<string, ReviewItem[]>();
  for (const item of items) byReason.set(item.reason, [...(byReason.get(item.reason) ?? []), item]);
  for (const [reason, group] of byReason) {
    console.log(`## ${reason} (${group.length})`);
    for (const item of group) console.log(`- ${item.file}: ${item.what}`);
    console.log('');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const todayArgument = process.argv.indexOf('--today');
  const today = todayArgument > 0 ? new Date(`${process.argv[todayArgument + 1]}T00:00:00Z`) : new Date();
  const items = contentReview(today);
  if (process.argv.includes('--json')) console.log(JSON.stringify({ today: today.toISOString().slice(0, 10), items }, null, 2));
  else printTable(items, today);
}
