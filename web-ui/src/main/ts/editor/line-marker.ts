// A line decoration the editor draws until the code changes: one factory, used for the
// traceback's failing line, the step-mode current line and the line a graph node came from.
import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

export interface LineMarker {
  extension: Extension;
  /** Marks the 1-based line (null clears it) and scrolls it into view. */
  mark(view: EditorView, line: number | null): void;
}

export function lineMarker(className: string, dataAttribute: string): LineMarker {
  const setLine = StateEffect.define<number | null>();
  const decoration = Decoration.line({ class: className, attributes: { [dataAttribute]: 'true' } });
  const field = StateField.define<DecorationSet>({
    create: () => Decoration.none,
    update(marks, transaction) {
      let next = transaction.docChanged ? Decoration.none : marks.map(transaction.changes);
      for (const effect of transaction.effects) {
        if (effect.is(setLine)) {
          const line = effect.value;
          next = line === null || line < 1 || line > transaction.state.doc.lines
            ? Decoration.none
            : Decoration.set([decoration.range(transaction.state.doc.line(line).from)]);
        }
      }
      return next;
    },
    provide: (f) => EditorView.decorations.from(f),
  });
  return {
    extension: field,
    mark(view, line) {
      const valid = line !== null && line >= 1 && line <= view.state.doc.lines;
      view.dispatch({
        effects: valid
          ? [setLine.of(line), EditorView.scrollIntoView(view.state.doc.line(line).from, { y: 'nearest' })]
          : [setLine.of(null)],
      });
    },
  };
}
