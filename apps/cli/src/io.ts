/**
 * What a command may touch of the outside world. Commands write through these functions and set
 * `exitCode` instead of calling process.exit, so tests can run them in-process and read everything back.
 */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Set by a command; `main` hands it to the process when the command has finished. */
  exitCode: number;
  /** True when stderr is a terminal: progress bars are drawn only then. */
  stderrIsTTY: boolean;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** The real stderr stream, for progress bars (absent in memory ios). */
  stderrStream?: NodeJS.WriteStream;
};

/** The io of the real process. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    exitCode: 0,
    stderrIsTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
    stderrStream: process.stderr,
  };
}

/** An io that keeps everything in memory, for tests and for embedding the CLI. */
export type MemoryIo = CliIo & { out: () => string; err: () => string };

export function memoryIo(cwd: string = process.cwd()): MemoryIo {
  const out: string[] = [];
  const err: string[] = [];

  return {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    exitCode: 0,
    stderrIsTTY: false,
    cwd,
    out: () => out.join(''),
    err: () => err.join(''),
  };
}
