// One lesson: its prose (Markdown + KaTeX), runnable cells sharing one program state, and
// exercises. Switching language re-renders the prose around the same cell views, so edits,
// outputs and the program state survive the switch.
import { button, element } from '../dom';
import { type Lang, t } from '../i18n';
import { type LessonEntry, lessonCatalog, lessonSource } from './catalog';
import { CellView } from './cell-view';
import { ExerciseView } from './exercise-view';
import { type LessonBlock, lessonCells, parseLesson } from './lesson-format';
import { renderMarkdown } from './markdown';
import { Notebook } from './notebook';
import { recordCellRun, recordExerciseDone } from './progress';

export class LessonPage {
  private readonly cellViews = new Map<string, CellView>();
  private readonly exerciseViews = new Map<string, ExerciseView>();
  private readonly notebook: Notebook;
  private readonly toolbar = element('div', 'lesson-toolbar');
  private readonly runAllButton: HTMLButtonElement;
  private readonly stopButton: HTMLButtonElement;
  private readonly restartButton: HTMLButtonElement;
  private readonly status = element('span', 'lesson-status');
  private readonly article = element('article', 'lesson');
  private readonly pager = element('nav', 'lesson-pager');
  private lang: Lang = 'zh';

  private constructor(root: HTMLElement, private readonly lesson: LessonEntry, private readonly neighbours: {
    previous?: LessonEntry;
    next?: LessonEntry;
  }, blocks: LessonBlock[]) {
    const cells = lessonCells(blocks).map((cell) => {
      const view = new CellView(cell, {
        run: (target) => this.notebook.runCell(target),
        step: (target) => this.notebook.stepCell(target),
        stop: () => this.notebook.stop(),
      });
      this.cellViews.set(cell.id, view);
      return view;
    });
    this.notebook = new Notebook(cells, {
      cellCompleted: (view) => recordCellRun(lesson.id, view.cell.id),
      busyChanged: (busy) => this.busyChanged(busy),
    });
    this.runAllButton = button('lesson-run-all', () => this.notebook.runAll());
    this.stopButton = button('lesson-stop', () => this.notebook.stop());
    this.stopButton.disabled = true;
    this.restartButton = button('lesson-restart', () => void this.restart());
    this.toolbar.append(this.runAllButton, this.stopButton, this.restartButton, this.status);
    root.replaceChildren(this.toolbar, this.article, this.pager);
  }

  static async open(root: HTMLElement, fileKey: string, lang: Lang): Promise<LessonPage | null> {
    const lessons = await lessonCatalog();
    const position = lessons.findIndex((lesson) => lesson.file === fileKey || lesson.id === fileKey);
    if (position < 0) {
      root.replaceChildren(element('p', 'page-error', t('notFound', lang)));
      return null;
    }
    const lesson = lessons[position];
    const { blocks } = parseLesson(await lessonSource(lesson.file, lang));
    const page = new LessonPage(root, lesson, { previous: lessons[position - 1], next: lessons[position + 1] }, blocks);
    page.render(blocks, lang);
    return page;
  }

  async setLang(lang: Lang): Promise<void> {
    const { blocks } = parseLesson(await lessonSource(this.lesson.file, lang));
    this.render(blocks, lang);
  }

  private render(blocks: LessonBlock[], lang: Lang): void {
    this.lang = lang;
    const parts: HTMLElement[] = [];
    for (const block of blocks) {
      if (block.type === 'markdown') {
        const prose = element('div', 'prose');
        prose.innerHTML = renderMarkdown(block.text);
        parts.push(prose);
      } else if (block.type === 'cell') {
        const view = this.cellViews.get(block.cell.id);
        if (view !== undefined) {
          view.localize(lang);
          parts.push(view.element);
        }
      } else {
        let view = this.exerciseViews.get(block.exercise.id);
        if (view === undefined) {
          view = new ExerciseView(block.exercise, this.notebook, (exercise) => recordExerciseDone(this.lesson.id, exercise.id));
          this.exerciseViews.set(block.exercise.id, view);
        }
        view.localize(lang, block.exercise.prompt);
        parts.push(view.element);
      }
    }
    this.article.replaceChildren(...parts);
    this.runAllButton.textContent = `▶▶ ${t('runAll', lang)}`;
    this.stopButton.textContent = `■ ${t('stop', lang)}`;
    this.restartButton.textContent = `⟳ ${t('restart', lang)}`;
    this.renderPager(lang);
    document.title = `${this.lesson.title[lang]} · Torchlet`;
  }

  private renderPager(lang: Lang): void {
    const links: HTMLElement[] = [];
    const back = element('a', 'pager-index', t('backToIndex', lang));
    back.href = 'learn.html';
    links.push(back);
    for (const [key, entry] of [['previous', this.neighbours.previous], ['next', this.neighbours.next]] as const) {
      if (entry !== undefined) {
        const link = element('a', `pager-${key}`, `${t(key, lang)} ${entry.title[lang]}`);
        link.href = `learn.html?lesson=${encodeURIComponent(entry.file)}`;
        links.push(link);
      }
    }
    this.pager.replaceChildren(...links);
  }

  private busyChanged(busy: boolean): void {
    this.runAllButton.disabled = busy;
    this.stopButton.disabled = !busy;
    this.status.textContent = busy ? t('running', this.lang) : '';
    for (const exercise of this.exerciseViews.values()) {
      exercise.setBusy(busy);
    }
  }

  private async restart(): Promise<void> {
    this.restartButton.disabled = true;
    await this.notebook.restart();
    this.restartButton.disabled = false;
    this.status.textContent = t('restarted', this.lang);
  }
}
