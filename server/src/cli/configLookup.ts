import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAME, parseConfig, type JalonConfig } from '../core/config/config';
import { UsageError } from './args';

export interface LoadedConfig {
  path: string;
  config: JalonConfig;
}

/** Finds the nearest `jalon.config.yaml` of each folder, reading each file once. */
export class ConfigLookup {
  private readonly byFolder = new Map<string, LoadedConfig | undefined>();

  constructor(private readonly shown: (file: string) => string) {}

  forFolder(folder: string): LoadedConfig | undefined {
    if (this.byFolder.has(folder)) return this.byFolder.get(folder);
    const candidate = path.join(folder, CONFIG_FILE_NAME);
    let result: LoadedConfig | undefined;
    if (existsSync(candidate)) result = this.load(candidate);
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

  private load(file: string): LoadedConfig {
    const text = readFileSync(file, 'utf8');
    const { config, problems } = parseConfig(text);
    if (problems.length > 0) {
      const first = problems[0];
      const before = text.slice(0, first.range.start);
      const line = before.split('\n').length;
      const column = first.range.start - before.lastIndexOf('\n');
      const where = `${this.shown(file)}:${line}:${column}`;
      throw new UsageError({ en: `${where}: ${first.message.en}`, fr: `${where} : ${first.message.fr}` });
    }
    return { path: file, config };
  }
}
