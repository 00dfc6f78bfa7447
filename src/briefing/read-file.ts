import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { MAX_BRIEFING_BYTES } from './limits.js';

/**
 * Reads a briefing file as UTF-8 text, refusing with a one-line `InputError` naming the file:
 * a missing file, a directory, a file over the size limit, a binary file, a file that is not UTF-8,
 * an empty text.
 */
export async function readBriefingFile(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(`${path} is a directory, not a briefing text file`, 'FILE');
    // Refused before reading: a huge file never reaches memory.
    if (info.size > MAX_BRIEFING_BYTES)
      throw new InputError(`${path} is ${info.size} bytes; the limit is ${MAX_BRIEFING_BYTES} bytes (2 MB) per briefing`, 'FILE');
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(`${path}: no such file`, 'FILE');
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`${path} cannot be read (permission denied)`, 'FILE');
    if (code === 'EISDIR') throw new InputError(`${path} is a directory, not a briefing text file`, 'FILE');
    throw err;
  }
  if (bytes.includes(0)) throw new InputError(`${path} is a binary file (it contains NUL bytes), not a briefing text`, 'FILE');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${path} is not UTF-8 text; convert it to UTF-8 first`, 'FILE');
  }
  if (text.trim() === '') throw new InputError(`${path} is empty (no text to read)`, 'FILE');
  return text;
}
