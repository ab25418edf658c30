// The autograd graph a step-mode run has built so far, made from the engine's graph events:
// operation nodes (named like grad_fn) and the leaves (AccumulateGrad) their gradients reach.
import type { GraphEventInfo, VariableInfo } from '../api/torchlet';

export interface GraphNode {
  id: number;
  /** grad_fn name, or the leaf's variable name. */
  label: string;
  kind: 'op' | 'leaf';
  /** The 1-based source line that created it (null for leaves and foreign cells). */
  line: number | null;
  /** For leaves: the tensor whose .grad receives gradients. */
  tensorId: number | null;
  /**
   * The nn.Module whose forward created it, as a dotted path (`Net.fc1`; '' outside any). A leaf
   * belongs to the module of the first op that used it, so a layer's weight sits in its layer.
   */
  module: string;
}

/** An edge in forward direction: `from` is an input of `to`. */
export interface GraphEdge {
  from: number;
  to: number;
}

export class GraphModel {
  readonly nodes = new Map<number, GraphNode>();
  readonly edges: GraphEdge[] = [];

  constructor(private readonly filename: string) {}

  /** Adds the nodes and edges of `events`; variable names label the leaves. */
  add(events: readonly GraphEventInfo[], variables: readonly VariableInfo[]): void {
    for (const event of events) {
      if (event.kind !== 'node') {
        continue;
      }
      this.nodes.set(event.node, {
        id: event.node, label: event.gradFn, kind: 'op', line: this.lineOf(event.source), tensorId: event.output, module: event.module,
      });
      event.next.forEach((next, index) => {
        if (next === 0) {
          return;
        }
        if (!this.nodes.has(next)) {
          // Not created by an op: the AccumulateGrad node of a leaf that requires grad.
          this.nodes.set(next, {
            id: next, label: 'AccumulateGrad', kind: 'leaf', line: null, tensorId: event.inputs[index] ?? null, module: event.module,
          });
        }
        this.edges.push({ from: next, to: event.node });
      });
    }
    this.nameLeaves(variables);
  }

  /** Node ids created by `line`. */
  nodesOnLine(line: number): number[] {
    return [...this.nodes.values()].filter((node) => node.line === line).map((node) => node.id);
  }

  private nameLeaves(variables: readonly VariableInfo[]): void {
    for (const node of this.nodes.values()) {
      if (node.kind !== 'leaf') {
        continue;
      }
      const variable = variables.find((v) => v.tensor?.id === node.tensorId);
      if (variable !== undefined) {
        node.label = variable.name;
      }
    }
  }

  /** Source tags are `filename:line`; nodes from other cells have no line here. */
  private lineOf(source: string | null): number | null {
    if (source === null) {
      return null;
    }
    const cut = source.lastIndexOf(':');
    return source.slice(0, cut) === this.filename ? Number(source.slice(cut + 1)) : null;
  }
}
