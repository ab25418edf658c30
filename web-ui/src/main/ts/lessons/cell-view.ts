// One runnable lesson cell: toolbar (Run, Stop, Reset code, device badge), a CodeMirror editor
// and an output area. The notebook decides what runs when; the view only shows it.
import { button } from '../dom';
import { type Lang, t } from '../i18n';
import { PythonEditor } from '../editor/python-editor';
import type { LessonCell } from './lesson-format';
import { OutputView } from './output-view';
import { StepPanel } from '../visualizer/step-panel';

export interface CellActions {
  run(cell: CellView): void;
  /** Runs the cell in step mode, shown in its step panel. */
  step(cell: CellView): void;
  stop(): void;
}

export class CellView {
  readonly element: HTMLElement;
  readonly editor: PythonEditor;
  readonly output = new OutputView();
  readonly stepPanel: StepPanel;
  private readonly runButton: HTMLButtonElement;
  private readonly stepButton: HTMLButtonElement;
  private readonly stopButton: HTMLButtonElement;
  private readonly resetButton: HTMLButtonElement;
  private readonly badge: HTMLSpanElement;

  constructor(readonly cell: LessonCell, actions: CellActions, readonly filename = `<${cell.id}>`) {
    this.element = document.createElement('section');
    this.element.className = 'cell';
    this.element.dataset.cellId = cell.id;
    if (cell.flags.has('error')) {
      this.element.dataset.expectsError = 'true';
    }
    const toolbar = document.createElement('div');
    toolbar.className = 'cell-toolbar';
    this.runButton = button('cell-run', () => actions.run(this));
    this.stepButton = button('cell-step', () => actions.step(this));
    this.stopButton = button('cell-stop', () => actions.stop());
    this.stopButton.disabled = true;
    this.resetButton = button('cell-reset', () => {
      this.editor.code = cell.code;
    });
    this.badge = document.createElement('span');
    this.badge.className = 'device-badge';
    this.badge.hidden = true;
    const spacer = document.createElement('span');
    spacer.className = 'spacer';
    toolbar.append(this.runButton, this.stepButton, this.stopButton, this.resetButton, spacer, this.badge);
    const editorHost = document.createElement('div');
    editorHost.className = 'cell-editor';
    this.editor = new PythonEditor({
      parent: editorHost,
      code: cell.code,
      onRun: () => actions.run(this),
      contentAttributes: { 'aria-label': `Python ${cell.id}` },
    });
    this.stepPanel = new StepPanel(this.editor, filename, 'zh', () => actions.stop(), () => this.stepPanel.hide());
    this.element.append(toolbar, editorHost, this.stepPanel.element, this.output.element);
  }

  /** Labels follow the page language; the editor and output stay as they are. */
  localize(lang: Lang): void {
    this.runButton.textContent = `▶ ${t('run', lang)}`;
    this.runButton.title = t('runHint', lang);
    this.stepButton.textContent = `⤓ ${t('step', lang)}`;
    this.stepButton.title = t('stepHint', lang);
    this.stopButton.textContent = `■ ${t('stop', lang)}`;
    this.stepPanel.localize(lang);
    this.resetButton.textContent = `↺ ${t('reset', lang)}`;
    this.badge.title = t('deviceTitle', lang);
  }

  setBusy(busy: boolean, running: boolean): void {
    this.runButton.disabled = busy;
    this.stepButton.disabled = busy;
    this.stopButton.disabled = !running;
  }

  showDevice(device: string, runtime: string): void {
    this.badge.hidden = false;
    this.badge.textContent = device;
    this.badge.dataset.device = device.toLowerCase();
    this.badge.dataset.runtime = runtime;
  }
}
