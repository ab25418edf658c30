// Lesson prose: CommonMark + GFM tables (markdown-it) with $…$ / $$…$$ math typeset by KaTeX.
// A line break between two Chinese characters joins them without a space, as Chinese readers expect.
import markdownItKatex from '@vscode/markdown-it-katex';
import katex from 'katex';
import MarkdownIt from 'markdown-it';
import cjkBreaks from 'markdown-it-cjk-breaks';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false }).use(markdownItKatex, {
  katex,
  throwOnError: false,
}).use(cjkBreaks);

export function renderMarkdown(text: string): string {
  return markdown.render(text);
}
