import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RULE_IDS, ruleSummary } from '../../src/core/rules/registry';
import { TOKEN_MODIFIERS } from '../../src/core/features/semanticTokens';
import { DEFAULT_SETTINGS } from '../../src/lsp/settings';
import { statusView, type PlanStatus } from '../../../client/src/statusView';
import { jalon, ROOT } from './run';

/** The extension's manifest and its resources, read as VS Code and vsce read them (no VS Code here). */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- manifests walked field by field by assertions that check each shape
type JsonObject = Record<string, any>;
interface Command {
  command: string;
  title: string;
  category?: string;
  icon?: string;
}
interface MenuItem {
  command: string;
  when?: string;
  alt?: string;
  group?: string;
}
interface Setting {
  type: string;
  default: Json;
  scope?: string;
  markdownDescription?: string;
  enum?: string[];
  enumDescriptions?: string[];
  properties?: Record<string, Setting>;
}

const readJson = <T = Json>(file: string): T => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as T;
const manifest = readJson<JsonObject>('package.json');
const nls = {
  en: readJson<Record<string, string>>('package.nls.json'),
  fr: readJson<Record<string, string>>('package.nls.fr.json'),
};
const contributes = manifest.contributes;

/** Every `%key%` string of a JSON value. */
function nlsKeys(value: Json): string[] {
  if (typeof value === 'string') return /^%([^%\s]+)%$/.test(value) ? [value.slice(1, -1)] : [];
  if (Array.isArray(value)) return value.flatMap(nlsKeys);
  if (value && typeof value === 'object') return Object.values(value).flatMap(nlsKeys);
  return [];
}
const resolve = (value: string, locale: 'en' | 'fr' = 'en') =>
  /^%.+%$/.test(value) ? nls[locale][value.slice(1, -1)] : value;

const CONTRACT_COMMANDS = [
  'jalon.showPreview',
  'jalon.showPreviewToSide',
  'jalon.showSource',
  'jalon.restartServer',
  'jalon.showOutput',
  'jalon.openSeed',
  'jalon.openExample',
  'jalon.showDashboard',
  'jalon.outline.refresh',
  'jalon.outline.filterByStatus',
  'jalon.outline.filterByOwner',
  'jalon.outline.clearFilter',
  'jalon.revealItem',
  'jalon.showReferences',
  'jalon.preview.showPublic',
  'jalon.preview.showReview',
  'jalon.exportPlan',
  'jalon.compareWith',
];

