// The Python code editor used by the playground and by lesson cells: CodeMirror 6 with Python
// highlighting, Shift+Enter / Ctrl+Enter / Cmd+Enter to run, and a marker for the line a
// traceback names.
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { bracketMatching, defaultHighlightStyle, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { EditorState, Prec, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, drawSelection, highlightSpecialChars, keymap, lineNumbers, type DecorationSet } from '@codemirror/view';

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

const setErrorLine = StateEffect.define<number | null>();
const errorLineDecoration = Decoration.line({ class: 'cm-error-line', attributes: { 'data-error-line': 'true' } });

/** The 1-based line a traceback marked, drawn as a line decoration until the code changes. */
const errorLineField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = transaction.docChanged ? Decoration.none : marks.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (effect.is(setErrorLine)) {
        const line = effect.value;
        next = line === null || line < 1 || line > transaction.state.doc.lines
          ? Decoration.none
          : Decoration.set([errorLineDecoration.range(transaction.state.doc.line(line).from)]);
      }
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

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
      errorLineField,
      EditorView.contentAttributes.of({ spellcheck: 'false', autocapitalize: 'off', ...options.contentAttributes }),
    ];
    this.view = new EditorView({ parent: options.parent, state: EditorState.create({ doc: options.code, extensions }) });
  }

  get code(): string {
    return this.view.state.doc.toString();
  }

  set code(text: string) {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text }, effects: setErrorLine.of(null) });
  }

  /** Marks the 1-based line (null clears the mark) and scrolls it into view. */
  markErrorLine(line: number | null): void {
    const valid = line !== null && line >= 1 && line <= this.view.state.doc.lines;
    this.view.dispatch({
      effects: valid
        ? [setErrorLine.of(line), EditorView.scrollIntoView(this.view.state.doc.line(line).from, { y: 'nearest' })]
        : [setErrorLine.of(null)],
    });
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
