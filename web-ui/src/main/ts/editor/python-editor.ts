// The Python code editor used by the playground and by lesson cells: CodeMirror 6 with Python
// highlighting, Shift+Enter / Ctrl+Enter / Cmd+Enter to run, and a marker for the line a
// traceback names.
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { bracketMatching, defaultHighlightStyle, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { EditorState, Prec, type Extension } from '@codemirror/state';
import { lineMarker } from './line-marker';
import { EditorView, drawSelection, highlightSpecialChars, keymap, lineNumbers } from '@codemirror/view';

export interface PythonEditorOptions {
  parent: HTMLElement;
  code: string;
  onRun: () => void;
  /** Attributes for the editable element (an id or aria-label for tests and screen readers). */
  contentAttributes?: Record<string, string>;
}

// A notebook-sized setup: no active-line highlight (a page of many cells would show one in
// each), no autocompletion popups or search panel.
const editingBasics: Extension[] = [
  lineNumbers(),
  highlightSpecialChars(),
  history(),
  drawSelection(),
  indentOnInput(),
  syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
  bracketMatching(),
  closeBrackets(),
  keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
  EditorView.theme({
    '.cm-gutters': { backgroundColor: '#f6f8fa', color: '#6e7781', borderRight: '1px solid #d0d7de' },
    '.cm-lineNumbers .cm-gutterElement': { padding: '0 8px 0 12px' },
    '.cm-content': { fontFamily: 'ui-monospace, "JetBrains Mono", Menlo, Consolas, monospace' },
  }),
];

const errorLine = lineMarker('cm-error-line', 'data-error-line');
// Step mode: the statement that runs next, and the line a clicked graph node came from.
const stepLine = lineMarker('cm-step-line', 'data-step-line');
const linkedLine = lineMarker('cm-linked-line', 'data-linked-line');

export class PythonEditor {
  readonly view: EditorView;

  constructor(options: PythonEditorOptions) {
    const run = () => {
      options.onRun();
      return true;
    };
    const extensions: Extension[] = [
      Prec.highest(keymap.of([
        { key: 'Shift-Enter', run },
        { key: 'Mod-Enter', run },
      ])),
      editingBasics,
      indentUnit.of('    '),
      EditorState.tabSize.of(4),
      python(),
      errorLine.extension,
      stepLine.extension,
      linkedLine.extension,
      EditorView.contentAttributes.of({ spellcheck: 'false', autocapitalize: 'off', ...options.contentAttributes }),
    ];
    this.view = new EditorView({ parent: options.parent, state: EditorState.create({ doc: options.code, extensions }) });
  }

  get code(): string {
    return this.view.state.doc.toString();
  }

  set code(text: string) {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
  }

  /** Marks the failing 1-based line (null clears the mark) and scrolls it into view. */
  markErrorLine(line: number | null): void {
    errorLine.mark(this.view, line);
  }

  /** Marks the statement a step-mode run executes next (null clears it). */
  markStepLine(line: number | null): void {
    stepLine.mark(this.view, line);
  }

  /** Marks the line a selected graph node came from (null clears it). */
  markLinkedLine(line: number | null): void {
    linkedLine.mark(this.view, line);
  }

  /** The 1-based line under a click on the editor, or null. */
  lineAt(event: MouseEvent): number | null {
    const pos = this.view.posAtCoords({ x: event.clientX, y: event.clientY });
    return pos === null ? null : this.view.state.doc.lineAt(pos).number;
  }
}

/**
 * The line of `filename` that a Python traceback names last (the innermost frame in that
 * source), or null. Tracebacks say `File "<name>", line N[, in f]`.
 */
export function tracebackLine(traceback: string, filename: string): number | null {
  let line: number | null = null;
  for (const match of traceback.matchAll(/File "([^"]*)", line (\d+)/g)) {
    if (match[1] === filename) {
      line = Number(match[2]);
    }
  }
  return line;
}
