// The bilingual lexicon: data files under lexicon/ (entities by label, relation cues, rule words),
// loaded once, plus the matcher that finds every alias in a text span. Matching ignores case,
// width and whitespace (制造业 PMI = 制造业PMI), respects Latin word boundaries, and keeps the
// longest alias at each position.
import { readFileSync, readdirSync } from 'node:fs';
import { NODE_LABELS, type NodeLabel } from '../model/index.js';
import { isAcceptableName } from './names.js';
import { foldChar, foldKey, isSpace, isWordCode } from './text.js';

/** foldChar on a char code, with a fast path for ASCII and CJK. */
function foldCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 128 || (code >= 0x3400 && code <= 0x9fff)) return code;
  return foldChar(String.fromCharCode(code)).charCodeAt(0);
}

export interface LexiconEntry {
  /** Canonical name, English where known. */
  name: string;
  label: NodeLabel;
  aliases: string[];
}

export interface LexiconMatch {
  start: number;
  end: number;
  entry: LexiconEntry;
}

interface EntityFile {
  label: NodeLabel;
  entries: { name: string; aliases: string[]; label?: NodeLabel }[];
}

const DIR = new URL('./lexicon/', import.meta.url);

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as T;
}

function loadEntries(): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  const files = readdirSync(new URL('./entities/', DIR)).filter((f) => f.endsWith('.json')).sort();
  for (const f of files) {
    const data = readJson<EntityFile>(`entities/${f}`);
    for (const e of data.entries) {
      const label = e.label ?? data.label;
      if (!NODE_LABELS.includes(label)) throw new Error(`lexicon/entities/${f}: unknown label ${label} for ${e.name}`);
      if (!isAcceptableName(e.name)) throw new Error(`lexicon/entities/${f}: "${e.name}" is not a fit node name (2-40 characters, no ，。；！？,;!?); put the long form in aliases`);
      out.push({ name: e.name, label, aliases: [...new Set([e.name, ...e.aliases])] });
    }
  }
  return out;
}

interface TrieNode {
  /** Keyed by the folded character's code. */
  next: Map<number, TrieNode>;
  /** `exact`: the spelling a short Latin alias must have (case-sensitive), spaces removed. */
  hits?: { entry: LexiconEntry; alias: string; exact?: string; capitalised?: boolean }[];
}

const newNode = (): TrieNode => ({ next: new Map() });

/** Short Latin aliases (AP, US, Fed, SIA) are words too: they must match with their exact case. */
function caseSensitive(alias: string): boolean {
  const letters = alias.replace(/[^A-Za-z]/g, '');
  return letters.length > 0 && letters.length <= 4 && !/[\u3400-\u9fff]/.test(alias);
}

const SMALL_WORDS = new Set(['of', 'on', 'and', 'for', 'the', 'in', 'to', 'at', 'de', '&']);
/**
 * Foreign Policy, The Hill, Time: a Latin name written with capitals is a name only when the text
 * capitalises it too (foreign policy interests is no magazine); lower-case aliases match any case.
 */
