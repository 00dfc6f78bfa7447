// Prints a daily briefing from topics in one of the two layouts the real series uses:
// 'numbered' (1 / 1.1 headings, 摘要, Contents, `N. Outlet (date): Title` under 参考文献) and
// 'chinese' (一、 / （一） headings, [n] markers, `[n] Outlet，《Title》，date。` under 参考资料).
import layout from './layout.json' with { type: 'json' };
import { parseIso } from './calendar.js';

export type Layout = 'numbered' | 'chinese';

/** A topic already moved to its new date and varied: ready to print. */
export interface ReadyTopic {
  heading: string;
  paragraphs: string[];
  subsections: { heading: string; paragraphs: string[] }[];
  /** Cited references; `key` identifies one across topics so a shared reference is listed once. */
  references: ReadyReference[];
  /** Maps the topic's printed [n] markers to its references' keys. */
  markers?: Map<number, string>;
}

export interface ReadyReference {
  key: string;
  outlet: string;
  date?: string;
  title?: string;
  url?: string;
  purpose?: string;
}

export function composeBriefing(date: string, topics: ReadyTopic[], style: Layout, withContents: boolean): string {
  const refs = new Map<string, number>();
  const list: ReadyReference[] = [];
  for (const t of topics) {
    for (const r of t.references) {
      if (!refs.has(r.key)) {
        list.push(r);
        refs.set(r.key, list.length);
      }
    }
  }
  // [n] markers are renumbered into this briefing's reference list.
  const renumber = (t: ReadyTopic, p: string) =>
    t.markers ? p.replace(/\[(\d+)\]/g, (m, n: string) => {
      const key = t.markers?.get(Number(n));
      return key && refs.has(key) ? `[${refs.get(key)}]` : m;
    }) : p;

  const blocks: string[] = ['', layout.title, ...masthead(style), dateline(date)];
  if (style === 'numbered') {
    const summary = topics.map((t) => firstSentence(t.paragraphs[0] ?? t.subsections[0]?.paragraphs[0] ?? '')).join('');
    blocks.push(layout.summaryHeading, summary);
    if (withContents) blocks.push([layout.contentsHeading, '', ...contents(topics)].join('\n'));
  }
  topics.forEach((t, i) => {
    blocks.push(heading(style, 1, i, t.heading));
    blocks.push(...t.paragraphs.map((p) => renumber(t, p)));
    t.subsections.forEach((s, j) => {
      blocks.push(heading(style, 2, j, s.heading, i));
      blocks.push(...s.paragraphs.map((p) => renumber(t, p)));
    });
  });
  if (style === 'numbered') {
    blocks.push(`${topics.length + 1} ${layout.referencesHeading.numbered}`);
    blocks.push(list.map((r, i) => `${i + 1}. ${r.outlet}${r.date ? ` (${r.date})` : ''}${r.title ? `: ${r.title}` : ''}`).join('\n'));
    blocks.push(...layout.footer);
  } else {
    blocks.push(layout.referencesHeading.chinese);
    blocks.push(...list.map((r, i) => chineseReference(r, i + 1)));
  }
  return blocks.join('\n\n') + '\n';
}

function masthead(style: Layout): string[] {
  return style === 'numbered' ? layout.masthead : layout.masthead.slice(0, 1);
}

function dateline(iso: string): string {
  const d = parseIso(iso);
  return `${d.year} 年 ${d.month} 月 ${d.day} 日`;
}

function heading(style: Layout, level: 1 | 2, i: number, text: string, parent = 0): string {
  if (style === 'numbered') return level === 1 ? `${i + 1} ${text}` : `${parent + 1}.${i + 1} ${text}`;
  const numeral = layout.chineseNumerals[i] ?? String(i + 1);
  return level === 1 ? `${numeral}、${text}` : `（${numeral}）${text}`;
}

function contents(topics: ReadyTopic[]): string[] {
  const lines: string[] = [];
  let page = 2;
  topics.forEach((t, i) => {
    lines.push(`${i + 1}\t${t.heading}\t${page}`);
    t.subsections.forEach((s, j) => lines.push(`${i + 1}.${j + 1}\t${s.heading}\t${page + j}`));
    page += Math.max(1, t.subsections.length);
  });
  lines.push(`${topics.length + 1}\t${layout.referencesHeading.numbered}\t${page}`);
  return lines;
}

function chineseReference(r: ReadyReference, n: number): string {
  const date = r.date && /^\d{4}-\d{2}-\d{2}$/.test(r.date) ? zhDate(r.date) : r.date;
  const head = [`[${n}] ${r.outlet}`, r.title ? `《${r.title}》` : undefined, date].filter(Boolean).join('，');
  const lines = [`${head}。`];
  if (r.purpose) lines.push(`用途：${r.purpose}`);
  if (r.url) lines.push(`链接：${r.url}`);
  return lines.join('\n');
}

function zhDate(iso: string): string {
  const d = parseIso(iso);
  return `${d.year}年${d.month}月${d.day}日`;
}

function firstSentence(p: string): string {
  const end = p.indexOf('。');
  return end < 0 ? p : p.slice(0, end + 1);
}
