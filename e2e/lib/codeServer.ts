import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, closeSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { GiveUp, waitFor } from './waitFor';

/** Where code-server and its Node come from (the cached install, passed by scripts/e2e/run.mjs). */
export interface CodeServerInstall {
  node: string;
  entry: string;
}

export interface CodeServer {
  url: string;
  pid: number;
  userDataDir: string;
  extensionsDir: string;
  logFile: string;
  /** Stops code-server and what it started (extension host, language server), by its pid. */
  stop(): Promise<void>;
}

/** The install named by the environment run.mjs sets. */
export function installFromEnv(): CodeServerInstall {
  const node = process.env.JALON_E2E_NODE;
  const entry = process.env.JALON_E2E_CODE_SERVER;
  if (!node || !entry)
    throw new Error('JALON_E2E_NODE and JALON_E2E_CODE_SERVER are not set: run the suite with `npm run test:e2e`');
  return { node, entry };
}

/** A port free on the loopback interface at the time of asking. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Settings of the test profile: what would otherwise open on its own (welcome page, tips,
 * chat, update checks) stays closed, so that screenshots show the plan and nothing moves under
 * the driver. Nothing here changes how Jalon behaves.
 */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'files.autoSave': 'off',
  'editor.minimap.enabled': false,
  'window.restoreWindows': 'none',
  // On: "Compare Plan With…" reads HEAD through the git extension (the workspace is a repository); nothing fetches.
  'git.enabled': true,
  'git.autofetch': false,
  'remote.autoForwardPorts': false,
};

/** Installs the .vsix files into a fresh extensions folder, with code-server's own installer. */
export function installExtensions(
  install: CodeServerInstall,
  dirs: { userDataDir: string; extensionsDir: string },
  vsixFiles: string[],
): void {
  mkdirSync(dirs.extensionsDir, { recursive: true });
  const args = [install.entry, '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir];
  for (const vsix of vsixFiles) args.push('--install-extension', vsix);
  const result = spawnSync(install.node, args, { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) {
    throw new Error(
      `code-server --install-extension failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}\n${result.stderr}`,
    );
  }
}

/** Starts code-server on 127.0.0.1 on `folder`, and waits until it answers. */
export async function startCodeServer(
  install: CodeServerInstall,
  options: { runDir: string; folder: string; userDataDir: string; extensionsDir: string; env: NodeJS.ProcessEnv },
): Promise<CodeServer> {
  const { runDir, folder, userDataDir, extensionsDir } = options;
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const port = await freePort();
  const logFile = join(runDir, 'code-server.log');
  const out = openSync(logFile, 'a');
  const child: ChildProcess = spawn(
    install.node,
    [
      install.entry,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir',
      userDataDir,
      '--extensions-dir',
      extensionsDir,
      folder,
    ],
    { env: options.env, stdio: ['ignore', out, out], detached: true },
  );
  closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new Error('code-server did not start');
  let exited: string | undefined;
  child.on('exit', (code, signal) => {
    exited = signal ?? `exit ${code}`;
  });

  // Even if the test process ends abruptly (an uncaught error, Ctrl+C), code-server does not
  // outlive it: it leads its own process group, which the terminal's signals do not reach.
  const onExit = () => {
    if (!exited) killGroup(pid, 'SIGKILL');
  };
  const onSignal = (signal: NodeJS.Signals) => {
    onExit();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const stop = async () => {
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (exited) return;
    // code-server leads its own process group (detached): the group holds the extension host
    // and the language server it started, so they stop with it.
    killGroup(pid, 'SIGTERM');
    const stopped = await waitFor(() => Boolean(exited), { timeoutMs: 10_000, what: 'code-server to stop' }).then(
      () => true,
      () => false,
    );
    if (!stopped) killGroup(pid, 'SIGKILL');
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(
      async () => {
        if (exited) throw new GiveUp(`code-server exited (${exited}); its log: ${logFile}`);
        const response = await fetch(`${url}/healthz`).catch(() => undefined);
        return response?.ok ?? false;
      },
      { timeoutMs: 60_000, intervalMs: 250, what: `code-server to answer on ${url}` },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid, userDataDir, extensionsDir, logFile, stop };
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