describe('manifest: localisation', () => {
  test('every %key% resolves in package.nls.json and package.nls.fr.json, and no key is unused', () => {
    const used = new Set(nlsKeys(manifest));
    for (const key of used) {
      assert.ok(nls.en[key]?.trim(), `package.nls.json lacks ${key}`);
      assert.ok(nls.fr[key]?.trim(), `package.nls.fr.json lacks ${key}`);
    }
    assert.deepEqual(
      Object.keys(nls.en).sort(),
      [...used].sort(),
      'package.nls.json holds exactly the keys the manifest uses',
    );
    assert.deepEqual(Object.keys(nls.fr).sort(), Object.keys(nls.en).sort(), 'the French file translates every key');
  });

  test('the strings a user reads are localised: names, descriptions, titles, walkthrough, settings', () => {
    const literal = (where: string, value: string | undefined) =>
      assert.match(value ?? '', /^%.+%$/, `${where} is not a %key%`);
    literal('displayName', manifest.displayName);
    literal('description', manifest.description);
    for (const c of contributes.commands as Command[]) {
      literal(`${c.command} title`, c.title);
      literal(`${c.command} category`, c.category);
    }
    for (const view of contributes.views.explorer) literal(`view ${view.id}`, view.name);
    for (const w of contributes.viewsWelcome) literal(`welcome of ${w.view}`, w.contents);
    for (const [id, s] of Object.entries(contributes.configuration.properties as Record<string, Setting>)) {
      literal(`${id} description`, s.markdownDescription);
      for (const d of s.enumDescriptions ?? []) literal(`${id} enumDescriptions`, d);
    }
    for (const walk of contributes.walkthroughs) {
      literal('walkthrough title', walk.title);
      for (const step of walk.steps) {
        literal(`step ${step.id} title`, step.title);
        literal(`step ${step.id} description`, step.description);
      }
    }
  });

  test('client strings (vscode.l10n.t) have their French translation, and the bundle holds no stale one', () => {
    const bundle = readJson<Record<string, string>>('l10n/bundle.l10n.fr.json');
    const messages = new Set<string>();
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
      );
    for (const file of files(path.join(ROOT, 'client/src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/l10n\.t\(\s*(['"])((?:\\.|(?!\1).)*)\1/g))
        messages.add(m[2].replace(/\\(.)/g, '$1'));
    }
    // The status bar's words go through a `t` parameter: collect them by rendering every state.
    const record = (message: string) => {
      messages.add(message);
      return message;
    };
    const states: PlanStatus[] = [];
    for (const server of ['starting', 'running', 'stopped'] as const) {
      for (const checking of [false, true])
        for (const n of [0, 1, 2]) states.push({ server, planActive: true, checking, errors: n, warnings: n });
    }
    for (const state of states) statusView(state, record);
    assert.ok(messages.size > 10, `found ${messages.size} messages`);
    const missing = [...messages].filter((m) => !bundle[m]?.trim());
    assert.deepEqual(missing, [], 'messages without a French translation in l10n/bundle.l10n.fr.json');
    const stale = Object.keys(bundle).filter((k) => !messages.has(k));
    assert.deepEqual(stale, [], 'translations of messages no longer in the client');
    for (const [en, fr] of Object.entries(bundle)) {
      const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();
      assert.equal(placeholders(fr), placeholders(en), `placeholders of "${en}"`);
    }
  });
});

describe('manifest: contributions', () => {
  test('identity, entry point, activation and capabilities', () => {
    assert.equal(manifest.publisher, 'jalon');
    assert.equal(manifest.main, './dist/client.js');
    assert.equal(manifest.engines.vscode, '^1.91.0');
    assert.equal(manifest.l10n, './l10n');
    assert.ok(manifest.activationEvents.includes('onWebviewPanel:jalon.preview'));
    // Languages, commands and views activate the extension implicitly (VS Code 1.74+).
    assert.ok(
      !manifest.activationEvents.some((e: string) => /^(onLanguage|onCommand|onView):/.test(e)),
      'implicit activation events listed',
    );
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.capabilities.virtualWorkspaces.supported, 'limited');
    assert.ok(
      existsSync(path.join(ROOT, manifest.icon)) && manifest.icon.endsWith('.png'),
      'the icon is a PNG that exists',
    );
    assert.equal(manifest.files, undefined, 'vsce refuses a "files" list beside .vscodeignore');
  });

  test('the language, its configuration and its grammar', () => {
    const [language] = contributes.languages;
    assert.equal(language.id, 'jalon-plan');
    assert.deepEqual(language.aliases, ['Strategic Plan (YAML)', 'jalon-plan']);
    assert.deepEqual(language.extensions, ['.plan.yaml', '.plan.yml', '.report.yaml', '.report.yml']);
    for (const icon of Object.values(language.icon as Record<string, string>))
      assert.ok(existsSync(path.join(ROOT, icon)), icon);
    const configuration = readJson<JsonObject>(language.configuration);
    assert.equal(configuration.comments.lineComment, '#');
    assert.equal(configuration.folding.offSide, true);
    for (const rule of ['increaseIndentPattern', 'decreaseIndentPattern'])
      assert.doesNotThrow(() => new RegExp(configuration.indentationRules[rule]));
    const [grammar] = contributes.grammars;
    assert.deepEqual(
      [grammar.language, grammar.scopeName, grammar.path],
      ['jalon-plan', 'source.jalon-plan', './syntaxes/jalon-plan.tmLanguage.json'],
    );
  });

  test('the grammar: source.jalon-plan, built on source.yaml, injected into nothing else', () => {
    const grammar = readJson<JsonObject>('syntaxes/jalon-plan.tmLanguage.json');
    assert.equal(grammar.scopeName, 'source.jalon-plan');
    assert.deepEqual(grammar.patterns, [{ include: 'source.yaml' }]);
    assert.equal(grammar.injectTo, undefined);
    assert.equal(grammar.injectionSelector, undefined);
    // Its own injections apply inside this grammar only, outside comments and strings.
    for (const selector of Object.keys(grammar.injections ?? {})) assert.match(selector, /^L:source\.jalon-plan\b/);
    const includes = JSON.stringify(grammar).match(/"include":"#([^"]+)"/g) ?? [];
    for (const include of includes) {
      const name = include.slice('"include":"#'.length, -1);
      assert.ok(grammar.repository[name], `#${name} is defined`);
    }
    assert.deepEqual(
      manifest.contributes.grammars.map((g: { injectTo?: string[] }) => g.injectTo),
      [undefined],
    );
  });

  test("commands: the contract's, under the category Jalon, each one reachable or hidden on purpose", () => {
    const commands = contributes.commands as Command[];
    assert.deepEqual(commands.map((c) => c.command).sort(), [...CONTRACT_COMMANDS].sort());
    for (const c of commands) assert.equal(resolve(c.category ?? ''), 'Jalon', c.command);
    const declared = new Set(commands.map((c) => c.command));
    const menus = contributes.menus as Record<string, MenuItem[]>;
    for (const [menu, items] of Object.entries(menus)) {
      for (const item of items) {
        assert.ok(declared.has(item.command), `${menu} names ${item.command}`);
        if (item.alt) assert.ok(declared.has(item.alt), `${menu} alt ${item.alt}`);
      }
    }
    const palette = new Map(menus.commandPalette.map((i) => [i.command, i.when]));
    // Commands that take arguments from a lens or a tree item make no sense in the palette.
    assert.equal(palette.get('jalon.revealItem'), 'false');
    assert.equal(palette.get('jalon.showReferences'), 'false');
    assert.equal(palette.get('jalon.showPreview'), 'editorLangId == jalon-plan');
    assert.equal(palette.get('jalon.showSource'), "activeWebviewPanelId == 'jalon.preview'");
    assert.equal(palette.get('jalon.compareWith'), 'editorLangId == jalon-plan');
    assert.equal(
      palette.get('jalon.showDashboard'),
      "editorLangId == jalon-plan || activeWebviewPanelId == 'jalon.preview'",
    );
  });

  test('the preview button in the editor title, as Markdown has it', () => {
    const title = contributes.menus['editor/title'] as MenuItem[];
    const preview = title.find((i) => i.command === 'jalon.showPreviewToSide');
    assert.equal(preview?.alt, 'jalon.showPreview');
    assert.equal(preview?.group, 'navigation');
    assert.match(preview?.when ?? '', /editorLangId == jalon-plan/);
    assert.equal(title.find((i) => i.command === 'jalon.showSource')?.when, "activeWebviewPanelId == 'jalon.preview'");
    assert.equal(
      title.find((i) => i.command === 'jalon.showDashboard')?.when,
      "activeWebviewPanelId == 'jalon.preview'",
      "the dashboard's button is in the preview's title bar",
    );
    const viewTitle = (contributes.menus['view/title'] as MenuItem[]).map((i) => i.command).sort();
    assert.deepEqual(viewTitle, [
      'jalon.outline.clearFilter',
      'jalon.outline.filterByOwner',
      'jalon.outline.filterByStatus',
      'jalon.outline.refresh',
    ]);
  });

  test('the Plan Outline view in the Explorer, shown when the workspace has plans', () => {
    const [view] = contributes.views.explorer;
    assert.equal(view.id, 'jalon.outline');
    assert.equal(resolve(view.name), 'Plan Outline');
    assert.equal(view.when, 'jalon.hasPlans');
    assert.ok(contributes.viewsWelcome.some((w: { view: string }) => w.view === 'jalon.outline'));
  });

  test("settings: the contract's, with their defaults, scopes and descriptions; the server reads the same defaults", () => {
    const properties = contributes.configuration.properties as Record<string, Setting>;
    assert.deepEqual(Object.keys(properties).sort(), [
      'jalon.codeLens.enabled',
      'jalon.inlayHints.enabled',
      'jalon.locale',
      'jalon.preview.debounceMs',
      'jalon.preview.scrollSync',
      'jalon.rules',
      'jalon.trace.server',
    ]);
    assert.deepEqual(properties['jalon.locale'].enum, ['auto', 'en', 'fr']);
    assert.equal(properties['jalon.locale'].default, DEFAULT_SETTINGS.locale);
    assert.deepEqual(properties['jalon.trace.server'].enum, ['off', 'messages', 'verbose']);
    assert.equal(properties['jalon.trace.server'].scope, 'window');
    assert.equal(properties['jalon.inlayHints.enabled'].default, DEFAULT_SETTINGS.inlayHints.enabled);
    assert.equal(properties['jalon.codeLens.enabled'].default, DEFAULT_SETTINGS.codeLens.enabled);
    assert.equal(properties['jalon.preview.scrollSync'].default, true);
    assert.equal(properties['jalon.preview.debounceMs'].default, 300);
    for (const [id, setting] of Object.entries(properties)) {
      assert.ok(setting.scope, `${id} has a scope`);
      if (setting.enum)
        assert.equal(setting.enumDescriptions?.length, setting.enum.length, `${id} describes each value`);
    }
  });

  test('jalon.rules lists every rule of the registry, described by its summary', () => {
    const rules = contributes.configuration.properties['jalon.rules'] as Setting;
    assert.equal(rules.type, 'object');
    assert.deepEqual(rules.default, {});
    assert.deepEqual(Object.keys(rules.properties ?? {}).sort(), [...RULE_IDS].sort());
    for (const id of RULE_IDS) {
      const rule = rules.properties![id];
      assert.deepEqual(rule.enum, ['off', 'info', 'warning', 'error']);
      assert.ok(resolve(rule.markdownDescription!, 'en').startsWith(ruleSummary(id).en), `${id} (en)`);
      assert.ok(resolve(rule.markdownDescription!, 'fr').startsWith(ruleSummary(id).fr), `${id} (fr)`);
    }
  });

  test("semantic token modifiers beyond LSP's standard ones are declared", () => {
    const standard = new Set([
      'declaration',
      'definition',
      'readonly',
      'static',
      'deprecated',
      'abstract',
      'async',
      'modification',
      'documentation',
      'defaultLibrary',
    ]);
    const declared = (contributes.semanticTokenModifiers as { id: string }[]).map((m) => m.id);
    assert.deepEqual(
      TOKEN_MODIFIERS.filter((m) => !standard.has(m)),
      declared,
    );
  });

  test('the problem matcher reads `jalon check` output', () => {
    const [matcher] = contributes.problemMatchers;
    assert.equal(matcher.owner, 'jalon');
    const pattern = new RegExp(matcher.pattern.regexp);
    const run = jalon(['check', 'seeds/centre-antoine-lacassagne-2020-2024.plan.yaml'], ROOT);
    const lines = run.stdout.trimEnd().split('\n');
    assert.ok(lines.length > 2, run.stdout + run.stderr);
    for (const line of lines.slice(0, -1)) {
      const m = pattern.exec(line);
      assert.ok(m, line);
      assert.equal(m[matcher.pattern.file], 'seeds/centre-antoine-lacassagne-2020-2024.plan.yaml');
      assert.match(m[matcher.pattern.code], /^[a-z]+\/[a-z-]+$/);
    }
    assert.equal(pattern.exec(lines.at(-1)!), null, 'the summary line is not a problem');
  });

  test('the walkthrough opens the seed plan, then the preview, then the example with its dashboard; its media exist', () => {
    const [walkthrough] = contributes.walkthroughs;
    const [first, second, third] = walkthrough.steps;
    assert.match(resolve(first.description), /\(command:jalon\.openSeed\)/);
    assert.match(resolve(second.description), /\(command:jalon\.showPreviewToSide\)/);
    assert.equal(resolve(third.title), 'Open the dashboard');
    assert.match(resolve(third.description), /\(command:jalon\.openExample\)/);
    assert.deepEqual(third.completionEvents, ['onCommand:jalon.showDashboard', 'onCommand:jalon.openExample']);
    for (const step of walkthrough.steps)
      assert.ok(existsSync(path.join(ROOT, step.media.markdown)), step.media.markdown);
    assert.ok(existsSync(path.join(ROOT, 'seeds/gustave-roussy-2026-2030.plan.yaml')));
  });
});

