// A learner's progress, kept in localStorage: which cells of each lesson have run to their
// expected end and which exercises passed their check. Keyed by the lesson's stable id.
const STORAGE_KEY = 'torchlet.progress.v1';

export interface LessonProgress {
  cellsRun: string[];
  exercisesDone: string[];
}

type ProgressStore = Record<string, LessonProgress>;

function load(): ProgressStore {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    return parsed !== null && typeof parsed === 'object' ? (parsed as ProgressStore) : {};
  } catch {
    return {};
  }
}

export function lessonProgress(lessonId: string): LessonProgress {
  const entry = load()[lessonId];
  return { cellsRun: entry?.cellsRun ?? [], exercisesDone: entry?.exercisesDone ?? [] };
}

function record(lessonId: string, field: keyof LessonProgress, itemId: string): void {
  const store = load();
  const entry = { ...lessonProgress(lessonId), ...store[lessonId] };
  if (!entry[field].includes(itemId)) {
    entry[field] = [...entry[field], itemId];
    store[lessonId] = entry;
    localStorage.setItem(STORAGE_KEY, JSON.stringify(store));
  }
}

export function recordCellRun(lessonId: string, cellId: string): void {
  record(lessonId, 'cellsRun', cellId);
}

export function recordExerciseDone(lessonId: string, exerciseId: string): void {
  record(lessonId, 'exercisesDone', exerciseId);
}