function isProperName(alias: string): boolean {
  const words = alias.split(/\s+/).filter((w) => !SMALL_WORDS.has(w));
  return /^[A-Za-z .&'’-]+$/.test(alias) && /[a-z]/.test(alias) && words.length > 0 && words.every((w) => /^[A-Z]/.test(w));
}
const capitalisedIn = (s: string) =>
  s.split(/\s+/).every((w) => !w || SMALL_WORDS.has(w.toLowerCase()) || !/^[A-Za-z]/.test(w) || /^[A-Z]/.test(w));
/** 15 CFR 744, 19 U.S.C. 2411: a short name between a title number and a section is a code cited, not the name. */
export const isCodeCitation = (text: string, i: number, j: number): boolean => /\d\s+$/.test(text.slice(Math.max(0, i - 4), i)) && /^\s+(?:\d|§|[Pp]arts?\b|[Ss]ection\b)/.test(text.slice(j, j + 9));

export class Lexicon {
  readonly entries: LexiconEntry[];
  private readonly root = newNode();
  private readonly byKey = new Map<string, LexiconEntry>();

  constructor(entries: LexiconEntry[]) {
    this.entries = entries;
    for (const entry of entries) {
      for (const alias of entry.aliases) {
        const key = foldKey(alias);
        if (key && !this.byKey.has(key)) this.byKey.set(key, entry);
        this.insert(alias, entry);
      }
    }
  }

  private insert(alias: string, entry: LexiconEntry): void {
    let node = this.root;
    for (const c of alias) {
      if (isSpace(c)) continue;
      const f = foldChar(c).charCodeAt(0);
      let n = node.next.get(f);
      if (!n) node.next.set(f, (n = newNode()));
      node = n;
    }
    (node.hits ??= []).push({ entry, alias, ...(caseSensitive(alias) ? { exact: alias.replace(/\s+/g, '') } : isProperName(alias) ? { capitalised: true } : {}) });
  }

  /** The entry having this alias (compared folded, without spaces or punctuation). */
  lookup(name: string): LexiconEntry | undefined {
    return this.byKey.get(foldKey(name));
  }

  /**
   * At each position of text[start, end), the longest alias of every entry that starts there, so
   * names inside a longer name are found too (习近平 inside 特朗普-习近平北京峰会, 伊朗 inside 伊朗冲突);
   * `choose` in mentions.ts keeps the outermost and marks the inner ones nested.
   */
  match(text: string, start: number, end: number): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code === 32 || code === 10 || (isWordCode(code) && i > 0 && isWordCode(text.charCodeAt(i - 1)))) continue;
      if (!this.root.next.has(foldCode(code))) continue;
      for (const hit of this.matchesAt(text, i, end)) {
        // The same name again inside itself (出口管制 inside 芯片出口管制) adds nothing; only recent
        // matches can contain this one, so look back a few.
        let dup = false;
        for (let k = out.length - 1; k >= 0 && k >= out.length - 8; k--) {
          const o = out[k];
          if (o.entry === hit.entry && o.start <= hit.start && o.end >= hit.end) dup = true;
        }
        if (!dup) out.push(hit);
      }
    }
    return out;
  }

  /** The longest match of each entry among the aliases starting at i, longest first. */
  private matchesAt(text: string, i: number, end: number): LexiconMatch[] {
    let node: TrieNode | undefined = this.root;
    const found: LexiconMatch[] = [];
    let j = i;
    while (j < end && node) {
      const code = text.charCodeAt(j);
      if ((code === 32 || code === 10 || code === 13 || code === 9) && j > i) {
        j++;
        continue;
      }
      node = node.next.get(foldCode(code));
      j++;
      if (node?.hits && !(isWordCode(text.charCodeAt(j - 1)) && j < text.length && isWordCode(text.charCodeAt(j)))) {
        for (const h of node.hits) {
          if (h.exact !== undefined && (h.exact !== text.slice(i, j).replace(/\s+/g, '') || isCodeCitation(text, i, j))) continue;
          if (h.capitalised && !capitalisedIn(text.slice(i, j))) continue;
          if (isOfficeTitle(text, j, h.entry)) continue;
          const prev = found.findIndex((f) => f.entry === h.entry);
          if (prev >= 0) found.splice(prev, 1);
          found.push({ start: i, end: j, entry: h.entry });
        }
      }
    }
    return found.reverse();
  }
}

/** 商务部长 / 财政部长: an organisation's name followed by 长 names an office holder, not the organ. */
function isOfficeTitle(text: string, end: number, entry: LexiconEntry): boolean {
  const t = rules().officeTitles;
  return entry.label === 'Organization' && text.startsWith(t.title, end) && t.organEnds.includes(text[end - 1]);
}

let shared: Lexicon | undefined;
/** The lexicon built from src/extract/lexicon/entities/*.json (built once per process). */
export function lexicon(): Lexicon {
  return (shared ??= new Lexicon(loadEntries()));
}

export interface EventNounRule {
  noun: string;
  label: NodeLabel;
  /** What a date written right before the noun phrase means: when it happened, or the period it covers. */
  date: 'occurred' | 'period';
  /** Verb-object use names the thing too: 重建关税体系 = 关税体系重建. */
  objectAfter?: boolean;
}

