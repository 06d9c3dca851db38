/** Timing helpers: every run is timed on its own so the distribution (median, p95) is real. */

export type Timing = {
  runs: number;
  /** Milliseconds. */
  median: number;
  p95: number;
  min: number;
  mean: number;
  /**
   * Median CPU time of the process per run (user + system, all threads: GC helpers included). Unlike
   * wall time it does not grow when other work shares the machine.
   */
  cpuMedian: number;
};

/** Nearest-rank percentile of sorted samples (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error('percentile of no samples');
  const rank = Math.ceil((p / 100) * sorted.length);

  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

/** Median: the mean of the two middle samples for an even count. */
export function median(sorted: readonly number[]): number {
  if (sorted.length === 0) throw new Error('median of no samples');
  const mid = sorted.length >> 1;

  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function summarise(samples: readonly number[], cpuSamples: readonly number[] = samples): Timing {
  const sorted = [...samples].sort((a, b) => a - b);

  return {
    runs: sorted.length,
    median: median(sorted),
    p95: percentile(sorted, 95),
    min: sorted[0] as number,
    mean: sorted.reduce((sum, x) => sum + x, 0) / sorted.length,
    cpuMedian: median([...cpuSamples].sort((a, b) => a - b)),
  };
}

export type MeasureOptions = { warmup: number; runs: number };

const elapsedMs = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const cpuMs = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);

  return (used.user + used.system) / 1000;
};

/** Runs `fn(i)` warmup + runs times; times each of the last `runs` calls. */
export function measureSync(fn: (i: number) => unknown, options: MeasureOptions): Timing {
  for (let i = 0; i < options.warmup; i++) fn(i);
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    fn(i);
    samples.push(elapsedMs(start));
    cpu.push(cpuMs(cpuStart));
  }

  return summarise(samples, cpu);
}

export async function measureAsync(fn: (i: number) => Promise<unknown>, options: MeasureOptions): Promise<Timing> {
  for (let i = 0; i < options.warmup; i++) await fn(i);
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    await fn(i);
    samples.push(elapsedMs(start));
    cpu.push(cpuMs(cpuStart));
  }

  return summarise(samples, cpu);
}
