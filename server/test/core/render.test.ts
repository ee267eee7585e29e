import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CLEAN_PLAN, edit } from '../helpers';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';
import { renderPlanDocument, type RenderOptions } from '../../src/core/render/renderPlan';
import { formatChange, formatFigure, formatNumber } from '../../src/core/render/numbers';
import { formatExact } from '../../src/core/i18n/numbers';
import { formatBy, formatDate, formatSpan } from '../../src/core/render/dates';
import { escapeHtml, html } from '../../src/core/render/html';
import { richText } from '../../src/core/render/richText';

const ROOT = path.resolve(__dirname, '../../..');
const GR = 'seeds/gustave-roussy-2026-2030.plan.yaml';
const CAL = 'seeds/centre-antoine-lacassagne-2020-2024.plan.yaml';
const seed = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

const WEBVIEW: RenderOptions = {
  mode: 'webview',
  cspSource: 'vscode-webview://abc',
  nonce: 'n0nce42',
  styleUri: 'vscode-webview://abc/preview.css',
  scriptUri: 'vscode-webview://abc/webview.js',
};
const NNBSP = '\u202f';
const NBSP = '\u00a0';

/** Renders the plan of `main` among `files` (name → text), with the findings of every file of the plan. */
function render(files: Record<string, string>, main: string, options: RenderOptions = { mode: 'standalone' }): string {
  const workspace = new PlanWorkspace();
  for (const [uri, text] of Object.entries(files)) workspace.setFile(uri, text);
  const plan = workspace.planOf(main)!;
  return renderPlanDocument(
    plan,
    plan.files.flatMap((f) => workspace.diagnostics(f.uri)),
    options,
  );
}

const count = (text: string, needle: string | RegExp) =>
  typeof needle === 'string' ? text.split(needle).length - 1 : (text.match(needle) ?? []).length;
/** The 0-based line of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));
/** The opening tag of the element whose `id` attribute is `id`. */
const tagWithId = (page: string, id: string) => new RegExp(`<[a-z]+ [^>]*id="${id}"[^>]*>`).exec(page)?.[0] ?? '';

const HOSTILE = edit(
  edit(
    edit(CLEAN_PLAN, 'title: Demo plan', 'title: "<script>alert(1)</script> plan"'),
    'institution: Demo hospital',
    'institution: "<img src=x onerror=alert(1)>"',
  ),
  '                title: Action A',
  '                title: "A <img src=x onerror=alert(2)> & \\"quoted\\""\n                details: ["<script>alert(3)</script>"]',
);

describe('render: plan text is escaped', () => {
  for (const options of [{ mode: 'standalone' } as RenderOptions, WEBVIEW]) {
    test(`titles holding HTML show as text (${options.mode})`, () => {
      const page = render(
        {
          'a.plan.yaml': edit(
            HOSTILE,
            '            title: Objective',
            '            title: "<b onmouseover=alert(4)>Obj</b>"',
          ),
        },
        'a.plan.yaml',
        options,
      );
      assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt; plan'));
      assert.ok(page.includes('&lt;img src=x onerror=alert(1)&gt;'));
      assert.ok(
        page.includes('A &lt;img src=x onerror=alert(2)&gt; &amp; “quoted”'),
        'English quotes for the author’s straight ones',
      );
      assert.ok(page.includes('&lt;script&gt;alert(3)&lt;/script&gt;'));
      assert.ok(page.includes('&lt;b onmouseover=alert(4)&gt;Obj&lt;/b&gt;'));
      assert.ok(!/<img|<b |onerror=alert\(\d\)[^&]|<script>alert/.test(page.replace(/&lt;[^]*?&gt;/g, '')));
      const scripts = page.match(/<script[^>]*>/g) ?? [];
      if (options.mode === 'standalone') assert.deepEqual(scripts, []);
      else assert.deepEqual(scripts, ['<script nonce="n0nce42" src="vscode-webview://abc/webview.js">']);
    });
  }

  test('the escaping helpers', () => {
    assert.equal(escapeHtml(`<a href="x">&'</a>`), `&lt;a href=&quot;x&quot;&gt;&amp;'&lt;/a&gt;`);
    assert.equal(
      html`<p title="${'"><script>'}">${'<i>'}</p>`.text,
      '<p title="&quot;&gt;&lt;script&gt;">&lt;i&gt;</p>',
    );
    assert.equal(html`<p>${['<a>', 1, undefined, false]}</p>`.text, '<p>&lt;a&gt;1</p>');
  });

  test('rich text: paragraphs, bullets, bold and italic around escaped text', () => {
    const out = richText('Un **fort** et *net* <x>\nsuite\n\n- un\n- **deux**\n').text;
    assert.equal(
      out,
      '<p>Un <strong>fort</strong> et <em>net</em> &lt;x&gt; suite</p><ul class="text-list"><li>un</li><li><strong>deux</strong></li></ul>',
    );
  });

  test('a uri holding quotes cannot break out of data-uri', () => {
    const page = render({ 'we"ird <x>.plan.yaml': CLEAN_PLAN }, 'we"ird <x>.plan.yaml', WEBVIEW);
    assert.ok(page.includes('data-uri="we&quot;ird &lt;x&gt;.plan.yaml"'));
  });
});

