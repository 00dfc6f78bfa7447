// The text as lines with offsets, each with a "clean" reading: markdown and HTML emphasis
// (`#`, `**`, `<b>`) removed, so layout rules see `1 ITIF 报告` whether it was printed as
// `## **1 ITIF 报告**` or `<b>1</b>\t<b>ITIF 报告</b>`. Offsets always point into the original.
import words from './layout-words.json' with { type: 'json' };

export interface Line {
  /** Offsets of the line's visible content (leading/trailing whitespace excluded) in the original text. */
  start: number;
  end: number;
  /** The content with markup removed and whitespace trimmed; '' for a blank line. */
  clean: string;
  /** Whether the line was marked up as a heading (`#`) or wholly emphasised (`**…**`, `<b>…</b>`). */
  marked: boolean;
  /** Whether the line ends like a table-of-contents entry: a page number after a tab, dot leaders or a gap. */
  tocPage: boolean;
}

/** A trailing page number in a table of contents: after a tab, dot leaders or a wide gap. */
const TOC_PAGE = /(?:\t|\s{2,}|(?:\s*[.·…]){3,}\s*|\s\.\s*)\d{1,3}$/;
const DOT_LEADERS = /(?:\s*[.·…]\s*){3,}$/;

const MARKUP_TAG = /<\/?(?:b|strong|i|em|u|h[1-6]|p|span|div|font|br|mark|sup|sub|small|a)\b[^<>]*>/gi;
/** `<a href="https://…">Title</a>` reads as the markdown link `[Title](https://…)`. */
const HTML_LINK = /<a\b[^<>]*?\bhref\s*=\s*["']([^"'<>]+)["'][^<>]*>([^<]*)<\/a>/gi;
const WHITESPACE = /\s/;

function endsLikeContentsEntry(raw: string): boolean {
  const last = raw.charCodeAt(raw.length - 1);
  const tail = raw.slice(-24); // the regexes only ever need the line's end
  if (last >= 48 && last <= 57) return TOC_PAGE.test(tail);
  return (last === 46 || last === 0xb7 || last === 0x2026) && DOT_LEADERS.test(tail);
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    // `[1] …<br>[2] …`: an HTML line break is a line break too (not inside a table row, whose cells may hold one).
    const br = text.slice(pos, nl).includes('<br') && !/^\s*[|｜]/.test(text.slice(pos, nl)) ? BR.exec(text.slice(pos, nl)) : null;
    const cut = br && br.index + br[0].length < nl - pos ? pos + br.index + br[0].length : nl;
    let s = pos;
    let e = cut;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    const raw = text.slice(s, e);
    const clean = cleanMarkup(raw);
    const untagged = raw.includes('<') ? raw.replace(MARKUP_TAG, '').trimEnd() : raw;
    lines.push({
      start: s,
      end: e,
      clean,
      marked: clean !== '' && isMarked(raw),
      tocPage: endsLikeContentsEntry(untagged),
    });
    pos = cut === nl ? nl + 1 : cut;
  }
  return lines;
}

/** A line break tag followed by more text on the line. */
const BR = /<br\s*\/?>(?=\s*\S)/i;

function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && (WHITESPACE.test(ch) || c === 0xfeff);
}

