// The step-through visualizer under a cell: Next / Continue / Stop, the variables panel, the
// autograd graph and the backward pass node by node. Next first walks the backward steps the
// last statement produced, then lets the program run its next statement.
import type { PauseState } from '../api/torchlet';
import { button, element } from '../dom';
import type { PythonEditor } from '../editor/python-editor';
import { type Lang, t } from '../i18n';
import { type BackwardStep, isBackwardStep, renderBackwardStep, stepNodes } from './backward-view';
import { GraphModel } from './graph-model';
import { GraphView, MAX_DRAWN_NODES } from './graph-view';
import { renderVariables } from './variables-view';

type Resume = (mode: 'next' | 'continue') => void;

export class StepPanel {
  readonly element: HTMLElement;
  private readonly status = element('div', 'step-status');
  private readonly nextButton: HTMLButtonElement;
  private readonly continueButton: HTMLButtonElement;
  private readonly stopButton: HTMLButtonElement;
  private readonly closeButton: HTMLButtonElement;
  private readonly variablesHost = element('div', 'step-variables');
  private readonly backwardList = element('ol', 'step-backward');
  private readonly graphNote = element('p', 'graph-note');
  private readonly headings: Record<'variables' | 'graph' | 'backward', HTMLElement>;
  private readonly graphView: GraphView;
  private model: GraphModel;
  private pendingSteps: BackwardStep[] = [];
  private resume: Resume | null = null;
  private line = 0;
  /** Counts pauses and revealed backward steps, so tests (and screen readers' live region) see each step. */
  private progress = 0;

  constructor(private readonly editor: PythonEditor, private readonly filename: string, private lang: Lang, onStop: () => void, onClose: () => void) {
    this.model = new GraphModel(filename);
    this.element = element('section', 'step-panel');
    this.element.hidden = true;
    this.graphView = new GraphView((node) => {
      this.graphView.highlight([node.id]);
      this.editor.markLinkedLine(node.line);
    });
    this.nextButton = button('step-next', () => this.next());
    this.continueButton = button('step-continue', () => this.continueRun());
    this.stopButton = button('step-stop', onStop);
    this.closeButton = button('step-close', onClose);
    const controls = element('div', 'step-controls');
    controls.append(this.nextButton, this.continueButton, this.stopButton, this.closeButton, this.status);
    this.headings = { variables: element('h4'), graph: element('h4'), backward: element('h4') };
    const variablesColumn = element('div', 'step-column');
    variablesColumn.append(this.headings.variables, this.variablesHost);
    const graphColumn = element('div', 'step-column');
    graphColumn.append(this.headings.graph, this.graphNote, this.graphView.element, this.headings.backward, this.backwardList);
    const columns = element('div', 'step-columns');
    columns.append(variablesColumn, graphColumn);
    this.element.append(controls, columns);
    // Clicking a line of the cell highlights the graph nodes it created.
    editor.view.dom.addEventListener('click', (event) => {
      if (this.element.hidden) {
        return;
      }
      const line = editor.lineAt(event);
      if (line !== null) {
        this.graphView.highlight(this.model.nodesOnLine(line));
      }
    });
    this.localize(lang);
    this.setControls(false);
  }

  localize(lang: Lang): void {
    this.lang = lang;
    this.nextButton.textContent = `⤓ ${t('stepNext', lang)}`;
    this.continueButton.textContent = `» ${t('stepContinue', lang)}`;
    this.stopButton.textContent = `■ ${t('stop', lang)}`;
    this.closeButton.textContent = `✕ ${t('stepClose', lang)}`;
    this.headings.variables.textContent = t('variables', lang);
    this.headings.graph.textContent = t('graph', lang);
    this.headings.backward.textContent = t('backwardSteps', lang);
    if (!this.graphNote.hidden) {
      this.drawGraph();
    }
    this.showStatus();
  }

  /** A fresh step-mode run begins. */
  begin(): void {
    this.model = new GraphModel(this.filename);
    this.pendingSteps = [];
    this.backwardList.replaceChildren();
    this.drawGraph();
    this.variablesHost.replaceChildren();
    this.element.hidden = false;
    this.line = 0;
  }

  /** The runtime paused (or ended, line 0): show where the program stands. */
  paused(state: PauseState, resume: Resume): void {
    this.model.add(state.events, state.variables);
    this.drawGraph();
    this.variablesHost.replaceChildren(renderVariables(state.variables, this.lang));
    this.pendingSteps.push(...state.events.filter(isBackwardStep));
    this.line = state.line;
    this.element.dataset.progress = String(++this.progress);
    this.resume = state.line === 0 ? null : resume;
    if (state.line === 0) {
      this.revealAllSteps();
    }
    this.editor.markStepLine(state.line === 0 ? null : state.line);
    this.setControls(state.line !== 0);
    this.showStatus();
    if (state.line !== 0) {
      this.nextButton.focus();
    }
  }

  /** The run ended (finished, failed or stopped). */
  ended(): void {
    this.resume = null;
    this.revealAllSteps();
    this.editor.markStepLine(null);
    this.setControls(false);
    this.line = 0;
    this.showStatus();
  }

  hide(): void {
    this.element.hidden = true;
    this.editor.markStepLine(null);
    this.editor.markLinkedLine(null);
  }

  private drawGraph(): void {
    const left = this.graphView.render(this.model);
    this.graphNote.hidden = left === 0;
    this.graphNote.textContent = t('graphTrimmed', this.lang)
      .replace('{shown}', String(MAX_DRAWN_NODES)).replace('{total}', String(this.model.nodes.size));
  }

  private next(): void {
    const step = this.pendingSteps.shift();
    if (step !== undefined) {
      this.reveal(step);
      return;
    }
    this.run('next');
  }

  private continueRun(): void {
    this.revealAllSteps();
    this.run('continue');
  }

  private run(mode: 'next' | 'continue'): void {
    const resume = this.resume;
    if (resume !== null) {
      this.resume = null;
      this.setControls(false);
      this.stopButton.disabled = false;
      resume(mode);
    }
  }

  private reveal(step: BackwardStep): void {
    this.element.dataset.progress = String(++this.progress);
    this.backwardList.append(renderBackwardStep(step, this.model, this.lang));
    this.graphView.highlight(stepNodes(step), 'active');
  }

  private revealAllSteps(): void {
    for (const step of this.pendingSteps.splice(0)) {
      this.reveal(step);
    }
    this.graphView.highlight([], 'active');
  }

  private setControls(paused: boolean): void {
    this.nextButton.disabled = !paused;
    this.continueButton.disabled = !paused;
    this.stopButton.disabled = !paused;
  }

  private showStatus(): void {
    this.status.setAttribute('role', 'status');
    this.status.textContent = this.line === 0 ? t('stepFinished', this.lang) : t('pausedAt', this.lang).replace('{line}', String(this.line));
    this.element.dataset.line = String(this.line);
  }
}
