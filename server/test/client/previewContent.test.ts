import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Debouncer, type Timers } from '../../../client/src/preview/debouncer';
import { PreviewContent, type ContentStep } from '../../../client/src/preview/previewContent';
import { RenderSequence } from '../../../client/src/preview/renderSequence';

const SOURCE = 'file:///plans/demo.plan.yaml';
const page = (text: string) =>
  `<!DOCTYPE html><html><head><title>t</title></head><body data-uri="${SOURCE}"><p data-line="1" data-uri="${SOURCE}">${text}</p><script nonce="n" src="x"></script></body></html>`;

/** Steps as short strings: `html` (with the version it is stamped with), `update v`, `error …`, `error-page …`. */
function seen(steps: ContentStep[]): string[] {
  return steps.map((step) => {
    if (step.kind === 'setHtml') return `html v${/jalon-preview-version" content="(\d+)"/.exec(step.html)?.[1]}`;
    if (step.kind === 'errorPage') return `error-page ${step.message}`;
    const m = step.message;
    return m.type === 'update' ? `update v${m.version} ${m.body}` : m.type === 'error' ? `error ${m.message}` : m.type;
  });
}

test('the first render loads the page; later ones post the new body', () => {
  const content = new PreviewContent(SOURCE);
  const first = content.begin();
  assert.deepEqual(seen(content.rendered(first, page('one'), 'Demo')), ['html v1']);
  assert.equal(content.title, 'Demo');
  assert.deepEqual(content.uris, [SOURCE]);
  const second = content.begin();
  assert.deepEqual(seen(content.rendered(second, page('two'), 'Demo 2')), [
    `update v2 <p data-line="1" data-uri="${SOURCE}">two</p>`,
  ]);
  assert.equal(content.title, 'Demo 2');
});

test('an older render answering late is dropped', () => {
  const content = new PreviewContent(SOURCE);
  content.rendered(content.begin(), page('one'), 'Demo');
  const slow = content.begin();
  const quick = content.begin();
  assert.equal(content.isLatest(slow), false);
  assert.equal(seen(content.rendered(quick, page('three'), 'Demo')).length, 1);
  assert.deepEqual(content.rendered(slow, page('two'), 'Demo'), []);
  // Its failure says nothing either.
  assert.deepEqual(content.failed(slow, 'late'), []);
  assert.equal(content.failing, false);
});

test('a failure before any content loads a page that says why; the next success loads the plan', () => {
  const content = new PreviewContent(SOURCE);
  assert.deepEqual(seen(content.failed(content.begin(), 'server stopped')), ['error-page server stopped']);
  assert.equal(content.failing, true);
  // The error page has no script: it never says it is ready, and the content is a whole page again.
  assert.deepEqual(seen(content.rendered(content.begin(), page('back'), 'Demo')), ['html v2']);
  assert.equal(content.failing, false);
});

test('a failure after content posts the reason and keeps the page; the next success clears it', () => {
  const content = new PreviewContent(SOURCE);
  content.rendered(content.begin(), page('one'), 'Demo');
  assert.deepEqual(seen(content.failed(content.begin(), 'boom')), ['error boom']);
  assert.deepEqual(
    seen(content.rendered(content.begin(), page('two'), 'Demo')).map((s) => s.slice(0, 9)),
    ['update v3'],
  );
});

test('a page that reloads (hidden, then shown) gets the newest body and the standing failure again', () => {
  const content = new PreviewContent(SOURCE);
  content.rendered(content.begin(), page('one'), 'Demo');
  assert.deepEqual(content.ready(1), []);
  content.rendered(content.begin(), page('two'), 'Demo');
  assert.deepEqual(
    seen(content.ready(1)).map((s) => s.slice(0, 9)),
    ['update v2'],
  );
  assert.deepEqual(content.ready(2), []);
  content.failed(content.begin(), 'boom');
  assert.deepEqual(
    seen(content.ready(1)).map((s) => s.slice(0, 10)),
    ['update v2 ', 'error boom'],
  );
});

test('render numbers: accepted only when newer than the last applied', () => {
  const sequence = new RenderSequence();
  const [a, b, c] = [sequence.next(), sequence.next(), sequence.next()];
  assert.equal(sequence.isLatest(c), true);
  assert.equal(sequence.accept(b), true);
  assert.equal(sequence.accept(a), false);
  assert.equal(sequence.accept(b), false);
  assert.equal(sequence.accept(c), true);
  assert.equal(sequence.lastApplied, c);
});

/** Timers run by hand: `advance(ms)` fires what is due. */
function manualTimers(): Timers & { advance(ms: number): void; pending(): number } {
  let now = 0;
  let next = 0;
  const due = new Map<number, { at: number; callback: () => void }>();
  return {
    setTimeout(callback, ms) {
      due.set(++next, { at: now + ms, callback });
      return next;
    },
    clearTimeout(handle) {
      due.delete(handle as number);
    },
    advance(ms) {
      now += ms;
      for (const [handle, timer] of [...due].sort((x, y) => x[1].at - y[1].at)) {
        if (timer.at > now) continue;
        due.delete(handle);
        timer.callback();
      }
    },
    pending: () => due.size,
  };
}

test('a burst of triggers runs once, the delay after the last', () => {
  const timers = manualTimers();
  let runs = 0;
  const debouncer = new Debouncer(() => runs++, timers);
  debouncer.trigger(300);
  timers.advance(200);
  debouncer.trigger(300);
  timers.advance(200);
  assert.equal(runs, 0);
  assert.equal(debouncer.pending, true);
  timers.advance(100);
  assert.equal(runs, 1);
  assert.equal(debouncer.pending, false);
  assert.equal(timers.pending(), 0);
});

test('flush runs what waits at once; cancel drops it', () => {
  const timers = manualTimers();
  let runs = 0;
  const debouncer = new Debouncer(() => runs++, timers);
  debouncer.flush();
  assert.equal(runs, 0);
  debouncer.trigger(300);
  debouncer.flush();
  assert.equal(runs, 1);
  timers.advance(1000);
  assert.equal(runs, 1);
  debouncer.trigger(300);
  debouncer.cancel();
  timers.advance(1000);
  assert.equal(runs, 1);
});