/** Removes heading hashes, emphasis markers and HTML emphasis tags; collapses inner tabs to spaces. */
const MARKUP_CHARS = /[#>*_<\t\u3000]/;

export function cleanMarkup(s: string): string {
  if (!MARKUP_CHARS.test(s)) return s;
  let out = s.replace(/^#{1,6}\s+/, '').replace(/^>\s+/, '');
  if (out.includes('<')) out = out.replace(HTML_LINK, (_, url: string, title: string) => (title.trim() ? `[${title.trim()}](${url})` : url)).replace(MARKUP_TAG, '');
  if (out.includes('**')) out = out.replaceAll('**', '');
  if (out.startsWith('__') && out.endsWith('__')) out = out.slice(2, -2);
  return out.replace(/[\t\u3000]+/g, ' ').trim();
}

function isMarked(raw: string): boolean {
  const first = raw[0];
  if (first !== '#' && first !== '*' && first !== '_' && first !== '<') return false;
  if (/^#{1,6}\s/.test(raw)) return true;
  if (raw.startsWith('**') && raw.endsWith('**')) return true;
  if (raw.startsWith('__') && raw.endsWith('__')) return true;
  return /^<(b|strong|h[1-6])\b[^<>]*>/i.test(raw) && /<\/(b|strong|h[1-6])>$/i.test(raw);
}

const HAN_OR_WIDE = String.raw`[\p{Script=Han}，。、；：！？（）《》“”]`;
const BREAK_IN_WORD = new RegExp(String.raw`(?<=${HAN_OR_WIDE})[^\S\n]*\n\s*(?=${HAN_OR_WIDE})`, 'gu');

/**
 * Text read across its PDF line breaks: a break between two Han characters joins them with nothing
 * (日本对华稀 ⏎ 土进口 → 稀土进口), any other run of white space is one space (Applied ⏎ Materials).
 * For names and titles only: spans keep the original text, so evidence stays an exact substring.
 */
export function joinLines(s: string): string {
  return (s.includes('\n') ? s.replace(BREAK_IN_WORD, '') : s).replace(/\s+/g, ' ').trim();
}

/** A markdown rule (`---`, `***`, `* * *`, `___`): no text, and it ends the paragraph above. */
export function isRule(raw: string): boolean {
  return /^(?:[-*_=~—]\s*){3,}$/.test(raw);
}

/**
 * A markdown table row (`| 反补贴税 | 20.7% |`): the spans of its cells, each content of its own
 * (the pipes are not); none for the rule under the header (`| --- | :---: |`). Undefined for any other line.
 */
export function tableCells(raw: string, offset: number): Array<{ start: number; end: number }> | undefined {
  if (!/^[|｜].*[|｜]$/.test(raw) || raw.length < 3) return undefined;
  const cells: Array<{ start: number; end: number }> = [];
  const re = /[^|｜]+/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const lead = m[0].length - m[0].trimStart().length;
    const cell = m[0].trim();
    if (cell === '' || /^:?-{2,}:?$/.test(cell)) continue;
    cells.push({ start: offset + m.index + lead, end: offset + m.index + lead + cell.length });
  }
  return cells;
}

/** How much of a line is markdown quote or bullet markup before its text (`> `, `- `, `* `). */
export function markupLead(raw: string): number {
  return /^(?:>\s*)+|^[-*+•]\s+(?=\S)/.exec(raw)?.[0].length ?? 0;
}

/** A line that is only a page number (`3`, `- 3 -`, `第 3 页`, `Page 3 of 9`, `3/9`). */
export function isPageNumber(clean: string): boolean {
  return /^(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?$|^第\s*\d{1,3}\s*页(?:\s*[/，,]?\s*共\s*\d{1,3}\s*页)?$|^page\s+\d{1,3}(?:\s+of\s+\d{1,3})?$|^\d{1,3}\s*\/\s*\d{1,3}$/i.test(clean);
}

/** A line that is only a list number (`16.`, `（十六）`, `十六、`, `⑯`, `[16]`): a marker PDF conversion parted from its item. */
export function isBareListNumber(clean: string): boolean {
  return /^(?:\d{1,3}[.、．)）]|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,4})[)）]|[一二三四五六七八九十]{1,4}[、．.]|[\u2460-\u2473]|[[［【]\d{1,3}[\]］】])$/.test(clean);
}

/** `16. 某某株式会社` → `某某株式会社`: a list number is never part of a title. */
export function withoutListNumber(clean: string): string {
  const rest = clean.replace(/^(?:\d{1,3}[.、．)）]|[（(](?:\d{1,3}|[一二三四五六七八九十]{1,4})[)）]|[一二三四五六七八九十]{1,4}[、．]|[\u2460-\u2473])\s*(?!\d)/, '');
  return rest.length >= 2 ? rest : clean;
}

