// How a fact's support is shown everywhere on the page: the exact sentence, the briefing it came
// from (linked), how it was stated, and the outlets it cites.
import { h, safeUrl } from './dom.js';
import { href } from './routes.js';
import type { BriefingRef, EdgeInfo, EdgeType, EvidenceInfo, Modality, NodeRef, SourceInfo } from './queries.js';

const EDGE_WORDS: Record<EdgeType, string> = {
  CAUSES: 'causes',
  CONSTRAINS: 'constrains',
  INVOLVES: 'involves',
  ISSUED_BY: 'issued by',
  PART_OF: 'part of',
  MENTIONS: 'mentions',
  CITES: 'cites',
};

export function edgeWord(type: EdgeType): string {
  return EDGE_WORDS[type];
}

const MODALITY_WORDS: Record<Modality, string> = {
  reported: 'reported',
  expected: 'expected / scheduled',
  possible: 'possible',
};

export function modalityTag(m: Modality | null | undefined): HTMLElement | null {
  if (!m || m === 'reported') return null;
  return h('span', { class: `tag tag-${m}` }, MODALITY_WORDS[m]);
}

export function labelTag(label: string): HTMLElement {
  return h('span', { class: `tag label label-${label}` }, label);
}

export function nodeLink(n: NodeRef, withLabel = true): HTMLElement {
  // A briefing has a page of its own (date, sources, what it mentions) rather than a node page.
  const to = n.label === 'Briefing' ? href.briefing(n.id) : href.node(n.id);
  return h('span', { class: 'node-ref' }, h('a', { href: to }, n.name), withLabel && labelTag(n.label));
}

export function briefingLink(b: BriefingRef): HTMLElement {
  return h('a', { href: href.briefing(b.id), class: 'briefing-ref' }, h('time', { datetime: b.date }, b.date), ' ', b.title);
}

export function sourceLine(s: Pick<SourceInfo, 'outlet' | 'date' | 'title' | 'url'>): HTMLElement {
  const url = safeUrl(s.url);
  const title = s.title ? `“${s.title}”` : '';
  return h(
    'span',
    { class: 'source' },
    h('strong', null, s.outlet),
    s.date && ` (${s.date})`,
    title && ' ',
    url ? h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, title || url) : title,
  );
}

export function evidenceBlock(ev: EvidenceInfo): HTMLElement {
  return h(
    'figure',
    { class: 'evidence' },
    h('blockquote', null, ev.text),
    h(
      'figcaption',
      null,
      'From ',
      briefingLink(ev.briefing),
      ' ',
      modalityTag(ev.modality),
      ev.sources.length > 0 &&
        h('span', { class: 'cites' }, ' · cites ', ...ev.sources.flatMap((s, i) => [i > 0 ? '; ' : '', sourceLine(s)])),
    ),
  );
}

/** "A causes B" with every sentence behind it, collapsed until asked for. */
export function edgeDetails(e: EdgeInfo, open = false): HTMLElement {
  const n = e.evidence.length;
  const outlets = [...new Set(e.evidence.flatMap((ev) => ev.sources.map((s) => s.outlet)))];
  return h(
    'details',
    { class: 'edge', open },
    h(
      'summary',
      null,
      nodeLink(e.from, false),
      h('span', { class: `edge-type edge-${e.type}` }, ` ${edgeWord(e.type)} `),
      nodeLink(e.to, false),
      h('span', { class: 'count' }, ` · ${n} sentence${n === 1 ? '' : 's'}`),
      outlets.length > 0 && h('span', { class: 'outlets' }, ` · cites ${outlets.join(', ')}`),
    ),
    ...e.evidence.map(evidenceBlock),
  );
}
