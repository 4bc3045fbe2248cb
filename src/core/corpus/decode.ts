/**
 * Turning a corpus file's bytes into text: shared by the build (files in seeds/) and the options page (files a
 * user picks), so both reject the same things with the same words.
 */
import { CorpusError } from '../errors';

/** Decodes one corpus file, rejecting what is not UTF-8 prose; errors name the file. */
export function decodeCorpusFile(name: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new CorpusError(name, 'is empty');
  if (bytes.includes(0)) throw new CorpusError(name, 'is binary (contains NUL bytes), not a text file');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CorpusError(name, 'is not valid UTF-8; re-save it as UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new CorpusError(name, 'contains only white space');
  return text;
}