/** A line that is only a web address (`gyznswn.cn`, `<https://…>`): site names in a footer. */
export function isBareAddress(clean: string): boolean {
  // A site's home page (`gyznsw.cn`, `https://example.com/about`), not an article's link on a line of
  // its own under a reference entry (`https://en.ccceu.eu/2026-02/21/c_4870.htm`).
  return /^(?:网站地址|网址|Website|Web)?\s*[:：]?\s*<?(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/[A-Za-z-]{0,20}(?:\.html?)?\/?)?>?$/i.test(clean);
}

const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
const SUMMARY = lower(words.summaryHeadings);
const CONTENTS = lower(words.contentsHeadings);
const REFERENCES = lower(words.referenceHeadings);
const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FOOTER_ANYWHERE = new RegExp(words.footerCues.map(escape).join('|'), 'i');
// `(Reporting by …; Editing by …)`: wires print the credits in brackets too.
const FOOTER_AT_START = new RegExp(`^[(（]?(?:${words.footerCues.map(escape).join('|')})`, 'i');

export type SpecialHeading = 'summary' | 'contents' | 'references';

/** `摘要`, `## Contents`, `5 参考文献`, `References:`, `—— 参 考 资 料 ——`, `附：参考资料（按引用顺序）` → which layout part the line opens. */
export function specialHeading(clean: string): SpecialHeading | undefined {
  if (clean.length > 40) return undefined;
  const key = headingKey(clean);
  if (SUMMARY.has(key)) return 'summary';
  if (CONTENTS.has(key)) return 'contents';
  if (REFERENCES.has(key) || isReferenceHeadingKey(key)) return 'references';
  return undefined;
}

/** A heading's words without its decoration, number, brackets, colon, a note in brackets after it and the spaces spread between Chinese characters. */
export function headingKey(clean: string): string {
  return (
    clean
      .replace(/^[\p{So}▍▌▎▏■□▪▫●○◆◇★☆▶►▷|｜]+\s*/u, '')
      // `—— 参考资料 ——`, `== References ==`: rules drawn around a heading.
      .replace(/^[\s—–=~·•_-]+|[\s—–=~·•_-]+$/g, '')
      .replace(/^(?:\d{1,2}(?:\.\d{1,2})*\.?|[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十\d]{1,3}(?:章|节|部分))\s*/, '')
      .replace(/\s*[:：]$/, '')
      .replace(/^[【[〔]\s*|\s*[】\]〕]$/g, '')
      .replace(APPENDED, '')
      .replace(/\s*[:：]$/, '')
      // `参考资料（共 10 条）`, `References (12)`, `参考资料（按引用顺序）`: a note in brackets after the heading word.
      .replace(/\s*[（(][^()（）]{1,16}[)）]$/, '')
      .replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '')
      .toLowerCase()
  );
}

const APPENDED = new RegExp(`^(?:${words.headingLeads.map(escape).join('|')})\\s*[:：]?\\s*`, 'i');
const REFERENCE_PARTS = lower([...words.referenceHeadings, ...words.referenceHeadingParts]);

/** `参考链接与来源`, `References & Notes`, `Sources and further reading`: reference words joined. */
function isReferenceHeadingKey(key: string): boolean {
  const parts = key.split(/\s*(?:与|及|和|、|\/|&|\+|\band\b)\s*/);
  return parts.length >= 2 && parts.every((p) => REFERENCE_PARTS.has(p)) && parts.some((p) => REFERENCES.has(p));
}

const SUMMARY_WORDS = words.summaryHeadings.map(escape).join('|');
/** `摘要：…`, `**Summary:** …`, `【摘要】…` (the bracket is label enough, the colon is optional). */
const INLINE_SUMMARY = new RegExp(
  `^(?:#{1,6}\\s+)?(?:\\*\\*)?(?:[【[](?:${SUMMARY_WORDS})[】\\]](?:\\*\\*)?\\s*[:：]?|(?:${SUMMARY_WORDS})(?:\\*\\*)?\\s*[:：])\\s*(?:\\*\\*)?`,
  'i',
);

