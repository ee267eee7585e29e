import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSources } from '../../src/core/check';
import type { LogoFile } from '../../src/core/workspace/logoCheck';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';
import { at, CLEAN_PLAN, edit } from '../helpers';

// The logo's rules need what the host read at `plan.logo`: a reader over these files in memory.

const withLogo = (logo: string) => edit(CLEAN_PLAN, '  horizon: 2040\n', `  horizon: 2040\n  logo: ${logo}\n`);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);
const svg = (body: string) => new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`);

interface Seen {
  rule: string;
  severity: string;
  line: number;
  column: number;
  endColumn: number;
  message: string;
  fr: string;
}

/** The findings of plan.plan.yaml whose rule starts with `logo/`, the reader answering `file`; and what it was asked. */
function logoFindings(text: string, file: LogoFile): { seen: Seen[]; asked: [string, string][] } {
  const asked: [string, string][] = [];
  const [checked] = checkSources([{ uri: 'plans/plan.plan.yaml', text }], {
    readLogo: (uri, logo) => (asked.push([uri, logo]), file),
  });
  const seen = checked.findings
    .filter((f) => f.ruleId.startsWith('logo/'))
    .map((f) => {
      const start = checked.file.lineIndex.positionAt(f.range.start);
      const end = checked.file.lineIndex.positionAt(f.range.end);
      return {
        rule: f.ruleId,
        severity: f.severity,
        line: start.line + 1,
        column: start.character + 1,
        endColumn: end.character + 1,
        message: f.message.en,
        fr: f.message.fr,
      };
    });
  return { seen, asked };
}

/** The one finding, on the value of `logo`. */
function oneOn(text: string, logo: string, file: LogoFile, rule: string): Seen {
  const { seen } = logoFindings(text, file);
  assert.equal(seen.length, 1, JSON.stringify(seen));
  const [f] = seen;
  const place = at(text, `logo: ${logo}`);
  assert.deepEqual(
    { rule: f.rule, severity: f.severity, line: f.line, column: f.column, endColumn: f.endColumn },
    {
      rule,
      severity: 'warning',
      line: place.line,
      column: place.column + 6,
      endColumn: place.column + 6 + logo.length,
    },
  );
  return f;
}

describe('logo/unreadable', () => {
  test('fires on `logo` when there is no such file, and says where the path starts from', () => {
    const f = oneOn(withLogo('images/logo.png'), 'images/logo.png', { missing: true }, 'logo/unreadable');
    assert.equal(
      f.message,
      "The logo 'images/logo.png' does not exist: the cover has no logo; put the image there or correct `logo` (a path relative to the plan file's folder).",
    );
    assert.equal(
      f.fr,
      "Le logo 'images/logo.png' n’existe pas : la couverture n’a pas de logo ; placez-y l’image ou corrigez `logo` (un chemin relatif au dossier du fichier du plan).",
    );
  });

  test('asks the host for the logo as written, beside the root file', () => {
    const { asked } = logoFindings(withLogo('images/logo.png'), { bytes: PNG });
    assert.deepEqual(asked, [['plans/plan.plan.yaml', 'images/logo.png']]);
  });

  test('fires on a folder, a file over the limit, a refusal and a plan not on disk', () => {
    const text = withLogo('logo.svg');
    const cases: [LogoFile, string, string][] = [
      [
        { problem: { kind: 'not-a-file', what: 'folder' } },
        "The logo 'logo.svg' is a folder, not an image file: the cover has no logo; name a PNG, JPEG or SVG file in `logo`.",
        "Le logo 'logo.svg' est un dossier, pas un fichier image : la couverture n’a pas de logo ; indiquez un fichier PNG, JPEG ou SVG dans `logo`.",
      ],
      [
        { problem: { kind: 'too-large', size: 12_300_000, limit: 5_000_000 } },
        "The logo 'logo.svg' is too large (12.3 MB; the limit is 5 MB): the cover has no logo; give a smaller image (a logo of a few hundred pixels is enough).",
        "Le logo 'logo.svg' est trop volumineux (12,3\u00a0Mo ; la limite est de 5\u00a0Mo) : la couverture n’a pas de logo ; donnez une image plus petite (un logo de quelques centaines de pixels suffit).",
      ],
      [
        { problem: { kind: 'unreadable', reason: 'EACCES' } },
        "The logo 'logo.svg' cannot be read (permission denied): the cover has no logo; give yourself read access to it.",
        "Le logo 'logo.svg' ne peut pas être lu (permission refusée) : la couverture n’a pas de logo ; donnez-vous le droit de le lire.",
      ],
      [
        { problem: { kind: 'unreadable', reason: 'EIO' } },
        "The logo 'logo.svg' cannot be read (EIO): the cover has no logo; check the file, or correct `logo`.",
        "Le logo 'logo.svg' ne peut pas être lu (EIO) : la couverture n’a pas de logo ; vérifiez le fichier, ou corrigez `logo`.",
      ],
      [
        { problem: { kind: 'unsupported', scheme: 'untitled' } },
        "The logo 'logo.svg' cannot be read: the plan is not a file on disk (`untitled:`): the cover has no logo; save the plan in the folder of its logo.",
        "Le logo 'logo.svg' ne peut pas être lu : le plan n’est pas un fichier sur disque (`untitled:`) : la couverture n’a pas de logo ; enregistrez le plan dans le dossier de son logo.",
      ],
    ];
    for (const [file, en, fr] of cases) {
      const f = oneOn(text, 'logo.svg', file, 'logo/unreadable');
      assert.deepEqual([f.message, f.fr], [en, fr]);
    }
  });

  test('fires when the content is not the image the name says', () => {
    const f = oneOn(withLogo('logo.png'), 'logo.png', { bytes: new TextEncoder().encode('GIF89a') }, 'logo/unreadable');
    assert.equal(
      f.message,
      "The logo 'logo.png' is not a PNG image (its content is not a PNG file's): the cover has no logo; export the image again as PNG, or name the file after its format (.png, .jpg, .svg).",
    );
    assert.equal(
      f.fr,
      "Le logo 'logo.png' n’est pas une image PNG (son contenu n’est pas celui d’un fichier PNG) : la couverture n’a pas de logo ; exportez de nouveau l’image en PNG, ou nommez le fichier d’après son format (.png, .jpg, .svg).",
    );
    oneOn(withLogo('logo.jpg'), 'logo.jpg', { bytes: PNG }, 'logo/unreadable');
    oneOn(withLogo('logo.svg'), 'logo.svg', { bytes: PNG }, 'logo/unreadable');
  });

  test('does not fire on a PNG, a JPEG or an SVG that are what they say, nor without `logo`', () => {
    for (const [name, bytes] of [
      ['logo.png', PNG],
      ['LOGO.JPG', JPEG],
      ['logo.jpeg', JPEG],
      ['logo.svg', svg('<rect width="1" height="1"/>')],
    ] as const)
      assert.deepEqual(logoFindings(withLogo(name), { bytes }).seen, [], name);
    const { seen, asked } = logoFindings(CLEAN_PLAN, { missing: true });
    assert.deepEqual([seen, asked], [[], []]);
  });

  test('a name of another kind is the schema’s finding only, and the host is not asked', () => {
    const { seen, asked } = logoFindings(withLogo('logo.gif'), { missing: true });
    assert.deepEqual([seen, asked], [[], []]);
  });
});

describe('logo/script', () => {
  test('fires on an SVG with scripts, event handlers or external references, naming what is left out', () => {
    const f = oneOn(
      withLogo('logo.svg'),
      'logo.svg',
      { bytes: svg('<script>track()</script><rect onclick="go()" onload="x()" width="1" height="1"/>') },
      'logo/script',
    );
    assert.equal(
      f.message,
      "The SVG logo 'logo.svg' holds 1 script and 2 event handlers: the document embeds the logo without them; remove them from the file (save it again as plain SVG) so that what you see is what is printed.",
    );
    assert.equal(
      f.fr,
      "Le logo SVG 'logo.svg' contient 1 script et 2 gestionnaires d’événement : le document intègre le logo sans eux ; retirez-les du fichier (enregistrez-le de nouveau en SVG simple) pour voir ce qui sera imprimé.",
    );
    const external = oneOn(
      withLogo('logo.svg'),
      'logo.svg',
      { bytes: svg('<image href="https://example.org/a.png"/><script>a()</script><script>b()</script>') },
      'logo/script',
    );
    assert.ok(external.message.startsWith("The SVG logo 'logo.svg' holds 2 scripts and 1 external reference: "));
    assert.ok(external.fr.startsWith("Le logo SVG 'logo.svg' contient 2 scripts et 1 référence externe : "));
  });

  test('does not fire on a plain SVG, with links inside the drawing', () => {
    const plain = svg(
      '<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="1" height="1"/><use href="#g"/>',
    );
    assert.deepEqual(logoFindings(withLogo('logo.svg'), { bytes: plain }).seen, []);
  });

  test('the configuration and suppression comments apply, as to any rule', () => {
    const text = withLogo('logo.svg');
    const [checked] = checkSources([{ uri: 'p.plan.yaml', text }], {
      readLogo: () => ({ bytes: svg('<script>a()</script>') }),
      configFor: () => ({ rules: { 'logo/script': 'error' } }),
    });
    assert.deepEqual(
      checked.findings.map((f) => [f.ruleId, f.severity]),
      [['logo/script', 'error']],
    );
    const silenced = edit(text, '  logo: logo.svg\n', '  # jalon-disable-next-line logo/script\n  logo: logo.svg\n');
    assert.deepEqual(logoFindings(silenced, { bytes: svg('<script>a()</script>') }).seen, []);
  });
});

describe('the logo in PlanWorkspace', () => {
  test('read once per version of the plan: the render takes the bytes the check read', () => {
    let reads = 0;
    const workspace = new PlanWorkspace(undefined, () => (reads++, { bytes: PNG }));
    workspace.setFile('p.plan.yaml', withLogo('logo.png'));
    workspace.diagnostics('p.plan.yaml');
    const plan = workspace.planOf('p.plan.yaml')!;
    assert.deepEqual(workspace.logo(plan).logo, { mediaType: 'image/png', bytes: PNG });
    assert.equal(reads, 1);
  });

  test('forgetLogos reads again (an image changed on disk) and names the files to check again', () => {
    let file: LogoFile = { missing: true };
    const workspace = new PlanWorkspace(undefined, () => file);
    workspace.setFile('p.plan.yaml', withLogo('logo.png'));
    workspace.setFile('other.plan.yaml', edit(CLEAN_PLAN, 'id: demo', 'id: other'));
    assert.deepEqual(
      workspace.diagnostics('p.plan.yaml').map((f) => f.ruleId),
      ['logo/unreadable'],
    );
    file = { bytes: PNG };
    assert.deepEqual(workspace.forgetLogos(), ['p.plan.yaml']);
    assert.deepEqual(workspace.diagnostics('p.plan.yaml'), []);
  });

  test('without a reader (jalon diff), the logo is neither checked nor rendered', () => {
    const workspace = new PlanWorkspace();
    workspace.setFile('p.plan.yaml', withLogo('logo.png'));
    assert.deepEqual(workspace.diagnostics('p.plan.yaml'), []);
    assert.deepEqual(workspace.logo(workspace.planOf('p.plan.yaml')!), { findings: [] });
  });
});
