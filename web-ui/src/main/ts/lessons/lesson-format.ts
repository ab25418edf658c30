// Parses a lesson file (format: lessons/README.md) into its front matter and a list of
// blocks: Markdown prose, runnable cells and exercises (prompt + starter/check/solution).
export type CellKind = 'cell' | 'starter' | 'check' | 'solution';

export interface LessonCell {
  kind: CellKind;
  id: string;
  /** The exercise id for starter/check/solution cells. */
  exercise?: string;
  /** Bare flags besides the kind: error, graph, gpu… */
  flags: ReadonlySet<string>;
  /** key=value attributes (deterministic=false…). */
  attributes: ReadonlyMap<string, string>;
  code: string;
}

export interface LessonExercise {
  id: string;
  prompt: string;
  starter?: LessonCell;
  check?: LessonCell;
  solution?: LessonCell;
}

export type LessonBlock =
  | { type: 'markdown'; text: string }
  | { type: 'cell'; cell: LessonCell }
  | { type: 'exercise'; exercise: LessonExercise };

export type FrontMatterValue = string | number | string[];

export interface ParsedLesson {
  frontMatter: Record<string, FrontMatterValue>;
  blocks: LessonBlock[];
}

const FENCE = '```';
const CELL_KINDS: readonly CellKind[] = ['cell', 'starter', 'check', 'solution'];

function frontMatterValue(raw: string): FrontMatterValue {
  if (raw.startsWith('[') && raw.endsWith(']')) {
    const inner = raw.slice(1, -1).trim();
    return inner === '' ? [] : inner.split(',').map((item) => item.trim());
  }
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

function parseInfo(info: string): { language: string; flags: Set<string>; attributes: Map<string, string> } {
  const [language = '', ...tokens] = info.trim().split(/\s+/);
  const flags = new Set<string>();
  const attributes = new Map<string, string>();
  for (const token of tokens) {
    const eq = token.indexOf('=');
    if (eq > 0) {
      attributes.set(token.slice(0, eq), token.slice(eq + 1));
    } else {
      flags.add(token);
    }
  }
  return { language, flags, attributes };
}

function toCell(flags: Set<string>, attributes: Map<string, string>, code: string): LessonCell {
  const kind = CELL_KINDS.find((candidate) => flags.has(candidate));
  const id = attributes.get('id');
  if (kind === undefined || id === undefined) {
    throw new Error(`python fence needs a kind (${CELL_KINDS.join('/')}) and an id: ${[...flags].join(' ')}`);
  }
  flags.delete(kind);
  attributes.delete('id');
  const exercise = attributes.get('exercise');
  attributes.delete('exercise');
  return { kind, id, exercise, flags, attributes, code };
}

export function parseLesson(text: string): ParsedLesson {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const frontMatter: Record<string, FrontMatterValue> = {};
  let index = 0;
  if (lines[0] === '---') {
    index = 1;
    while (index < lines.length && lines[index] !== '---') {
      const line = lines[index];
      const colon = line.indexOf(':');
      if (colon > 0) {
        frontMatter[line.slice(0, colon).trim()] = frontMatterValue(line.slice(colon + 1).trim());
      }
      index++;
    }
    index++;
  }

  const blocks: LessonBlock[] = [];
  const exercises = new Map<string, LessonExercise>();
  let prose: string[] = [];
  const flushProse = () => {
    if (prose.some((line) => line.trim() !== '')) {
      blocks.push({ type: 'markdown', text: prose.join('\n') });
    }
    prose = [];
  };

  while (index < lines.length) {
    const line = lines[index];
    if (!line.startsWith(FENCE) || line === FENCE) {
      prose.push(line);
      index++;
      continue;
    }
    const { language, flags, attributes } = parseInfo(line.slice(FENCE.length));
    let end = index + 1;
    while (end < lines.length && lines[end] !== FENCE) {
      end++;
    }
    const body = lines.slice(index + 1, end).join('\n');
    const isCell = language === 'python' && CELL_KINDS.some((kind) => flags.has(kind));
    if (isCell) {
      flushProse();
      const cell = toCell(flags, attributes, body);
      if (cell.kind === 'cell') {
        blocks.push({ type: 'cell', cell });
      } else {
        const exercise = cell.exercise === undefined ? undefined : exercises.get(cell.exercise);
        if (exercise === undefined) {
          throw new Error(`${cell.kind} cell ${cell.id} names no exercise above it`);
        }
        exercise[cell.kind] = cell;
      }
    } else if (language === 'exercise') {
      flushProse();
      const id = attributes.get('id') ?? `exercise-${exercises.size + 1}`;
      const exercise: LessonExercise = { id, prompt: body };
      exercises.set(id, exercise);
      blocks.push({ type: 'exercise', exercise });
    } else {
      // An ordinary code block: Markdown shows it as text.
      prose.push(...lines.slice(index, Math.min(end + 1, lines.length)));
    }
    index = end + 1;
  }
  flushProse();
  return { frontMatter, blocks };
}

/** The runnable lesson cells, in file order. */
export function lessonCells(blocks: readonly LessonBlock[]): LessonCell[] {
  return blocks.flatMap((block) => (block.type === 'cell' ? [block.cell] : []));
}

export function lessonExercises(blocks: readonly LessonBlock[]): LessonExercise[] {
  return blocks.flatMap((block) => (block.type === 'exercise' ? [block.exercise] : []));
}
