// An exercise: its prompt, the learner's editable starter code, Check (runs the attempt and
// then the lesson's hidden check cell) and Show solution.
import { button } from '../dom';
import { type Lang, t } from '../i18n';
import { PythonEditor } from '../editor/python-editor';
import type { LessonExercise } from './lesson-format';
import { renderMarkdown } from './markdown';
import type { Notebook } from './notebook';
import { OutputView } from './output-view';

export class ExerciseView {
  readonly element: HTMLElement;
  private readonly heading = document.createElement('h3');
  private readonly prompt = document.createElement('div');
  private readonly editor: PythonEditor | null;
  private readonly output = new OutputView();
  private readonly feedback = document.createElement('p');
  private readonly checkButton: HTMLButtonElement;
  private readonly solutionButton: HTMLButtonElement;
  private readonly resetButton: HTMLButtonElement;
  private readonly solution = document.createElement('pre');
  private lang: Lang = 'zh';

  constructor(
    readonly exercise: LessonExercise,
    private readonly notebook: Notebook,
    private readonly onPassed: (exercise: LessonExercise) => void,
  ) {
    this.element = document.createElement('section');
    this.element.className = 'exercise';
    this.element.dataset.exerciseId = exercise.id;
    this.prompt.className = 'prose';
    const editorHost = document.createElement('div');
    editorHost.className = 'cell-editor';
    this.editor = exercise.starter === undefined
      ? null
      : new PythonEditor({ parent: editorHost, code: exercise.starter.code, onRun: () => void this.check() });
    const toolbar = document.createElement('div');
    toolbar.className = 'cell-toolbar';
    this.checkButton = button('exercise-check', () => void this.check());
    this.solutionButton = button('exercise-solution', () => {
      this.solution.hidden = !this.solution.hidden;
    });
    this.resetButton = button('cell-reset', () => {
      if (this.editor !== null && exercise.starter !== undefined) {
        this.editor.code = exercise.starter.code;
      }
    });
    this.solutionButton.hidden = exercise.solution === undefined;
    toolbar.append(this.checkButton, this.resetButton, this.solutionButton);
    this.solution.className = 'exercise-solution-code';
    this.solution.textContent = exercise.solution?.code ?? '';
    this.solution.hidden = true;
    this.feedback.className = 'exercise-feedback';
    this.feedback.setAttribute('aria-live', 'polite');
    this.element.append(this.heading, this.prompt, toolbar, editorHost, this.output.element, this.feedback, this.solution);
  }

  /** Shows the prompt in `lang` (the prompt is translated; the code is the same in both languages). */
  localize(lang: Lang, prompt: string): void {
    this.lang = lang;
    this.heading.textContent = t('exercise', lang);
    this.prompt.innerHTML = renderMarkdown(prompt);
    this.checkButton.textContent = `✓ ${t('check', lang)}`;
    this.solutionButton.textContent = t('showSolution', lang);
    this.resetButton.textContent = `↺ ${t('reset', lang)}`;
  }

  setBusy(busy: boolean): void {
    this.checkButton.disabled = busy;
  }

  private async check(): Promise<void> {
    const { starter, check } = this.exercise;
    if (this.editor === null || starter === undefined || check === undefined || this.notebook.busy) {
      return;
    }
    this.feedback.textContent = '';
    delete this.element.dataset.result;
    const last = await this.notebook.runAfterLesson([
      { source: this.editor.code, filename: `<${starter.id}>`, output: this.output, editor: this.editor },
      { source: check.code, filename: `<${check.id}>`, output: this.output, editor: null, appendOutput: true },
    ]);
    if (last === null || last.outcome === 'stopped') {
      return;
    }
    if (last.outcome === 'done') {
      this.element.dataset.result = 'passed';
      this.feedback.textContent = t('exercisePassed', this.lang);
      this.onPassed(this.exercise);
    } else {
      this.element.dataset.result = 'failed';
      const lines = (last.result.error ?? '').trimEnd().split('\n');
      this.feedback.textContent = t('exerciseFailed', this.lang) + lines[lines.length - 1];
    }
  }
}
