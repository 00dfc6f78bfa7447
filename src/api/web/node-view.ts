// One node: its names in Chinese and English, its dates, the briefings that mention it, and every
// relation with the sentences behind it and the outlets those sentences cite.
import { clear, h, notice, type Child } from './dom.js';
import { briefingLink, edgeDetails, evidenceBlock, labelTag, modalityTag, sourceLine } from './evidence.js';
import { errorMessage, gql } from './gql.js';
import { nodePicker } from './node-picker.js';
import { NODE_DETAIL, type EdgeInfo, type NodeDetail, type NodeDetailResult } from './queries.js';
import { href } from './routes.js';

const HAN = /\p{Script=Han}/u;

function namesList(n: NodeDetail): HTMLElement {
  const names = [...new Set([n.name, ...n.aliases])];
  const zh = names.filter((a) => HAN.test(a));
  const other = names.filter((a) => !HAN.test(a));
  const list = (xs: string[]): HTMLElement =>
    xs.length ? h('ul', { class: 'inline-list' }, ...xs.map((x) => h('li', null, x))) : h('span', { class: 'muted' }, 'none seen');
  return h('dl', { class: 'names' }, h('dt', null, '中文 names'), h('dd', null, list(zh)), h('dt', null, 'English / other names'), h('dd', null, list(other)));
}

function datesLine(n: NodeDetail): HTMLElement | null {
  if (!n.start && !n.end) return null;
  return h(
    'p',
    { class: 'dates' },
    n.start && ['Starts ', h('time', { datetime: n.start }, n.start)],
    n.start && n.end && ' · ',
    n.end && [n.expires ? '⚑ Expires / due ' : 'Ends ', h('time', { datetime: n.end }, n.end)],
    ' ',
    modalityTag(n.modality),
  );
}

/** Relations grouped by what they say (causes, constrains, …), outgoing before incoming. */
function relationsSection(n: NodeDetail): HTMLElement {
  if (!n.relations.length) return h('section', null, h('h3', null, 'Relations'), notice('empty', 'No relations recorded for this node yet.'));
  const groups = new Map<string, EdgeInfo[]>();
  for (const e of n.relations) {
    const key = `${e.type} ${e.from.id === n.id ? 'out' : 'in'}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return h(
    'section',
    { 'aria-labelledby': 'node-rel-h' },
    h('h3', { id: 'node-rel-h' }, `Relations (${n.relations.length})`),
    ...[...groups.entries()].map(([key, edges]) => {
      const [type, dir] = key.split(' ');
      const title = dir === 'out' ? `${n.name} ${type.toLowerCase().replace('_', ' ')} …` : `… ${type.toLowerCase().replace('_', ' ')} ${n.name}`;
      return h('div', { class: 'rel-group' }, h('h4', null, title), ...edges.map((e) => edgeDetails(e)));
    }),
  );
}

function nodePage(n: NodeDetail): Child[] {
  const mentioned = [...n.mentionedIn].sort((a, b) => b.date.localeCompare(a.date));
  return [
    h('h2', { class: 'node-title' }, n.name, ' ', labelTag(n.label)),
    namesList(n),
    datesLine(n),
    n.source && h('p', { class: 'source-info' }, 'Cited article: ', sourceLine(n.source), n.source.purpose && ` — used for: ${n.source.purpose}`),
    h(
      'nav',
      { class: 'node-actions', 'aria-label': 'More about this node' },
      h('a', { href: href.timeline({ about: n.id }) }, 'Timeline around it'),
      h('a', { href: href.dependencies(n.id, 'constraints') }, 'What constrains it'),
      h('a', { href: href.dependencies(n.id, 'causes') }, 'What causes it'),
      h('a', { href: href.dependencies(n.id, 'effects') }, 'What follows from it'),
    ),
    n.observations.length > 0 &&
      h(
        'section',
        null,
        h('h3', null, 'Figures stated'),
        h(
          'ul',
          { class: 'observations' },
          ...n.observations.map((o) =>
            h(
              'li',
              null,
              h('details', null, h('summary', null, `${o.value} ${o.unit}${o.period ? ` (${o.period})` : ''}`), evidenceBlock(o.evidence)),
            ),
          ),
        ),
      ),
    h(
      'section',
      { 'aria-labelledby': 'node-brief-h' },
      h('h3', { id: 'node-brief-h' }, `Mentioned in ${mentioned.length} briefing${mentioned.length === 1 ? '' : 's'}`),
      mentioned.length
        ? h('ol', { class: 'briefing-list' }, ...mentioned.map((b) => h('li', null, briefingLink(b))))
        : notice('empty', 'No briefing mentions it.'),
    ),
    relationsSection(n),
  ];
}

export async function renderNode(root: HTMLElement, id: string | undefined): Promise<void> {
  const body = h('div', { class: 'node-body', 'aria-busy': 'true' });
  clear(
    root,
    nodePicker({ name: 'node', label: 'Open a node: type any name (中文 or English)', onPick: (n) => (location.hash = href.node(n.id)) }),
    body,
  );
  if (!id) {
    clear(body, h('h2', null, 'Node ', h('span', { class: 'sub' }, '节点')), notice('info', 'Type a name above to open a node.'));
    body.setAttribute('aria-busy', 'false');
    return;
  }
  clear(body, notice('loading', 'Loading the node…'));
  try {
    const r = await gql<NodeDetailResult>(NODE_DETAIL, { id });
    if (!r.node) clear(body, notice('empty', `No node has the id “${id}”. Try typing its name above.`));
    else {
      clear(body, ...nodePage(r.node));
      document.title = `${r.node.name} · briefgraph`;
    }
  } catch (err) {
    clear(body, notice('error', errorMessage(err)));
  } finally {
    body.setAttribute('aria-busy', 'false');
  }
}
