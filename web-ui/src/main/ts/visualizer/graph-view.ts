// Draws a GraphModel as SVG, laid out top to bottom by dagre (leaves first, the output last),
// nodes grouped in a box per nn.Module (module-groups). Nodes are focusable buttons: click or
// Enter selects one (the step panel marks its source line); on a module's box label or on a
// collapsed module, click or Enter collapses or expands that module.
import dagre from '@dagrejs/dagre';
import type { GraphModel, GraphNode } from './graph-model';
import { COLLAPSE_LAYERS_ABOVE, type DisplayNode, displayGraph, layerPaths } from './module-groups';

const SVG = 'http://www.w3.org/2000/svg';
const NODE_HEIGHT = 30;
const CHAR_WIDTH = 7.5;
const CLUSTER_LABEL_HEIGHT = 18;
/** Layout cost grows fast with size: a training loop stepped with Continue draws only its newest nodes. */
export const MAX_DRAWN_NODES = 200;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const created = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    created.setAttribute(name, String(value));
  }
  return created;
}

/** Where dagre placed a node or a module's box (its centre and size). */
interface LaidOut {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Click and Enter/Space do `action` (the graph's buttons are SVG groups). */
function activate(element: SVGElement, action: () => void): void {
  element.addEventListener('click', action);
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      action();
    }
  });
}

export class GraphView {
  readonly element: HTMLElement;
  /** The drawn element of each autograd node id (a collapsed module's for its members). */
  private readonly elements = new Map<number, SVGGElement>();
  /** Modules the learner collapsed or expanded; until they do, large graphs collapse their layers. */
  private collapsed: Set<string> | null = null;
  /** What the last drawing collapsed, the starting point of the learner's next toggle. */
  private shownCollapsed: ReadonlySet<string> = new Set();
  private lastModel: GraphModel | null = null;

  constructor(private readonly onSelect: (node: GraphNode) => void) {
    this.element = document.createElement('div');
    this.element.className = 'graph-view';
  }

