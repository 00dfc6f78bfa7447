// One briefing: its date, title and summary, the sources it cites, the earlier briefings it names,
// and the nodes it mentions grouped by label. Every evidence sentence on the page links here.
import { clear, h, notice, type Child } from './dom.js';
import { briefingLink, sourceLine } from './evidence.js';
import { errorMessage, gql } from './gql.js';
import { BRIEFING_DETAIL, NODE_LABELS, type BriefingDetail, type BriefingDetailResult, type NodeRef } from './queries.js';
import { href } from './routes.js';

function nodesByLabel(nodes: NodeRef[]): HTMLElement {
  const byLabel = new Map<string, NodeRef[]>();
  for (const n of nodes) byLabel.set(n.label, [...(byLabel.get(n.label) ?? []), n]);
  const order = NODE_LABELS.filter((l) => byLabel.has(l));
  return h(
    'dl',
    { class: 'by-label' },
    ...order.flatMap((l) => [
      h('dt', null, `${l} (${byLabel.get(l)?.length ?? 0})`),
      h(
        'dd',
        null,
        h('ul', { class: 'inline-list' }, ...(byLabel.get(l) ?? []).map((n) => h('li', null, h('a', { href: href.node(n.id) }, n.name)))),
      ),
    ]),
  );
}

function briefingPage(b: BriefingDetail): Child[] {
  return [
    h('h2', null, b.title),
    h('p', { class: 'dates' }, 'Published ', h('time', { datetime: b.date }, b.date), b.name && ` · file ${b.name}`),
    b.summary ? h('section', null, h('h3', null, 'Summary 摘要'), h('p', { class: 'summary' }, b.summary)) : null,
    h(
      'section',
      null,
      h('h3', null, `Sources cited (${b.sources.length})`),
      b.sources.length
        ? h('ol', { class: 'sources' }, ...b.sources.map((s) => h('li', null, sourceLine(s), s.purpose && h('span', { class: 'muted' }, ` — ${s.purpose}`))))
        : notice('empty', 'No reference list was found in this briefing.'),
    ),
    b.cites.length > 0 ? h('section', null, h('h3', null, 'Earlier briefings it cites'), h('ul', null, ...b.cites.map((c) => h('li', null, briefingLink(c))))) : null,
    h('section', null, h('h3', null, `Mentions (${b.nodes.length})`), nodesByLabel(b.nodes)),
  ];
}

export async function renderBriefing(root: HTMLElement, id: string): Promise<void> {
  clear(root, notice('loading', 'Loading the briefing…'));
  try {
    const r = await gql<BriefingDetailResult>(BRIEFING_DETAIL, { id });
    if (!r.briefing) return clear(root, notice('empty', `No briefing has the id “${id}”.`));
    clear(root, ...briefingPage(r.briefing));
    document.title = `${r.briefing.date} ${r.briefing.title} · briefgraph`;
  } catch (err) {
    clear(root, notice('error', errorMessage(err)));
  }
}
