/**
 * The page (1-based) of each named destination of a PDF that Chromium printed: the anchors
 * that links of the document point to (`/Dests << /axis-parcours [23 0 R /XYZ …] >>`).
 * Chromium's PDFs (Skia) write their catalog, page tree and destinations as plain objects,
 * which is all this reads; anything else gives an empty map.
 */
export function pdfDestinations(pdf: Uint8Array): Map<string, number> {
  const text = new TextDecoder('latin1').decode(pdf);
  const objects = new Map<number, string>();
  for (const match of text.matchAll(/(?:^|\n)(\d+) 0 obj\n(<<[^]*?>>)\s*\n?(?:endobj|stream)/g)) objects.set(Number(match[1]), match[2]);
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
  const out = new Map<string, number>();
  const dests = objects.get(ref(catalog, 'Dests') ?? -1) ?? '';
  for (const match of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+) 0 R/g)) {
    const page = pageNumbers.get(Number(match[2]));
    const name = match[1].replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (page !== undefined) out.set(name, page);
  }
  return out;
}
