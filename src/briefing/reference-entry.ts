// One reference entry → outlet, title, date, link and purpose, whatever the layout:
//   Invezz (2026-05-07): Title                   Outlet | Title | 2026-05-07 | 用途 (or ｜)
//   Outlet，《Title》，2026年5月7日。用途：…        路透社 2026年5月8日《标题》
//   Reuters (May 8, 2026). Title. https://…      Title - 路透社 - 2026-06-02
//   来源：路透社；标题：…；日期：…  (or one field a line)   [Title](https://…) — Reuters, 2026-06-02
//   路透社. 标题[N/OL]. (2026-06-02)[2026-06-03]. https://…   a bare URL (outlet from its host)
// Lines of one entry arrive joined by '\n'.
import cues from './attribution-cues.json' with { type: 'json' };
import { findFullDates, firstYearMonth } from './dates.js';
import { outletKey } from './outlets.js';
import type { Reference } from './types.js';

export type Fields = Omit<Reference, 'index' | 'raw'>;
export type Role = 'outlet' | 'title' | 'date' | 'purpose' | 'url' | 'index';

/** Column names of a table's header row, and labels of `来源：…` fields. */
export const FIELD_ROLES: Record<string, Role> = {
  来源: 'outlet', 媒体: 'outlet', 出处: 'outlet', 机构: 'outlet', 发布机构: 'outlet', 发布单位: 'outlet', 作者: 'outlet',
  outlet: 'outlet', source: 'outlet', publisher: 'outlet', author: 'outlet',
  标题: 'title', 题目: 'title', 文章: 'title', 文章标题: 'title', title: 'title', headline: 'title',
  日期: 'date', 时间: 'date', 发布日期: 'date', 发布时间: 'date', date: 'date', published: 'date',
  用途: 'purpose', 说明: 'purpose', 备注: 'purpose', purpose: 'purpose', note: 'purpose', notes: 'purpose', 'used for': 'purpose',
  链接: 'url', 网址: 'url', 原文链接: 'url', url: 'url', link: 'url',
  序号: 'index', 编号: 'index', '#': 'index', 'no.': 'index', no: 'index',
};
const LABELS = Object.keys(FIELD_ROLES).filter((k) => FIELD_ROLES[k] !== 'index');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `来源：` at a line's start or after a field separator. */
const LABEL = new RegExp(`(?:^|(?<=[\\s；;，,。|｜]))(${LABELS.sort((a, b) => b.length - a.length).map(escape).join('|')})\\s*[:：]\\s*`, 'gi');
const URL = /<?(https?:\/\/[^\s<>"'，。）)\]]+)>?/i;
const MD_LINK = /\[([^\]\n]{1,300})\]\((https?:\/\/[^)\s]{1,2000})\)/;
/** GB/T 7714 document-type tags ([N/OL], [EB/OL], [R]) and an access date in brackets. */
const DOC_TYPE = /\[(?:[A-Z]{1,3})(?:\/OL)?\]/g;
/** A date is cut out of the entry and left as this mark, which parts split at. */
const CUT = '\u0000';
/** Separators between an entry's parts, strongest first; the first that splits the entry is used. */
const SEPARATORS: RegExp[] = [/[\n\u0000]+/g, /\s+[–—]\s+|—{1,2}|\s+-\s+/g, /\s*：\s*|:\s+/g, /(?<!\b(?:[A-Z]|Inc|Co|Corp|Ltd|No|St|Dept|vs))\.\s+/g, /\s*[，,]\s*/g];
/** A year printed alone as an entry's date (`Reuters (2026): …`, `财新，2026，《…》`): bounded by separators or brackets, never inside a title's words. */
const YEAR_ALONE = /(?<=^|[\n\u0000，,。.:：;；|｜（(\[［]\s*)((?:19|20)\d{2})\s*年?(?=\s*(?:$|[\n\u0000，,。.:：;；|｜)）\]］]))/g;
const SEP_BEFORE = '(?<=^|[\\n\\u0000，,。.:：;；|｜（(\\[［]\\s*|\\s[-–—]\\s*)';
const SEP_AFTER = '(?=\\s*(?:$|[\\n\\u0000，,。.:：;；|｜)）\\]］]|[-–—](?:\\s|$)))';
const YEAR_MONTH_ALONE = new RegExp(
  `${SEP_BEFORE}(?:(?:19|20)\\d{2}\\s*(?:[-/.]|年)\\s*\\d{1,2}\\s*月?|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?,?\\s+(?:19|20)\\d{2})${SEP_AFTER}`,
);
const noteWords = (xs: string[]) => xs.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (/[A-Za-z]$/.test(w) ? '\\b' : '')).join('|');
const NOTE_LEAD = new RegExp(`^(?:${noteWords(cues.outletNoteLeads)})`, 'i');
const NOTE_TAIL = new RegExp(`(?:${noteWords(cues.outletNoteTails)})$`);
const HAN_ORG = /(?:社|报|网|台|刊|局|部|委|会|院|所|中心|集团|公司|银行|新闻|财经|日报|时报|周刊|智库|论坛|联盟|组织)$/;

