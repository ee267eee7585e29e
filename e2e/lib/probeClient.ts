import { readFileSync } from 'node:fs';
import type { ProbeAddress, ProbeRoutes } from '../probe/src/protocol';
import { waitFor } from './waitFor';

/** Asks the probe extension (running in VS Code's extension host) about the editor's state. */
export class ProbeClient {
  private constructor(private readonly address: ProbeAddress) {}

  /** Waits for the probe to write its address (it does once the extension host has started). */
  static async connect(addressFile: string, timeoutMs = 60_000): Promise<ProbeClient> {
    const address = await waitFor(
      () => {
        try {
          return JSON.parse(readFileSync(addressFile, 'utf8')) as ProbeAddress;
        } catch {
          return undefined;
        }
      },
      { timeoutMs, what: `the probe extension to start (it writes ${addressFile})` },
    );
    return new ProbeClient(address);
  }

  async ask<Route extends keyof ProbeRoutes>(
    route: Route,
    params: ProbeRoutes[Route]['params'],
  ): Promise<ProbeRoutes[Route]['result']> {
    const response = await fetch(`http://127.0.0.1:${this.address.port}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-probe-token': this.address.token },
      body: JSON.stringify(params),
    });
    const body = (await response.json()) as { result?: ProbeRoutes[Route]['result']; error?: string };
    if (!response.ok || body.error !== undefined) throw new Error(`probe ${route}: ${body.error ?? response.status}`);
    return body.result as ProbeRoutes[Route]['result'];
  }
}
