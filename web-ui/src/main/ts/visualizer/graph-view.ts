// Draws a GraphModel as SVG, laid out top to bottom by dagre (leaves first, the output last).
// Nodes are focusable buttons: click or Enter selects one (the step panel marks its source line).
import dagre from '@dagrejs/dagre';
import type { GraphModel, GraphNode } from './graph-model';

const SVG = 'http://www.w3.org/2000/svg';
const NODE_HEIGHT = 30;
const CHAR_WIDTH = 7.5;
/** Layout cost grows fast with size: a training loop stepped with Continue draws only its newest nodes. */
export const MAX_DRAWN_NODES = 200;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const created = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    created.setAttribute(name, String(value));
  }
  return created;
}

export class GraphView {
  readonly element: HTMLElement;
  private readonly elements = new Map<number, SVGGElement>();

  constructor(private readonly onSelect: (node: GraphNode) => void) {
    this.element = document.createElement('div');
    this.element.className = 'graph-view';
  }

  /** Draws the graph; returns how many nodes were left out (the oldest ones) to keep it readable. */
  render(model: GraphModel): number {
    const drawn = [...model.nodes.values()].sort((a, b) => a.id - b.id).slice(-MAX_DRAWN_NODES);
    const drawnIds = new Set(drawn.map((node) => node.id));
    const graph = new dagre.graphlib.Graph();
    graph.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 32, marginx: 8, marginy: 8 });
    graph.setDefaultEdgeLabel(() => ({}));
    for (const node of drawn) {
      graph.setNode(String(node.id), { width: Math.max(60, node.label.length * CHAR_WIDTH + 20), height: NODE_HEIGHT });
    }
    for (const edge of model.edges.filter((e) => drawnIds.has(e.from) && drawnIds.has(e.to))) {
      graph.setEdge(String(edge.from), String(edge.to));
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
    for (const edge of graph.edges()) {
      const points: { x: number; y: number }[] = graph.edge(edge).points ?? [];
      const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
      root.append(svg('path', { d, class: 'graph-edge', 'marker-end': 'url(#graph-arrow)' }));
    }
    this.elements.clear();
    for (const node of drawn) {
      const box = graph.node(String(node.id));
      const group = svg('g', {
        class: `graph-node graph-${node.kind}`,
        transform: `translate(${box.x - box.width / 2},${box.y - box.height / 2})`,
        tabindex: 0,
        role: 'button',
        'data-node-id': node.id,
        'data-grad-fn': node.kind === 'op' ? node.label : 'AccumulateGrad',
        'aria-label': node.line === null ? node.label : `${node.label} (line ${node.line})`,
      });
      group.append(svg('rect', { width: box.width, height: box.height, rx: node.kind === 'leaf' ? 14 : 4 }));
      const text = svg('text', { x: box.width / 2, y: box.height / 2 + 4, 'text-anchor': 'middle' });
      text.textContent = node.label;
      group.append(text);
      group.addEventListener('click', () => this.onSelect(node));
      group.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          this.onSelect(node);
        }
      });
      this.elements.set(node.id, group);
      root.append(group);
    }
    this.element.replaceChildren(root);
    return model.nodes.size - drawn.length;
  }

  /** Highlights `ids` (a selection); other nodes lose their highlight. */
  highlight(ids: readonly number[], className = 'selected'): void {
    for (const [id, group] of this.elements) {
      group.classList.toggle(className, ids.includes(id));
    }
  }
}
