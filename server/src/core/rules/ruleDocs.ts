/** A rule's section of docs/rules.md: what SARIF readers (GitHub code scanning) show as its description and help. */
export interface RuleDoc {
  /** The first paragraph after the default severity, on one line. */
  description: string;
  /** The whole section (without its heading), as written. */
  markdown: string;
  /** The same as plain text: links and emphasis reduced to their words. */
  text: string;
}

/**
 * Reads the rule sections of docs/rules.md (`### family/rule` up to the next heading). The
 * page is the one source of the rules' documentation; the CLI bundles it at build time.
 */
export function parseRuleDocs(markdown: string): Map<string, RuleDoc> {
  const docs = new Map<string, RuleDoc>();
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const heading = /^### ([a-z]+\/[a-z-]+)\s*$/.exec(lines[i]);
    if (!heading) continue;
    let end = i + 1;
    while (end < lines.length && !/^#{1,3} /.test(lines[end])) end++;
    const body = lines
      .slice(i + 1, end)
      .join('\n')
      .trim();
    const paragraphs = body.split(/\n\s*\n/);
    const first = paragraphs.find((p) => !/^Default severity/.test(p) && !p.startsWith('```')) ?? paragraphs[0] ?? '';
    docs.set(heading[1], { description: plain(first).replace(/\s*\n\s*/g, ' '), markdown: body, text: plain(body) });
    i = end - 1;
  }
  return docs;
}

/** Markdown to plain text: `[words](link)` → words, `**x**`/`*x*` → x; code kept. */
function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^*\w])\*([^*\n]+)\*/g, '$1$2');
}
