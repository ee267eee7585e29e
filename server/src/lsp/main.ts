import {
  createConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
} from 'vscode-languageserver/node';
import { NodeHost } from '../host/nodeHost';
import { describeError, errorMessage } from './guard/guardConnection';
import { IdleCollector } from './idleCollector';
import { startServer } from './server';

// `node dist/server.js --stdio` for any LSP client; the VS Code client starts it with --node-ipc,
// which (like --socket and --pipe) createConnection reads from the command line.
const stdio = process.argv.includes('--stdio');
let connection: Connection;
let shutDown = () => false;
if (stdio) {
  // Over stdio the reader is ours, to hear of framing errors (a bad or missing Content-Length, a
  // body cut short then followed by the next message): the stream cannot be trusted to realign,
  // so the server exits with code 1 and the client starts a fresh one, rather than going deaf.
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((error) => {
    process.stderr.write(`Jalon: unreadable message from the client, exiting: ${errorMessage(error)}\n`);
    process.exit(1);
  });
  reader.onClose(() => process.exit(shutDown() ? 0 : 1));
  connection = createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout));
} else {
  connection = createConnection(ProposedFeatures.all);
}
// stdout is the protocol channel under --stdio: stray logging must go to the client's log instead.
const toLog = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.log = console.info = console.debug = toLog;
console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
// Handlers are guarded (guard/guardConnection.ts); what still escapes (a timer, a stray promise)
// is logged and the server goes on: it holds no state that a half-run callback leaves unusable.
// A closed output is the exception: nobody is listening any more.
process.on('unhandledRejection', (reason) =>
  connection.console.error(`Jalon: unhandled rejection: ${describeError(reason)}`),
);
process.on('uncaughtException', (error) => {
  if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(1);
  connection.console.error(`Jalon: uncaught exception: ${describeError(error)}`);
});
// The files of the workspace are read from the local disk; garbage is collected when the author pauses.
const guard = startServer(connection, new NodeHost(process.env), new IdleCollector());
shutDown = () => guard.shutDown;