describe('render: words, numbers and dates in the plan’s language', () => {
  test('numbers are written as Intl.NumberFormat writes them for fr-FR and en-GB (two decimals at most, rounded half up)', () => {
    const intl = (locale: 'fr' | 'en') =>
      new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 });
    const exact = new Intl.NumberFormat('fr-FR', { maximumSignificantDigits: 12 });
    const values = [0, -0, 1, 999, 1000, 1234567.5, 1.005, 2.675, 0.125, 9.995, 999.995, -1234.5, -0.001, 0.1 + 0.2];
    values.push(1e-7, 1e15, 1e21, 123456789012.345, 18900.5, 1 / 3);
    for (let i = 0; i < 2000; i++) values.push(Math.round(Math.sin(i) * 10 ** (i % 12)) / 1000);
    for (const value of values) {
      for (const locale of ['fr', 'en'] as const) {
        const expected = intl(locale)
          .formatToParts(value)
          .map((p) => (p.type === 'group' && locale === 'fr' ? NNBSP : p.value))
          .join('');
        assert.equal(formatNumber(value, locale), expected, `${value} (${locale})`);
      }
      const plain = Number(value.toPrecision(12));
      const expected = exact
        .formatToParts(plain)
        .map((p) => (p.type === 'group' ? NNBSP : p.type === 'minusSign' ? '-' : p.value))
        .join('');
      assert.equal(formatExact(value, 'fr'), expected, `${value} (exact)`);
    }
  });

  test('French numbers: narrow no-break spaces between thousands, a no-break space before the unit', () => {
    assert.equal(formatNumber(1000, 'fr'), `1${NNBSP}000`);
    assert.equal(formatNumber(1234567.5, 'fr'), `1${NNBSP}234${NNBSP}567,5`);
    assert.equal(formatFigure(80, 'M€', 'fr'), `80${NBSP}M€`);
    assert.equal(formatFigure(1000, 'patients', 'fr'), `1${NNBSP}000${NBSP}patients`);
    assert.equal(formatFigure(80, '%', 'fr'), `80${NBSP}%`);
    assert.equal(formatFigure(1000, 'patients', 'en'), `1,000${NBSP}patients`);
    assert.equal(formatFigure(80, '%', 'en'), '80%');
    assert.equal(formatChange('x2', 'fr'), '×2');
    assert.equal(formatChange('+15 pts', 'fr'), `+15${NBSP}pts`);
    assert.equal(formatChange('-10 %', 'fr'), `−10${NBSP}%`);
  });

  test('partial dates as a printed plan writes them', () => {
    assert.equal(formatDate(2030, 'fr'), '2030');
    assert.equal(formatDate('2027-S2', 'fr'), '2ᵉ semestre 2027');
    assert.equal(formatDate('2027-H1', 'fr'), '1ᵉʳ semestre 2027');
    assert.equal(formatDate('2027-S2', 'en'), `H2${NBSP}2027`);
    assert.equal(formatDate('2027-Q2', 'fr'), `T2${NBSP}2027`);
    assert.equal(formatDate('2027-Q2', 'en'), `Q2${NBSP}2027`);
    assert.equal(formatDate('2028-06', 'fr'), 'juin 2028');
    assert.equal(formatDate('2028-06-01', 'fr'), '1ᵉʳ juin 2028');
    assert.equal(formatDate('2028-06-15', 'en'), '15 June 2028');
    assert.equal(formatDate('June 2026', 'en'), 'June 2026');
    assert.equal(formatSpan(2026, 2028, 'fr'), '2026–2028');
    assert.equal(formatSpan('2026-S2', 2028, 'fr'), '2ᵉ semestre 2026 – 2028');
    assert.equal(formatBy(2030, 'fr'), 'd’ici 2030');
    assert.equal(formatBy('2027-S2', 'fr'), 'd’ici le 2ᵉ semestre 2027');
    assert.equal(formatBy('2027-Q2', 'en'), `by Q2${NBSP}2027`);
  });

  test('a French plan has French labels', () => {
    const page = render({ [GR]: seed(GR) }, GR);
    assert.match(page, /<html lang="fr">/);
    for (const label of [
      'Objectif 1.1',
      'Intention',
      'Projets, actions et jalons clés',
      'Enjeux et ambition',
      'Axe 1',
      'Sommaire',
      'Calendrier',
      'Indicateurs',
      'Conclusion',
    ]) {
      assert.ok(page.includes(label), label);
    }
    assert.ok(!page.includes('Stakes and ambition'));
    assert.ok(page.includes(`1${NNBSP}000${NBSP}patients d’ici 2030`));
    assert.ok(page.includes(`80${NBSP}M€ d’ici 2030 (×2)`));
    assert.ok(page.includes(`au moins 30${NBSP}M€ en moyenne par an sur 2026–2030`));
  });

  test('an English plan has English labels; --locale overrides the plan’s language', () => {
    const page = render({ 'a.plan.yaml': CLEAN_PLAN }, 'a.plan.yaml');
    for (const label of [
      'Objective 1.1',
      'Intention',
      'Projects, actions and key milestones',
      'Stakes and ambition',
      'Axis 1',
      'Contents',
      'Timeline',
      'Indicators',
    ]) {
      assert.ok(page.includes(label), label);
    }
    assert.ok(page.includes(`1,000${NBSP}patients by 2030`));
    assert.ok(page.includes(`80${NBSP}M€ by 2030 (×2)`));
    assert.ok(page.includes(`Step</span> <span class="when">H2${NBSP}2028</span>`));
    const french = render({ 'a.plan.yaml': CLEAN_PLAN }, 'a.plan.yaml', { mode: 'standalone', locale: 'fr' });
    assert.ok(
      french.includes('Projets, actions et jalons clés') && french.includes(`1${NNBSP}000${NBSP}patients d’ici 2030`),
    );
  });
});

