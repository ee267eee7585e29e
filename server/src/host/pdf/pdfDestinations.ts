/**
 * The page (1-based) of each named destination of a PDF that Chromium printed: the anchors
 * that links of the document point to (`/Dests << /axis-parcours [23 0 R /XYZ …] >>`).
 * Chromium's PDFs (Skia) write their catalog, page tree and destinations as plain objects,
 * which is all this reads; anything else gives an empty map.
 */
export function pdfDestinations(pdf: Uint8Array): Map<string, number> {
  const { objects, catalog, ref, pageNumbers } = readPdf(pdf);
  const out = new Map<string, number>();
  const dests = objects.get(ref(catalog, 'Dests') ?? -1) ?? '';
  for (const match of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+) 0 R/g)) {
    const page = pageNumbers.get(Number(match[2]));
    const name = match[1].replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (page !== undefined) out.set(name, page);
  }
  return out;
}

/** One bookmark of a PDF's outline: its title, the page it leads to, how deep it sits (1 at the top). */
export interface OutlineEntry {
  title: string;
  page?: number;
  depth: number;
}

/** The PDF's outline (bookmarks) in order, from a Chromium PDF printed with `outline: true`. */
export function pdfOutline(pdf: Uint8Array): OutlineEntry[] {
  const { objects, catalog, ref, pageNumbers } = readPdf(pdf);
  const out: OutlineEntry[] = [];
  const visit = (id: number | undefined, depth: number) => {
    for (let guard = 0; id !== undefined && guard < 100_000; guard++) {
      const node = objects.get(id);
      if (!node) return;
      const dest = /\/Dest\s*\[\s*(\d+) 0 R/.exec(node);
      out.push({
        title: pdfString(/\/Title\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))/.exec(node)?.[1] ?? ''),
        page: dest ? pageNumbers.get(Number(dest[1])) : undefined,
        depth,
      });
      visit(ref(node, 'First'), depth + 1);
      id = ref(node, 'Next');
    }
  };
  const root = objects.get(ref(catalog, 'Outlines') ?? -1);
  visit(ref(root, 'First'), 1);
  return out;
}

/** A PDF string: `<FEFF…>` (UTF-16BE in hex) or `(…)` (with its escapes). */
function pdfString(raw: string): string {
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s/g, '');
    const bytes = hex.match(/../g)?.map((h) => parseInt(h, 16)) ?? [];
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      let text = '';
      for (let i = 2; i + 1 < bytes.length; i += 2) text += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
      return text;
    }
    return String.fromCharCode(...bytes);
  }
  return raw.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) => {
    const named: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
    return named[e] ?? (/^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8)) : e);
  });
}

/** The objects of a PDF written without object streams, its catalog, and the number of each page object. */
function readPdf(pdf: Uint8Array) {
  const text = new TextDecoder('latin1').decode(pdf);
  const objects = new Map<number, string>();
  for (const match of text.matchAll(/(?:^|\n)(\d+) 0 obj\n(<<[^]*?>>)\s*\n?(?:endobj|stream)/g))
    objects.set(Number(match[1]), match[2]);
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o));
  const ref = (dict: string | undefined, key: string) => {
    const m = dict && new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
    return m ? Number(m[1]) : undefined;
  };
  const pageNumbers = new Map<number, number>();
  const walk = (id: number | undefined) => {
    const node = id === undefined ? undefined : objects.get(id);
    if (!node) return;
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node);
    if (/\/Type\s*\/Pages\b/.test(node) && kids) for (const kid of kids[1].matchAll(/(\d+) 0 R/g)) walk(Number(kid[1]));
    else if (/\/Type\s*\/Page\b/.test(node)) pageNumbers.set(id!, pageNumbers.size + 1);
  };
  walk(ref(catalog, 'Pages'));
  return { objects, catalog, ref, pageNumbers };
}
