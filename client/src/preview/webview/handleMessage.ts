import { toWebview } from '../messages';

/** What the webview script does to its page; the DOM side implements it, tests fake it. */
export interface PreviewPage {
  /** The render the page shows (from its meta tag, then from each update applied). */
  version: number;
  /** Replaces the content, keeping the same source line at the top. */
  replaceBody(body: string): void;
  /** Shows `line` of `uri` at the top (the editor scrolled). */
  scrollToLine(uri: string, line: number): void;
  /** Says, above the content, that the preview stopped updating and why. */
  showError(message: string): void;
  clearError(): void;
}

/**
 * Applies a message from the extension to the page. Messages about another preview, of an
 * unknown shape, or carrying a render older than the one shown are ignored; returns whether
 * the message was applied.
 */
export function handleMessage(data: unknown, source: string, page: PreviewPage): boolean {
  const message = toWebview(data, source);
  if (!message) return false;
  switch (message.type) {
    case 'update':
      if (message.version <= page.version) return false;
      page.replaceBody(message.body);
      page.version = message.version;
      page.clearError();
      return true;
    case 'scrollTo':
      page.scrollToLine(message.uri, message.line);
      return true;
    case 'error':
      page.showError(message.message);
      return true;
  }
}