/** Reads one entry's outlet, title, date, purpose and link. */
export function parseEntry(entry: string, columns?: Role[]): Fields {
  let body = unemphasise(unescape(entry.trim()));
  const fields: Fields = { outlet: '' };
  const link = MD_LINK.exec(body);
  // `[Invezz (2026-05-07): Title](https://…)`: the whole entry is the link's text.
  if (link && body.replace(link[0], '').trim() === '') {
    body = link[1];
    fields.url = link[2];
  } else if (link) {
    // `[https://…](https://…)` is a link written twice, not a title.
    if (!/^https?:\/\//.test(link[1])) fields.title = tidy(link[1]);
    fields.url = link[2];
    body = body.slice(0, link.index) + '\n' + body.slice(link.index + link[0].length);
    // `[Title](https://…)（SCMP，2026-05-28）`: the rest in brackets is the entry's other fields.
    body = body.replace(/^\s*[（(]([^()（）]+)[)）][\s.。]*$/, '$1');
  }
  if (!/[|｜]/.test(body)) body = readLabels(body, fields);
  const u = URL.exec(body);
  if (u) {
    fields.url ??= u[1].replace(/[.,;]+$/, '');
    body = body.replace(new RegExp(URL.source, 'gi'), ' ').trim();
  }
  if (/[|｜]/.test(body)) return finish(fromTable(cells(body), columns), fields, body);
  let flat = body.replace(/\s*\n\s*/g, ' ').trim();
  // `[1]: https://… "SCMP, 2026-05-28, Title"`: a link definition's title holds the whole entry.
  const quotedWhole = /^["“]([^"“”]+[,，][^"“”]+)["”]$/.exec(flat);
  if (quotedWhole) body = flat = quotedWhole[1];
  if (flat === '' && fields.url && !fields.title) return finish(fromUrl(fields.url), fields, '');
  const found = fromOutletDateTitle(flat) ?? fromTitleOutletDate(flat) ?? fromParts(body, fields.title !== undefined);
  return finish(found, fields, flat);
}

/** Takes `标题：…`, `来源：…`, `用途：…` fields out of the entry; returns what is left. */
function readLabels(body: string, fields: Fields): string {
  const rest: string[] = [];
  for (const line of body.split('\n')) {
    const labels = [...line.matchAll(LABEL)];
    if (labels.length === 0) {
      rest.push(line);
      continue;
    }
    rest.push(line.slice(0, labels[0].index));
    labels.forEach((m, k) => {
      const end = k + 1 < labels.length ? labels[k + 1].index : line.length;
      const value = tidy(line.slice(m.index + m[0].length, end));
      const role = FIELD_ROLES[m[1].toLowerCase()];
      if (value === '' || role === undefined || role === 'index') return;
      if (role === 'date') fields.date ??= findFullDates(value)[0]?.iso ?? firstYearMonth(value);
      else if (role === 'url') fields.url ??= URL.exec(value)?.[1] ?? value;
      else if (role === 'outlet' && fields.outlet === '') fields.outlet = value;
      else if (role === 'title' || role === 'purpose') fields[role] ??= value;
    });
  }
  return rest.join('\n').trim();
}

/** Fills what the labelled fields left open from what the entry's text gives. */
function finish(found: Fields, labelled: Fields, body: string): Fields {
  // `《Title》 https://www.reuters.com/…`: the outlet no words name is the link's host.
  const url0 = labelled.url ?? found.url;
  // A bare number (`2026`) is never a name; a note in brackets (`（转引 CGTN）`) is no part of one.
  const named = /\p{L}/u.test(found.outlet) ? found.outlet : '';
  const fromTitle = labelled.outlet || named ? undefined : outletInTitle(labelled.title ?? found.title);
  const out: Fields = { outlet: withoutNote(labelled.outlet || named || fromTitle?.outlet || (url0 ? fromUrl(url0).outlet : '')) };
  const date = labelled.date ?? found.date ?? findFullDates(body)[0]?.iso ?? firstYearMonth(body) ?? (url0 ? findFullDates(url0)[0]?.iso : undefined);
  const title = fromTitle?.title ?? labelled.title ?? found.title;
  const url = labelled.url ?? found.url;
  const purpose = labelled.purpose ?? found.purpose;
  if (date) out.date = date;
  if (title) out.title = title;
  if (url) out.url = url;
  if (purpose) out.purpose = purpose;
  return out;
}

/** `[SCMP：Title](https://…)`, `[Title - Reuters](https://…)`: a link's text that names the outlet beside the title. */
function outletInTitle(title: string | undefined): { outlet: string; title: string } | undefined {
  const m = title ? /^(.+?)\s*(?:：|\s[|｜]\s|\s[-–—]\s)\s*(.+)$/.exec(title) : null;
  if (!m) return undefined;
  const [head, tail] = [tidy(m[1]), tidy(m[2])];
  if (isKnownOutlet(tail) && !isKnownOutlet(head)) return { outlet: tail, title: head };
  return looksLikeName(head) && !looksLikeName(tail) ? { outlet: head, title: tail } : undefined;
}

/** `Invezz (2026-05-07): Trump-Xi summit: trade, Taiwan, AI talks in focus` */
function fromOutletDateTitle(body: string): Fields | undefined {
  const m = /^([^()（）:：]+?)\s*[（(]([^()（）]{4,40})[)）]\s*[:：.]\s*(.+)$/.exec(body);
  if (!m) return undefined;
  const date = findFullDates(m[2])[0]?.iso ?? firstYearMonth(m[2]) ?? /^((?:19|20)\d{2})\s*年?$/.exec(m[2].trim())?.[1];
  if (!date) return undefined;
  return { outlet: tidy(m[1]).replace(/\.$/, ''), date, title: dropFinalPeriod(tidy(m[3])) };
}

/** `Trump-Xi summit: trade, Taiwan, AI talks in focus (Invezz, 2026-05-07)` */
function fromTitleOutletDate(body: string): Fields | undefined {
  const m = /^(.+?)\s*[（(]([^()（）]{2,40}?)[,，]\s*([^()（）]{4,40})[)）]\.?$/.exec(body);
  const date = m && findFullDates(m[3])[0];
  if (!m || !date || date.end - date.start < m[3].trim().length - 2) return undefined;
  return { outlet: tidy(m[2]), date: date.iso, title: dropFinalPeriod(tidy(m[1])) };
}

/**
 * Any other entry: dates cut out, a quoted title (《》 “” "" 「」) taken as the title, then the entry
 * split at its strongest separator; the outlet is the first part, or the last when that one is a
 * known or short outlet name after a long title (`Title - 路透社`).
 */
function fromParts(entry: string, titled: boolean): Fields {
  const dates = findFullDates(entry);
  let body = entry.replace(DOC_TYPE, '');
  const first = findFullDates(body);
  for (const d of [...first].reverse()) body = body.slice(0, d.start) + CUT + body.slice(d.end);
  // A day without its year (`财新6月2日报道：`, `彭博社（6月1日）`) and a reporting verb after it are no part of a name.
  body = body.replace(/\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:报道|发布|消息|电)?/g, CUT);
  const fields: Fields = { outlet: '', date: dates[0]?.iso };
  const q = /《([^》]+)》|“([^”]+)”|"([^"]+)"|「([^」]+)」/.exec(body);
  if (q) {
    // `"Title."` (Chicago style puts the period inside the quotes).
    fields.title = dropFinalPeriod(tidy(q[1] ?? q[2] ?? q[3] ?? q[4]));
    body = body.slice(0, q.index) + CUT + body.slice(q.index + q[0].length);
  }
  if (!fields.date) {
    const cut = cutYear(body);
    body = cut.body;
    if (cut.year) fields.date = cut.year;
  }
  body = body.replace(/[（(\[［]\s*\u0000\s*[)）\]］]/g, CUT).replace(/[（(\[［]\s*[)）\]］]/g, '');
  if (q || titled) {
    // `Jane Doe, Reuters, "Title"`: a known outlet among the parts wins over the first (an author).
    const names = parts(body).filter((x) => /\p{L}/u.test(x));
    fields.outlet = names.find(isKnownOutlet) ?? names[0] ?? '';
    return fields;
  }
  const split = splitAtStrongest(body);
  if (!split) {
    const whole = tidy(body);
    // One part: a short name is an outlet, a long phrase a title nobody is named for.
    if (looksLikeName(whole)) fields.outlet = whole;
    else fields.title = dropFinalPeriod(whole);
    return fields;
  }
  const [head, tail] = [split[0], split[split.length - 1]];
  if ((isKnownOutlet(tail.text) && !isKnownOutlet(head.text)) || (looksLikeName(tail.text) && !looksLikeName(head.text))) {
    fields.outlet = tail.text;
    fields.title = dropFinalPeriod(tidy(body.slice(0, tail.before)));
  } else {
    fields.outlet = head.text;
    fields.title = dropFinalPeriod(tidy(body.slice(head.after)));
  }
  return fields;
}

