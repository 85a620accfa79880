/**
 * Astro reports a reference to a missing entry but still builds. This check makes it fatal, and
 * names the file and field so an editor can fix it.
 */
import { getCollection, getEntry, type CollectionKey } from 'astro:content';
import { findReferences } from '../lib/references';

export async function assertReferencesResolve(collections: readonly CollectionKey[]): Promise<void> {
  const problems: string[] = [];
  for (const collection of collections) {
    for (const entry of await getCollection(collection)) {
      for (const reference of findReferences(entry.data)) {
        const target = await getEntry(reference.collection as CollectionKey, reference.id);
        if (!target) {
          problems.push(
            `${entry.filePath ?? `${collection} entry "${entry.id}"`}, field "${reference.field}": ` +
              `there is no ${reference.collection} entry "${reference.id}"`,
          );
        }
      }
    }
  }
  if (problems.length > 0) throw new Error(`Broken references in content:\n  ${problems.join('\n  ')}`);
}
