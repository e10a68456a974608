// Long work (a whole draft analysed and checked) written as generators that yield between
// paragraphs: run to the end at once (CLI, tests), or sliced so that the server keeps answering
// requests and drops the work as soon as a newer edit makes it stale.
import type { CancellationToken } from './types';

export type Steps<T> = Generator<void, T, void>;

export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs the steps to the end at once, unless cancelled on the way (then undefined). */
export function drainUnlessCancelled<T>(steps: Steps<T>, token?: CancellationToken): T | undefined {
  for (;;) {
    if (token?.isCancellationRequested) return undefined;
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs the steps, giving the event loop a turn every `sliceMs`; undefined once cancelled. */
export async function runSliced<T>(steps: Steps<T>, token: CancellationToken, sliceMs = 8): Promise<T | undefined> {
  let since = performance.now();
  for (;;) {
    if (token.isCancellationRequested) return undefined;
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - since > sliceMs) {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      since = performance.now();
    }
  }
}
