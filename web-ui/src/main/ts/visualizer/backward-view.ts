// The backward pass, node by node: what each node received, its local rule, what it sent on,
// and what each leaf's .grad accumulated. Steps are revealed one at a time by the step panel.
import type { GraphEventInfo } from '../api/torchlet';
import { element } from '../dom';
import { type Lang, t } from '../i18n';
import { backwardRule } from './backward-rules';
import type { GraphModel } from './graph-model';

export type BackwardStep = Extract<GraphEventInfo, { kind: 'backward' | 'evaluated' | 'accumulated' }>;

export function isBackwardStep(event: GraphEventInfo): event is BackwardStep {
  return event.kind === 'backward' || event.kind === 'evaluated' || event.kind === 'accumulated';
}

/** The graph node a step is about (what the graph panel highlights). */
export function stepNodes(step: BackwardStep): number[] {
  return step.kind === 'backward' ? step.roots : [step.node];
}

function fact(label: string, text: string, name: string): HTMLElement {
  const row = element('div', 'backward-fact');
  row.dataset.fact = name;
  row.append(element('span', 'backward-label', label + ': '), element('code', undefined, text));
  return row;
}

export function renderBackwardStep(step: BackwardStep, model: GraphModel, lang: Lang): HTMLElement {
  const item = element('li', `backward-step backward-${step.kind}`);
  if (step.kind === 'backward') {
    const root = step.roots.map((id) => model.nodes.get(id)?.label ?? String(id)).join(', ');
    item.textContent = t('backwardStarted', lang).replace('{root}', root);
    return item;
  }
  if (step.kind === 'evaluated') {
    item.dataset.gradFn = step.gradFn;
    item.append(element('strong', undefined, step.gradFn));
    item.append(fact(t('incomingGrad', lang), step.incoming ?? 'None', 'incoming'));
    const rule = backwardRule(step.gradFn);
    if (rule !== null) {
      item.append(fact(t('localRule', lang), rule, 'rule'));
    }
    item.append(fact(t('outgoingGrads', lang), step.outgoing.map((g) => g ?? 'None').join(' | '), 'outgoing'));
    return item;
  }
  const leaf = model.nodes.get(step.node)?.label ?? String(step.leaf);
  item.dataset.leaf = leaf;
  item.append(element('strong', undefined, t('accumulatedInto', lang).replace('{name}', leaf)));
  item.append(fact('+=', step.gradient ?? 'None', 'gradient'));
  item.append(fact(t('newTotal', lang), step.total ?? 'None', 'total'));
  return item;
}
