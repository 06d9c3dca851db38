import { Command, CommanderError } from 'commander';

import { COMMANDS, type CliCommand } from './commands';
import { EXIT, EXIT_CODES_HELP_ZH_EN } from './exit-codes';
import { type CliIo, processIo } from './io';

const VERSION = '0.1.0';

/** Builds the `gongkai` program on an io; commander's own exits become exceptions (see `run`). */
export function buildProgram(io: CliIo, commands: readonly CliCommand[] = COMMANDS): Command {
  const program = new Command('gongkai')
    .description('政府信息公开工作年度报告：解析、检查、生成样例 (annual disclosure reports: parse, check, samples)')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout(text), writeErr: (text) => io.stderr(text) })
    .showHelpAfterError('（用 --help 查看用法 / see --help）')
    .addHelpText('after', `\n${EXIT_CODES_HELP_ZH_EN}`);
  // Sub-commands created with program.command() inherit exitOverride and configureOutput set above.
  for (const command of commands) command.register(program, io);

  return program;
}

/** Runs one command line (without node and script) and resolves to the exit code. Never exits the process. */
export async function run(args: readonly string[], io: CliIo, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  const program = buildProgram(io, commands);
  try {
    await program.parseAsync([...args], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      const done = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help';

      return done ? EXIT.OK : EXIT.USAGE;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`内部错误 (internal error): ${detail}\n`);

    return EXIT.INTERNAL;
  }

  return io.exitCode;
}

/** Entry point of bin/gongkai.js. */
export function runMain(): void {
  // `gongkai parse x | head`: the reader went away; there is nobody left to tell.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  void run(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) runMain();
