import path from 'node:path';
import {
  CONFIG_FILE_NAME,
  DEFAULT_MAX_FILE_SIZE,
  parseConfig,
  type ConfigProblem,
  type FileProblem,
  type JalonConfig,
} from '../core';
import { readPlanFile } from './readPlanFile';

export interface LoadedConfig {
  path: string;
  text: string;
  config: JalonConfig;
  problems: ConfigProblem[];
  /** Set when the file is there but could not be read (its severities then do not apply: an error to report). */
  unreadable?: FileProblem;
}

/**
 * Finds the nearest `jalon.config.yaml` above a file, reading each one once. The CLI and the
 * language server both read configurations through this, so they apply the same one.
 */
export class ConfigFiles {
  private readonly byFolder = new Map<string, Promise<LoadedConfig | undefined>>();
  private readonly read = new Map<string, LoadedConfig>();

  forFolder(folder: string): Promise<LoadedConfig | undefined> {
    let found = this.byFolder.get(folder);
    if (!found) {
      found = this.lookUp(folder);
      this.byFolder.set(folder, found);
    }
    return found;
  }

  forFile(file: string): Promise<LoadedConfig | undefined> {
    return this.forFolder(path.dirname(file));
  }

  /** Forgets what was read (a configuration file changed, appeared or went away). */
  clear(): void {
    this.byFolder.clear();
    this.read.clear();
  }

  /** The configurations read so far. */
  loaded(): LoadedConfig[] {
    return [...this.read.values()];
  }

  private async lookUp(folder: string): Promise<LoadedConfig | undefined> {
    const candidate = path.join(folder, CONFIG_FILE_NAME);
    const result = await readPlanFile(candidate, DEFAULT_MAX_FILE_SIZE);
    if ('missing' in result) {
      const parent = path.dirname(folder);
      return parent === folder ? undefined : this.forFolder(parent);
    }
    const loaded: LoadedConfig =
      'text' in result
        ? { path: candidate, text: result.text, ...parseConfig(result.text) }
        : { path: candidate, text: '', config: { rules: {} }, problems: [], unreadable: result.problem };
    this.read.set(candidate, loaded);
    return loaded;
  }
}
