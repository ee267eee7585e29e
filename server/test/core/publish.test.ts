import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CLEAN_PLAN, edit } from '../helpers';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';
import { renderPlanDocument, type RenderOptions } from '../../src/core/render/renderPlan';
import { englishTypography, frenchTypography } from '../../src/core/render/typography';
import { base64, sanitizeSvg } from '../../src/core/render/logo';
import { wrapped } from '../../src/core/render/timeline';

const ROOT = path.resolve(__dirname, '../../..');
const SEEDS = ['seeds/gustave-roussy-2026-2030.plan.yaml', 'seeds/centre-antoine-lacassagne-2020-2024.plan.yaml'];
const NNBSP = '\u202f';

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
const count = (text: string, needle: string) => text.split(needle).length - 1;
/** The document without its stylesheet (which names every class). */
const markup = (page: string) => page.replace(/<style[^]*?<\/style>/g, '');
/** The text a reader sees: no tags, no attribute values. */
const visible = (page: string) => page.replace(/<style[^]*?<\/style>/g, '').replace(/<[^>]*>/g, ' ');

/** A plan with mistakes: a date that does not exist, a status the format lacks, an unknown indicator, a start before the cycle. */
const FLAWED = edit(
  edit(
    edit(
      CLEAN_PLAN,
      '                start: 2026\n',
      '                start: 2025\n                status: en-cours\n',
    ),
    'indicators: [patients, funds]',
    'indicators: [patients, fundz]',
  ),
  '                  - { title: Step, due: 2028-S2 }',
  '                  - { title: Step, due: 2028-02-30 }',
);

describe('publish: the public and review audiences', () => {
  test('a plan with findings: public shows none of them, no file name, rule id, id or “not reported”', () => {
    const page = markup(render({ 'plans/flawed.plan.yaml': FLAWED }, 'plans/flawed.plan.yaml'));
    const text = visible(page);
    assert.ok(page.includes('data-audience="public"'));
    for (const absent of [
      'flawed.plan.yaml',
      'date/outside-cycle',
      'ref/unknown',
      'schema/enum',
      'Plan diagnostics',
      'Rendered by Jalon',
      'not reported',
      'finding-marker',
    ]) {
      assert.ok(!page.includes(absent), absent);
    }
    assert.ok(!/\bact-a\b|\bcare-axis\b/.test(text), 'no id in the text');
  });

  test('review: a summary at the top, each finding shown on its item and linked both ways', () => {
    const page = render({ 'plans/flawed.plan.yaml': FLAWED }, 'plans/flawed.plan.yaml', {
      mode: 'standalone',
      audience: 'review',
    });
    const summary = page.indexOf('<section class="diagnostics"');
    assert.ok(summary > 0 && summary < page.indexOf('<section class="axis"'), 'the summary comes before the axes');
    const entries = page.match(/<li class="finding finding-\w+" id="finding-entry-(\d+)">/g) ?? [];
    const markers = page.match(/<li class="finding-marker finding-\w+" id="finding-(\d+)">/g) ?? [];
    assert.ok(entries.length >= 4, String(entries.length));
    assert.equal(markers.length, entries.length, 'one marker per finding');
    for (let n = 1; n <= entries.length; n++) {
      assert.ok(page.includes(`<a class="finding-link" href="#finding-${n}">`), `summary → marker ${n}`);
      assert.ok(page.includes(`<a class="finding-number" href="#finding-entry-${n}"`), `marker ${n} → summary`);
    }
    // The start before the cycle is marked on action A, the unknown indicator on the objective.
    const actionA =
      /<li class="action" id="action-act-a"[^]*?<\/li>\n?<\/ol>|<li class="action" id="action-act-a"[^]*?(?=<li class="action")/.exec(
        page,
      )?.[0] ?? '';
    assert.ok(
      actionA.includes('finding-marker finding-warning') && actionA.includes('starts in 2025'),
      actionA.slice(0, 400),
    );
    const objective =
      /<article class="objective-card" id="objective-obj"[^]*?<p class="section-label">/.exec(page)?.[0] ?? '';
    assert.ok(objective.includes('finding-marker finding-error') && objective.includes('fundz'));
    assert.ok(
      /<a class="finding-link" href="#finding-\d+">flawed\.plan\.yaml:\d+:\d+<\/a>/.test(page),
      'the summary names the file and line',
    );
    assert.ok(page.includes('Rendered by Jalon from flawed.plan.yaml'));
  });

  for (const seed of SEEDS) {
    test(`${path.basename(seed)}: public has no findings, file names or empty statuses; review has them`, () => {
      const text = readFileSync(path.join(ROOT, seed), 'utf8');
      const published = markup(render({ [seed]: text }, seed));
      const review = render({ [seed]: text }, seed, { mode: 'standalone', audience: 'review' });
      for (const absent of [
        '.plan.yaml',
        'finding-marker',
        'class="diagnostics"',
        'class="colophon"',
        'non renseigné',
        'not reported yet',
        'class="status ',
        'class="actual"',
        'item-id',
      ]) {
        assert.ok(!published.includes(absent), `${absent} in public`);
      }
      assert.ok(
        review.includes('class="diagnostics"') && review.includes('finding-marker') && review.includes('.plan.yaml:'),
      );
      assert.equal(
        count(published, '<article class="objective-card"'),
        count(review, '<article class="objective-card"'),
      );
    });
  }

  test('statuses, progress and actuals show to the public once the plan reports some', () => {
    const quiet = render(
      {
        'a.plan.yaml': edit(
          CLEAN_PLAN,
          '                end: 2027\n',
          '                end: 2027\n                status: planned\n',
        ),
      },
      'a.plan.yaml',
    );
    assert.ok(
      !quiet.includes('class="status ') && !quiet.includes('Actual'),
      '"planned" is the default: nothing reported',
    );
    const reported = render(
      {
        'a.plan.yaml': edit(
          CLEAN_PLAN,
          '                end: 2027\n',
          '                end: 2027\n                status: in-progress\n                progress: 40\n',
        ),
      },
      'a.plan.yaml',
    );
    assert.ok(reported.includes('<span class="status status-in-progress">In progress</span>'));
    assert.ok(reported.includes('<th scope="col">Actual</th>'));
    assert.ok(reported.includes('class="progress-fill" width="40"'));
    assert.ok(!reported.includes('not reported yet'), 'the public sees a dash, not “not reported yet”');
  });
});

