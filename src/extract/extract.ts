// Briefing → GraphFragment: mentions become nodes, cue words and structure become evidenced edges,
// dates and numbers attach to the nodes they belong to. One pass over the sentences, in text order
// (so a later 这一裁决 can find the ruling named before it).
import { createHash } from 'node:crypto';
import type { Briefing } from '../briefing/index.js';
import type { EdgeType, Evidence, GraphEdge, GraphFragment, GraphNode, Modality, NodeLabel } from '../model/index.js';
import { findTemporalExpressions, type TemporalExpression } from './dates.js';
import { lexicon, rules } from './lexicon.js';
import type { Mention } from './mention.js';
import { sentenceMentions } from './mentions.js';
import { cleanName, isAcceptableName } from './names.js';
import { NodeTable } from './nodes.js';
import { attachObservations } from './observations.js';
import { cueRelations, type Placed } from './relations.js';
import { generalRelations, shapesOff } from './readers.js';
import type { SentenceContext } from './sentence.js';
import { buildSources, earlierBriefings, outletNode } from './sources.js';
import { structuralRelations } from './structure.js';
import { withOriginalSurface } from './surface.js';
import { official } from './rules/official.js';
import { labelByHeads } from './rules/labels.js';
import { labelByContexts, MentionSpans } from './rules/label-contexts.js';
import { Anaphora, speakingForThemselves } from './rules/anaphora.js';
import { attachDates, dateFromFrontMatter, refineDeadlines } from './temporal.js';
import { dateBySignature, issuedInLine, signatureOf } from './rules/zh-date-clauses.js';
import { isMostlyLatin, tidy } from './text.js';
import { unitsOf, type Unit } from './units.js';
import { startBriefing } from './per-briefing.js';

const MAX_MENTION_EVIDENCE = 3;
const SALIENT_SKIP: NodeLabel[] = ['Place', 'Person', 'Source', 'Organization'];

class EdgeSet {
  private readonly byKey = new Map<string, GraphEdge>();
  add(type: EdgeType, from: string, to: string, ev?: Evidence): void {
    if (from === to) return;
    const key = `${type}|${from}|${to}`;
    let e = this.byKey.get(key);
    if (!e) this.byKey.set(key, (e = { type, from, to, evidence: [] }));
    if (ev && !e.evidence.some((x) => x.start === ev.start && x.end === ev.end)) e.evidence.push(ev);
  }
  /** Node ids at either end of a CAUSES/CONSTRAINS/INVOLVES/ISSUED_BY/PART_OF edge. */
  semanticEnds(): string[] {
    return [...this.byKey.values()].filter((e) => e.type !== 'MENTIONS' && e.type !== 'CITES').flatMap((e) => [e.from, e.to]);
  }

  /** The edges with merged node ids rewritten and duplicates folded. */
  resolved(canonical: (id: string) => string, briefingId: string): GraphEdge[] {
    const out = new EdgeSet();
    for (const e of this.byKey.values()) {
      const from = e.from === briefingId ? e.from : canonical(e.from);
      for (const ev of e.evidence.length ? e.evidence : [undefined]) out.add(e.type, from, canonical(e.to), ev);
    }
    return [...out.byKey.values()];
  }
}

