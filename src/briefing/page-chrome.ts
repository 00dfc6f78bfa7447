// What a copied web page or official record prints around its text: page widgets (分享到 打印 关闭窗口,
// Share Print), breadcrumbs (首页 > 政务公开 > 通知公告), section labels (Fact Sheets, The White House),
// Federal Register running heads and trailers (`Federal Register / Vol. 90, No. 187 / …`, `[FR Doc. …]`,
// `BILLING CODE 3510-33-P`), photo captions (图为… 记者 X 摄, `REUTERS/Name`), lists of other stories
// (Related: …) and metadata blocks (索引号：… 成文日期：… 标题：…). None of it is content; the metadata
// block and the Federal Register head give the title and the date. The words are data (page-words.json).
import words from './page-words.json' with { type: 'json' };
import { firstFullDate, type DateMatch } from './dates.js';
import { endsSentence, tableCells, type Line } from './lines.js';

const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map(escape).join('|');
const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));

/** A widget word, Latin words only as whole words (`Email`, not the `Email` in `Emailed`). */
const WIDGET = new RegExp(`(?<![A-Za-z])(?:${longestFirst(words.chromeWords)})(?![A-Za-z])`, 'gi');
/** What may stand between widget words: counts, separators, brackets, colons. */
const WIDGET_FILLER = /[\d\s,，.。:：|｜/\\·•\-–—_【】[\]()（）<>《》「」]+/g;
const CHROME_LINES = lower(words.chromeLines);
const BREADCRUMB_HOME = new RegExp(`^(?:${longestFirst(words.breadcrumbHomes)})\\s*(?:[:：]|[>＞»›]|$)`, 'i');
const BREADCRUMB_STEP = /\s*[>＞»›]\s*/;
const RELATED = lower(words.relatedHeadings);

