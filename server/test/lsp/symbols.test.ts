import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  DocumentSymbolRequest,
  WorkspaceSymbolRequest,
  SymbolKind,
  type DocumentSymbol,
  type Range,
  type SymbolInformation,
} from 'vscode-languageserver-protocol/node';
import { CLEAN_PLAN } from '../helpers';
import { FULL_CAPABILITIES, LspClient, ROOT, uriOf, workspaceFolder, newClient } from './client';

/** `SymbolKind` holds numbers: its names, to read test expectations. */
const KIND_NAMES = new Map<number, string>(Object.entries(SymbolKind).map(([name, value]) => [value as number, name]));
const kindName = (kind: number) => KIND_NAMES.get(kind) ?? String(kind);

const span = (r: Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** A symbol tree as lines: `name | detail | kind | range | selection range`, children indented. */
function outline(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [
    `${'  '.repeat(depth)}${s.name} | ${s.detail ?? ''} | ${kindName(s.kind)} | ${span(s.range)} | ${span(s.selectionRange)}`,
    ...outline(s.children ?? [], depth + 1),
  ]);
}

async function documentSymbols(c: LspClient, uri: string): Promise<unknown[]> {
  return (await c.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) ?? [];
}

async function workspaceSymbols(c: LspClient, query: string): Promise<SymbolInformation[]> {
  return ((await c.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) ?? []) as SymbolInformation[];
}

const PART = `part_of: demo
axis: care-axis
owners:
  - { id: lab, name: Laboratory }
objectives:
  - id: part-obj
    title: Écouter les patients
    actions:
      - id: survey
        title: Enquête de satisfaction annuelle
        status: planned
indicators:
  - id: satisfaction
    label: Patients satisfaits
    unit: '%'
`;