  /** Draws the graph; returns how many nodes were left out (the oldest ones) to keep it readable. */
  render(model: GraphModel): number {
    this.lastModel = model;
    const drawn = [...model.nodes.values()].sort((a, b) => a.id - b.id).slice(-MAX_DRAWN_NODES);
    const drawnIds = new Set(drawn.map((node) => node.id));
    const collapsed = this.collapsed ?? (drawn.length > COLLAPSE_LAYERS_ABOVE ? layerPaths(drawn) : new Set<string>());
    this.shownCollapsed = collapsed;
    const display = displayGraph(drawn, model.edges.filter((e) => drawnIds.has(e.from) && drawnIds.has(e.to)), collapsed);

    const graph = new dagre.graphlib.Graph({ compound: true });
    graph.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 32, marginx: 8, marginy: 8 });
    graph.setDefaultEdgeLabel(() => ({}));
    for (const cluster of display.clusters) {
      graph.setNode(`cluster:${cluster}`, { paddingTop: CLUSTER_LABEL_HEIGHT + 6, paddingLeft: 8, paddingRight: 8, paddingBottom: 8 });
      const parent = cluster.includes('.') ? cluster.slice(0, cluster.lastIndexOf('.')) : null;
      if (parent !== null && display.clusters.includes(parent)) {
        graph.setParent(`cluster:${cluster}`, `cluster:${parent}`);
      }
    }
    for (const node of display.nodes) {
      graph.setNode(node.key, { width: Math.max(60, node.label.length * CHAR_WIDTH + 20), height: NODE_HEIGHT });
      const innermost = node.clusters[node.clusters.length - 1];
      if (innermost !== undefined) {
        graph.setParent(node.key, `cluster:${innermost}`);
      }
    }
    for (const edge of display.edges) {
      graph.setEdge(edge.from, edge.to);
    }
    dagre.layout(graph);
    const size = graph.graph();
    // dagre leaves an empty graph's size at -Infinity.
    const dimension = (value: number | undefined) => (value !== undefined && Number.isFinite(value) ? value : 0);
    const root = svg('svg', { width: dimension(size.width), height: dimension(size.height), role: 'group' });
    const defs = svg('defs', {});
    const marker = svg('marker', { id: 'graph-arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto' });
    marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', class: 'graph-arrow' }));
    defs.append(marker);
    root.append(defs);
    // Outer boxes first, so inner ones and the nodes are drawn over them.
    for (const cluster of [...display.clusters].sort((a, b) => a.split('.').length - b.split('.').length)) {
      root.append(this.clusterBox(cluster, graph.node(`cluster:${cluster}`)));
    }
    for (const edge of graph.edges()) {
      const points: { x: number; y: number }[] = graph.edge(edge).points ?? [];
      const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
      root.append(svg('path', { d, class: 'graph-edge', 'marker-end': 'url(#graph-arrow)' }));
    }
    this.elements.clear();
    for (const node of display.nodes) {
      root.append(this.nodeElement(node, graph.node(node.key)));
    }
    this.element.replaceChildren(root);
    return model.nodes.size - drawn.length;
  }

  /** Highlights `ids` (a selection); other nodes lose their highlight. */
  highlight(ids: readonly number[], className = 'selected'): void {
    const lit = new Set(ids.map((id) => this.elements.get(id)));
    for (const group of new Set(this.elements.values())) {
      group.classList.toggle(className, lit.has(group));
    }
  }

  private clusterBox(cluster: string, box: LaidOut): SVGGElement {
    const name = cluster.slice(cluster.lastIndexOf('.') + 1);
    const group = svg('g', { class: 'graph-module', 'data-module': cluster, transform: `translate(${box.x - box.width / 2},${box.y - box.height / 2})` });
    group.append(svg('rect', { width: box.width, height: box.height, rx: 6 }));
    const label = svg('text', { x: 8, y: CLUSTER_LABEL_HEIGHT - 4, class: 'graph-module-label', tabindex: 0, role: 'button', 'aria-label': `${cluster} ▾` });
    label.textContent = `▾ ${name}`;
    activate(label, () => this.toggle(cluster));
    group.append(label);
    return group;
  }

  private nodeElement(node: DisplayNode, box: LaidOut): SVGGElement {
    const single = node.members.length === 1 && node.kind !== 'group' ? node.members[0] : null;
    const attributes: Record<string, string | number> = {
      class: `graph-node graph-${node.kind}`,
      transform: `translate(${box.x - box.width / 2},${box.y - box.height / 2})`,
      tabindex: 0,
      role: 'button',
    };
    if (single !== null) {
      attributes['data-node-id'] = single.id;
      attributes['data-grad-fn'] = single.kind === 'op' ? single.label : 'AccumulateGrad';
      attributes['aria-label'] = single.line === null ? single.label : `${single.label} (line ${single.line})`;
    } else {
      attributes['data-module'] = node.module ?? '';
      attributes['aria-label'] = `${node.module}: ${node.members.length} nodes, collapsed`;
    }
    const group = svg('g', attributes);
    group.append(svg('rect', { width: box.width, height: box.height, rx: node.kind === 'leaf' ? 14 : node.kind === 'group' ? 8 : 4 }));
    const text = svg('text', { x: box.width / 2, y: box.height / 2 + 4, 'text-anchor': 'middle' });
    text.textContent = node.label;
    group.append(text);
    activate(group, () => (single !== null ? this.onSelect(single) : node.module !== null && this.toggle(node.module)));
    for (const member of node.members) {
      this.elements.set(member.id, group);
    }
    return group;
  }

  /** Collapses an expanded module or expands a collapsed one, then redraws. */
  private toggle(module: string): void {
    if (this.lastModel === null) {
      return;
    }
    const next = new Set(this.shownCollapsed);
    if (!next.delete(module)) {
      next.add(module);
    }
    this.collapsed = next;
    this.render(this.lastModel);
  }
}