export function extractBriefing(b: Briefing): GraphFragment {
  startBriefing();
  const table = new NodeTable();
  const edges = new EdgeSet();
  const sources = buildSources(b, table);
  const expressions = findTemporalExpressions(b.text, b.date);
  const mentionEvidence = new Map<string, Evidence[]>();
  const titled = new Set<string>();
  // Nodes seen only as plain English noun phrases, with how often: kept only if they matter.
  const tentative = new Map<string, number>();
  const confirmed = new Set<string>();
  const storyAt = new Map<number, number>();
  let previousSalient: string | undefined;
  // Last-resort INVOLVES edges (act and thing named in one clause), added once the tentative nodes are settled.
  const coMentions: Array<{ from: string; to: string; ev: Evidence }> = [];
  let previousParagraph = -1;
  const frontDated = new Map<string, Evidence>();
  // An official text signed at its end (商务部 / 2026年2月24日): the sentence holding the signature.
  const signature = signatureOf(b.text);
  let signed: Evidence | undefined;
  const anaphora = new Anaphora(b.text, (id) => table.get(id));
  const spans = new MentionSpans();

  const nodeFor = (name: string, label: NodeLabel = 'Concept'): string | undefined => {
    const entry = lexicon().lookup(name);
    if (entry) return table.upsert(entry.name, entry.label, [name]);
    const clean = cleanName(name);
    // 这一, 该: a word that only points back names nothing.
    if (!isAcceptableName(clean) || rules().nameModifiers.includes(clean)) return undefined;
    const id = table.upsert(clean, label);
    // A phrase a relation rule cuts (成本仍是, 行业) stays only if an edge or a mention needs it; a quoted term (“算电协同”) is named.
    if (label === 'Concept' && !confirmed.has(id) && !tentative.has(id) && !b.text.includes(`“${clean}”`)) tentative.set(id, 0);
    return id;
  };

  for (const u of unitsOf(b)) {
    storyAt.set(u.start, u.story);
    if (u.paragraph !== previousParagraph) previousSalient = undefined;
    previousParagraph = u.paragraph;
    const sentenceSources = [...new Set(u.refs.map((i) => sources.byRef[i]).filter(Boolean))];
    const evidence = (modality?: Modality): Evidence => ({
      briefingId: b.id,
      text: b.text.slice(u.start, u.end),
      start: u.start,
      end: u.end,
      ...(sentenceSources.length ? { sources: sentenceSources } : {}),
      ...(modality ? { modality } : {}),
    });
    const english = b.language === 'en' || isMostlyLatin(b.text, u.start, u.end);
    const found = sentenceMentions(b.text, u.start, u.end, english);
    // the agency, 该部, 此举: references back become mentions of the node they mean (rules/anaphora.ts);
    // a bare head-noun phrase they replace (english-np "agency") is only tentative now.
    const referred = anaphora.resolve(u, placeMentions(b.text, u, found, table, nodeFor, titled), english);
    const placed = referred.placed;
    spans.add(placed);
    for (const r of referred.replaced) if (!confirmed.has(r.id) && !tentative.has(r.id)) tentative.set(r.id, 0);
    for (const p of placed) {
      if (p.rule === 'english-np' && !lexicon().lookup(table.get(p.id)?.name ?? '')) tentative.set(p.id, (tentative.get(p.id) ?? 0) + 1);
      else confirmed.add(p.id);
    }
    const outletIds = new Set<string>(u.outlets.map((o) => outletNode(table, o)));
    const placedIds = new Set(placed.map((p) => p.id));
    for (const id of sources.outletIds) if (placedIds.has(id)) outletIds.add(id);

    // An outlet the sentence attributes to (据 YourNews 报道) is mentioned there too.
    for (const id of [...placed.map((p) => p.id), ...outletIds]) {
      const list = mentionEvidence.get(id) ?? [];
      if (list.length < MAX_MENTION_EVIDENCE && !list.some((e) => e.start === u.start)) list.push(evidence());
      mentionEvidence.set(id, list);
    }
    // A government body or company cited for its own statement (据民航局预测) acts; a paper only reports.
    for (const id of speakingForThemselves(b.text, u.end, [...outletIds], placed, (x) => table.get(x))) outletIds.delete(id);
    const pairs = new Set<string>();
    const pairKey = (a: string, b: string) => [table.canonical(a), table.canonical(b)].sort().join('|');
    const ctx: SentenceContext = {
      text: b.text,
      start: u.start,
      end: u.end,
      mentions: placed,
      outletIds,
      previousSalient,
      addEdge: (type, from, to, modality) => {
        pairs.add(pairKey(from, to));
        edges.add(type, table.canonical(from), table.canonical(to), evidence(modality));
      },
      addCoMention: (from, to) => {
        pairs.add(pairKey(from, to));
        coMentions.push({ from, to, ev: evidence('reported') });
      },
      linked: (a, b) => pairs.has(pairKey(a, b)),
      nameOf: (id) => table.get(id)?.name ?? '',
      nodeFor,
    };
    if (!shapesOff()) {
      cueRelations(ctx);
      structuralRelations(ctx, (id) => {
        const n = table.get(id);
        return { name: n?.name ?? '', aliases: n?.aliases ?? [], titled: titled.has(id) };
      });
    }
    generalRelations(ctx, english);
    const inUnit = expressionsWithin(expressions, u.start, u.end);
    const announced = u.front ? placed.find((p) => !p.nested && official().frontDateLabels.includes(p.label)) : undefined;
    if (announced && !frontDated.has(announced.id)) frontDated.set(announced.id, evidence());
    if (u.front) for (const p of issuedInLine(b.text, u.start, u.end, placed)) if (!frontDated.has(p.id)) frontDated.set(p.id, evidence());
    if (signature && signature.at >= u.start && signature.at < u.end) signed = evidence();
    const node = (id: string) => table.get(id);
    attachDates({ text: b.text, start: u.start, end: u.end, briefingDate: b.date, mentions: placed, expressions: inUnit, node, evidence: () => evidence() });
    attachObservations({ text: b.text, start: u.start, end: u.end, mentions: placed, expressions: inUnit, node, evidence: () => evidence() });
    for (const c of earlierBriefings(b, inUnit, u.start, u.end)) {
      // The cited issue is a node of the fragment (stores require both ends of an edge to be nodes).
      if (!table.nodes.has(c.id)) table.nodes.set(c.id, { id: c.id, label: 'Briefing', name: b.title, aliases: [b.title] });
      edges.add('CITES', b.id, c.id, evidence());
    }
    previousSalient = placed.find((p) => !p.nested && !SALIENT_SKIP.includes(p.label))?.id ?? previousSalient;
  }

  const related = new Set(edges.semanticEnds());
  // A cited outlet stays even when its name in the text looked tentative: its Source's ISSUED_BY edge needs it.
  const dropped = new Set(
    [...tentative].filter(([id, n]) => n < 2 && !confirmed.has(id) && !related.has(id) && !sources.outletIds.has(id)).map(([id]) => id),
  );
  const nodes = [...table.nodes.values()].filter((n) => !dropped.has(n.id));
  for (const c of coMentions) {
    const [from, to] = [table.canonical(c.from), table.canonical(c.to)];
    if (from !== to && !dropped.has(from) && !dropped.has(to)) edges.add('INVOLVES', from, to, c.ev);
  }
  dateBySignature(nodes, signature, signed);
  dateFromFrontMatter(nodes, new Map([...frontDated].map(([id, ev]) => [table.canonical(id), ev])), b.date);
  refineDeadlines(nodes, (ev) => storyAt.get(ev.start) ?? -1);
  labelByHeads(nodes);
  labelByContexts(nodes, b.text, spans.byNode((id) => table.canonical(id)));

  for (const [sourceId, outletId] of sources.issuedBy) edges.add('ISSUED_BY', sourceId, outletId, sources.lines.get(sourceId));
  for (const id of sources.byRef) edges.add('CITES', b.id, id, sources.lines.get(id));
  for (const n of nodes) {
    if (n.label === 'Source' || n.label === 'Briefing') continue;
    const evs = mentionEvidence.get(n.id) ?? [];
    if (!evs.length) {
      // An outlet known only from the reference list: its reference line is where it is mentioned.
      const ref = sources.issuedBy.find(([, o]) => o === n.id);
      const line = ref && sources.lines.get(ref[0]);
      if (line) evs.push(line);
    }
    edges.add('MENTIONS', b.id, n.id);
    for (const ev of evs) edges.add('MENTIONS', b.id, n.id, ev);
  }

  const fragment: GraphFragment = {
    briefing: {
      id: b.id,
      date: b.date,
      title: b.title,
      ...(b.summary ? { summary: b.summary.text } : {}),
      ...(b.name ? { name: b.name } : {}),
      contentHash: createHash('sha256').update(b.text).digest('hex'),
      text: b.text,
    },
    nodes: nodes.map(finishNode),
    edges: edges.resolved((id) => table.canonical(id), b.id),
  };
  return b.original === undefined ? fragment : withOriginalSurface(fragment, b.original);
}