describe('publish: what a published plan has', () => {
  const header = `  cycle: { start: 2026, end: 2030 }
  status: adopted
  adopted: { by: Conseil de surveillance, on: 2025-12-15 }
  previous: demo-2021-2025
  logo: logo.png
  forewords:
    - { by: Jeanne Martin, role: Directrice générale, text: "Ce projet est le nôtre." }
  governance:
    - { body: CME, on: 2025-11-04, opinion: avis favorable }
    - { body: Directoire, on: 2025-11-18, opinion: avis favorable }
`;
  const root = edit(
    edit(CLEAN_PLAN, '  cycle: { start: 2026, end: 2030 }\n', header),
    'title: Demo plan',
    "title: Projet d'établissement 2026-2030",
  );
  const previous =
    "plan:\n  id: demo-2021-2025\n  title: Projet d'établissement 2021-2025\n  institution: Demo hospital\n  cycle: { start: 2021, end: 2025 }\n";
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);

  test('the cover names the plan once, the previous plan by its title, the adoption, the opinions and the logo', () => {
    const page = render({ 'a.plan.yaml': root, 'b.plan.yaml': previous }, 'a.plan.yaml', {
      mode: 'standalone',
      locale: 'fr',
      assets: {
        logo: { mediaType: 'image/png', bytes: png },
        planTitles: new Map([['demo-2021-2025', "Projet d'établissement 2021-2025"]]),
      },
    });
    assert.ok(!page.includes('class="plan-cycle"'), 'the title says the years already');
    assert.ok(page.includes(`Fait suite à${'\u00a0'}: Projet d’établissement 2021-2025`));
    assert.ok(page.includes('Adopté par Conseil de surveillance le 15 décembre 2025'));
    assert.ok(
      page.includes(
        `<span class="governance-body">CME</span>, <span class="when">4 novembre 2025</span>${NNBSP}: <span class="governance-opinion">avis favorable</span>`,
      ),
    );
    assert.ok(page.includes(`<img class="logo" src="data:image/png;base64,${base64(png)}" alt="Demo hospital">`));
    assert.ok(
      page.includes('<section class="forewords" id="forewords">') &&
        page.includes('<span class="signatory">Jeanne Martin</span><span class="role">Directrice générale</span>'),
    );
  });

  test('the public never sees the id of a previous plan it cannot name', () => {
    const page = render({ 'a.plan.yaml': root }, 'a.plan.yaml');
    assert.ok(!page.includes('demo-2021-2025'));
    assert.ok(
      render({ 'a.plan.yaml': root }, 'a.plan.yaml', { mode: 'standalone', audience: 'review' }).includes(
        'Follows: demo-2021-2025',
      ),
    );
  });

  test('actions are numbered like their objective: Action 1.1.2', () => {
    const page = render({ 'a.plan.yaml': CLEAN_PLAN }, 'a.plan.yaml');
    assert.ok(page.includes('<span class="action-number">Action 1.1.1</span> Action A'));
    assert.ok(page.includes('<span class="action-number">Action 1.1.2</span> Action B'));
  });

  test('indicators by axis, shared and unused ones in a common table; quotes under the figures', () => {
    const twoAxes = `${CLEAN_PLAN}  - id: other-axis
    title: Research
    objectives:
      - id: research
        title: Research objective
        indicators: [funds]
`;
    const page = render({ 'a.plan.yaml': twoAxes + '' }, 'a.plan.yaml');
    const groups =
      page.match(/<section class="indicator-group" id="([^"]+)"><h3 class="group-title">([^<]+)<\/h3>/g) ?? [];
    assert.deepEqual(
      groups.map((g) => /<h3 class="group-title">([^<]+)</.exec(g)![1]),
      ['Axis 1 · Care', 'Cross-cutting indicators'],
    );
    const care = page.slice(page.indexOf('id="indicators-axis-care-axis"'), page.indexOf('id="indicators-common"'));
    assert.ok(care.includes('id="indicator-patients"') && !care.includes('id="indicator-funds"'));
    assert.ok(page.slice(page.indexOf('id="indicators-common"')).includes('id="indicator-funds"'));
    assert.ok(
      page.includes(
        '<tr class="indicator-quotes"><td colspan="4"><p class="quote">“include 1000 patients in 2030”</p></td></tr>',
      ),
    );
  });

  test('French typography in the author’s text only, English quotes for an English plan', () => {
    const french = edit(
      edit(CLEAN_PLAN, 'language: en', 'language: fr'),
      'title: Action A',
      'title: "Ouvrir l\'HAD : le 2e site, 1er pas ; vite ! \\"court\\""',
    );
    const page = render({ 'a.plan.yaml': french }, 'a.plan.yaml');
    assert.ok(
      page.includes(`Ouvrir l’HAD${NNBSP}: le 2ᵉ site, 1ᵉʳ pas${NNBSP}; vite${NNBSP}! «${NNBSP}court${NNBSP}»`),
      /Ouvrir[^<]*/.exec(page)?.[0],
    );
    const english = render(
      { 'a.plan.yaml': edit(CLEAN_PLAN, 'title: Action A', 'title: "The board\'s \\"first\\" step: go"') },
      'a.plan.yaml',
    );
    assert.ok(english.includes('The board’s “first” step: go'));
  });

  test('the typography helpers', () => {
    assert.equal(frenchTypography('Voir https://x.fr à 10:30 : ok'), `Voir https://x.fr à 10:30${NNBSP}: ok`);
    assert.equal(frenchTypography('« déjà »'), `«${NNBSP}déjà${NNBSP}»`);
    assert.equal(frenchTypography('le 21e siècle, la 1re fois'), 'le 21ᵉ siècle, la 1ʳᵉ fois');
    assert.equal(frenchTypography('Quoi?'), `Quoi${NNBSP}?`);
    assert.equal(englishTypography('\'quoted\' and "double"'), '‘quoted’ and “double”');
    assert.deepEqual(wrapped('one two three four', 9), ['one two', 'three', 'four']);
  });

  test('an SVG logo loses its scripts, event handlers and external references', () => {
    const { svg, removed } = sanitizeSvg(
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><image href="https://evil.example/x.png"/><a xlink:href="javascript:alert(3)"><rect fill="url(https://e.x/p)" width="1"/></a><use href="#shape"/></svg>',
    );
    assert.deepEqual(removed, { scripts: 1, handlers: 1, externalReferences: 3 });
    assert.ok(!/script|onload|evil|javascript|https:\/\/e\.x/.test(svg), svg);
    assert.ok(svg.includes('<use href="#shape"/>'));
  });
});
