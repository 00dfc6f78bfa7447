// How much text one briefing may be. A real briefing is ~12 KB; the limit leaves room for long
// ones while keeping one text from tying up extraction (time grows with length) or memory.
// parseBriefing enforces it for every way in (files, the API, drafts); readBriefingFile also
// refuses a larger file before reading it.
import { InputError } from '../errors.js';

/** Longest briefing text accepted, in UTF-8 bytes: 2 MB. */
export const MAX_BRIEFING_BYTES = 2 * 1024 * 1024;

/** Refuses a text over the limit with a one-line InputError naming `label` and the limit. */
export function checkTextSize(text: string, label: string, field = 'text'): void {
  // Up to 3 UTF-8 bytes per UTF-16 unit: short texts need no count.
  if (text.length * 3 <= MAX_BRIEFING_BYTES) return;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_BRIEFING_BYTES) {
    throw new InputError(`${label} is ${bytes} bytes; the limit is ${MAX_BRIEFING_BYTES} bytes (2 MB) per briefing`, field);
  }
}