describe('document symbols', () => {
  test('outline a plan by titles, ids as detail: header, owners, indicators, axes down to milestones', async () => {
    const folder = workspaceFolder({ 'demo.plan.yaml': CLEAN_PLAN });
    const c = newClient();
    const init = await c.initialize(folder);
    assert.equal(init.capabilities.documentSymbolProvider, true);
    const uri = uriOf(path.join(folder, 'demo.plan.yaml'));
    await c.open(uri, CLEAN_PLAN);
    const symbols = (await documentSymbols(c, uri)) as DocumentSymbol[];
    assert.deepEqual(outline(symbols), [
      'Demo plan | demo | Namespace | 0:0-6:15 | 2:9-2:18',
      'Owners |  | Array | 7:0-8:40 | 7:0-7:6',
      '  Care directorate | care | Object | 8:2-8:40 | 8:22-8:38',
      'Indicators |  | Array | 9:0-29:57 | 9:0-9:10',
      '  Patients included | patients | Variable | 10:2-18:46 | 11:11-11:28',
      '  Funds raised | funds | Variable | 19:2-29:57 | 20:11-20:23',
      'Care | care-axis | Package | 31:2-57:49 | 33:11-33:15',
      '  Quality | quality | Module | 35:6-57:49 | 36:15-36:22',
      '    Objective | obj | Class | 39:10-57:49 | 40:19-40:28',
      '      Action A | act-a | Method | 45:14-49:42 | 46:23-46:31',
      '      Action B | act-b | Method | 50:14-57:49 | 51:23-51:31',
      '        Step | 2028-S2 | Event | 57:18-57:49 | 57:29-57:33',
    ]);
  });

  test('a client without hierarchical symbols gets them flat, each with its container', async () => {
    const folder = workspaceFolder({ 'demo.plan.yaml': CLEAN_PLAN });
    const c = newClient();
    await c.initialize(folder, {
      ...FULL_CAPABILITIES,
      textDocument: { ...FULL_CAPABILITIES.textDocument, documentSymbol: {} },
    });
    const uri = uriOf(path.join(folder, 'demo.plan.yaml'));
    await c.open(uri, CLEAN_PLAN);
    const symbols = (await documentSymbols(c, uri)) as SymbolInformation[];
    assert.ok(symbols.every((s) => s.location.uri === uri && !('children' in s)));
    assert.deepEqual(
      symbols.map((s) => `${s.name} | ${kindName(s.kind)} | ${s.containerName ?? ''} | ${span(s.location.range)}`),
      [
        'Demo plan | Namespace |  | 0:0-6:15',
        'Owners | Array |  | 7:0-8:40',
        'Care directorate | Object | Owners | 8:2-8:40',
        'Indicators | Array |  | 9:0-29:57',
        'Patients included | Variable | Indicators | 10:2-18:46',
        'Funds raised | Variable | Indicators | 19:2-29:57',
        'Care | Package |  | 31:2-57:49',
        'Quality | Module | Care | 35:6-57:49',
        'Objective | Class | Quality | 39:10-57:49',
        'Action A | Method | Objective | 45:14-49:42',
        'Action B | Method | Objective | 50:14-57:49',
        'Step | Event | Action B | 57:18-57:49',
      ],
    );
  });

  test("a part file: its objectives at the top, its owners and indicators in groups; names in the client's language", async () => {
    const folder = workspaceFolder({ 'demo.plan.yaml': CLEAN_PLAN, 'part.plan.yaml': PART });
    const c = newClient();
    await c.initialize(folder, FULL_CAPABILITIES, 'fr');
    const uri = uriOf(path.join(folder, 'part.plan.yaml'));
    await c.open(uri, PART);
    assert.deepEqual(outline((await documentSymbols(c, uri)) as DocumentSymbol[]), [
      'Responsables |  | Array | 2:0-3:33 | 2:0-2:6',
      '  Laboratory | lab | Object | 3:2-3:33 | 3:21-3:31',
      'Écouter les patients | part-obj | Class | 5:2-10:23 | 6:11-6:31',
      '  Enquête de satisfaction annuelle | survey | Method | 8:6-10:23 | 9:15-9:47',
      'Indicateurs |  | Array | 11:0-14:13 | 11:0-11:10',
      '  Patients satisfaits | satisfaction | Variable | 12:2-14:13 | 13:11-13:30',
    ]);
  });

  test('items without a title are named by their id, or by their kind and rank', async () => {
    const text =
      'plan:\n  id: p\n  title: P\n  institution: I\n  cycle: { start: 2026, end: 2030 }\naxes:\n  - id: bare\n    objectives:\n      - actions:\n          - { id: act }\n';
    const folder = workspaceFolder({ 'p.plan.yaml': text });
    const c = newClient();
    await c.initialize(folder);
    const uri = uriOf(path.join(folder, 'p.plan.yaml'));
    await c.open(uri, text);
    assert.deepEqual(outline((await documentSymbols(c, uri)) as DocumentSymbol[]), [
      'P | p | Namespace | 0:0-4:35 | 2:9-2:10',
      'bare |  | Package | 6:2-9:23 | 6:8-6:12',
      '  objective 1 |  | Class | 8:6-9:23 | 8:8-8:15',
      '    act |  | Method | 9:10-9:23 | 9:18-9:21',
    ]);
  });

  test('the Gustave Roussy seed: four axes named by their titles, each with its ambitions', async () => {
    const c = newClient();
    await c.initialize(path.join(ROOT, 'seeds'));
    await c.indexed();
    const symbols = (await documentSymbols(
      c,
      uriOf(path.join(ROOT, 'seeds', 'gustave-roussy-2026-2030.plan.yaml')),
    )) as DocumentSymbol[];
    assert.deepEqual(
      symbols.map((s) => `${s.name} | ${s.detail ?? ''} | ${kindName(s.kind)} | ${s.children?.length}`),
      [
        "Projet d'établissement 2026-2030 | gustave-roussy-2026-2030 | Namespace | 1",
        'Owners |  | Array | 4',
        'Indicators |  | Array | 13',
        'Déployer des parcours individualisés | parcours | Package | 3',
        'Intensifier une recherche à fort impact sociétal | recherche | Package | 3',
        "Garantir l'adaptation de nos ressources à nos ambitions | ressources | Package | 3",
        "Accélérer la transformation numérique et le déploiement de l'IA | numerique | Package | 2",
      ],
    );
    const [reference] = symbols[0].children!;
    assert.equal(
      `${reference.name} | ${reference.detail} | ${kindName(reference.kind)}`,
      'Plan Stratégique Institutionnel (PSI) 2020-2030 | psi-2020-2030 | File',
    );
    const quality = symbols[3].children![0];
    assert.deepEqual(
      quality.children!.map((o) => o.detail),
      ['juste-soin', 'haute-fiabilite', 'fluidite-parcours', 'partenariat-patient'],
    );
    assert.equal(quality.children![0].children![0].name, 'Définition et mise en œuvre des principes du juste soin');
  });

  test('an unknown document, and a file broken mid-edit, still get an answer', async () => {
    const folder = workspaceFolder({});
    const c = newClient();
    await c.initialize(folder);
    assert.deepEqual(await documentSymbols(c, uriOf(path.join(folder, 'nothing.plan.yaml'))), []);
    const broken = CLEAN_PLAN.replace('    title: Care\n', '    title: "Care\n');
    const uri = uriOf(path.join(folder, 'broken.plan.yaml'));
    await c.open(uri, broken);
    const symbols = (await documentSymbols(c, uri)) as DocumentSymbol[];
    assert.deepEqual(
      symbols.slice(0, 3).map((s) => s.name),
      ['Demo plan', 'Owners', 'Indicators'],
    );
  });
});

