/**
 * Documents that scripts keep up to date: the script writes its section between two markers and
 * leaves whatever people wrote around it alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export interface GeneratedSection {
  /** The script that writes the section, named in the markers. */
  script: string;
  /** The document's title and first paragraph, used when the file does not exist yet. */
  title: string;
  intro: string;
  /** The Markdown to put between the markers. */
  body: string;
}

export function withSection(existing: string | undefined, section: GeneratedSection): string {
  const startMarker = `<!-- Written by ${section.script}: edit outside these markers, not inside. -->`;
  const endMarker = `<!-- End of what ${section.script} writes. -->`;
  const generated = `${startMarker}\n\n${section.body.trim()}\n\n${endMarker}`;
  if (existing === undefined) return `# ${section.title}\n\n${section.intro}\n\n${generated}\n`;
  const start = existing.indexOf(startMarker);
  const end = existing.indexOf(endMarker);
  if (start === -1 || end === -1) return `${existing.trimEnd()}\n\n${generated}\n`;
  return existing.slice(0, start) + generated + existing.slice(end + endMarker.length);
}

/** Writes `section` into the document at `file`, creating it when needed. */
export function updateDocument(file: string, section: GeneratedSection): void {
  let existing: string | undefined;
  try {
    existing = readFileSync(file, 'utf8');
  } catch {
    existing = undefined;
  }
  writeFileSync(file, withSection(existing, section));
}