/** Cuts a year printed alone out of `body` (none when a year-month is printed); returns the first one cut. */
function cutYear(body: string): { body: string; year?: string } {
  // `Wikborg Rein：Title，2026-03，…`, `Outlet, March 2026, "Title"`: a year-month standing as a field.
  const ym = YEAR_MONTH_ALONE.exec(body);
  const month = ym ? firstYearMonth(ym[0]) : undefined;
  if (ym && month) return { body: body.slice(0, ym.index) + CUT + body.slice(ym.index + ym[0].length), year: month };
  if (firstYearMonth(body)) return { body };
  let year: string | undefined;
  const out = body.replace(YEAR_ALONE, (_, y: string) => {
    year ??= y;
    return CUT;
  });
  return year ? { body: out, year } : { body };
}

/** `路透社（转引 CGTN）` → `路透社`: a note in brackets on where the story came from (or a year) is no part of the outlet's name. */
export function withoutNote(outlet: string): string {
  const m = /^(.+?)\s*[（(]\s*([^()（）]{1,60}?)\s*[)）]$/.exec(outlet);
  // `Wikborg Rein (2026-03)`: a year or year-month in brackets dates the entry, it names nothing.
  return m && (isOutletNote(m[2]) || /^(?:19|20)\d{2}(?:\s*(?:年|[-/.])\s*\d{1,2}\s*月?)?\s*年?$/.test(m[2])) ? m[1].trim() : outlet;
}

