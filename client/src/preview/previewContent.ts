import type { ToWebview } from './messages';
import { bodyOf, urisIn, withPreviewMeta } from './previewHtml';
import { RenderSequence } from './renderSequence';

/** What the panel does with a render's outcome. */
export type ContentStep =
  /** Load this page (the first content, or content after an error page). */
  | { kind: 'setHtml'; html: string }
  /** Post this to the page already loaded (new content without reloading it, keeping its scroll). */
  | { kind: 'post'; message: ToWebview }
  /** Nothing was ever shown and rendering failed: load a page that says why. */
  | { kind: 'errorPage'; message: string };

/**
 * The content of one preview, without `vscode`: which render is the newest applied, what
 * the page shows, and so whether an outcome loads a page, posts an update or is dropped.
 */
export class PreviewContent {
  private readonly sequence = new RenderSequence();
  private shown: 'nothing' | 'error-page' | 'content' = 'nothing';
  private latest: { version: number; body: string } | undefined;
  private failure: string | undefined;
  /** The files the page shows blocks of (the plan's root and parts), as the page names them. */
  uris: string[] = [];
  title: string | undefined;

  constructor(readonly source: string) {}

  /** The number of a new render, to hand back with its outcome. */
  begin(): number {
    return this.sequence.next();
  }

  /** True when no render was asked for after `id`. */
  isLatest(id: number): boolean {
    return this.sequence.isLatest(id);
  }

  /** True once a failure is showing (the next success clears it). */
  get failing(): boolean {
    return this.failure !== undefined;
  }

  rendered(id: number, html: string, title: string): ContentStep[] {
    if (!this.sequence.accept(id)) return [];
    this.failure = undefined;
    this.title = title;
    this.uris = urisIn(html);
    this.latest = { version: id, body: bodyOf(html) };
    if (this.shown !== 'content') {
      this.shown = 'content';
      return [{ kind: 'setHtml', html: withPreviewMeta(html, this.source, id) }];
    }
    return [this.update(this.latest)];
  }

  /** Render `id` failed because of `message`; a failure older than the content shown says nothing. */
  failed(id: number, message: string): ContentStep[] {
    if (!this.sequence.accept(id)) return [];
    this.failure = message;
    if (this.shown === 'content') return [this.error(message)];
    this.shown = 'error-page';
    return [{ kind: 'errorPage', message }];
  }

  /**
   * The page (re)loaded showing the render `version` it was loaded with. Updates posted since
   * were lost if it reloaded (a hidden webview is discarded): post the newest again.
   */
  ready(version: number): ContentStep[] {
    if (this.shown !== 'content') return [];
    const steps: ContentStep[] = [];
    if (this.latest && this.latest.version > version) steps.push(this.update(this.latest));
    if (this.failure !== undefined) steps.push(this.error(this.failure));
    return steps;
  }

  private update(latest: { version: number; body: string }): ContentStep {
    return {
      kind: 'post',
      message: { type: 'update', source: this.source, version: latest.version, body: latest.body },
    };
  }

  private error(message: string): ContentStep {
    return { kind: 'post', message: { type: 'error', source: this.source, message } };
  }
}
