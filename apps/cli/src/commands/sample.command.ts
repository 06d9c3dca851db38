import { type CliCommand } from './cli-command';

/** `gongkai sample`: placeholder until tools/sample-corpus exports writeSampleCorpus. */
export const sampleCommand: CliCommand = {
  name: 'sample',
  register: (program, io) => {
    program
      .command('sample')
      .description('生成样例报告 (write generated sample reports)')
      .action(() => {
        io.stderr('sample: not available yet\n');
        io.exitCode = 70;
      });
  },
};
