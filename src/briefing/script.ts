// Traditional characters (Taiwan, Hong Kong and Macau outlets, many official reprints) read like
// simplified ones: every word list, date word, heading and the jieba dictionary are simplified, so a
// text in 繁體 is read through its simplified VIEW, a string of exactly the same length (UTF-16 units),
// position for position. Offsets found in the view index the original, so what users see (evidence,
// names as written) is cut from the original at the same offsets (extract/surface.ts).
import { createRequire } from 'node:module';
import data from './traditional-chars.json' with { type: 'json' };
import regional from './regional-words.json' with { type: 'json' };

type OpenCC = typeof import('opencc-js/t2cn');
type Convert = (text: string) => string;

/** By UTF-16 code: 1 for a character simplified Chinese never writes (all are in the BMP). */
const TRADITIONAL_ONLY = new Uint8Array(0x10000);
for (let i = 0; i < data.characters.length; i++) TRADITIONAL_ONLY[data.characters.charCodeAt(i)] = 1;
/** Enough of the text to tell its script; the rest is not read for detection. */
const SAMPLE = 4000;
const QUOTES: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };
/** Taiwan/Hong Kong words (晶片, 伺服器) as the mainland names them; every pair has one length, or the view would shift. */
const REGIONAL = new Map<string, string>(Object.entries(regional.words));
for (const [word, mainland] of REGIONAL) {
  if (word.length !== mainland.length) throw new Error(`regional-words.json: ${word} → ${mainland} changes the length`);
}
const REGIONAL_WORDS = new RegExp([...REGIONAL.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');

/**
 * The text as the parser should read it: for a text in traditional characters, its simplified view
 * (same length, same offsets; 「」『』 become “”‘’, regional words their mainland ones: 晶片 → 芯片); any other text is returned as it is (the same
 * string, nothing converted).
 */
export function simplifiedView(text: string): string {
  return isTraditional(text) ? toSimplified(text) : text;
}

/**
 * A share of the Han characters in the first 4,000 characters are ones simplified Chinese never
 * writes (國 會 們 這 經 …). One pass over the sample with a table lookup: English and simplified texts
 * pay that and nothing more; the converter is loaded only for a traditional text.
 */
export function isTraditional(text: string): boolean {
  let han = 0;
  let traditional = 0;
  const end = Math.min(text.length, SAMPLE);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) continue;
    han++;
    traditional += TRADITIONAL_ONLY[c];
  }
  return traditional >= data.minimum && traditional >= han * data.share;
}

let converter: Convert | undefined;

/** OpenCC's Hong Kong and Taiwan variants folded to standard traditional, then phrases and characters to simplified. */
function convert(): Convert {
  if (converter) return converter;
  // Loaded on first need (a sync require of the package's UMD build): parseBriefing stays synchronous.
  const { ConverterFactory, Locale } = createRequire(import.meta.url)('opencc-js/t2cn') as OpenCC;
  return (converter = ConverterFactory(Locale.from.hk, Locale.from.tw, Locale.to.cn));
}

/**
 * Line by line through OpenCC (its phrase tables pick 著名 vs 着, 乾燥 vs 乾隆); a line whose result
 * does not keep every position (a phrase of another length, a non-Han character touched) is converted
 * character by character instead, keeping any character whose conversion changes length.
 */
export function toSimplified(text: string): string {
  const conv = convert();
  const out: string[] = [];
  for (const line of text.split(/(?<=\n)/)) {
    const whole = conv(line);
    out.push(aligned(line, whole) ? whole : byCharacter(line, conv));
  }
  return out
    .join('')
    .replace(/[「」『』]/g, (q) => QUOTES[q])
    .replace(REGIONAL_WORDS, (w) => REGIONAL.get(w) ?? w);
}

function aligned(line: string, converted: string): boolean {
  if (converted.length !== line.length) return false;
  for (let i = 0; i < line.length; i++) {
    if (line.charCodeAt(i) === converted.charCodeAt(i)) continue;
    const c = line.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) return false;
  }
  return true;
}

function byCharacter(line: string, conv: Convert): string {
  let out = '';
  for (const ch of line) {
    const c = conv(ch);
    out += c.length === ch.length ? c : ch;
  }
  return out;
}
