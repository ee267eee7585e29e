import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { NodeHost } from '../host/nodeHost';
import { IdleCollector } from './idleCollector';
import { startServer } from './server';

// `node dist/server.js --stdio` for any LSP client; the VS Code client starts it with --node-ipc.
// createConnection reads the transport from the command line.
const connection = createConnection(ProposedFeatures.all);
// stdout is the protocol channel under --stdio: stray logging must go to the client's log instead.
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
process.on('unhandledRejection', (reason) => connection.console.error(`Unhandled rejection: ${String(reason)}`));
// The files of the workspace are read from the local disk; garbage is collected when the author pauses.
startServer(connection, new NodeHost(process.env), new IdleCollector());
