import { checkCommand } from './check.command';
import { type CliCommand } from './cli-command';
import { demoCommand } from './demo.command';
import { harvestCommand } from './harvest.command';
import { ingestCommand } from './ingest.command';
import { parseCommand } from './parse.command';
import { reparseCommand } from './reparse.command';
import { sampleCommand } from './sample.command';
import { tokenCommand } from './token.command';

export { type CliCommand } from './cli-command';

/**
 * Every `gongkai` sub-command, in the order `gongkai --help` lists them. A new command is one file
 * `commands/<name>.command.ts` exporting a CliCommand, plus one line here.
 */
export const COMMANDS: readonly CliCommand[] = [
  parseCommand,
  checkCommand,
  sampleCommand,
  demoCommand,
  ingestCommand,
  reparseCommand,
  harvestCommand,
  tokenCommand,
];
