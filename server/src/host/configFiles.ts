import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAME, parseConfig, type ConfigProblem, type JalonConfig } from '../core/config/config';

export interface LoadedConfig {
  path: string;
  text: string;
  config: JalonConfig;
  problems: ConfigProblem[];
}

/**
 * Finds the nearest `jalon.config.yaml` above a file, reading each one once. The CLI and the
 * language server both read configurations through this, so they apply the same one.
 */
export class ConfigFiles {
  private readonly byFolder = new Map<string, LoadedConfig | undefined>();

  forFolder(folder: string): LoadedConfig | undefined {
    if (this.byFolder.has(folder)) return this.byFolder.get(folder);
    const candidate = path.join(folder, CONFIG_FILE_NAME);
    let result: LoadedConfig | undefined;
    if (existsSync(candidate)) result = load(candidate);
    else {
      const parent = path.dirname(folder);
      result = parent === folder ? undefined : this.forFolder(parent);
    }
    this.byFolder.set(folder, result);
    return result;
  }

  forFile(file: string): LoadedConfig | undefined {
    return this.forFolder(path.dirname(file));
  }

  /** Forgets what was read (a configuration file changed, appeared or went away). */
  clear(): void {
    this.byFolder.clear();
  }

  loaded(): LoadedConfig[] {
    return [...new Set([...this.byFolder.values()].filter((c): c is LoadedConfig => c !== undefined))];
  }
}

function load(file: string): LoadedConfig {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // An unreadable configuration counts as an empty one; the CLI reports files it cannot read.
  }
  return { path: file, text, ...parseConfig(text) };
}