/** Federal Register running heads and record lines, as printed (PDF) or in the GPO text edition. */
const RECORD_LINE = [
  /^(?:\d{3,6}\s+)?Federal Register\s*\/\s*Vol\.\s*\d+\s*,\s*No\.\s*\d+\s*\//i,
  /^\[\[Page\s+\d+\]\]$/i,
  /^\[(?:Federal Register\b|Rules and Regulations\]|Proposed Rules\]|Notices\]|Presidential Documents\]|Pages?\s+\d|DOCID:|FR Doc\b)/i,
  /^\[?FR Doc\.?\s/i,
  /^BILLING CODE\s+[\dA-Z-]+$/i,
  /^From the Federal Register Online\b/i,
  // Records sites: `Federal Register Volume 83, Issue 92 (May 11, 2018)`, `Page Range22112-22113`, `83 FR 22112 - <title>`
  // (the title stands again above AGENCY:).
  /^Federal Register,?\s+Volume\s+\d+,?\s+(?:Issue|Number)\s+\d+\s*\(/i,
  /^(?:Page Range|FR Document)\s*:?\s*\d/i,
  /^\d{1,3}\s+FR\s+\d+\s+[-–—]\s/,
  // federalregister.gov's markers: `Start Preamble`, `End Preamble Start Supplemental Information`, `Start Printed Page 34267`.
  /^(?:(?:Start|End)\s+(?:Preamble|Further Info|Supplemental Information|Amendment Part|Part|Signature|Authority|List of Subjects|Printed Page\s+\d+)\s*)+$/i,
  /^An? (?:Rule|Proposed Rule|Notice|Presidential Document) by the\b/,
];

/** A whole line as a key: its words without a trailing colon, never its number (`一、政策解读` is a section, not a label). */
function lineKey(clean: string): string {
  return clean.replace(/\s*[:：]$/, '').trim().toLowerCase();
}

/** A line that is page furniture, not text: widgets, a breadcrumb, a section label, a record line, a reporters' credit. */
export function isPageChrome(clean: string): boolean {
  if (clean === '' || clean.length > 160) return false;
  if (CHROME_LINES.has(lineKey(clean))) return true;
  if (isRecordLine(clean) || CREDIT.test(clean) || isCopyStamp(clean)) return true;
  if (isBreadcrumb(clean)) return true;
  if (clean.length > 80) return false;
  WIDGET.lastIndex = 0;
  if (!WIDGET.test(clean)) return false;
  return clean.replace(WIDGET, ' ').replace(WIDGET_FILLER, '') === '';
}

/** `Accessed: …`, `Retrieved December 1, 2025`, `访问时间：…`: a label, then a date (`Printed circuit boards …` is text). */
const ACCESSED = new RegExp(`^(?:${longestFirst(words.accessLabels)})(?![A-Za-z])(?:\\s+on)?\\s*[:：]?\\s*(?=\\d|[A-Z][a-z]{2,8}\\.?\\s+\\d)`, 'i');
/** A browser's print header (`12/7/25, 3:41 PM <title> | <site>`, `2025/12/7 15:41 <title>`, never a posting line naming 来源) or footer (`https://… 1/2`). */
const PRINT_HEADER = /^(?:\d{1,2}\/\d{1,2}\/\d{2,4},\s+\d{1,2}:\d{2}\s*[AP]M\s+\S|\d{4}\/\d{1,2}\/\d{1,2}\s+\d{1,2}:\d{2}\s+(?![^\n]*(?:来源|作者|编辑|Source)\s*[:：])\S)/i;
const PRINT_FOOTER = /^(?:https?:\/\/|www\.)\S+\s+\d{1,3}\s*\/\s*\d{1,3}$/i;

/**
 * When the copy was made, not when the text was: a browser's print header or footer, an `Accessed:` /
 * `访问时间：` line. Chrome that never dates the text.
 */
export function isCopyStamp(clean: string): boolean {
  return clean.length <= 200 && (PRINT_HEADER.test(clean) || PRINT_FOOTER.test(clean) || ACCESSED.test(clean));
}

const NAMES = '[\\p{Script=Han}·]{2,5}(?:[\\s、，,]+[\\p{Script=Han}·]{2,5})*';
/** `（总台央视记者 刘颖 戈晓威）`, `（记者 张三 通讯员 李四）`, `【编辑：王五】`: a line that only credits reporters or editors. */
const CREDIT = new RegExp(
  `^[（(【[]\\s*[\\p{Script=Han}·]{0,10}?(?:${longestFirst(words.creditRoles)})\\s*[:：]?\\s*${NAMES}(?:\\s*(?:${longestFirst(words.creditRoles)})\\s*[:：]?\\s*${NAMES})*\\s*[)）】\\]]$`,
  'u',
);

/** `首页 > 政策 > 国务院文件`, `您的位置：首页 > 新闻`, `Home › News › Trade`: short steps, no sentence. */
function isBreadcrumb(clean: string): boolean {
  const steps = clean.split(BREADCRUMB_STEP);
  if (steps.length < 2 || /[。！？；]/.test(clean)) return false;
  if (!steps.every((s) => s.length <= 24)) return false;
  return steps.length >= 3 || BREADCRUMB_HOME.test(clean);
}

/** A photo caption line: `图为…`, `…新华社记者 李四 摄`, `(PHOTO: REUTERS)`, `… REUTERS/Florence Lo/Illustration`. */
export function isPhotoCaption(clean: string): boolean {
  if (clean.length > 300) return false;
  if (/^图为|^[（(]?(?:图|图片|图源|图片来源)\s*[:：]/.test(clean)) return true;
  if (/(?:记者|通讯员|摄影)\s*[\p{Script=Han}·]{2,5}(?:\s+[\p{Script=Han}·]{2,5})*\s*摄[)）。]?$/u.test(clean)) return true;
  if (/^[（(]?\s*(?:PHOTO|Photo|FILE PHOTO|File photo)\s*[:：]/.test(clean) || /^\((?:Photo|Image) by [^)]+\)$/i.test(clean)) return true;
  return /\bREUTERS\/[A-Z][\w.' -]{1,40}(?:\/[A-Za-z ]{2,20})?$|\bAP Photo\/[A-Z][\w.' -]{1,40}$|\/(?:AFP|Getty Images)$/.test(clean);
}

/** `Related:`, `Related stories`, `相关新闻`: the head of a list of other stories' headlines. */
export function isRelatedHeading(clean: string): boolean {
  return clean.length <= 30 && RELATED.has(lineKey(clean));
}

/** The last line of the list a Related heading on line `at` opens: headline lines, none ending a sentence. */
export function relatedListEnd(lines: Line[], at: number): number {
  let last = at;
  for (let k = at + 1; k < lines.length; k++) {
    const { clean } = lines[k];
    if (clean === '') continue;
    if (endsSentence(clean) || clean.length > 140 || /[:：]$/.test(clean)) break;
    last = k;
  }
  return last;
}

export type FieldKind = 'title' | 'ownDate' | 'postDate' | 'other';

export interface MetaField {
  kind: FieldKind;
  label: string;
  /** The value as printed, and where it starts in the line's clean text. */
  value: string;
  at: number;
}

const KIND: Array<[FieldKind, string[]]> = [
  ['title', words.metaTitleLabels],
  ['ownDate', words.metaOwnDateLabels],
  ['postDate', words.metaPostDateLabels],
  ['other', words.metaLabels],
];
const KIND_OF = new Map<string, FieldKind>(KIND.flatMap(([k, labels]) => labels.map((l) => [l.toLowerCase(), k] as [string, FieldKind])));
const LABELS = longestFirst(KIND.flatMap(([, labels]) => labels));
/** `索引号：`, `【发文机关】`, `【发文日期】：`: a label at the line's start or after a space, pipe or bracket. */
const FIELD = new RegExp(`(?<=^|[\\s|｜】\\]])(?:[【[]\\s*(${LABELS})\\s*[】\\]]\\s*[:：]?|(${LABELS})\\s*[:：])\\s*`, 'gi');

/**
 * The fields of a metadata line (`索引号：000014349/2025-00101 主题分类：工业`, `【发文日期】20251009`,
 * `| 成文日期 | 2025年10月09日 |`), or none when the line does not start with a field.
 */
export function metaFields(clean: string): MetaField[] {
  if (clean.length > 400) return [];
  const cells = tableCells(clean, 0);
  if (cells) return tableFields(clean, cells);
  const found: Array<{ label: string; start: number; end: number }> = [];
  FIELD.lastIndex = 0;
  for (let m = FIELD.exec(clean); m; m = FIELD.exec(clean)) found.push({ label: m[1] ?? m[2], start: m.index, end: m.index + m[0].length });
  if (found.length === 0 || found[0].start !== 0) return [];
  return found.map((f, k) => {
    const raw = clean.slice(f.end, found[k + 1]?.start ?? clean.length);
    return { kind: KIND_OF.get(f.label.toLowerCase()) ?? 'other', label: f.label, value: raw.replace(/[\s|｜]+$/, ''), at: f.end };
  });
}

/** A table row of label and value cells: each label cell names the cell after it. */
function tableFields(clean: string, cells: Array<{ start: number; end: number }>): MetaField[] {
  const out: MetaField[] = [];
  for (let k = 0; k + 1 < cells.length; k++) {
    const label = clean.slice(cells[k].start, cells[k].end).replace(/[:：]$/, '');
    const kind = KIND_OF.get(label.toLowerCase());
    if (!kind) continue;
    out.push({ kind, label, value: clean.slice(cells[k + 1].start, cells[k + 1].end), at: cells[k + 1].start });
    k++;
  }
  return out.length > 0 && clean.slice(cells[0].start, cells[0].end).replace(/[:：]$/, '').toLowerCase() === out[0].label.toLowerCase() ? out : [];
}

/** Labels that may open a note in the body (`来源：路透社` names a Source): such a line stays for the source reader. */
const SOURCE_LABELS = new Set(['来源', '信息来源', '作者']);

/** A body line that is only metadata fields (`发文字号：…`, `有效性：有效`), not a source note. */
export function isMetaLine(clean: string): boolean {
  const fields = metaFields(clean);
  return fields.length > 0 && fields.every((f) => !SOURCE_LABELS.has(f.label)) && (fields.length >= 2 || fields[0].value.length <= 60);
}

const POSTED = new RegExp(`^(?:${longestFirst(words.postedLabels)})\\b|(?:${longestFirst(words.postedLabels)})\\s*[:：]`, 'i');

const UPDATE = new RegExp(`^(?:${longestFirst(words.updateLabels)})(?![A-Za-z])`, 'i');
/** `Published`, `发布时间`: where a line that starts with its update (`Updated … Published …`) gives the publication. */
export const PUBLISHED_AT = new RegExp(`(?<![A-Za-z])(?:${longestFirst(words.publishedLabels)})(?![A-Za-z])\\s*(?:on\\s*)?[:：]?\\s*`, 'i');

/** A label or line that opens with an update (`Updated`, `Last updated`, `更新时间`), which dates a page below its publication. */
export function isUpdateLabel(s: string): boolean {
  return UPDATE.test(s);
}

/** A head date line that tells when the page was posted (`2025-10-09 15:30 来源：商务部网站`, `Updated July 10, 2025`), not when the text was written. */
export function isPostingLine(clean: string): boolean {
  return /\d{1,2}:\d{2}/.test(clean) || POSTED.test(clean);
}

/** A Federal Register record line (`[Federal Register Volume 90, Number 130 (Thursday, July 10, 2025)]`, the running head): its date is the issue's, which dates the document. */
export function isRecordLine(clean: string): boolean {
  return RECORD_LINE.some((re) => re.test(clean));
}

/** The date a field gives, with where it is in the line's clean text. */
export function fieldDate(field: MetaField): DateMatch | undefined {
  if (field.kind !== 'ownDate' && field.kind !== 'postDate') return undefined;
  const d = firstFullDate(`${field.label}：${field.value}`);
  const shift = field.label.length + 1;
  return d && d.start >= shift ? { iso: d.iso, start: d.start - shift + field.at, end: d.end - shift + field.at } : undefined;
}

const RECORD_PART = new RegExp(`^(?:${longestFirst(words.recordParts)})\\s*:`);

/** `DATES:`, `SUPPLEMENTARY INFORMATION:`: a part of a Federal Register preamble after its SUMMARY:, which it ends. */
export function isRecordPart(clean: string): boolean {
  return RECORD_PART.test(clean);
}

const FR_LOOK = 60;

/**
 * A Federal Register document's head: agency and part lines, docket and RIN, then the title, then
 * `AGENCY:` and `ACTION:`. Where `AGENCY:` stands and the lines of the title right above it.
 */
export function federalRegisterHead(lines: Line[]): { agency: number; title: Line[] } | undefined {
  let agency = -1;
  for (let i = 0, seen = 0; i < lines.length && seen < FR_LOOK; i++) {
    if (lines[i].clean === '') continue;
    seen++;
    if (/^AGENCY\s*:/.test(lines[i].clean)) {
      agency = i;
      break;
    }
  }
  if (agency < 0) return undefined;
  // `ACTION:` follows, maybe after the agency's name on a line of its own (`AGENCY:` ⏎ `Bureau of …`).
  const next = lines.slice(agency + 1).filter((l) => l.clean !== '').slice(0, 3);
  if (!next.some((l) => /^ACTION\s*:/.test(l.clean))) return undefined;
  // The title is the longest run of lines above `AGENCY:` that are no record lines: it may stand first
  // (`Expansion of …` ⏎ `Department of Commerce` ⏎ `Bureau of …`) or last (GPO: agency, CFR part, RIN, title).
  let title: Line[] = [];
  let run: Line[] = [];
  const length = (ls: Line[]) => ls.reduce((n, l) => n + l.clean.length, 0);
  for (const line of [...lines.slice(0, agency), undefined]) {
    if (line && line.clean !== '' && !isRecordHeadLine(line.clean)) {
      run.push(line);
      continue;
    }
    // A run that ends a sentence is an abstract printed above the record, no title.
    if (length(run) > length(title) && !endsSentence(run.at(-1)?.clean ?? '')) title = run;
    run = [];
  }
  return { agency, title };
}

/** `DEPARTMENT OF COMMERCE`, `15 CFR Parts 734 and 744`, `[Docket No. …]`, `RIN 0694-AJ97`: record lines of the head, never the title. */
function isRecordHeadLine(line: string): boolean {
  const clean = line.replace(/^\d{1,2}\.\s+/, '');
  return isPageChrome(clean) || metaFields(clean).length > 0 || /^\d+\s+CFR\b|^\[?Docket\b|^RIN\s|^\[.*\]$/i.test(clean) || (clean === clean.toUpperCase() && /[A-Z]{3}/.test(clean));
}

const QA_TURN = new RegExp(`^(?:\\d{1,2}[、.．]\\s*)?(?:${longestFirst(words.qaTurns)}|【[^】]{1,20}】)\\s*[:：]`);

/** `问：…`, `1、问：…`, `答：…`, `【凤凰卫视记者】：…`, `Q: …`: a turn of a Q&A page (答记者问), content from its first line. */
export function isQaTurn(clean: string): boolean {
  return QA_TURN.test(clean);
}
