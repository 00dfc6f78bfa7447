// The capitalised runs of English text (with inner of/for/the, &, hyphens, accented letters,
// CamelCase, ALLCAPS) and the closed-class words that read them (lexicon/english-names.json): the
// raw material english-names.ts types and english-name-lists.ts reads lists from.
import { readFileSync } from 'node:fs';

interface NameWords {
  roleWords: string[];
  orgHeads: string[];
  companyRoles: string[];
  legalForms: string[];
  orgNouns: string[];
  sayVerbs: string[];
  connectors: string[];
  neverNames: string[];
  calendarWords: string[];
  listCues: string[];
  thingPronouns: string[];
  personPronouns: string[];
  sourceCues: string[];
}

export interface Compiled {
  never: Set<string>;
  calendar: Set<string>;
  heads: Set<string>;
  connectors: Set<string>;
  roles: Set<string>;
  companyRoles: Set<string>;
  legalForms: Set<string>;
  /** "director at X", "a spokesperson for X", "chief executive of X": X is where the role is held. */
  roleAt: RegExp;
  orgNouns: Set<string>;
  /** A role word (any case) ending the text before a name: "Commerce Minister ", "analyst ". */
  roleBefore: RegExp;
  /** ", chief executive of …", ", China's international trade representative". */
  rolePast: RegExp;
  orgNounBefore: RegExp;
  orgPast: RegExp;
  sayAfter: RegExp;
  saidBefore: RegExp;
  sourceBefore: RegExp;
  listCue: RegExp;
  pronoun: RegExp;
  thing: Set<string>;
}

let compiled: Compiled | undefined;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (ws: string[]) => [...ws].sort((a, b) => b.length - a.length).map(escape).join('|');

export function words(): Compiled {
  if (compiled) return compiled;
  const d = JSON.parse(readFileSync(new URL('../lexicon/english-names.json', import.meta.url), 'utf8')) as NameWords;
  const mod = `(?:[\\p{L}][\\p{L}\\d'’-]*\\s+){0,4}?`;
  compiled = {
    never: new Set([...d.neverNames, ...d.calendarWords]),
    calendar: new Set(d.calendarWords),
    heads: new Set(d.orgHeads),
    connectors: new Set(d.connectors),
    roles: new Set(d.roleWords.map((w) => w.toLowerCase())),
    orgNouns: new Set(d.orgNouns),
    legalForms: new Set(d.legalForms),
    companyRoles: new Set(d.companyRoles.map((w) => w.toLowerCase())),
    roleAt: new RegExp(`\\b(?:${alt(d.roleWords)})\\b(?:\\s+[a-z][\\w'’-]*){0,4}?\\s+(?:at|for|of)\\s+(?:the\\s+)?$`, 'u'),
    roleBefore: new RegExp(`(?:^|[\\s,(])(?:${alt(d.roleWords)})\\s+$`, 'u'),
    rolePast: new RegExp(`^,\\s+(?:the\\s+|a\\s+|an\\s+)?${mod}(?:${alt(d.roleWords)})\\b(?!['’-])`, 'u'),
    orgNounBefore: new RegExp(`(?:^|\\b(?:the|a|an|its|rival|fellow|for|by|from|with|to|at|of|and)\\s+)${mod}(?:${alt(d.orgNouns)})\\s+$`, 'iu'),
    orgPast: new RegExp(`^,\\s+(?:a|an|the)\\s+${mod}(?:${alt(d.orgNouns)})\\b`, 'u'),
    sayAfter: new RegExp(`^\\s+(?:(?:has|had|have|also)\\s+)?(?:${alt(d.sayVerbs)})\\b`, 'u'),
    saidBefore: new RegExp(`\\b(?:${alt(d.sayVerbs)})\\s+$`, 'u'),
    sourceBefore: new RegExp(`\\b(?:${alt(d.sourceCues)})\\s+$`, 'iu'),
    pronoun: new RegExp(`\\b(?:${alt([...d.thingPronouns, ...d.personPronouns])})\\b`, 'u'),
    thing: new Set(d.thingPronouns),
    listCue: new RegExp(`,?\\s+(?:${alt(d.listCues)})\\s+`, 'gu'),
  };
  return compiled;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** A capitalised run: its tokens (connectors included) and span. */
export interface NameChunk {
  start: number;
  end: number;
  tokens: Token[];
}

const CAP = /^(?:\p{Lu}|\d+\p{Lu})/u;
// A middle initial between two name words (Donald J. Trump) is a token of its own, dot included.
const TOKEN = /(?:\p{Lu}\.){2,}|(?<=\p{Lu}\p{Ll}+ )\p{Lu}\.(?= \p{Lu}\p{Ll})|[\p{L}\d][\p{L}\p{M}\d'’-]*|&/gu;
/** "Magnosphere" is a word; "AlixPartners" (an inner capital after lowercase, not Mc/Mac/O') a made name. */
export const CAMEL = /^(?!Mc|Mac)\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;

/** The capitalised runs of text[start, end), cut at punctuation, possessives and never-name words. */
export function nameChunks(text: string, start: number, end: number): NameChunk[] {
  const w = words();
  const out: NameChunk[] = [];
  let run: Token[] = [];
  const flush = () => {
    // Never-name words are cut only at the start ("After Commerce Minister …"), months and weekdays
    // at either edge; "Association of Automotive Suppliers" keeps its last word.
    while (run.length && (w.connectors.has(run[run.length - 1].text) || w.calendar.has(run[run.length - 1].text))) run.pop();
    while (run.length && (w.connectors.has(run[0].text) || w.never.has(run[0].text))) run.shift();
    // "Toyota and Volkswagen" is two names; "Bureau of Industry and Security" one (an "and" after "of").
    const and = run.findIndex((t, i) => (t.text === 'and') && !run.slice(0, i).some((x) => x.text === 'of' || x.text === 'for'));
    if (and > 0) {
      const rest = run.slice(and + 1);
      run = run.slice(0, and);
      flush();
      run = rest;
      flush();
      return;
    }
    if (run.some((t) => !w.connectors.has(t.text))) out.push({ start: run[0].start, end: run[run.length - 1].end, tokens: run });
    run = [];
  };
  const slice = text.slice(start, end);
  let prevEnd = -1;
  for (const m of slice.matchAll(TOKEN)) {
    const s = start + m.index!;
    let t = m[0];
    const gap = prevEnd < 0 ? ' ' : text.slice(prevEnd, s);
    if (!/^ $/.test(gap)) flush();
    // A possessive ends the name it follows: "China's licence" → China, "the Netherlands' ASML" → Netherlands
    // (not before an organisation head: European Automobile Manufacturers' Association).
    const poss = /['’]s$/.test(t) || (/(?<=s)['’]$/.test(t) && !w.heads.has(/^\s+([\p{L}.]+)/u.exec(text.slice(s + t.length, s + t.length + 30))?.[1] ?? ''));
    if (poss) t = t.slice(0, /s$/.test(t) ? -2 : -1);
    const tok = { text: t, start: s, end: s + t.length };
    // A never-name word may open a run only to be cut off again (the edges are trimmed in flush).
    if (CAP.test(t)) run.push(tok);
    else if (run.length && w.connectors.has(t)) run.push(tok);
    else flush();
    if (poss) flush();
    prevEnd = s + m[0].length;
  }
  flush();
  return out;
}

export const chunkText = (text: string, c: { start: number; end: number }) => text.slice(c.start, c.end);
