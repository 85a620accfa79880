/** Relations in the web editor's configuration that point at a collection kept in one YAML list. */
import type { Collection, Field } from '@sveltia/cms';

/**
 * A relation to a collection kept in one YAML list (such as the Get help situations) must name
 * that file and pick from its items; relations are made before the target's shape is known, so
 * they are completed here, once every collection is.
 */
export function linkFileRelations(collections: Collection[]): Collection[] {
  const files = new Map<string, { file: string; display: string }>();
  for (const collection of collections) {
    if (!('files' in collection) || !collection.files) continue;
    const [file] = collection.files;
    const items = file?.fields?.[0];
    const summary = items && 'summary' in items ? /fields\.(\w+)/.exec(String(items.summary))?.[1] : undefined;
    if (file) files.set(collection.name, { file: file.name, display: summary ?? 'id' });
  }
  const link = (field: Field): Field => {
    const linked: Record<string, unknown> = { ...field };
    if ('widget' in field && field.widget === 'relation' && 'collection' in field && files.has(String(field.collection))) {
      const { file, display } = files.get(String(field.collection))!;
      Object.assign(linked, { file, value_field: 'items.*.id', search_fields: [`items.*.${display}`], display_fields: [`items.*.${display}`] });
    }
    if ('fields' in field && Array.isArray(field.fields)) linked.fields = field.fields.map(link);
    if ('field' in field && field.field) linked.field = link(field.field as Field);
    return linked as Field;
  };
  return collections.map((collection) => {
    if ('fields' in collection && Array.isArray(collection.fields)) return { ...collection, fields: collection.fields.map(link) } as Collection;
    if ('files' in collection && Array.isArray(collection.files)) {
      return { ...collection, files: collection.files.map((file) => ({ ...file, fields: file.fields?.map(link) })) } as Collection;
    }
    return collection;
  });
}