/** What the server needs of playwright-core to print a PDF with the machine's Chromium (not its trace viewer, types or CLI). */
const PLAYWRIGHT_PARTS = [
  'package.json',
  'browsers.json',
  'index.js',
  'index.mjs',
  'lib/bootstrap.js',
  'lib/coreBundle.js',
  'lib/utilsBundle.js',
].map((file) => `dist/node_modules/playwright-core/${file}`);
/** Its licence and notices, shipped with it. */
const PLAYWRIGHT_NOTICES = ['LICENSE', 'NOTICE', 'ThirdPartyNotices.txt', 'lib/utilsBundle.js.LICENSE'].map(
  (file) => `dist/node_modules/playwright-core/${file}`,
);

describe('npm run package', { timeout: 180_000 }, () => {
  test('writes a small .vsix holding the bundles and resources, the parts of playwright-core that print, and no sources, maps or other node_modules', () => {
    // The script packages from a staging copy: dist/, which the tests beside this one run, is left alone.
    const distBefore = readdirSync(path.join(ROOT, 'dist')).sort();
    const run = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const vsix = path.join(ROOT, `jalon-${manifest.version}.vsix`);
    assert.ok(existsSync(vsix), 'the .vsix is at the project root');
    assert.match(run.stdout, /jalon-0\.1\.0\.vsix: [\d.]+ KB, \d+ files/, 'the script prints the size and the files');
    assert.deepEqual(readdirSync(path.join(ROOT, 'dist')).sort(), distBefore, 'dist/ is untouched');

    const listing = spawnSync('unzip', ['-l', vsix], { encoding: 'utf8' });
    assert.equal(listing.status, 0, listing.stderr);
    const files = listing.stdout
      .split('\n')
      .map((line) => /^\s*\d+\s+\S+\s+\S+\s+(extension\/.+)$/.exec(line)?.[1])
      .filter((f): f is string => !!f);
    const expected = [
      'dist/client.js',
      'dist/server.js',
      'dist/vendor/docx.js',
      ...PLAYWRIGHT_PARTS,
      'syntaxes/jalon-plan.tmLanguage.json',
      'language-configuration.json',
      'package.json',
      'package.nls.json',
      'package.nls.fr.json',
      'l10n/bundle.l10n.fr.json',
      'schemas/plan.schema.json',
      'seeds/gustave-roussy-2026-2030.plan.yaml',
      'media/icon.png',
      ...contributes.walkthroughs[0].steps.map((s: { media: { markdown: string } }) => s.media.markdown),
    ];
    if (existsSync(path.join(ROOT, 'client/src/preview/webview/main.ts'))) expected.push('dist/webview.js');
    expected.push('dist/dashboard.js', ...readdirSync(path.join(ROOT, 'examples')).map((f) => `examples/${f}`));
    if (existsSync(path.join(ROOT, 'client/media/preview.css'))) expected.push('client/media/preview.css');
    for (const file of expected) assert.ok(files.includes(`extension/${file}`), `${file} is packaged`);
    for (const file of files) {
      const inPackage = file.slice('extension/'.length);
      if (PLAYWRIGHT_PARTS.includes(inPackage) || PLAYWRIGHT_NOTICES.includes(inPackage)) continue;
      assert.doesNotMatch(
        file,
        /\.ts$|\.map$|(^|\/)node_modules\/|^extension\/(server|client\/src|scripts|docs|e2e)\//,
        `${file} is not packaged`,
      );
    }
    // Production bundles: minified, without source map references.
    const client = spawnSync('unzip', ['-p', vsix, 'extension/dist/client.js'], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    }).stdout;
    assert.ok(client.length > 1000 && !client.includes('sourceMappingURL'), 'dist/client.js is a production bundle');
    const size = readFileSync(vsix).length;
    assert.ok(size < 2 * 1024 * 1024, `the package is small (${size} bytes)`);
  });
});
