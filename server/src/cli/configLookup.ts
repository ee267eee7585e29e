import { ConfigFiles, type LoadedConfig } from '../host/configFiles';
import { fileProblemMessage, LineIndex } from '../core';
import { UsageError } from './args';

/**
 * The CLI's view of configurations: a configuration that cannot be read, or has a problem,
 * stops the run (exit 2) with one line naming the file (and the line and key at fault).
 */
export class ConfigLookup {
  private readonly files = new ConfigFiles();

  constructor(private readonly shown: (file: string) => string) {}

  async forFolder(folder: string): Promise<LoadedConfig | undefined> {
    return this.checked(await this.files.forFolder(folder));
  }

  async forFile(file: string): Promise<LoadedConfig | undefined> {
    return this.checked(await this.files.forFile(file));
  }

  private checked(loaded: LoadedConfig | undefined): LoadedConfig | undefined {
    if (loaded?.unreadable) {
      const why = fileProblemMessage(loaded.unreadable);
      const where = this.shown(loaded.path);
      throw new UsageError({ en: `${where}: ${why.en}`, fr: `${where} : ${why.fr}` });
    }
    const first = loaded?.problems[0];
    if (!loaded || !first) return loaded;
    const position = new LineIndex(loaded.text).positionAt(first.range.start);
    const where = `${this.shown(loaded.path)}:${position.line + 1}:${position.character + 1}`;
    throw new UsageError({ en: `${where}: ${first.message.en}`, fr: `${where} : ${first.message.fr}` });
  }
}
