import type { ChildProcess } from 'node:child_process';

/**
 * Waits until every child in `exited` has exited, or `ms` have passed, whichever is first; then
 * kills those still running. A worker busy closing thousands of sockets may be slow to leave; the
 * run must end all the same.
 */
export async function awaitExits(
  children: ChildProcess[],
  exited: Promise<void>[],
  ms: number,
): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    Promise.all(exited),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer);
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
}