export interface Rules {
  orgSuffixes: string[];
  orgSuffixesLatin: string[];
  orgRejectPrefixes: string[];
  /** Words ending in a suffix that are not organisations (总部, 格局, 数据中心). */
  orgRejectWords: string[];
  /** 商务部长 is a title: an organ ending in one of `organEnds` does not match before `title`. */
  officeTitles: { organEnds: string[]; title: string };
  orgMinChars: number;
  /** 阿姆斯特丹上诉法院: a court head takes its rank qualifiers and its place. */
  courts: { heads: string[]; qualifiers: string[] };
  /** 撤销行政令: an order noun standing alone after these words is a Policy. */
  bareOrders: { nouns: string[]; before: string[] };
  /** A phrase before an event noun shorter than this (政府审查, 关键谈判) is too generic to name it, unless it is a place (伊朗冲突). */
  eventNounMinCore: number;
  policySuffixes: string[];
  titleLabels: { endsWith: string[]; label: NodeLabel }[];
  titleDefaultLabel: NodeLabel;
  campaignSuffixes: string[];
  /** Policy words after a quoted name (“反内卷”政策): the name and the word together are the Policy. */
  quotedPolicyKinds: { words: string[] };
  eventNouns: EventNounRule[];
  nameModifiers: string[];
  /** Words that make a phrase describe something unnamed (突破性协议, 更多协议): neither a name nor a reference back. */
  unnamedModifiers: string[];
  roleWords: string[];
  personTags: string[];
  npTags: string[];
  npJoinWords: string[];
  npStopWords: string[];
  stopVerbs: string[];
  visit: { verbs: string[]; name: string };
  latinStopwords: string[];
  latinProductPattern: string;
  /** Context that makes an unknown all-caps word (CSIS, KBS) an organisation rather than a term (IPO, PUE). */
  acronymOrganization: { after: string[]; before: string[] };
  /** Words a rule's phrase never starts with, and verbs of saying after which a new clause starts. */
  phraseLead: { words: string[]; saying: string[] };
  countryPrefixes: string[];
  /** Single English nouns too vague to be a node on their own (use, result, measures). */
  englishNounStopwords: string[];
  /** An official document by its number: 商务部公告2025年第61号 (groups: issuer+kind, year, number). */
  documentNumber: string;
  /** English words that end an event or policy name (the Supreme Court IEEPA Decision). */
  englishEventWords: string[];
}

export interface CueWords {
  causes: {
    forward: string[];
    reverse: string[];
    circumfix: { open: string; close: string }[];
    causeClause: string[];
    after: string[];
  };
  constrains: {
    forward: string[];
    mutual: string[];
    under: { markers: string[]; notFollowedBy: string[] };
    setsLimit: { cues: string[]; requires: string[] };
    target: { open: string; close: string; abbreviations: Record<string, string> };
    /** 依据/援引《…》: a law cited as the ground of an act. */
    citing: string[];
    /** 'limited restrictions', 'were restricted': an English -ed cue after these is no verb of its subject. */
    adjectiveAfter: string[];
    participleAfter: string[];
    /** 威胁自 11 月 1 日起加征…: a threat of an act, not a constraint on the next name. */
    threatenTo: { cues: string[]; followedBy: string[] };
  };
  issuedBy: {
    verbs: string[];
    /** 最高法院…在 X 案中…裁定: a court's ruling is the case named before the verb, not what follows it. */
    judgeVerbs: string[];
    dataNouns: string[];
    produces: string[];
    /** ORG 将 A、B 列入 X 清单 (putOn, heads); ORG 依据《…》，将… (grounds); X 由 ORG 牵头制定 (byHelpers). */
    lists: { putOn: string[]; objectMarkers: string[]; addVerbs: string[]; addTo: string[]; heads: string[]; listedLabels: NodeLabel[]; placeEntities: string[]; grounds: string[]; byHelpers: string[]; byTimeWords: string[];
      /** 财政部宣布禁止…，采购禁令自…生效: the ban named after the clause of 禁止 (not 该禁令, which refers back). */
      banVerbs: string[]; banHeads: string[]; referBack: string[];
      /** 商务部、海关总署…将…: organisations joined by these act together. */
      joiners: string[] };
  };
  partOf: { ownerFirst: string[]; partFirst: string[] };
  /** policyObjectLabels: what a policy named after its object governs (稀土出口限制 → 稀土). */
  involves: { participantLabels: NodeLabel[]; eventLabels: NodeLabel[]; policyObjectLabels: NodeLabel[] };
  modality: { possible: string[]; expected: string[] };
  dates: {
    expiryWords: string[];
    /** What may stand between a date and the thing it dates (发布了, 在, 题为“). */
    gapBeforeObject: string;
    /** A date followed by this is the release date of the data named in the sentence. */
    dataAfterDate: string;
  };
}

let rulesData: Rules | undefined;
let cuesData: CueWords | undefined;
export const rules = (): Rules => (rulesData ??= readJson<Rules>('rules.json'));
export const cues = (): CueWords => (cuesData ??= readJson<CueWords>('cues.json'));
