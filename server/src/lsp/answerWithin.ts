/**
 * A client's answer, or `fallback` when none comes within `ms` (or the request fails). The
 * server waits for a few answers before it indexes the workspace, and publishes nothing until
 * it has: a client that never answers must not leave it silent.
 */
export function answerWithin<T, F>(request: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    request.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
}
