// Every mention in one sentence: lexicon aliases first, then the rules for what the lexicon does not
// know. Where candidates overlap the longer wins (稀土生产加工监管框架草案 over 稀土 as a phrase), and a
// same-span tie goes to the more specific rule; names inside a longer one (特朗普 inside
// 特朗普-习近平北京峰会) are kept as nested mentions, so the event still involves them.
import { lexicon, rules } from './lexicon.js';
import { RULE_PRIORITY, type Mention } from './mention.js';
import { englishMentions } from './rules/english.js';
import { datedThingMentions } from './rules/dated-things.js';
import { eventNounMentions, visitMentions } from './rules/event-nouns.js';
import { latinMentions } from './rules/latin.js';
import { orgSuffixMentions, policySuffixMentions, rolePersonMentions } from './rules/names.js';
import { documentMentions, namedCampaignMentions, quotedMentions, quotedPolicyMentions, titleMentions } from './rules/titles.js';
import { documentTitleMentions } from './rules/official.js';
import { zhPhraseMentions } from './rules/zh-controls.js';
import { activityMentions, campaignFieldMentions, domainCompoundMentions } from './rules/zh-concepts.js';
import { addresseeMentions, enumerationMentions } from './rules/zh-lists.js';
import { measuredMentions } from './rules/zh-measures.js';
import { companyMentions, productCodeMentions, rateLevyMentions, venueMentions } from './rules/zh-names.js';
import { zhNameShapeMentions } from './rules/zh-name-shapes.js';
import { zhUnitMentions } from './rules/zh-name-units.js';
import { listMemberMentions, suppliedObjectMentions } from './rules/zh-list-members.js';
import { zhPlaceMentions } from './rules/places.js';
import { opensWithClauseVerb } from './rules/false-edges.js';
import { nestedNameStands } from './rules/zh-nested.js';
import { listItemMentions, productCompoundMentions, productStart } from './rules/zh-product-phrase.js';
import {
  brokenLegalFormMentions,
  chemicalMentions,
  endUseMentions,
  kindHeadAt,
  kindNounMentions,
  latinIndicatorMentions,
  measuredAcronymMentions,
  ministryMentions,
  numberedMentions,
  placeShapeMentions,
  quotedCampaignMentions,
  shapedCompanyMentions,
  subUnitMentions,
} from './rules/zh-shapes.js';
import { tidy } from './text.js';
import { enDatedVerbMentions } from './rules/en-dated-verbs.js';
import { zhDatedVerbMentions } from './rules/zh-dated-verbs.js';

const PRICE_AFTER = /^[^，。；：,;:！？]{0,12}?(价格|售价)/;
const PRICE = /价格|售价/g;

/** 'B300 服务器中国黑市价格' → an Indicator for the product's price; a bare 价格 refers back to one. */
function priceMentions(text: string, start: number, end: number, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const p of found) {
    if (p.entry?.label !== 'Product') continue;
    const m = PRICE_AFTER.exec(text.slice(p.end, end));
    if (!m || kindHeadAt(text, p.end + m[0].length)) continue;
    const e = p.end + m[0].length;
    out.push({ start: p.start, end: e, name: `${p.entry.name} price`, label: 'Indicator', rule: 'price', aliases: [tidy(text.slice(p.start, e))] });
  }
  const slice = text.slice(start, end);
  PRICE.lastIndex = 0;
  for (let m = PRICE.exec(slice); m; m = PRICE.exec(slice)) {
    const s = start + m.index;
    if (kindHeadAt(text, s + m[0].length)) continue;
    if (out.some((o) => o.start <= s && o.end >= s + m[0].length)) continue;
    out.push({ start: s, end: s + m[0].length, name: m[0], label: 'Indicator', rule: 'price', anaphorHead: m[0] });
  }
  return out;
}

/**
 * Same-span ties go to the more specific rule; Concept is what a rule says when it knows no better,
 * so a rule that names the kind (韩华海洋株式会社 by its suffix) wins over one that only found a phrase.
 */
const priority = (m: Mention) => RULE_PRIORITY[m.rule] - (m.label === 'Concept' && m.rule !== 'lexicon' ? 2 : 0);

