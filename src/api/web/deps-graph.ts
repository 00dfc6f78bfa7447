// Draws the union of dependency paths with cytoscape. The canvas is for seeing the shape; every edge
// and node in it is also a button in the path list beside it, so nothing needs a mouse.
import cytoscape from 'cytoscape';
import { edgeWord } from './evidence.js';
import type { EdgeInfo, NodeRef, PathInfo } from './queries.js';

export interface MergedGraph {
  nodes: Map<string, NodeRef>;
  edges: Map<string, EdgeInfo>;
}

export function edgeKey(e: Pick<EdgeInfo, 'type' | 'from' | 'to'>): string {
  return `${e.type}|${e.from.id}|${e.to.id}`;
}

/** Paths share nodes and edges; the drawing shows each once. */
export function mergePaths(paths: PathInfo[]): MergedGraph {
  const nodes = new Map<string, NodeRef>();
  const edges = new Map<string, EdgeInfo>();
  for (const p of paths) {
    for (const n of p.nodes) nodes.set(n.id, n);
    for (const e of p.edges) {
      nodes.set(e.from.id, e.from);
      nodes.set(e.to.id, e.to);
      edges.set(edgeKey(e), e);
    }
  }
  return { nodes, edges };
}

const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

export function drawGraph(
  container: HTMLElement,
  g: MergedGraph,
  focusId: string,
  on: { edge: (key: string) => void; node: (id: string) => void },
): cytoscape.Core {
  const indegree = new Map<string, number>();
  for (const e of g.edges.values()) indegree.set(e.to.id, (indegree.get(e.to.id) ?? 0) + 1);
  const roots = [...g.nodes.keys()].filter((id) => !indegree.get(id));
  const cy = cytoscape({
    container,
    elements: [
      ...[...g.nodes.values()].map((n) => ({
        data: { id: n.id, name: n.name, label: n.label },
        classes: n.id === focusId ? 'focus' : '',
      })),
      ...[...g.edges.entries()].map(([key, e]) => ({
        data: { id: key, source: e.from.id, target: e.to.id, word: edgeWord(e.type), type: e.type },
      })),
    ],
    layout: { name: 'breadthfirst', directed: true, roots: roots.length ? roots : [focusId], spacingFactor: 1.1, padding: 24 },
    // A few nodes would otherwise be blown up to fill the box.
    maxZoom: 1.4,
    minZoom: 0.3,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(name)',
          'font-family': FONT,
          'font-size': 13,
          'text-wrap': 'wrap',
          'text-max-width': '140px',
          'text-valign': 'bottom',
          'text-margin-y': 4,
          'background-color': '#5b6b8c',
          width: 18,
          height: 18,
          color: '#1b1f29',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.85,
          'text-background-padding': '2px',
        },
      },
      { selector: 'node.focus', style: { 'background-color': '#b3261e', width: 26, height: 26, 'font-weight': 'bold' } },
      {
        selector: 'edge',
        style: {
          label: 'data(word)',
          'font-family': FONT,
          'font-size': 11,
          'curve-style': 'bezier',
          'target-arrow-shape': 'triangle',
          width: 2,
          'line-color': '#8a94a8',
          'target-arrow-color': '#8a94a8',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.9,
          color: '#3b4252',
        },
      },
      { selector: 'edge[type = "CONSTRAINS"]', style: { 'line-color': '#b3261e', 'target-arrow-color': '#b3261e', 'line-style': 'dashed' } },
      { selector: 'edge[type = "CAUSES"]', style: { 'line-color': '#1f6f43', 'target-arrow-color': '#1f6f43' } },
      { selector: ':selected', style: { 'overlay-color': '#f2c94c', 'overlay-opacity': 0.35 } },
    ],
  });
  cy.on('tap', 'edge', (ev) => on.edge(String(ev.target.id())));
  cy.on('tap', 'node', (ev) => on.node(String(ev.target.id())));
  return cy;
}
