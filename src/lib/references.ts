/** Finds the references to other entries inside an entry's data, with the field path of each. */

export interface FoundReference {
  /** Where the reference sits, e.g. `report[0].service`. */
  field: string;
  collection: string;
  id: string;
}

const isReference = (value: unknown): value is { collection: string; id: string } =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length === 2 &&
  typeof (value as { collection?: unknown }).collection === 'string' &&
  typeof (value as { id?: unknown }).id === 'string';

export function findReferences(data: unknown, field = ''): FoundReference[] {
  if (isReference(data)) return [{ field, collection: data.collection, id: data.id }];
  if (Array.isArray(data)) return data.flatMap((item, index) => findReferences(item, `${field}[${index}]`));
  if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => findReferences(value, field ? `${field}.${key}` : key));
  }
  return [];
}