/** `转引 CGTN`, `综合 UPI、Korea Herald`, `据 Bloomberg 编译`: what an outlet's story was taken from, not another name of the outlet. */
export function isOutletNote(inside: string): boolean {
  const t = inside.trim();
  return NOTE_LEAD.test(t) || NOTE_TAIL.test(t) || /[、,，;；]/.test(t);
}

interface Part {
  text: string;
  /** Where the separator before it starts, and where the one after it ends. */
  before: number;
  after: number;
}

/** The entry's non-empty parts at the strongest separator that splits it into two or more, or undefined. */
function splitAtStrongest(body: string): Part[] | undefined {
  for (const re of SEPARATORS) {
    const seps = [...body.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const out: Part[] = [];
    for (let k = 0; k <= seps.length; k++) {
      const from = k === 0 ? 0 : seps[k - 1].end;
      const to = k === seps.length ? body.length : seps[k].start;
      const text = tidy(body.slice(from, to));
      if (text !== '') out.push({ text, before: k === 0 ? 0 : seps[k - 1].start, after: k === seps.length ? body.length : seps[k].end });
    }
    if (out.length >= 2) return out;
  }
  return undefined;
}

/** The non-empty pieces of `body` between any separators. */
function parts(body: string): string[] {
  return body.split(/[\n\u0000|｜，,。:：;；]+|\s+[-–—]\s+|\.\s+/).map(tidy).filter((x) => x !== '');
}

function isKnownOutlet(s: string): boolean {
  return outletKey(s).startsWith('group:');
}

/** Short enough to be an outlet's name: a known one, ≤ 12 Han characters ending like an organisation, or ≤ 5 Latin words. */
function looksLikeName(s: string): boolean {
  if (isKnownOutlet(s)) return true;
  // 上海有色网（SMM）: the name in brackets beside a Han name is part of it.
  const han = s.replace(/\s*[（(][^()（）]{1,20}[)）]$/, '');
  if (/^[\p{Script=Han}]+$/u.test(han)) return han.length <= 12 && HAN_ORG.test(han);
  return /^[A-Za-z0-9]/.test(s) && s.length <= 40 && s.split(/\s+/).length <= 5 && !/[.!?]$/.test(s);
}

/** A bare link: the outlet is its host (`reuters.com`, or the known name `Reuters`), the title its last path words. */
function fromUrl(url: string): Fields {
  const m = /^https?:\/\/(?:www\.)?([^/?#]+)([^?#]*)/i.exec(url);
  if (!m) return { outlet: '' };
  const host = m[1].toLowerCase();
  const label = host.split('.').slice(-2, -1)[0] ?? host;
  const outlet = isKnownOutlet(label) ? label.charAt(0).toUpperCase() + label.slice(1) : host;
  const slug = (m[2].split('/').filter((x) => /[a-z]{3,}/i.test(x)).at(-1) ?? '')
    .replace(/\.[a-z]{2,5}$/i, '')
    .replace(/[-_]+\d[\d-_]*$/, '')
    .replace(/[-_+]+/g, ' ')
    .trim();
  const title = slug.split(' ').filter((w) => /[a-z]/i.test(w)).length >= 2 ? slug : undefined;
  return { outlet, date: findFullDates(url)[0]?.iso, ...(title && { title }) };
}

function fromTable(row: string[], columns?: Role[]): Fields {
  const fields: Fields = { outlet: '' };
  if (columns && columns.length === row.length) {
    row.forEach((cell, i) => {
      const role = columns[i];
      if (role === 'date') fields.date = findFullDates(cell)[0]?.iso ?? firstYearMonth(cell);
      else if (role !== 'index') fields[role] = tidy(cell);
    });
    return fields;
  }
  // No header: the first cell is the outlet, a date-shaped cell the date, a link the url,
  // and the rest, in order, the title and the purpose.
  // `| 1 | Reuters | … |`: a number in the first cell is the entry's index.
  const [first = '', ...rest] = /^\d{1,3}\.?$/.test(row[0] ?? '') ? row.slice(1) : row;
  fields.outlet = tidy(first);
  const words: string[] = [];
  for (const cell of rest) {
    const d = findFullDates(cell)[0];
    if (d && cell.length - (d.end - d.start) <= 4 && !fields.date) fields.date = d.iso;
    else if (!fields.date && /^\d{4}\s*(?:[-/.]|年)\s*\d{1,2}\s*月?$/.test(cell)) fields.date = firstYearMonth(cell);
    else if (/^<?https?:\/\//.test(cell)) fields.url = cell.replace(/^<|>$/g, '');
    else if (tidy(cell) !== '') words.push(tidy(cell.replace(/^(?:用途|Purpose)\s*[:：]\s*/i, '')));
  }
  [fields.title, fields.purpose] = words;
  return fields;
}

/** `US weighs new AI chip curbs.` → without the period; `… Inc.` or `U.S.` keep theirs. */
function dropFinalPeriod(title: string): string {
  return /[a-z0-9)”"’'\p{Script=Han}]\.$/u.test(title) && !/\b(?:Inc|Corp|Co|Ltd|etc)\.$/.test(title) ? title.slice(0, -1) : title;
}

export function cells(row: string): string[] {
  return row
    .replace(/｜/g, '|')
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

/** Markdown emphasis is not part of a name: `**Invezz**`, `*Title*`, `_Title_`. */
function unemphasise(s: string): string {
  // `SCMP, *Title*, 2026-05-28`: a title set in italics after the outlet is quoted by them (not an outlet in italics at the start).
  const italic = /(?<=\S.*)(?<![\w*/])(?:\*([^*\n]{2,300})\*|_([^_\n]{2,300})_)(?![\w*/])/.exec(s.replace(/\*\*/g, ''));
  const plain = italic && !/[《“"「]/.test(s) ? s.replace(/\*\*/g, '').replace(italic[0], `“${italic[1] ?? italic[2]}”`) : s;
  return plain.replace(/\*+/g, '').replace(/(?<![\w/])_([^_\n]+)_(?![\w/])/g, '$1');
}

/** Markdown escapes are not part of the title: `\$1 million` is `$1 million`. */
function unescape(s: string): string {
  return s.replace(/\\([$*_[\]#`~|<>\\])/g, '$1');
}

function tidy(s: string | undefined): string {
  return (s ?? '')
    .replace(/\u0000/g, ' ')
    .replace(/\s*\n\s*/g, ' ')
    .trim()
    .replace(/^[，,:：;；.。\s–—-]+|[，,:：;；。\s–—-]+$/g, '')
    .replace(/(?:\s+\.)+$/, '')
    .replace(/^["“'‘]+|["”'’]+$/g, '')
    .trim();
}
