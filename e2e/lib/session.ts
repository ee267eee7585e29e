import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { installExtensions, installFromEnv, startCodeServer, type CodeServer } from './codeServer';
import { ProbeClient } from './probeClient';
import { Workbench } from './workbench';
import { prepareWorkspace } from './workspace';

/** Flags of the notes (real-vscode-e2e.md): headless Chromium as root, offline, nothing running in the background. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The product's manifest as installed, its `%key%` titles resolved in English (code-server's language). */
export interface InstalledExtension {
  id: string;
  dir: string;
  /** "Category: Title" of a command, as the command palette lists it. */
  commandTitle(command: string): string;
  /** The installed copy of the CLI, when the package ships it: the same build as the server. */
  cli?: string;
}

export interface Session {
  root: string;
  runDir: string;
  folder: string;
  artifacts: string;
  codeServer: CodeServer;
  browser: Browser;
  workbench: Workbench;
  probe: ProbeClient;
  extension: InstalledExtension;
}

interface Manifest {
  publisher: string;
  name: string;
  contributes?: { commands?: { command: string; title: string; category?: string }[] };
}

function readInstalledExtension(extensionsDir: string, id: string): InstalledExtension {
  const folder = readdirSync(extensionsDir).find((name) => name.toLowerCase().startsWith(`${id.toLowerCase()}-`));
  if (!folder) throw new Error(`${id} is not in ${extensionsDir} after --install-extension`);
  const dir = join(extensionsDir, folder);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
  const nlsPath = join(dir, 'package.nls.json');
  const nls = existsSync(nlsPath)
    ? (JSON.parse(readFileSync(nlsPath, 'utf8')) as Record<string, string | { message: string }>)
    : {};
  const resolve = (text: string) =>
    text.replace(/^%(.+)%$/, (whole, key: string) => {
      const entry = nls[key];
      return typeof entry === 'string' ? entry : (entry?.message ?? whole);
    });
  const cli = join(dir, 'dist', 'cli.js');
  return {
    id,
    dir,
    commandTitle(command) {
      const contribution = manifest.contributes?.commands?.find((c) => c.command === command);
      if (!contribution) throw new Error(`the installed package contributes no command ${command}`);
      return contribution.category
        ? `${resolve(contribution.category)}: ${resolve(contribution.title)}`
        : resolve(contribution.title);
    },
    ...(existsSync(cli) ? { cli } : {}),
  };
}

/** The product's id, from the project's manifest: `publisher.name`. */
export function productId(root: string): string {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
  return `${manifest.publisher}.${manifest.name}`;
}

/**
 * Installs the packaged extension (and the test-only probe) into a fresh profile, starts
 * code-server on a copy of the seed plans, and opens it in Chromium.
 */
export async function startSession(options: {
  root: string;
  runDir: string;
  artifacts: string;
  vsix: string;
  probeVsix: string;
}): Promise<Session> {
  const { root, runDir, artifacts } = options;
  const install = installFromEnv();
  const folder = prepareWorkspace(root, runDir);
  const dirs = { userDataDir: join(runDir, 'user-data'), extensionsDir: join(runDir, 'extensions') };
  installExtensions(install, dirs, [options.vsix, options.probeVsix]);
  const extension = readInstalledExtension(dirs.extensionsDir, productId(root));

  const probeFile = join(runDir, 'probe-address.json');
  const codeServer = await startCodeServer(install, {
    runDir,
    folder,
    ...dirs,
    env: { ...process.env, JALON_E2E_PROBE_FILE: probeFile },
  });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: process.env.JALON_E2E_CHROMIUM ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(`${codeServer.url}/?folder=${encodeURIComponent(folder)}`);
    const workbench = new Workbench(page, artifacts);
    await workbench.waitUntilReady();
    const probe = await ProbeClient.connect(probeFile);
    return { root, runDir, folder, artifacts, codeServer, browser, workbench, probe, extension };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await codeServer.stop();
    throw error;
  }
}

/** Closes the browser and stops code-server (by its pid), keeping its logs as artifacts. */
export async function endSession(session: Session | undefined): Promise<void> {
  if (!session) return;
  await session.browser.close().catch(() => undefined);
  await session.codeServer.stop();
  const logs = join(session.artifacts, 'logs');
  mkdirSync(logs, { recursive: true });
  cpSync(session.codeServer.logFile, join(logs, 'code-server.log'));
  const userLogs = join(session.codeServer.userDataDir, 'logs');
  if (existsSync(userLogs)) cpSync(userLogs, join(logs, 'vscode'), { recursive: true });
}
