import type { CancellationToken } from 'vscode-languageserver';

/**
 * Lets messages already sent by the client be read before a long request starts: a
 * `$/cancelRequest` for it, or a newer edit, then reaches the server in time. True when the
 * request was cancelled meanwhile.
 */
export async function cancelledWhileWaiting(token: CancellationToken): Promise<boolean> {
  await new Promise((resolve) => setImmediate(resolve));
  return token.isCancellationRequested;
}
