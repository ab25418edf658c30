// Fetches the lesson files the server serves under /lessons/ (see lessons/README.md).
import type { Lang } from '../i18n';

export interface LessonEntry {
  id: string;
  file: string;
  order: number;
  title: Record<Lang, string>;
  summary: Record<Lang, string>;
  prerequisites: string[];
}

const LESSONS_URL = 'lessons/';

async function fetchText(path: string): Promise<string> {
  const response = await fetch(LESSONS_URL + path);
  if (!response.ok) {
    throw new Error(`${path}: HTTP ${response.status}`);
  }
  return response.text();
}

let catalog: Promise<LessonEntry[]> | null = null;

export function lessonCatalog(): Promise<LessonEntry[]> {
  catalog ??= fetchText('index.json').then((text) => (JSON.parse(text) as { lessons: LessonEntry[] }).lessons);
  return catalog;
}

/** A lesson's (or the welcome page's) Markdown source in one language. */
export function lessonSource(fileKey: string, lang: Lang): Promise<string> {
  return fetchText(`${fileKey}.${lang}.md`);
}
