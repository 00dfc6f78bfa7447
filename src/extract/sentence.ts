// What the relation, date and observation rules see of one sentence: its span, the nodes mentioned
// in it (with positions), and ways to add an evidenced edge or name a node.
import type { EdgeType, Modality, NodeLabel } from '../model/index.js';
import type { Placed } from './relations.js';

export interface SentenceContext {
  text: string;
  start: number;
  end: number;
  mentions: Placed[];
  /** Organisations that are cited outlets here (据 Reuters 报道): attributions, not participants. */
  outletIds: Set<string>;
  /** The main node of the previous sentence of the paragraph, for 这一增长 / this growth. */
  previousSalient?: string;
  addEdge(type: EdgeType, from: string, to: string, modality: Modality): void;
  /**
   * A last-resort INVOLVES (rules/co-mention.ts): kept only if both ends are still nodes at the end —
   * it never by itself keeps a tentative noun phrase in the graph.
   */
  addCoMention(from: string, to: string): void;
  /** Whether a semantic edge already joins the two nodes (either way) in this sentence: general readers add only where none does. */
  linked(a: string, b: string): boolean;
  /** The name a node has now (for rules that compare names, not spans). */
  nameOf(id: string): string;
  /** The node for a name (lexicon first; else a new node of `label`), or undefined if not a fit name. */
  nodeFor(name: string, label?: NodeLabel): string | undefined;
}