/** Keeps the longest candidates, then nested entity names inside them; sorted by position. */
export function choose(all: Mention[], text?: string): Mention[] {
  // An event phrase whose head word is the end of a known name (…与国产替代) is that name.
  const known = all.filter((m) => m.rule === 'lexicon');
  const cands = all.filter((m) => m.rule !== 'event-noun' || !known.some((k) => k.end === m.end && k.start > m.start));
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || priority(b) - priority(a) || a.start - b.start);
  const kept: Mention[] = [];
  for (const c of sorted) {
    let nested = false;
    let ok = true;
    for (const k of kept) {
      if (c.start >= k.end || c.end <= k.start) continue;
      if (c.start >= k.start && c.end <= k.end && !(c.start === k.start && c.end === k.end)) {
        nested = true;
        continue;
      }
      ok = false;
      break;
    }
    if (!ok) continue;
    // A Latin run that is most of a longer name is that name, not a second one.
    if (nested && c.rule === 'latin' && kept.some((k) => c.start >= k.start && c.end <= k.end && (c.end - c.start) / (k.end - k.start) >= 0.8)) continue;
    // LG in LG 新能源, SK in SK 海力士: the Latin short name opening a company's name is that company.
    if (nested && c.rule === 'latin' && kept.some((k) => k.label === 'Organization' && k.start === c.start && k.end > c.end)) continue;
    if (nested && !(c.rule === 'lexicon' || c.rule === 'latin' || c.rule === 'role-person') ) continue;
    if (nested && c.anaphorHead) continue;
    // 人大 across 机器人|大会, 商务部 of 美国商务部: no name of its own (zh-nested.ts).
    if (nested && text !== undefined && !nestedNameStands(text, c, kept)) continue;
    kept.push(nested ? { ...c, nested } : c);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Rules whose phrase is cut from running text, so may have caught a verb or copula at its front. */
const PHRASE_RULES = new Set<Mention['rule']>(['policy-suffix', 'event-noun', 'org-suffix']);
let lead: { words: string[]; saying: RegExp } | undefined;

/**
 * 是欧盟对华电动汽车反补贴措施 → 欧盟对华电动汽车反补贴措施, 商务部宣布加强两用物项 → 两用物项: a phrase
 * starts after a verb of saying inside it and never with a copula, adverb or verb; too little left
 * makes no mention.
 */
function trimLead(text: string, m: Mention): Mention | undefined {
  if (!PHRASE_RULES.has(m.rule) || m.anaphorHead) return m;
  const r = rules().phraseLead;
  lead ??= { words: [...r.words].sort((a, b) => b.length - a.length), saying: new RegExp(`^.*(?:${r.saying.join('|')})`, 'u') };
  let s = m.start;
  const said = lead.saying.exec(text.slice(s, m.end));
  if (said && said[0].length < m.end - s) s += said[0].length;
  for (let w = lead.words.find((x) => text.startsWith(x, s)); w && s + w.length < m.end; w = lead.words.find((x) => text.startsWith(x, s))) s += w.length;
  // 限制先进芯片, 海力士押注存储芯片: a thing is no measure taken on it, nor its subject's act.
  if (m.label === 'Product') s = productStart(text, s, m.end);
  if (m.label === 'Product' && opensWithClauseVerb(text, s, m.end)) return undefined;
  if (s === m.start) return m;
  const name = tidy(text.slice(s, m.end));
  if (name.length < 2) return undefined;
  // The issuer named before a verb of saying is the sentence's subject, no longer inside the phrase.
  return { ...m, start: s, name, ...(said ? { issuerName: undefined } : {}) };
}

/** Names by their shape (zh-shapes.ts): places, ministries, numbered announcements, kinds of licence, compounds, companies. */
const zhShapeMentions = (text: string, start: number, end: number, lex: Mention[]): Mention[] => [
  ...placeShapeMentions(text, start, end, lex),
  ...ministryMentions(text, start, end),
  ...numberedMentions(text, start, end),
  ...quotedCampaignMentions(text, start, end),
  ...latinIndicatorMentions(text, start, end),
  ...endUseMentions(text, start, end),
  ...brokenLegalFormMentions(text, start, end),
  ...measuredAcronymMentions(text, start, end),
  ...subUnitMentions(text, end, lex),
  ...kindNounMentions(text, start, end),
  ...chemicalMentions(text, start, end),
  ...shapedCompanyMentions(text, start, end),
];

/** The mentions of sentence text[start, end); `english` selects the English rules. */
export function sentenceMentions(text: string, start: number, end: number, english: boolean): Mention[] {
  const lex: Mention[] = lexicon()
    .match(text, start, end)
    .map((m) => ({ start: m.start, end: m.end, name: m.entry.name, label: m.entry.label, rule: 'lexicon', entry: m.entry }));
  const cands: Mention[] = [...lex, ...orgSuffixMentions(text, start, end), ...datedThingMentions(text, start, end)];
  if (english) {
    cands.push(...englishMentions(text, start, end), ...enDatedVerbMentions(text, start, end));
  } else {
    const people = [...lex.filter((m) => m.label === 'Person'), ...rolePersonMentions(text, start, end)];
    cands.push(
      ...people.filter((p) => p.rule !== 'lexicon'),
      ...latinMentions(text, start, end),
      ...policySuffixMentions(text, start, end),
      ...titleMentions(text, start, end),
      ...documentMentions(text, start, end),
      ...documentTitleMentions(text, start, end),
      ...zhPhraseMentions(text, start, end),
      ...quotedMentions(text, start, end),
      ...namedCampaignMentions(text, start, end),
      ...quotedPolicyMentions(text, start, end),
      ...eventNounMentions(text, start, end),
      ...visitMentions(text, start, end, people),
      ...priceMentions(text, start, end, lex),
      ...domainCompoundMentions(text, start, end),
      ...activityMentions(text, end, lex),
      ...campaignFieldMentions(text, start, end),
      ...enumerationMentions(text, start, end),
      ...addresseeMentions(text, start, end),
      ...measuredMentions(text, start, end),
      ...companyMentions(text, start, end),
      ...venueMentions(text, start, end),
      ...productCodeMentions(text, start, end),
      ...rateLevyMentions(text, start, end),
      ...zhNameShapeMentions(text, start, end, people),
      ...zhShapeMentions(text, start, end, lex),
      ...zhUnitMentions(text, start, end, lex),
      ...listMemberMentions(text, start, end, lex),
      ...suppliedObjectMentions(text, start, end),
      ...zhPlaceMentions(text, start, end),
      ...productCompoundMentions(text, start, end),
      ...listItemMentions(text, start, end),
      ...zhDatedVerbMentions(text, start, end),
    );
  }
  return choose(cands.map((m) => trimLead(text, m)).filter((m): m is Mention => m !== undefined), english ? undefined : text);
}
