/**
 * Byte arrays joined into one, in a buffer of its own. (Node's Buffer.concat may place a small
 * result in a shared pool, which cannot be handed to another thread.)
 */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((total, part) => total + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.byteLength;
  }
  return joined;
}