describe('render: the Gustave Roussy seed', () => {
  const page = render({ [GR]: seed(GR) }, GR);

  test('title page, 4 axes, 11 ambitions, 38 objective cards, 129 actions, 13 indicators', () => {
    assert.ok(page.includes('<h1 class="plan-title">Projet d’établissement 2026-2030</h1>'));
    assert.ok(page.includes('<p class="institution">Gustave Roussy</p>'));
    assert.ok(!page.includes('class="plan-cycle"'), 'the title already says the years');
    assert.equal(count(page, '<section class="axis"'), 4);
    assert.equal(count(page, '<section class="ambition"'), 11);
    assert.equal(count(page, '<article class="objective-card"'), 38);
    assert.equal(count(page, '<li class="action"'), 129);
    assert.equal(count(page, '<tbody class="indicator"'), 13);
    assert.equal(count(page, '<section class="intention">'), 38);
  });

  test('the timeline: one SVG per axis with dated actions, a row per action, over the cycle’s years and 2025, with quarters', () => {
    const svgs = page.match(/<svg class="timeline-chart"[^]*?<\/svg>/g) ?? [];
    assert.equal(svgs.length, 2, 'axes 3 and 4 have dated actions');
    assert.deepEqual(
      svgs.map((svg) => count(svg, '<g class="tl-row"')),
      [2, 17],
    );
    assert.equal(count(page, '<section class="timeline-axis"'), 2);
    for (const svg of svgs) {
      for (const year of [2025, 2026, 2027, 2028, 2029, 2030]) assert.ok(svg.includes(`>${year}</text>`), String(year));
      assert.equal(count(svg, '<text class="tl-quarter-label"'), 24);
      assert.ok(svg.includes('class="tl-cycle"'));
    }
    // Full titles, over two lines when long.
    assert.ok(svgs[1].includes('<tspan x="14" y="'));
    assert.ok(!svgs.join('').includes('…'));
    // A plan that reports nothing: one colour, and the legend names what is drawn, the pale band of a deadline included.
    const legends = page.match(/<ul class="legend">[^]*?<\/ul>/g) ?? [];
    assert.equal(legends.length, 2);
    assert.ok(
      legends[0].includes('action, du début à la fin') &&
        legends[0].includes('période d’une échéance') &&
        legends[0].includes('échéance, jalon'),
    );
    assert.ok(!/status-(planned|in-progress|done)/.test(svgs.join('')));
    assert.ok(page.includes('110 actions sans date ne figurent pas dans le calendrier'));
  });

  test('the diagnostics summary counts and lists the findings (review audience)', () => {
    const page = render({ [GR]: seed(GR) }, GR, { mode: 'standalone', audience: 'review' });
    assert.ok(page.includes('0 erreur · 6 avertissements · 277 informations'));
    assert.equal(count(page, '<li class="finding '), 283);
    assert.ok(page.includes('<details class="finding-group finding-warning" open>'));
  });

  test('a standalone document is self-contained: no script, nothing remote, print styles', () => {
    assert.ok(!/<script|<link|https?:\/\//i.test(page));
    assert.ok(page.includes('@media print'));
    assert.ok(!page.includes('data-line'));
  });
});

describe('render: the plan’s conclusion', () => {
  test('is printed after the axes and before the timeline, and listed in the contents', () => {
    const page = render({ [GR]: seed(GR) }, GR);
    const at = page.indexOf('<section class="vision conclusion" id="conclusion"');
    assert.ok(
      at > page.lastIndexOf('id="axis-') && at < page.indexOf('id="timeline"'),
      'after the axes, before the timeline',
    );
    assert.ok(page.includes('<h2 class="section-title">Conclusion</h2><p>Ce projet nous engage pleinement.'));
    assert.ok(page.includes('href="#conclusion"'));
    assert.equal(count(render({ 'plan.plan.yaml': CLEAN_PLAN }, 'plan.plan.yaml'), 'id="conclusion"'), 0);
  });
});

describe('render: the editor’s preview (webview)', () => {
  const text = seed(GR);
  const page = render({ [GR]: text }, GR, WEBVIEW);

  test('CSP with the cspSource and nonce; the client’s stylesheet and script', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1] ?? '';
    assert.equal(
      csp,
      "default-src 'none'; img-src vscode-webview://abc data:; style-src vscode-webview://abc 'nonce-n0nce42'; font-src vscode-webview://abc; script-src 'nonce-n0nce42'",
    );
    assert.ok(page.includes('<style nonce="n0nce42">'));
    assert.ok(page.includes('<link rel="stylesheet" href="vscode-webview://abc/preview.css">'));
    assert.ok(page.includes('<script nonce="n0nce42" src="vscode-webview://abc/webview.js"></script>'));
    assert.ok(!/ style="/.test(page), 'no inline style attribute (the CSP refuses them)');
  });

  test('every block carries the 0-based line of its item and its file uri', () => {
    for (const [id, needle] of [
      ['objective-juste-soin', 'id: juste-soin'],
      ['axis-numerique', 'id: numerique'],
      ['ambition-soins-qualite', 'id: soins-qualite'],
      ['action-fondations-si', 'id: fondations-si'],
      ['indicator-inclusions-ditep', 'id: inclusions-ditep'],
    ]) {
      const tag = tagWithId(page, id);
      assert.ok(tag.includes(`data-line="${lineOf(text, needle)}"`), `${id}: ${tag}`);
      assert.ok(tag.includes(`data-uri="${GR}"`), tag);
    }
    assert.equal(count(page, /<article class="objective-card"[^>]* data-line="\d+" data-uri=/g), 38);
    assert.equal(count(page, /<li class="action"[^>]* data-line="\d+" data-uri=/g), 129);
    assert.ok(/<header class="title-page" id="title-page" data-line="0"/.test(page));
    // A literal block's paragraphs carry their own lines.
    const vision = lineOf(text, "Dans un contexte d'accélération");
    assert.ok(page.includes(`<p data-line="${vision}" data-uri="${GR}">Dans un contexte`));
  });

  test('diagnostics link to their lines; second views are marked for scroll sync to skip', () => {
    const link =
      /<a class="finding-link" href="#finding-(\d+)" data-line="(\d+)" data-uri="([^"]+)" data-secondary>[^<]*:1007:24<\/a>/.exec(
        page,
      );
    assert.ok(link, 'the date/outside-cycle finding of applications-dossier-medical');
    const action = /<li class="action" id="action-applications-dossier-medical"[^]*?<\/li>/.exec(page)?.[0] ?? '';
    assert.ok(
      action.includes(`<li class="finding-marker finding-warning" id="finding-${link[1]}"`),
      'its marker is on the action',
    );
    link.shift();
    assert.equal(Number(link[1]), 1006);
    assert.equal(link[2], GR);
    assert.ok(/<g class="tl-row" data-line="\d+" data-uri="[^"]+" data-secondary>/.test(page));
  });
});

