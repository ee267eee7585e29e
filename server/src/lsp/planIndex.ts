import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { JalonConfig } from '../core/config/config';
import { CONFIG_FILE_NAME } from '../core/config/config';
import { PlanWorkspace } from '../core/workspace/planWorkspace';
import { ConfigFiles, type LoadedConfig } from '../host/configFiles';
import { looksLikePlanFile, planFilesUnder } from '../host/planFiles';
import { DEFAULT_SETTINGS, type JalonSettings } from './settings';
import { normalizeUri, pathToUri, uriToPath } from './uris';

/**
 * The server's knowledge of plan files: the open documents (their editor text wins) and the
 * plan files of the workspace folders read from disk, with their configurations.
 */
export class PlanIndex {
  readonly workspace = new PlanWorkspace((uri) => this.configFor(uri));
  private readonly open = new Map<string, TextDocument>();
  private readonly configs = new ConfigFiles();
  private settings: JalonSettings = DEFAULT_SETTINGS;
  folders: string[] = [];

  setSettings(settings: JalonSettings): void {
    this.settings = settings;
  }

  /** The configuration of a file: its jalon.config.yaml, with the editor's `jalon.rules` on top. */
  configFor(uri: string): JalonConfig | undefined {
    const file = uriToPath(uri);
    const loaded = file ? this.configs.forFile(file) : undefined;
    if (!loaded && Object.keys(this.settings.rules).length === 0) return undefined;
    return { ...loaded?.config, rules: { ...loaded?.config.rules, ...this.settings.rules } };
  }

  configurations(): LoadedConfig[] {
    return this.configs.loaded();
  }

  isOpen(uri: string): boolean {
    return this.open.has(normalizeUri(uri));
  }

  document(uri: string): TextDocument | undefined {
    return this.open.get(normalizeUri(uri));
  }

  /** The uris of the plan of `uri` (to re-check when it changes). */
  planUris(uri: string): string[] {
    return this.workspace.planUris(normalizeUri(uri));
  }

  openDocument(uri: string, languageId: string, version: number, text: string): string[] {
    const key = normalizeUri(uri);
    this.open.set(key, TextDocument.create(key, languageId, version, text));
    return this.setText(key, text);
  }

  changeDocument(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): string[] {
    const key = normalizeUri(uri);
    const document = this.open.get(key);
    if (!document) return [];
    const updated = TextDocument.update(document, changes, version);
    this.open.set(key, updated);
    return this.setText(key, updated.getText());
  }

  /** A closed document goes back to its text on disk, if it is a plan file there. */
  async closeDocument(uri: string): Promise<string[]> {
    const key = normalizeUri(uri);
    this.open.delete(key);
    const file = uriToPath(key);
    const text = file && looksLikePlanFile(file) && this.inFolders(file) ? await readText(file) : undefined;
    if (this.open.has(key)) return [];
    if (text === undefined) return this.remove(key);
    return this.setText(key, text);
  }

  /** Sets a file's text; returns every uri whose diagnostics may change (its old and new plan). */
  private setText(uri: string, text: string): string[] {
    const before = this.workspace.planUris(uri);
    this.workspace.setFile(uri, text);
    return [...new Set([...before, ...this.workspace.planUris(uri), uri])];
  }

  private remove(uri: string): string[] {
    const before = this.workspace.planUris(uri);
    this.workspace.removeFile(uri);
    // The file's diagnostics are cleared, and the rest of its plan is checked without it.
    return [...new Set([...before, uri])];
  }

  private inFolders(file: string): boolean {
    return this.folders.some((folder) => !path.relative(folder, file).startsWith('..'));
  }

  /** The plan files of the workspace folders (the open documents keep their editor text). */
  discover(): string[] {
    return this.folders.flatMap((folder) => planFilesUnder(folder, this.configs.forFolder(folder)));
  }

  /** Reads one plan file from disk into the index (unless it is open). */
  async loadFromDisk(file: string): Promise<string[]> {
    const uri = pathToUri(file);
    if (this.open.has(uri)) return [];
    const text = await readText(file);
    if (text === undefined || this.open.has(uri)) return text === undefined ? this.remove(uri) : [];
    return this.setText(uri, text);
  }

  /** A watched file changed on disk: plan files are re-read, configurations forgotten. */
  async fileChanged(uri: string, deleted: boolean): Promise<{ uris: string[]; configChanged: boolean }> {
    const file = uriToPath(uri);
    if (!file) return { uris: [], configChanged: false };
    if (path.basename(file) === CONFIG_FILE_NAME) {
      this.configs.clear();
      return { uris: this.workspace.uris(), configChanged: true };
    }
    if (!looksLikePlanFile(file)) return { uris: [], configChanged: false };
    const key = pathToUri(file);
    if (this.open.has(key)) return { uris: [], configChanged: false };
    return { uris: deleted ? this.remove(key) : await this.loadFromDisk(file), configChanged: false };
  }

  /** After a configuration change: plan files may have joined or left (`files` globs). */
  async refreshAll(): Promise<string[]> {
    this.configs.clear();
    const known = new Set(this.workspace.uris());
    const found = new Set(this.discover().map(pathToUri));
    const changed: string[] = [];
    for (const uri of known) if (!found.has(uri) && !this.open.has(uri)) changed.push(...this.remove(uri));
    for (const uri of found) if (!known.has(uri)) changed.push(...(await this.loadFromDisk(uriToPath(uri)!)));
    return [...new Set([...changed, ...this.workspace.uris()])];
  }
}

async function readText(file: string): Promise<string | undefined> {
  try {
    const text = await readFile(file, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}
