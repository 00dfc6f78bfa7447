// The dependency view: "what constrains X", "what causes X", "what follows from X" and "how is X
// connected to Y", drawn as a graph of paths; every edge opens the sentences that support it.
import { clear, h, notice } from './dom.js';
import { drawGraph, edgeKey, mergePaths } from './deps-graph.js';
import { edgeDetails, edgeWord, labelTag, nodeLink } from './evidence.js';
import { errorMessage, gql } from './gql.js';
import { nodePicker } from './node-picker.js';
import {
  DEPENDENCY_QUESTIONS,
  NODE_NAME,
  PATHS_BETWEEN,
  dependencyQuery,
  type DependencyQuestion,
  type DependencyResult,
  type FoundNode,
  type NodeNameResult,
  type PathInfo,
} from './queries.js';
import { href } from './routes.js';

type Question = DependencyQuestion | 'connect';
const QUESTIONS: Question[] = ['constraints', 'causes', 'effects', 'connect'];

function ask(q: Question, name: string, toName?: string): string {
  return q === 'connect' ? `How ${name} is connected to ${toName ?? '…'}` : `${DEPENDENCY_QUESTIONS[q].ask} ${name}`;
}

async function nameOf(id: string | undefined): Promise<FoundNode | null> {
  if (!id) return null;
  return (await gql<NodeNameResult>(NODE_NAME, { id })).node;
}

function pathList(paths: PathInfo[], show: (key: string) => void): HTMLElement {
  return h(
    'ol',
    { class: 'paths', 'aria-label': 'Paths, shortest first' },
    ...paths.map((p) =>
      h(
        'li',
        { class: 'path' },
        ...p.nodes.flatMap((n, i) => {
          const e = p.edges[i];
          if (!e) return [nodeLink(n, false)];
          const forward = e.from.id === n.id;
          const word = edgeWord(e.type);
          return [
            nodeLink(n, false),
            h(
              'button',
              { type: 'button', class: `edge-btn edge-${e.type}`, 'aria-label': `Evidence: ${e.from.name} ${word} ${e.to.name}`, onclick: () => show(edgeKey(e)) },
              forward ? ` ${word} → ` : ` ← ${word} `,
            ),
          ];
        }),
      ),
    ),
  );
}

export async function renderDependencies(root: HTMLElement, id: string | undefined, params: URLSearchParams): Promise<void> {
  const q = (QUESTIONS as string[]).includes(params.get('q') ?? '') ? (params.get('q') as Question) : 'constraints';
  const depth = Math.min(4, Math.max(1, Number(params.get('depth')) || 2));
  const to = params.get('to') || undefined;
  const nav = (over: { id?: string; q?: Question; depth?: number; to?: string }): void => {
    const qq = over.q ?? q;
    location.hash = href.dependencies(over.id ?? id, qq, {
      depth: String(over.depth ?? depth),
      to: qq === 'connect' ? (over.to ?? to) : undefined,
    });
  };

  const xPicker = nodePicker({ name: 'dep-x', label: 'X: type any name (中文 or English)', onPick: (n) => nav({ id: n.id }) });
  const yPicker = nodePicker({ name: 'dep-y', label: 'Y (for “connected to”): type any name', onPick: (n) => nav({ to: n.id, q: 'connect' }) });
  const form = h(
    'form',
    { class: 'dep-form', 'aria-label': 'Dependency question' },
    h(
      'fieldset',
      null,
      h('legend', null, 'Question'),
      ...QUESTIONS.map((qq) =>
        h('label', { class: 'check' }, h('input', { type: 'radio', name: 'q', value: qq, checked: qq === q }), ` ${ask(qq, 'X', 'Y')}`),
      ),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'dep-depth' }, 'Hops (depth)'),
      h('select', { id: 'dep-depth', name: 'depth' }, ...[1, 2, 3, 4].map((d) => h('option', { value: d, selected: d === depth }, String(d)))),
    ),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Show paths')),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    nav({ q: String(data.get('q')) as Question, depth: Number(data.get('depth')) });
  });

  const results = h('section', { class: 'results', 'aria-labelledby': 'dep-h', 'aria-busy': 'true' });
  clear(
    root,
    h('h2', null, 'Dependencies ', h('span', { class: 'sub' }, '依赖关系')),
    h('div', { class: 'dep-pickers' }, xPicker, q === 'connect' && yPicker),
    form,
    results,
  );
  if (!id) {
    clear(results, notice('info', 'Type a name for X above, e.g. 釜山休战 or Busan truce.'));
    results.setAttribute('aria-busy', 'false');
    return;
  }
  clear(results, notice('loading', 'Finding paths…'));
  try {
    const [x, y, paths] = await Promise.all([
      nameOf(id),
      nameOf(to),
      q === 'connect'
        ? to
          ? gql<DependencyResult>(PATHS_BETWEEN, { from: id, to }).then((r) => r.paths)
          : Promise.resolve<PathInfo[]>([])
        : gql<DependencyResult>(dependencyQuery(q), { id, depth }).then((r) => r.paths),
    ]);
    if (!x) return clear(results, notice('empty', `No node has the id “${id}”.`));
    (xPicker.querySelector('input') as HTMLInputElement).value = x.name;
    if (y) (yPicker.querySelector('input') as HTMLInputElement).value = y.name;
    const heading = h('h3', { id: 'dep-h' }, ask(q, x.name, y?.name), ' ', labelTag(x.label));
    document.title = `${ask(q, x.name, y?.name)} · briefgraph`;
    if (q === 'connect' && !to) return clear(results, heading, notice('info', 'Now type a name for Y, the node to connect X to.'));
    if (!paths.length) {
      return clear(results, heading, notice('empty', `No ${q === 'connect' ? 'connecting paths' : DEPENDENCY_QUESTIONS[q].edges} found within ${depth} hops.`));
    }
    const g = mergePaths(paths);
    const panel = h('aside', { class: 'edge-panel', 'aria-live': 'polite', 'aria-label': 'Evidence for the selected edge' });
    clear(panel, h('p', { class: 'muted' }, 'Select an edge (in the graph or the path list) to read the sentences behind it.'));
    const showEdge = (key: string): void => {
      const e = g.edges.get(key);
      if (e) clear(panel, edgeDetails(e, true));
    };
    const showNode = (nid: string): void => {
      const n = g.nodes.get(nid);
      if (!n) return;
      clear(
        panel,
        h('p', null, nodeLink(n)),
        h('p', null, h('a', { href: href.dependencies(n.id, q === 'connect' ? 'constraints' : q, { depth: String(depth) }) }, `${ask(q === 'connect' ? 'constraints' : q, n.name)}?`)),
      );
    };
    const canvas = h('div', {
      class: 'graph',
      role: 'img',
      'aria-label': `Graph of ${paths.length} paths over ${g.nodes.size} nodes and ${g.edges.size} edges; the same paths are listed below.`,
    });
    clear(
      results,
      heading,
      notice('info', `${paths.length} path${paths.length === 1 ? '' : 's'} · ${g.nodes.size} nodes · ${g.edges.size} edges`),
      h('div', { class: 'graph-wrap' }, canvas, panel),
      h('h4', null, 'Paths'),
      pathList(paths, showEdge),
    );
    drawGraph(canvas, g, id, { edge: showEdge, node: showNode });
  } catch (err) {
    clear(results, notice('error', errorMessage(err)));
  } finally {
    results.setAttribute('aria-busy', 'false');
  }
}
