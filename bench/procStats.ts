import { readFileSync } from 'node:fs';

/**
 * CPU and memory of processes and of the machine, read from Linux /proc, for the benchmarks that
 * run a server and load generators in separate processes. Every reader answers 0 where /proc is
 * missing (or the process is gone) rather than failing a run at its end.
 */

/** User and system CPU seconds of a process, all its threads. */
export function cpuSplitS(pid: number | undefined): { user: number; sys: number } {
  if (pid === undefined) return { user: 0, sys: 0 };
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: the fields start after the last ')'.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { user: Number(f[11]) / 100, sys: Number(f[12]) / 100 };
  } catch {
    return { user: 0, sys: 0 };
  }
}

/** User + system CPU seconds of a process. */
export function cpuS(pid: number | undefined): number {
  const c = cpuSplitS(pid);
  return c.user + c.sys;
}

/** Resident set size of a process in kB. */
export function rssKb(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Busy CPU seconds of the whole machine, all cores; the part spent in interrupts and softirqs
 * (loopback TCP is processed there, and charged to no process); and the steal time, counted in
 * busy: time a virtual machine's CPUs were ready to run and the host ran something else (another
 * guest), which makes everything on the machine slower while it lasts.
 */
export function machineBusyS(): { busy: number; irq: number; steal: number } {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
    const f = line.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal
    const irq = f[5]! + f[6]!;
    const steal = f[7] ?? 0;
    return { busy: (f[0]! + f[1]! + f[2]! + irq + steal) / 100, irq: irq / 100, steal: steal / 100 };
  } catch {
    return { busy: 0, irq: 0, steal: 0 };
  }
}

/** The one-minute load average. */
export function loadAvg(): number {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return 0;
  }
}
