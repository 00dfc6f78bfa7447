// A mention: a span of the briefing text that names (or refers back to) a node. Every rule returns
// mentions; `mentions.ts` chooses among overlapping ones and `nodes.ts` turns them into nodes.
import type { NodeLabel } from '../model/index.js';
import type { LexiconEntry } from './lexicon.js';

export type MentionRule =
  | 'lexicon'
  | 'latin'
  | 'org-suffix'
  | 'policy-suffix'
  | 'title'
  | 'quoted'
  | 'event-noun'
  | 'role-person'
  | 'visit'
  /** A thing a dated verb happens to (rules/dated-things.ts). */
  | 'dated-thing'
  /** An event a dated verb makes or dates (rules/en-dated-verbs.ts): below a name rule's own reading of the same span. */
  | 'dated-verb'
  | 'price'
  /** A reference back (the agency, 该部, 此举) to a node named before (rules/anaphora.ts): never a node of its own. */
  | 'anaphor'
  | 'english'
  /** A plain English noun phrase: a node only if it turns out to matter (see extract.ts). */
  | 'english-np';

export interface Mention {
  /** Offsets into the briefing text. */
  start: number;
  end: number;
  /** The name the rule proposes (tidied surface, or a composed form such as 特朗普访华). */
  name: string;
  label: NodeLabel;
  rule: MentionRule;
  entry?: LexiconEntry;
  /**
   * Set when the mention only refers back (这一裁决, 贸易休战, 价格): the head noun it shares with its
   * antecedent. Such a mention becomes no node of its own.
   */
  anaphorHead?: string;
  /** Another node the phrase names inside it as issuer (最高法院裁决 → 最高法院). */
  issuerName?: string;
  /** Further surface forms for the same node (the acronym in 美国信息技术与创新基金会 (ITIF)). */
  aliases?: string[];
  /** Inside a longer mention (特朗普 inside 特朗普-习近平北京峰会). */
  nested?: boolean;
  /** What a date written right before the phrase means (event nouns only). */
  dateRole?: 'occurred' | 'period';
}

/** Higher wins when two candidates cover exactly the same span. */
export const RULE_PRIORITY: Record<MentionRule, number> = {
  visit: 9,
  'dated-thing': 4,
  'dated-verb': 1,
  lexicon: 8,
  'role-person': 7,
  title: 6,
  quoted: 6,
  price: 5,
  anaphor: 5,
  'event-noun': 4,
  'policy-suffix': 4,
  'org-suffix': 3,
  english: 2,
  'english-np': 0,
  latin: 1,
};
