import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { URI, Utils } from 'vscode-uri';
import { CONFIG_FILE_NAME, DEFAULT_MAX_FILE_SIZE, PlanWorkspace, type JalonConfig } from '../core';
import { looksLikeLogo, looksLikePlanFile, type HostConfig, type PlanHost, type ReadResult } from '../host/planHost';
import { DEFAULT_SETTINGS, type JalonSettings } from './settings';
import { normalizeUri, uriToPath } from './uris';

/** The folder of a file's URI, as the key of its configuration. */
function folderOf(uri: string): string {
  return Utils.dirname(URI.parse(uri)).toString();
}

/** The length of a text in UTF-8 bytes, counted only as far as `limit` matters. */
function exceeds(text: string, limit: number): number | undefined {
  if (text.length * 3 <= limit) return undefined;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is 4 bytes: 2 for each half.
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 2 : 3;
  }
  return bytes > limit ? bytes : undefined;
}

/**
 * The server's knowledge of plan files: the open documents (their editor text wins) and the
 * plan files of the workspace folders read through the host, with their configurations. The
 * configurations are loaded before a file is checked (`loadConfigs`), so that checking reads
 * them from memory, in one synchronous turn.
 */
export class PlanIndex {
  private readonly files = new PlanWorkspace(
    (uri) => this.configFor(uri),
    (uri, logo) => this.host.readLogo(uri, logo),
  );
  /** Open documents changed since their text was last parsed: a burst of changes is parsed once, when next read. */
  private readonly unparsed = new Set<string>();
  /** Uris whose diagnostics may have changed when changes were parsed (taken by `takeTouched`). */
  private readonly touched = new Set<string>();
  /** Told when a changed text could not be taken in (the file is then out of the workspace). */
  onParseFailed: (uri: string, error: unknown) => void = () => undefined;
  private readonly open = new Map<string, TextDocument>();
  /** The configuration of each folder that holds a plan file (undefined: none applies). */
  private readonly configs = new Map<string, HostConfig | undefined>();
  private settings: JalonSettings = DEFAULT_SETTINGS;
  /** The workspace folders, whatever their scheme: a host that cannot read one says so, and it is kept for one that can. */
  folderUris: string[] = [];

  constructor(private readonly host: PlanHost) {}

  /** The workspace folders on disk, as paths. */
  get folders(): string[] {
    return this.folderUris.flatMap((uri) => uriToPath(uri) ?? []);
  }

  setSettings(settings: JalonSettings): void {
    this.settings = settings;
  }

  /** The configuration of a file: its jalon.config.yaml, with the editor's `jalon.rules` on top. */
  configFor(uri: string): JalonConfig | undefined {
    const loaded = this.configs.get(folderOf(uri));
    if (!loaded && Object.keys(this.settings.rules).length === 0) return undefined;
    return { ...loaded?.config, rules: { ...loaded?.config.rules, ...this.settings.rules } };
  }

  private maxFileSize(uri: string): number {
    return this.configs.get(folderOf(uri))?.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  }

  /** Loads the configurations of the folders of `uris` that are not in memory yet; false when all were. */
  async loadConfigs(uris: Iterable<string>): Promise<boolean> {
    const missing = [...new Set([...uris].map(folderOf))].filter((folder) => !this.configs.has(folder));
    await Promise.all(missing.map((folder) => this.loadConfigOf(folder)));
    return missing.length > 0;
  }

  private async loadConfigOf(folder: string): Promise<HostConfig | undefined> {
    if (!this.configs.has(folder))
      this.configs.set(folder, this.host.canRead(folder) ? await this.host.loadConfig(folder) : undefined);
    return this.configs.get(folder);
  }

  /** The configuration files in use. */
  configurations(): HostConfig[] {
    const byUri = new Map<string, HostConfig>();
    for (const config of this.configs.values()) if (config) byUri.set(config.uri, config);
    return [...byUri.values()];
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
    this.unparsed.delete(key);
    this.open.set(key, TextDocument.create(key, languageId, version, text));
    return this.setText(key, text);
  }

  /** The files, with the changed documents' texts parsed first. */
  get workspace(): PlanWorkspace {
    this.parseChanges();
    return this.files;
  }

  /** Applies the changes to the document; its text is parsed when the workspace is next read. */
  changeDocument(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): string[] {
    const key = normalizeUri(uri);
    const document = this.open.get(key);
    if (!document) return [];
    this.open.set(key, TextDocument.update(document, changes, version));
    this.unparsed.add(key);
    // Its plan as it stands: the file may leave it.
    return [...new Set([...this.files.planUris(key), key])];
  }

  /** Parses the texts of the documents changed since they were last parsed. */
  parseChanges(): void {
    if (this.unparsed.size === 0) return;
    const uris = [...this.unparsed];
    this.unparsed.clear();
    for (const uri of uris) {
      const document = this.open.get(uri);
      if (!document) continue;
      try {
        for (const changed of this.setText(uri, document.getText())) this.touched.add(changed);
      } catch (error) {
        this.touched.add(uri);
        this.onParseFailed(uri, error);
      }
    }
  }

