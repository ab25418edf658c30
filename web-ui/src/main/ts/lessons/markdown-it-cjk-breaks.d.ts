// The package ships no types: it is a markdown-it plugin taking no options.
declare module 'markdown-it-cjk-breaks' {
  import type MarkdownIt from 'markdown-it';
  export default function cjkBreaks(md: MarkdownIt): void;
}
