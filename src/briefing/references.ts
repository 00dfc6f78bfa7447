// The reference list (参考文献 / 参考资料 / References / Sources) in the layouts briefings use:
//   1. Invezz (2026-05-07): Title            [1] Outlet (2026-05-07): Title
//   Outlet | Title | 2026-05-07 | 用途         (also as a markdown table with a header row)
//   Outlet，《Title》，2026年5月7日。用途：… 链接：https://…   (用途/链接 may sit on their own lines)
//   - Outlet, "Title", May 7, 2026, https://…
// Entries may be separated by blank lines; a wrapped entry continues on unmarked lines.
import { findFullDates, firstYearMonth } from './dates.js';
import type { Line } from './lines.js';
import type { Reference } from './types.js';

const MARKER = /^(?:[[［](\d{1,3})[\]］]|(\d{1,3})[.、．)）]|[（(](\d{1,3})[)）]|[-*•·])\s*/;
const CONTINUATION = /^(?:用途|链接|网址|URL|Link|Purpose|Retrieved|Accessed|Available at|https?:\/\/|<https?:)/i;
const TABLE_RULE = /^\|?\s*:?-{3,}/;
const HEADER_ROLES: Record<string, Role> = {
  来源: 'outlet', 媒体: 'outlet', 出处: 'outlet', 机构: 'outlet', outlet: 'outlet', source: 'outlet', publisher: 'outlet',
  标题: 'title', 题目: 'title', 文章: 'title', title: 'title', headline: 'title',
  日期: 'date', 时间: 'date', 发布日期: 'date', date: 'date', published: 'date',
  用途: 'purpose', 说明: 'purpose', purpose: 'purpose', note: 'purpose', notes: 'purpose',
  链接: 'url', 网址: 'url', url: 'url', link: 'url',
  序号: 'index', 编号: 'index', '#': 'index', 'no.': 'index', no: 'index',
};
type Role = 'outlet' | 'title' | 'date' | 'purpose' | 'url' | 'index';

export function parseReferences(text: string, lines: ReadonlyArray<{ line: Line }>): Reference[] {
  const marked = lines.length > 0 && MARKER.test(lines[0].line.clean);
  const entries: Line[][] = [];
  let columns: Role[] | undefined;
  for (const { line } of lines) {
    const clean = line.clean;
    if (TABLE_RULE.test(clean)) continue;
    if (clean.includes('|')) {
      const roles = headerRoles(cells(clean));
      if (roles) {
        columns = roles;
        continue;
      }
    }
    const starts = marked ? MARKER.test(clean) : !CONTINUATION.test(clean);
    if (starts || entries.length === 0) entries.push([line]);
    else entries[entries.length - 1].push(line);
  }
  return entries.map((entry, i) => {
    const start = entry[0].start;
    const end = entry[entry.length - 1].end;
    const body = entry.map((l) => l.clean).join(' ');
    const m = MARKER.exec(body);
    const printed = m ? Number(m[1] ?? m[2] ?? m[3]) : NaN;
    const fields = parseEntry(m ? body.slice(m[0].length) : body, columns);
    return {
      index: Number.isFinite(printed) ? printed : i + 1,
      ...fields,
      raw: { start, end, text: text.slice(start, end) },
    };
  })
    // A bare marker (a list cut off after `6.`) names nothing to cite.
    .filter((r) => r.outlet !== '' || r.title || r.date || r.url);
}

type Fields = Omit<Reference, 'index' | 'raw'>;

