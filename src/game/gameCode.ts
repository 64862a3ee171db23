/**
 * Calling a game's code (hooks, handlers) so that no bug of the game's takes the server down.
 * Hooks are typed to return nothing, but TypeScript accepts an async function for one, and the
 * rejection of the promise it returns, left alone, is an unhandled rejection: Node ends the
 * process, every player and room with it.
 */

/** Calls `failed` if `value` is a promise (or another thenable) that rejects. */
export function whenRejected(value: unknown, failed: (err: unknown) => void): void {
  if (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as PromiseLike<unknown>).then === 'function'
  ) {
    (value as PromiseLike<unknown>).then(undefined, failed);
  }
}

/** Runs a hook: a throw, or the rejection of an async hook's promise, goes to `failed`. */
export function runHook(fn: () => unknown, failed: (err: unknown) => void): void {
  try {
    whenRejected(fn(), failed);
  } catch (err) {
    failed(err);
  }
}
