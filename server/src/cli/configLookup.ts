import { ConfigFiles, type LoadedConfig } from '../host/configFiles';
import { LineIndex } from '../core';
import { UsageError } from './args';

/** The CLI's view of configurations: a configuration with a problem stops the run (exit 2), naming the file, line and key. */
export class ConfigLookup {
  private readonly files = new ConfigFiles();

  constructor(private readonly shown: (file: string) => string) {}

  forFolder(folder: string): LoadedConfig | undefined {
    return this.checked(this.files.forFolder(folder));
  }

  forFile(file: string): LoadedConfig | undefined {
    return this.checked(this.files.forFile(file));
  }

  private checked(loaded: LoadedConfig | undefined): LoadedConfig | undefined {
    const first = loaded?.problems[0];
    if (!loaded || !first) return loaded;
    const position = new LineIndex(loaded.text).positionAt(first.range.start);
    const where = `${this.shown(loaded.path)}:${position.line + 1}:${position.character + 1}`;
    throw new UsageError({ en: `${where}: ${first.message.en}`, fr: `${where} : ${first.message.fr}` });
  }
}
