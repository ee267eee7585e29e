import type { WebviewOptions } from '../../core';

/** What a webview gives for its page: its CSP source, a fresh nonce, and the URIs of its script and stylesheet. */
export interface WebviewPageParams {
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string;
}

/** The renderer's options for a page shown in a webview (the preview, the compare view). */
export function webviewOptions(params: WebviewPageParams): WebviewOptions {
  return {
    mode: 'webview',
    cspSource: params.cspSource,
    nonce: params.nonce,
    scriptUri: params.scriptUri,
    styleUri: params.styleUri,
  };
}