/** Reads one entry's outlet, title, date, purpose and link, whatever the layout. */
export function parseEntry(entry: string, columns?: Role[]): Fields {
  let body = unescape(entry.trim());
  let url: string | undefined;
  const u = /(?:(?:链接|网址|URL|Link)\s*[:：]\s*)?<?(https?:\/\/[^\s<>"'，。）)\]]+)>?/i.exec(body);
  if (u) {
    url = u[1].replace(/[.,;]+$/, '');
    body = (body.slice(0, u.index) + body.slice(u.index + u[0].length)).trim();
  }
  let purpose: string | undefined;
  const p = /(?:用途|Purpose|Used for)\s*[:：]\s*/i.exec(body);
  if (p && !body.includes('|')) {
    purpose = tidy(body.slice(p.index + p[0].length));
    body = body.slice(0, p.index).trim();
  }

  let fields: Fields;
  if (body.includes('|')) fields = fromTable(cells(body), columns);
  else fields = fromOutletDateTitle(body) ?? fromQuotedTitle(body) ?? fromPlain(body);
  if (url && !fields.url) fields.url = url;
  if (purpose && !fields.purpose) fields.purpose = purpose;
  if (!fields.date) fields.date = findFullDates(body)[0]?.iso ?? firstYearMonth(body);
  return dropEmpty(fields);
}

/** `Invezz (2026-05-07): Trump-Xi summit: trade, Taiwan, AI talks in focus` */
function fromOutletDateTitle(body: string): Fields | undefined {
  const m = /^([^()（）:：]+?)\s*[（(]([^()（）]{4,40})[)）]\s*[:：.]\s*(.+)$/.exec(body);
  if (!m) return undefined;
  const date = findFullDates(m[2])[0]?.iso ?? firstYearMonth(m[2]);
  if (!date) return undefined;
  return { outlet: tidy(m[1]).replace(/\.$/, ''), date, title: dropFinalPeriod(tidy(m[3])) };
}

/** `Outlet，《Title》，2026年5月7日。` and `Outlet, "Title", May 7, 2026` */
function fromQuotedTitle(body: string): Fields | undefined {
  const m = /《([^》]+)》|“([^”]+)”|"([^"]+)"|「([^」]+)」/.exec(body);
  if (!m) return undefined;
  const title = tidy(m[1] ?? m[2] ?? m[3] ?? m[4]);
  let outlet = tidy(body.slice(0, m.index));
  if (outlet === '') {
    // 《Title》，Outlet，2026年5月7日: the outlet is the first part after the title that is not a date.
    const after = body.slice(m.index + m[0].length).split(/[，,。;；]/).map(tidy);
    outlet = after.find((x) => x !== '' && findFullDates(x).length === 0 && !firstYearMonth(x)) ?? '';
  }
  return { outlet, title, date: findFullDates(body.slice(m.index + m[0].length))[0]?.iso };
}

/** `Outlet: Title, May 7, 2026` or `Outlet, Title, 2026-05-07` */
function fromPlain(body: string): Fields {
  const dates = findFullDates(body);
  let rest = body;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + rest.slice(d.end);
  const parts = rest.split(/\s*[:：]\s+|[:：]|\s+[-–—|]\s+|[，,]\s*/).map(tidy).filter((x) => x !== '');
  const [outlet = '', ...others] = parts;
  const title = others.sort((a, b) => b.length - a.length)[0];
  return { outlet, title, date: dates[0]?.iso };
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
  const [first = '', ...rest] = row;
  fields.outlet = tidy(first.replace(MARKER, ''));
  const words: string[] = [];
  for (const cell of rest) {
    const d = findFullDates(cell)[0];
    if (d && cell.length - (d.end - d.start) <= 4 && !fields.date) fields.date = d.iso;
    else if (/^<?https?:\/\//.test(cell)) fields.url = cell.replace(/^<|>$/g, '');
    else words.push(tidy(cell.replace(/^(?:用途|Purpose)\s*[:：]\s*/i, '')));
  }
  [fields.title, fields.purpose] = words;
  return fields;
}

/** `US weighs new AI chip curbs.` → without the period; `… Inc.` or `U.S.` keep theirs. */
function dropFinalPeriod(title: string): string {
  return /[a-z0-9)”"’']\.$/.test(title) && !/\b(?:Inc|Corp|Co|Ltd|etc)\.$/.test(title) ? title.slice(0, -1) : title;
}

function cells(row: string): string[] {
  return row
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

function headerRoles(row: string[]): Role[] | undefined {
  const roles = row.map((c) => HEADER_ROLES[c.toLowerCase().replace(/[:：]$/, '')]);
  return roles.every((r) => r !== undefined) ? (roles as Role[]) : undefined;
}

/** Markdown escapes are not part of the title: `\$1 million` is `$1 million`. */
function unescape(s: string): string {
  return s.replace(/\\([$*_[\]#`~|<>\\])/g, '$1');
}

function tidy(s: string | undefined): string {
  return (s ?? '')
    .trim()
    .replace(/^[，,:：;；\s-]+|[，,:：;；。\s-]+$/g, '')
    .replace(/^["“'‘]+|["”'’]+$/g, '')
    .trim();
}

function dropEmpty(f: Fields): Fields {
  const out: Fields = { outlet: f.outlet };
  if (f.date) out.date = f.date;
  if (f.title) out.title = f.title;
  if (f.url) out.url = f.url;
  if (f.purpose) out.purpose = f.purpose;
  return out;
}
