/**
 * Long text packed small for storage.session, whose 10 MB quota counts a string by its length. The extended
 * index of FA-KES's 1.5 million characters is 4.91 MB of JSON, and gzip, as base64 text, brings it to 1.66 MB,
 * a third. CompressionStream is built into browsers and Node alike, so nothing is bundled for it.
 */

/** Characters turned into one string at a time from bytes: String.fromCharCode takes its arguments on the stack. */
const CHUNK = 0x8000;

async function streamed(
  bytes: Uint8Array,
  through: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(through);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** `text` gzipped, as base64. */
export async function packText(text: string): Promise<string> {
  const bytes = await streamed(new TextEncoder().encode(text), new CompressionStream('gzip'));
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** The text packText packed; throws on anything else (not base64, not gzip, not UTF-8). */
export async function unpackText(packed: string): Promise<string> {
  const binary = atob(packed);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const text = await streamed(bytes, new DecompressionStream('gzip'));
  return new TextDecoder('utf-8', { fatal: true }).decode(text);
}
