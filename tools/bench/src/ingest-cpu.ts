import { readFileSync } from 'node:fs';

/** Linux USER_HZ: utime/stime in /proc are in 1/100 s on every mainstream kernel build. */
const TICKS_PER_SECOND = 100;

/** utime + stime (ms) from a /proc/.../stat line (fields 14 and 15, counted after the command's ')'). */
export function cpuMsFromStat(stat: string): number {
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // rest[0] is field 3 (state): utime is field 14 → rest[11], stime field 15 → rest[12].
  const utime = Number(rest[11]);
  const stime = Number(rest[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return Number.NaN;

  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}

/**
 * CPU time of the calling thread (ms, 10 ms resolution): Node 20 has no per-thread CPU clock, and
 * process.cpuUsage() counts every thread. NaN where /proc is missing.
 */
export function threadCpuMs(): number {
  try {
    return cpuMsFromStat(readFileSync('/proc/thread-self/stat', 'utf8'));
  } catch {
    return Number.NaN;
  }
}

/** CPU time (ms) of another process, e.g. a PostgreSQL backend; NaN when it cannot be read. */
export function processCpuMs(pid: number): number {
  try {
    return cpuMsFromStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return Number.NaN;
  }
}