/**
 * The expressions inside [start, end): those found in the text come in order of start and do not
 * overlap, so a binary search finds the first and the scan stops past the end (no pass over all of
 * them for every sentence).
 */
function expressionsWithin(xs: TemporalExpression[], start: number, end: number): TemporalExpression[] {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: TemporalExpression[] = [];
  for (let i = lo; i < xs.length && xs[i].start <= end; i++) if (xs[i].end <= end) out.push(xs[i]);
  return out;
}

function finishNode(n: GraphNode): GraphNode {
  if (n.observations && !n.observations.length) delete n.observations;
  n.aliases = [...new Set(n.aliases)];
  return n;
}

const PAREN_OPEN = /^\s*[（(]\s*$/;
const PAREN_CLOSE = /^\s*[)）]/;

/** Resolves a sentence's mentions to nodes and folds NAME (ACRONYM) pairs into one node. */
function placeMentions(
  text: string,
  u: Unit,
  mentions: Mention[],
  table: NodeTable,
  nodeFor: (name: string, label?: NodeLabel) => string | undefined,
  titled: Set<string>,
): Placed[] {
  const placed: (Placed & { nodeName: string })[] = [];
  for (const m of mentions) {
    const id = table.resolve(m, tidy(text.slice(m.start, m.end)));
    if (!id) continue;
    const node = table.get(id);
    if (!node) continue;
    if (m.rule === 'title' || m.rule === 'quoted') titled.add(id);
    const dateRole = m.dateRole ?? (node.label === 'Indicator' || /report|报告|数据/i.test(node.name) ? 'period' : 'occurred');
    const issuerEntry = m.issuerName ? lexicon().lookup(m.issuerName) : undefined;
    const issuer = issuerEntry?.label === 'Organization' ? nodeFor(issuerEntry.name) : undefined;
    placed.push({ id, label: node.label, start: m.start, end: m.end, nested: !!m.nested, dateRole, rule: m.rule, ...(issuer ? { issuer } : {}), nodeName: node.name });
  }
  // Whether a name is the lexicon's is asked only of the few NAME (ACRONYM) pairs.
  const fromLexicon = (p: { nodeName: string }) => !!lexicon().lookup(p.nodeName);
  for (let i = 0; i + 1 < placed.length; i++) {
    const [a, b] = [placed[i], placed[i + 1]];
    if (a.id === b.id || a.nested || b.nested) continue;
    if (!PAREN_OPEN.test(text.slice(a.end, b.start)) || !PAREN_CLOSE.test(text.slice(b.end, u.end))) continue;
    if (fromLexicon(a) && fromLexicon(b)) continue;
    if (a.label === 'Place' || b.label === 'Place') continue;
    const [keep, drop] = fromLexicon(b) ? [b, a] : [a, b];
    table.merge(keep.id, drop.id);
  }
  return placed.map(({ nodeName: _, ...p }) => ({ ...p, id: table.canonical(p.id) }));
}