/** `摘要：本期…` / `Summary: …` on one line: where the summary text starts in `raw`, if it does. */
export function inlineSummaryStart(raw: string): number | undefined {
  const m = INLINE_SUMMARY.exec(raw);
  return m && raw.length - m[0].length >= 10 ? m[0].length : undefined;
}

/** Footer boilerplate: `联系我们，请扫描二维码`, `官方公众号`, `网站地址：<https://…>`, a bare site name. */
const FOOTER_LINES = new Set(words.footerLines.map(bare));
const COVER_STAMPS = new RegExp(`^(?:${words.coverStamps.map(escape).join('|')})`, 'i');

/** `- END -` → `end`, `（完）` → `（完）`: a whole line compared without spaces and dashes. */
function bare(s: string): string {
  return s.replace(/[\s\-—–－_*]/g, '').toLowerCase();
}

/** A cover-page mark (`内部资料 注意保存`, `第 120 期`) rather than a title. */
export function isCoverStamp(clean: string): boolean {
  return COVER_STAMPS.test(clean) || /^第\s*\d{1,4}\s*期/.test(clean);
}

export function isFooterCue(clean: string): boolean {
  if (clean === '') return false;
  if (clean.length <= 12 && FOOTER_LINES.has(bare(clean))) return true;
  // A cue counts in a short line or at a line's start, not inside a long sentence that mentions it.
  if (clean.length <= 40) return FOOTER_ANYWHERE.test(clean) || isBareAddress(clean);
  return FOOTER_AT_START.test(clean);
}

const TAIL_CUES = new RegExp(words.footerTailCues.map(escape).join('|'), 'i');

/** An organisation describing itself (`…工作委员会，专注于推动…`): footer, when it comes after all sections. */
export function isFooterTailCue(clean: string): boolean {
  return TAIL_CUES.test(clean);
}

/** A line that opens with a byline (`By Jane Doe`, `作者：…`). */
export function isByline(clean: string): boolean {
  return words.bylinePrefixes.some((p) => clean.startsWith(p));
}

/** Counts Han characters and Latin letters. */
export function scriptCounts(s: string): { han: number; latin: number } {
  let han = 0;
  let latin = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return { han, latin };
}

/** Characters that end a sentence, and closers that may follow them (”」）). */
export const SENTENCE_END = new Set(['。', '！', '？', '；', '.', '!', '?', '…', '!', '?']);
export const CLOSERS = new Set(['”', '’', '"', "'", '」', '』', '）', ')', '】', ']', '》', '*', '_']);

/** Citation markers after a sentence's end: `[3]`, `[1,3]`, `【3】`, `[^3]`, `^3`, `¹`. */
const TRAILING_MARKERS = /(?:\s*(?:[\[［【〔]\^?[\d\s,，、–-]+[\]］】〕]|\^\[?\d[\d,，–-]*\]?|[⁰¹²³⁴-⁹]+|<sup>[^<]{1,12}<\/sup>))+$/;

/** Whether the text ends a sentence (ignoring closing quotes, brackets and citation markers `[3]`). */
export function endsSentence(s: string): boolean {
  const trimmed = s.trimEnd();
  const last = trimmed[trimmed.length - 1];
  const t = /[\]］】〕>\d⁰¹²³⁴-⁹]/.test(last ?? '') ? trimmed.replace(TRAILING_MARKERS, '') : trimmed;
  let i = t.length - 1;
  while (i >= 0 && (CLOSERS.has(t[i]) || t[i] === ' ')) i--;
  return i >= 0 && SENTENCE_END.has(t[i]);
}

/** Whether a block of text is finished: a sentence end, or a colon introducing what follows. */
export function endsParagraph(s: string): boolean {
  return endsSentence(s) || /[:：]\s*$/.test(s);
}
