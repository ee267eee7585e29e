import path from 'node:path';
import { URI } from 'vscode-uri';
import { ConfigFiles, type LoadedConfig } from './configFiles';
import type { LogoFile } from '../core';
import type { HostConfig, PlanHost, ReadResult } from './planHost';
import { planFilesUnder } from './planFiles';
import { readLogoFile } from './logoFile';
import { readPlanFile } from './readPlanFile';

function pathOf(uri: string): string | undefined {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath : undefined;
}

function toHostConfig(loaded: LoadedConfig | undefined): HostConfig | undefined {
  if (!loaded) return undefined;
  const { path: file, ...rest } = loaded;
  return { uri: URI.file(file).toString(), ...rest };
}

/** The language server's host in Node: the files of `file:` URIs, on the local disk. */
export class NodeHost implements PlanHost {
  private readonly configs = new ConfigFiles();

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  canRead(uri: string): boolean {
    return pathOf(uri) !== undefined;
  }

  async listPlanFiles(folderUri: string, config: HostConfig | undefined): Promise<string[]> {
    const folder = pathOf(folderUri);
    const configPath = config && pathOf(config.uri);
    if (!folder) return [];
    const files = planFilesUnder(folder, configPath ? { path: configPath, config: config.config } : undefined);
    return files.map((f) => URI.file(f).toString());
  }

  async readText(uri: string, maxBytes: number): Promise<ReadResult> {
    const file = pathOf(uri);
    if (!file) return { problem: { kind: 'unsupported', scheme: URI.parse(uri).scheme } };
    return readPlanFile(file, maxBytes);
  }

  readLogo(planUri: string, logo: string): LogoFile {
    const file = pathOf(planUri);
    return file ? readLogoFile(file, logo) : { problem: { kind: 'unsupported', scheme: URI.parse(planUri).scheme } };
  }

  async loadConfig(folderUri: string): Promise<HostConfig | undefined> {
    const folder = pathOf(folderUri);
    return folder ? toHostConfig(await this.configs.forFolder(path.normalize(folder))) : undefined;
  }

  forgetConfigs(): void {
    this.configs.clear();
  }

  environmentLocale(): string | undefined {
    return this.env.JALON_LOCALE || this.env.LC_ALL || this.env.LC_MESSAGES || this.env.LANG || undefined;
  }
}
