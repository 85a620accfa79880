/**
 * Stable identifiers for open data records. Open Referral wants a UUID on every record, and people
 * who reuse the data match records across downloads by it, so the same service must get the same
 * id in every build: a name-based (version 5) UUID of the entry's file name, never a random one.
 */
import { createHash } from 'node:crypto';

/** The site's own namespace for name-based UUIDs. Changing it changes every published id. */
export const idNamespace = '25b53b51-e193-4452-a256-43c240e8715d';

/** A version 5 UUID (RFC 9562, SHA-1) of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string = idNamespace): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (namespaceBytes.length !== 16) throw new Error(`"${namespace}" is not a UUID`);
  const hash = createHash('sha1').update(namespaceBytes).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Each kind of record has its own names, so a service and a phone can never share an id. */
export const recordId = {
  service: (serviceId: string) => uuidV5(`service/${serviceId}`),
  organisation: (name: string) => uuidV5(`organisation/${name}`),
  contact: (serviceId: string) => uuidV5(`contact/${serviceId}`),
  /** Named by what the line is, not its place in the list, so reordering keeps the ids. */
  phone: (serviceId: string, line: { kind: string; display: string; label?: string | undefined }) =>
    uuidV5(`phone/${serviceId}/${line.kind}/${line.display}/${line.label ?? ''}`),
  schedule: (serviceId: string, period: { days: readonly string[]; opens: string; closes: string }) =>
    uuidV5(`schedule/${serviceId}/${period.days.join(',')}/${period.opens}/${period.closes}`),
  serviceArea: (serviceId: string) => uuidV5(`service-area/${serviceId}`),
} as const;
