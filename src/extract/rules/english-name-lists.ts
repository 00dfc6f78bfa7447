// English name lists: "General Motors, Ford and Stellantis" (unknown siblings of known organisations
// are organisations) and "rare earths, among them samarium, terbium and dysprosium" (each member
// labelled like the head noun before the cue). Words: lexicon/english-names.json.
import type { NodeLabel } from '../../model/index.js';
import type { Mention } from '../mention.js';
import { chunkText, nameChunks, words, type NameChunk, type Token } from './english-name-chunks.js';

/**
 * "Suppliers to General Motors, Ford and Stellantis": in a list of three or more capitalised names
 * where two or more are organisations and none a person or place, the unknown ones are organisations too.
 */
export function listSiblings(text: string, start: number, end: number, found: Mention[]): Mention[] {
  const chunks = nameChunks(text, start, end);
  const out: Mention[] = [];
  let i = 0;
  while (i < chunks.length) {
    let j = i;
    while (j + 1 < chunks.length && /^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/.test(text.slice(chunks[j].end, chunks[j + 1].start))) j++;
    const list = chunks.slice(i, j + 1);
    i = j + 1;
    const labelOf = (c: NameChunk) => found.find((m) => !m.nested && m.start <= c.start && m.end >= c.end && m.rule !== 'english-np')?.label;
    const labels = list.map(labelOf);
    if (labels.some((l) => l === 'Person' || l === 'Place')) continue;
    // "foundry peers Hua Hong, Nexchip Semiconductor and …": an organisation noun before the list types every member.
    const headed = list.length >= 2 && words().orgNounBefore.test(text.slice(Math.max(start, list[0].start - 60), list[0].start));
    if (!headed && (list.length < 3 || labels.filter((l) => l === 'Organization').length < 2)) continue;
    list.forEach((c, k) => {
      if (labels[k] !== 'Organization') out.push({ start: c.start, end: c.end, name: chunkText(text, c), label: 'Organization', rule: 'english' });
    });
  }
  return out;
}

const ITEM = /^(\p{L}[\p{L}\d'’-]*(?:\s+\p{L}[\p{L}\d'’-]*){0,2}?)(?=\s*(?:,|\band\b|\bor\b|[.;:)]|$))/u;
const STOP_ITEM = /^(?:the|a|an|other|more|many|several|some|which|that|those|these|its|their|together|with|both|all)\b/i;

/** The members after a list cue: A, B and C (each one to three words). */
function members(text: string, at: number, end: number): Token[] {
  const out: Token[] = [];
  let s = at;
  for (let i = 0; i < 8; i++) {
    const rest = text.slice(s, end);
    const m = ITEM.exec(rest);
    if (!m || STOP_ITEM.test(m[1])) break;
    out.push({ text: m[1], start: s, end: s + m[1].length });
    const sep = /^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)/.exec(rest.slice(m[1].length));
    if (!sep) break;
    const last = /(?:and|or)\s+$/.test(sep[0]);
    s += m[1].length + sep[0].length;
    if (last) {
      const m2 = ITEM.exec(text.slice(s, end));
      if (m2 && !STOP_ITEM.test(m2[1])) out.push({ text: m2[1], start: s, end: s + m2[1].length });
      return out.length >= 2 ? out : [];
    }
  }
  return [];
}

// A programme's or policy's list names things of other kinds (programs, including airships, balloons …).
const PLAIN_LABELS: NodeLabel[] = ['Product', 'Organization', 'Place'];
/** The label a list's head noun gives its members: a thing's label, or Organization for "carmakers". */
function headLabelOf(m: Mention): NodeLabel | undefined {
  if (PLAIN_LABELS.includes(m.label)) return m.label;
  const last = m.name.toLowerCase().split(/\s+/).pop() ?? '';
  return words().orgNouns.has(last) ? 'Organization' : undefined;
}

/** "seven rare earths, among them samarium, terbium and dysprosium": each member labelled like the head noun. */
export function enumerationMentions(text: string, start: number, end: number, found: Mention[]): Mention[] {
  const w = words();
  const out: Mention[] = [];
  const re = w.listCue;
  const slice = text.slice(start, end);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const cueAt = start + m.index;
    // The noun right before the cue (a lexicon's thing before a plain noun run of the same end).
    const heads = found.filter((f) => f.end === cueAt && !f.nested).sort((a, b) => Number(a.rule === 'english-np') - Number(b.rule === 'english-np'));
    const label = heads.length ? headLabelOf(heads[0]) : undefined;
    if (!label) continue;
    for (const t of members(text, cueAt + m[0].length, end)) {
      if (/\d/.test(t.text) || w.never.has(t.text)) continue;
      out.push({ start: t.start, end: t.end, name: t.text, label, rule: 'english' });
    }
  }
  return out;
}