describe('workspace symbols', () => {
  test('find objectives and actions of any plan by words of their titles, ignoring case and accents', async () => {
    const c = newClient();
    const init = await c.initialize(path.join(ROOT, 'seeds'));
    assert.equal(init.capabilities.workspaceSymbolProvider, true);
    await c.indexed();
    const gr = uriOf(path.join(ROOT, 'seeds', 'gustave-roussy-2026-2030.plan.yaml'));
    const expected = [
      {
        name: 'Poursuivre notre engagement pour la Haute Fiabilité des soins',
        kind: SymbolKind.Class,
        containerName: 'Garantir des soins de haute qualité',
        location: { uri: gr, range: { start: { line: 227, character: 10 }, end: { line: 243, character: 213 } } },
      },
      {
        name: 'Renforcement du leadership pour la Haute Fiabilité',
        kind: SymbolKind.Method,
        containerName: 'Poursuivre notre engagement pour la Haute Fiabilité des soins',
        location: { uri: gr, range: { start: { line: 232, character: 14 }, end: { line: 235, character: 198 } } },
      },
    ];
    assert.deepEqual(await workspaceSymbols(c, 'fiabilite'), expected);
    assert.deepEqual(await workspaceSymbols(c, 'HAUTE Fiabilité'), expected);
    assert.deepEqual(await workspaceSymbols(c, 'haute fiab'), expected);
    // By id: the item whose id is the query first.
    assert.deepEqual(
      (await workspaceSymbols(c, 'juste-soin')).map((s) => s.name),
      [
        'Mobiliser nos ressources pour garantir le juste soin à chaque patient',
        'Définition et mise en œuvre des principes du juste soin',
      ],
    );
    // Ligatures either way; axes, ambitions and indicators too; and the other seed.
    assert.deepEqual(
      (await workspaceSymbols(c, 'oeuvre')).map((s) => s.name),
      [
        'Définition et mise en œuvre des principes du juste soin',
        "Mettre en œuvre un schéma d'évolution des infrastructures critiques de la pharmacie",
      ],
    );
    assert.deepEqual(
      (await workspaceSymbols(c, 'equipes')).map((s) => `${kindName(s.kind)} ${s.name}`),
      [
        'Method Amélioration de la préparation opérationnelle des équipes',
        'Variable Équipes de recherche',
        'Variable Équipes subventionnées par une bourse ERC (European Research Council)',
      ],
    );
    assert.deepEqual(
      (await workspaceSymbols(c, 'covid')).map((s) => `${kindName(s.kind)} ${s.name} (${s.containerName})`),
      [
        'Package Consequences of the health crisis linked to the Coronavirus pandemic (2020-2024 mission statement)',
        'Class Seize the new opportunities that will arise in the coming years and draw the necessary lessons from them (Consequences of the health crisis linked to the Coronavirus pandemic)',
      ],
    );
    assert.deepEqual(await workspaceSymbols(c, 'no such words'), []);
    assert.equal((await workspaceSymbols(c, '')).length, 222);
  });

  test('search the root and its parts, on disk and open, following edits', async () => {
    const folder = workspaceFolder({ 'demo.plan.yaml': CLEAN_PLAN, 'part.plan.yaml': PART });
    const c = newClient();
    await c.initialize(folder);
    await c.indexed();
    const part = uriOf(path.join(folder, 'part.plan.yaml'));
    assert.deepEqual(await workspaceSymbols(c, 'enquete'), [
      {
        name: 'Enquête de satisfaction annuelle',
        kind: SymbolKind.Method,
        containerName: 'Écouter les patients',
        location: { uri: part, range: { start: { line: 8, character: 6 }, end: { line: 10, character: 23 } } },
      },
    ]);
    assert.deepEqual(
      (await workspaceSymbols(c, 'action')).map((s) => `${s.name} (${s.containerName})`),
      ['Action A (Objective)', 'Action B (Objective)'],
    );
    // An open document's text wins over the disk.
    await c.open(part, PART.replace('Enquête de satisfaction annuelle', 'Baromètre annuel'));
    assert.deepEqual(await workspaceSymbols(c, 'enquete'), []);
    assert.deepEqual(
      (await workspaceSymbols(c, 'barometre')).map((s) => s.location.uri),
      [part],
    );
  });
});
