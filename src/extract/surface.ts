// A fragment read from the simplified view of a traditional-character text (briefing/script.ts)
// shown as the text was written: the view has the original's length position for position, so a
// sentence at [s, e) of the view is original.slice(s, e) and a name found at [s, e) of the view is
// written original.slice(s, e) there. Ids stay those of the simplified names, so 經濟部 here and 经济部
// in a simplified briefing are one node; the simplified form stays an alias, so a search in either
// script finds it.
import { createHash } from 'node:crypto';
import type { Evidence, GraphFragment, GraphNode } from '../model/index.js';

/** `fragment` was extracted from the view of `original` (`fragment.briefing.text`); returns it with the original's surfaces. */
export function withOriginalSurface(fragment: GraphFragment, original: string): GraphFragment {
  const s = new Surfaces(fragment.briefing.text, original);
  const ev = (e: Evidence): Evidence => ({ ...e, text: original.slice(e.start, e.end) });
  const { briefing } = fragment;
  return {
    briefing: {
      ...briefing,
      title: s.loose(briefing.title),
      ...(briefing.summary !== undefined ? { summary: s.loose(briefing.summary) } : {}),
      contentHash: createHash('sha256').update(original).digest('hex'),
      text: original,
    },
    nodes: fragment.nodes.map((n) => surfaceNode(n, s, ev)),
    edges: fragment.edges.map((e) => ({ ...e, evidence: e.evidence.map(ev) })),
  };
}

function surfaceNode(n: GraphNode, s: Surfaces, ev: (e: Evidence) => Evidence): GraphNode {
  // A Source or an earlier Briefing is named by a title taken from the text (maybe joined across lines):
  // every character of it was read there. Any other name may be the lexicon's own form (工业和信息化部
  // for a text that wrote 工信部), which only gets a surface where the text wrote exactly that.
  const written = n.label === 'Source' || n.label === 'Briefing' ? (x: string) => s.loose(x) : (x: string) => s.exact(x) ?? x;
  const aliases: string[] = [];
  for (const a of n.aliases) aliases.push(written(a), a);
  const out: GraphNode = { ...n, name: written(n.name), aliases: [...new Set(aliases)] };
  if (n.startEvidence) out.startEvidence = ev(n.startEvidence);
  if (n.endEvidence) out.endEvidence = ev(n.endEvidence);
  if (n.observations) out.observations = n.observations.map((o) => ({ ...o, evidence: ev(o.evidence) }));
  if (n.source) {
    const { outlet, title, purpose } = n.source;
    out.source = { ...n.source, outlet: s.loose(outlet), ...(title !== undefined && { title: s.loose(title) }), ...(purpose !== undefined && { purpose: s.loose(purpose) }) };
  }
  return out;
}

/** What a name may leave out between two of its characters: spaces, line breaks, the quotes of “第一阶段”行动. */
const GAP = '[\\s“”‘’《》]*';
const SKIPPED = /[\s“”‘’《》]/;

class Surfaces {
  private chars?: Map<string, string>;
  constructor(
    private readonly view: string,
    private readonly original: string,
  ) {}

  /**
   * As written where the view holds this string, exactly or with other spacing or quotes (`100% 关税`
   * tidied from `100%关税`, a name joined across a line break, 第一阶段行动 from “第一阶段”行动): each
   * character is the original's at the place it was read, spaces as in the name. Undefined where the
   * view does not hold it.
   */
  exact(x: string): string | undefined {
    if (!/\p{Script=Han}|[“”‘’]/u.test(x)) return x;
    const at = this.view.indexOf(x);
    if (at >= 0) return this.original.slice(at, at + x.length);
    const chars = [...x.replace(/\s+/g, '')];
    const m = new RegExp(chars.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(GAP), 'u').exec(this.view);
    if (!m) return undefined;
    let i = m.index;
    return [...x]
      .map((c) => {
        if (/\s/.test(c)) return c;
        while (!this.view.startsWith(c, i) && SKIPPED.test(this.view[i])) i++;
        const w = this.original.slice(i, i + c.length);
        i += c.length;
        return w;
      })
      .join('');
  }

  /** As written, or for a string built from the text's pieces, character by character as this text writes each. */
  loose(x: string): string {
    return this.exact(x) ?? [...x].map((c) => this.characters().get(c) ?? c).join('');
  }

  /** Each converted character of the view → the character the original most often wrote for it. */
  private characters(): Map<string, string> {
    if (this.chars) return this.chars;
    const counts = new Map<string, Map<string, number>>();
    for (let i = 0; i < this.view.length; i++) {
      if (this.view[i] === this.original[i]) continue;
      const seen = counts.get(this.view[i]) ?? new Map<string, number>();
      seen.set(this.original[i], (seen.get(this.original[i]) ?? 0) + 1);
      counts.set(this.view[i], seen);
    }
    this.chars = new Map([...counts].map(([c, seen]) => [c, [...seen].sort((a, b) => b[1] - a[1])[0][0]]));
    return this.chars;
  }
}
