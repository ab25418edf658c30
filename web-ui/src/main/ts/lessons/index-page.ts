// The lesson index: the welcome text and every lesson with the learner's progress.
import { element } from '../dom';
import { type Lang, t } from '../i18n';
import { lessonCatalog, lessonSource } from './catalog';
import { lessonCells, lessonExercises, parseLesson } from './lesson-format';
import { renderMarkdown } from './markdown';
import { lessonProgress } from './progress';

export async function renderIndexPage(root: HTMLElement, lang: Lang): Promise<void> {
  const [lessons, welcome] = await Promise.all([lessonCatalog(), lessonSource('welcome', lang)]);
  const totals = await Promise.all(lessons.map(async (lesson) => {
    const { blocks } = parseLesson(await lessonSource(lesson.file, lang));
    return { cells: lessonCells(blocks).map((cell) => cell.id), exercises: lessonExercises(blocks).map((exercise) => exercise.id) };
  }));

  const intro = element('div', 'prose welcome');
  intro.innerHTML = renderMarkdown(parseLesson(welcome).blocks.map((block) => (block.type === 'markdown' ? block.text : '')).join('\n'));
  const list = element('ol', 'lesson-list');
  lessons.forEach((lesson, position) => {
    const progress = lessonProgress(lesson.id);
    const cellsRun = progress.cellsRun.filter((id) => totals[position].cells.includes(id)).length;
    const exercisesDone = progress.exercisesDone.filter((id) => totals[position].exercises.includes(id)).length;
    const item = element('li', 'lesson-item');
    item.dataset.lessonId = lesson.id;
    const link = element('a', 'lesson-title', lesson.title[lang]);
    link.href = `learn.html?lesson=${encodeURIComponent(lesson.file)}`;
    const summary = element('p', 'lesson-summary', lesson.summary[lang]);
    const meter = element('p', 'lesson-progress');
    const cells = element('span', 'progress-cells', `${t('cellsRun', lang)} ${cellsRun}/${totals[position].cells.length}`);
    cells.dataset.done = String(cellsRun);
    const exercises = element('span', 'progress-exercises', `${t('exercisesDone', lang)} ${exercisesDone}/${totals[position].exercises.length}`);
    exercises.dataset.done = String(exercisesDone);
    meter.append(cells, ' · ', exercises);
    const bar = element('progress');
    bar.max = totals[position].cells.length + totals[position].exercises.length;
    bar.value = cellsRun + exercisesDone;
    item.append(link, summary, meter, bar);
    list.append(item);
  });
  const heading = element('h2', undefined, t('lessons', lang));
  root.replaceChildren(intro, heading, list);
  document.title = `${t('lessons', lang)} · Torchlet`;
}