describe('render: plans with parts, statuses and actuals', () => {
  const root = edit(
    edit(CLEAN_PLAN, '  language: en\n', '  language: en\n  as_of: 2027-06-30\n'),
    '                end: 2027\n',
    '                end: 2027\n                status: in-progress\n                progress: 40\n',
  ).replace(
    '    baseline: { value: 500, year: 2024 }\n',
    '    baseline: { value: 500, year: 2024 }\n    actuals:\n      - { value: 800, date: 2026 }\n',
  );
  const part = `part_of: demo
axis: care-axis
ambition: quality
objectives:
  - id: team-obj
    title: Team objective
    actions:
      - { id: team-act, title: Team action, start: 2026, end: 2027, status: planned }
`;
  const files = { 'plans/demo.plan.yaml': root, 'plans/team/team.plan.yaml': part };

  test('a part’s objectives appear under their ambition, with the part’s uri', () => {
    const page = render(files, 'plans/demo.plan.yaml', WEBVIEW);
    assert.equal(count(page, '<article class="objective-card"'), 2);
    const tag = tagWithId(page, 'objective-team-obj');
    assert.ok(tag.includes(`data-line="${lineOf(part, 'id: team-obj')}" data-uri="plans/team/team.plan.yaml"`), tag);
    assert.ok(page.indexOf('id="objective-obj"') < page.indexOf('id="objective-team-obj"'));
    assert.ok(page.includes('Objective 1.2'));
  });

  test('statuses against as_of, progress bars and actuals', () => {
    const page = render(files, 'plans/demo.plan.yaml');
    // act-a ends in 2027 and is in progress on 2027-06-30: not overdue yet; team-act ended in 2027 too.
    assert.ok(page.includes('<span class="status status-in-progress">In progress</span>'));
    assert.ok(/<rect class="progress-fill" width="40" height="6"\/>/.test(page));
    // 800 from 500 towards 1000: 60 %.
    assert.ok(page.includes(`<span class="actual-value">800${NBSP}patients</span>`));
    assert.ok(/aria-label="60%"/.test(page));
    assert.ok(page.includes('class="tl-as-of"'));
    const overdue = render({ 'a.plan.yaml': edit(root, 'as_of: 2027-06-30', 'as_of: 2028-02-01') }, 'a.plan.yaml');
    assert.ok(overdue.includes('<span class="status status-overdue">Overdue</span>'));
  });

  test('a plan without findings says so; the English seed renders its 14 objectives', () => {
    assert.ok(
      render({ 'a.plan.yaml': CLEAN_PLAN }, 'a.plan.yaml', { mode: 'standalone', audience: 'review' }).includes(
        'No problem found',
      ),
    );
    const page = render({ [CAL]: seed(CAL) }, CAL);
    assert.equal(count(page, '<article class="objective-card"'), 14);
    assert.equal(count(page, '<section class="axis"'), 6);
    assert.ok(!page.includes('id="timeline"'), 'the public document leaves out an empty calendar');
    assert.ok(
      render({ [CAL]: seed(CAL) }, CAL, { mode: 'standalone', audience: 'review' }).includes(
        'No action of the plan has a date yet.',
      ),
    );
  });
});
