import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';

export type Machine = {
  nproc: number;
  cpu: string;
  node: string;
  date: string;
  /** 1-minute load average when the run started: other work on the machine skews the figures. */
  load: number;
  /** The commit measured, and whether the parser's folder had uncommitted changes (null outside git). */
  commit: { hash: string; parserDirty: boolean } | null;
};

function gitCommit(root: string | undefined): Machine['commit'] {
  if (!root) return null;
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();

    return { hash: git('rev-parse', '--short', 'HEAD'), parserDirty: git('status', '--porcelain', '--', 'libs/report-parser') !== '' };
  } catch {
    return null;
  }
}

/** What a figure was measured on: it goes next to every table. */
export function describeMachine(now: Date = new Date(), repoRoot?: string): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown CPU';
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match?.[1]) cpu = match[1].trim();
  } catch {
    // Not Linux: os.cpus() is as good as it gets.
  }

  return {
    nproc: availableParallelism(),
    cpu,
    node: process.version,
    date: now.toISOString().slice(0, 10),
    load: loadavg()[0] ?? 0,
    commit: gitCommit(repoRoot),
  };
}

export function machineLine(machine: Machine): string {
  const code = machine.commit
    ? ` Code: commit ${machine.commit.hash}${machine.commit.parserDirty ? ' with uncommitted changes in libs/report-parser' : ''}.`
    : '';

  return `Machine: ${machine.cpu}, nproc ${machine.nproc}, Node ${machine.node}; measured ${machine.date}, 1-minute load average ${machine.load.toFixed(2)} at the start.${code}`;
}

/**
 * The warning a table needs when other work was running as the benchmark started (1-minute load average above
 * 1 on an otherwise idle machine): wall-clock figures are then inflated, CPU figures much less so.
 */
export function busyMachineNote(machine: Machine, note: string): string {
  return machine.load > 1 ? ` **${note}**` : '';
}
