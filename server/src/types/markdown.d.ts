/** Markdown files imported by the CLI are bundled as their text (esbuild's `text` loader). */
declare module '*.md' {
  const text: string;
  export default text;
}
