import type { ConfigProblem, DecodedText, FileProblem, JalonConfig, LogoFile } from '../core';

/** A file's text or why it is not text (decodePlanText), or that there is no such file. */
export type ReadResult = DecodedText | { missing: true };

/** A `jalon.config.yaml`, read and parsed. */
export interface HostConfig {
  uri: string;
  text: string;
  config: JalonConfig;
  problems: ConfigProblem[];
  /** Set when the file is there but could not be read; `config` is then empty. */
  unreadable?: FileProblem;
}

/**
 * The language server's port to the files of the workspace: everything it reads goes through
 * here, by URI, asynchronously (but the logo, see `readLogo`). The Node server passes a host
 * over the file system (`nodeHost.ts`, the other files of this folder); a browser build can
 * pass one that asks the client. The core never reads: it is given texts and configurations already in memory.
 */
export interface PlanHost {
  /** Whether this host can read files under `uri` at all (by its scheme). */
  canRead(uri: string): boolean;
  /** The plan files of a folder (URIs, sorted): the `files` globs of its configuration, else `*.plan.yaml`/`*.plan.yml`. */
  listPlanFiles(folderUri: string, config: HostConfig | undefined): Promise<string[]>;
  /** A file's text, decoded as decodePlanText does; a file over `maxBytes`, or not a regular file, is not read. */
  readText(uri: string, maxBytes: number): Promise<ReadResult>;
  /** The configuration of a folder: the nearest jalon.config.yaml in it or above it; undefined when there is none. */
  loadConfig(folderUri: string): Promise<HostConfig | undefined>;
  /**
   * The image a plan names in `logo`, beside the plan file `planUri`. The one synchronous
   * read: the check asks for it in the turn that computes the plan's findings (a logo is small).
   */
  readLogo(planUri: string, logo: string): LogoFile;
  /** Forgets the configurations read (one changed, appeared or went away). */
  forgetConfigs(): void;
  /** The language of the server's environment (`JALON_LOCALE`, `LC_ALL`, `LC_MESSAGES`, `LANG`, as the CLI reads it), for clients that name none. */
  environmentLocale(): string | undefined;
}

/** Whether a path or URI names a plan file or a progress report by its name alone (for watched-file events). */
export function looksLikePlanFile(file: string): boolean {
  return /\.(plan|report)\.ya?ml$/i.test(file);
}

/** Whether a path or URI names an image a plan may take as its logo (for watched-file events). */
export function looksLikeLogo(file: string): boolean {
  return /\.(png|jpe?g|svg)$/i.test(file);
}
