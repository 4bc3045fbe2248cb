/**
 * Turning a corpus file's bytes into text: shared by the build (files in seeds/) and the options page (files a
 * user picks), so both reject the same things with the same words.
 */
import { CorpusError } from '../errors';

/**
 * Decodes one corpus file (UTF-8, or UTF-16 with a byte-order mark), rejecting what is not prose; errors name
 * the file.
 */
export function decodeCorpusFile(name: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new CorpusError(name, 'is empty');
  // Windows' "Unicode" text files are UTF-16 with a byte-order mark: full of NUL bytes, yet text.
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : null;
  if (utf16 === null && bytes.includes(0))
    throw new CorpusError(name, 'is binary (contains NUL bytes), not a text file');
  let text: string;
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CorpusError(name, `is not valid ${utf16 === null ? 'UTF-8' : 'UTF-16'}; re-save it as UTF-8`);
  }
  // UTF-8 was checked byte by byte above; a UTF-16 NUL is two bytes, seen only once decoded.
  if (utf16 !== null && text.includes('\u0000'))
    throw new CorpusError(name, 'is binary (contains NUL characters), not a text file');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new CorpusError(name, 'contains only white space');
  return text;
}