  /** The uris whose diagnostics may have changed as changes were parsed, since the last call. */
  takeTouched(): string[] {
    const uris = [...this.touched];
    this.touched.clear();
    return uris;
  }

  /** A closed document goes back to its text on disk, if it is a plan file there. */
  async closeDocument(uri: string): Promise<string[]> {
    const key = normalizeUri(uri);
    this.open.delete(key);
    this.unparsed.delete(key);
    const onDisk =
      looksLikePlanFile(key) && this.inFolders(key) && this.host.canRead(key) ? await this.read(key) : undefined;
    if (this.open.has(key)) return [];
    return onDisk ? this.apply(key, onDisk) : this.remove(key);
  }

  /** Sets a file's text; returns every uri whose diagnostics may change (its old and new plan). */
  private setText(uri: string, text: string): string[] {
    const tooLarge = exceeds(text, this.maxFileSize(uri));
    if (tooLarge !== undefined)
      return this.changed(uri, () =>
        this.files.setUnreadable(uri, { kind: 'too-large', size: tooLarge, limit: this.maxFileSize(uri) }),
      );
    return this.changed(uri, () => this.files.setFile(uri, text));
  }

  private changed(uri: string, update: () => void): string[] {
    const before = this.files.planUris(uri);
    update();
    return [...new Set([...before, ...this.files.planUris(uri), uri])];
  }

  private remove(uri: string): string[] {
    const before = this.files.planUris(uri);
    this.files.removeFile(uri);
    // The file's diagnostics are cleared, and the rest of its plan is checked without it.
    return [...new Set([...before, uri])];
  }

  /** What was read of a file goes into the index: its text, why it could not be read (one finding on it), or nothing. */
  private apply(uri: string, read: ReadResult): string[] {
    // A folder named like a plan file (a watched-file event for it) is no plan file: nothing to report.
    if (
      'missing' in read ||
      ('problem' in read && read.problem.kind === 'not-a-file' && read.problem.what === 'folder')
    )
      return this.remove(uri);
    if ('problem' in read) return this.changed(uri, () => this.files.setUnreadable(uri, read.problem));
    return this.setText(uri, read.text);
  }

  private async read(uri: string): Promise<ReadResult> {
    await this.loadConfigs([uri]);
    return this.host.readText(uri, this.maxFileSize(uri));
  }

  private inFolders(uri: string): boolean {
    return this.folderUris.some(
      (folder) => uri === folder || uri.startsWith(folder.endsWith('/') ? folder : `${folder}/`),
    );
  }

  /** The plan files of the workspace folders the host can read (the open documents keep their editor text). */
  async discover(): Promise<string[]> {
    const readable = this.folderUris.filter((folder) => this.host.canRead(folder));
    const lists = await Promise.all(
      readable.map(async (folder) => this.host.listPlanFiles(folder, await this.loadConfigOf(folder))),
    );
    return lists.flat();
  }

  /** Reads one plan file through the host into the index (unless it is open). */
  async loadFromDisk(uri: string): Promise<string[]> {
    if (this.open.has(uri)) return [];
    const read = await this.read(uri);
    return this.open.has(uri) ? [] : this.apply(uri, read);
  }

  /** A watched file changed on disk: plan files are read again, configurations forgotten. */
  async fileChanged(uri: string, deleted: boolean): Promise<{ uris: string[]; configChanged: boolean }> {
    if (!this.host.canRead(uri)) return { uris: [], configChanged: false };
    if (uri.endsWith(`/${CONFIG_FILE_NAME}`)) {
      this.forgetConfigs();
      return { uris: this.files.uris(), configChanged: true };
    }
    // An image that changed may be a plan's logo: the plans that name one are checked again.
    if (looksLikeLogo(uri)) return { uris: this.workspace.forgetLogos(), configChanged: false };
    if (!looksLikePlanFile(uri)) return { uris: [], configChanged: false };
    if (this.open.has(uri)) return { uris: [], configChanged: false };
    return { uris: deleted ? this.remove(uri) : await this.loadFromDisk(uri), configChanged: false };
  }

  private forgetConfigs(): void {
    this.host.forgetConfigs();
    this.configs.clear();
  }

  /** After a configuration change: plan files may have joined or left (`files` globs). */
  async refreshAll(): Promise<string[]> {
    this.forgetConfigs();
    const known = new Set(this.files.uris());
    const found = new Set(await this.discover());
    const changed: string[] = [];
    for (const uri of known) if (!found.has(uri) && !this.open.has(uri)) changed.push(...this.remove(uri));
    for (const uri of found) if (!known.has(uri)) changed.push(...(await this.loadFromDisk(uri)));
    return [...new Set([...changed, ...this.files.uris()])];
  }
}
