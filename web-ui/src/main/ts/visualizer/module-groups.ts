// Groups the autograd graph by nn.Module, so a model's training step stays readable: nodes made
// inside a module's forward are drawn inside a labelled box per module (nested as the modules
// are), and a collapsed module is drawn as one node standing for all of its nodes.
import type { GraphEdge, GraphNode } from './graph-model';

/** What the view draws: an autograd node, or a collapsed module standing for its nodes. */
export interface DisplayNode {
  key: string;
  label: string;
  kind: 'op' | 'leaf' | 'group';
  /** The autograd nodes it shows: one, or a collapsed module's. */
  members: GraphNode[];
  /** The expanded module boxes it is drawn in, innermost last. */
  clusters: string[];
  /** For a collapsed module: its path. */
  module: string | null;
}

export interface DisplayGraph {
  nodes: DisplayNode[];
  edges: { from: string; to: string }[];
  /** Expanded module paths, each drawn as a box around its nodes. */
  clusters: string[];
}

/** Graphs with more nodes than this start with every layer (a module inside the model) collapsed. */
export const COLLAPSE_LAYERS_ABOVE = 60;

/** `Net.fc1` → `['Net', 'Net.fc1']`. */
export function modulePrefixes(module: string): string[] {
  if (module === '') {
    return [];
  }
  const parts = module.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

/** The module paths two levels deep or more (the layers of a model called from the program): collapsed by default in large graphs. */
export function layerPaths(nodes: readonly GraphNode[]): Set<string> {
  const layers = new Set<string>();
  for (const node of nodes) {
    const prefixes = modulePrefixes(node.module);
    if (prefixes.length >= 2) {
      layers.add(prefixes[1]);
    }
  }
  return layers;
}

export function displayGraph(nodes: readonly GraphNode[], edges: readonly GraphEdge[], collapsed: ReadonlySet<string>): DisplayGraph {
  const byKey = new Map<string, DisplayNode>();
  const keyOf = new Map<number, string>();
  const clusters = new Set<string>();
  for (const node of nodes) {
    const prefixes = modulePrefixes(node.module);
    const collapsedAt = prefixes.findIndex((prefix) => collapsed.has(prefix));
    const open = collapsedAt < 0 ? prefixes : prefixes.slice(0, collapsedAt);
    open.forEach((prefix) => clusters.add(prefix));
    if (collapsedAt < 0) {
      const key = `node:${node.id}`;
      byKey.set(key, { key, label: node.label, kind: node.kind, members: [node], clusters: open, module: null });
      keyOf.set(node.id, key);
      continue;
    }
    const path = prefixes[collapsedAt];
    const key = `group:${path}`;
    const group = byKey.get(key) ?? { key, label: '', kind: 'group' as const, members: [], clusters: open, module: path };
    group.members.push(node);
    byKey.set(key, group);
    keyOf.set(node.id, key);
  }
  for (const group of byKey.values()) {
    if (group.kind === 'group' && group.module !== null) {
      const name = group.module.slice(group.module.lastIndexOf('.') + 1);
      group.label = `▸ ${name} (${group.members.length})`;
    }
  }
  const seen = new Set<string>();
  const shown: { from: string; to: string }[] = [];
  for (const edge of edges) {
    const from = keyOf.get(edge.from);
    const to = keyOf.get(edge.to);
    // Edges inside a collapsed module disappear; parallel edges between two nodes are drawn once.
    if (from === undefined || to === undefined || from === to || seen.has(`${from}>${to}`)) {
      continue;
    }
    seen.add(`${from}>${to}`);
    shown.push({ from, to });
  }
  return { nodes: [...byKey.values()], edges: shown, clusters: [...clusters] };
}
