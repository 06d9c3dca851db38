import { type Command } from 'commander';

import { type CliIo } from '../io';

/**
 * One `gongkai` sub-command. `register` adds it (options, help, action) to the program; the action
 * writes through `io` and sets `io.exitCode`, never calling process.exit.
 */
export type CliCommand = {
  name: string;
  register: (program: Command, io: CliIo) => void;
};
