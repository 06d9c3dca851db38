import { type SourceFormat } from '@gongkai/report-parser';

import { EXIT, EXIT_CODES_HELP_ZH_EN } from '../exit-codes';
import { type Lang, langOption } from '../utils/lang';
import { defaultParse, formatOption, loadReport, type ParseFn } from '../utils/load-report';
import { renderCheck } from '../utils/render-check';
import { reportFailure } from '../utils/report-failure';
import { type CliCommand } from './cli-command';

type CheckCommandOptions = { lang: Lang; format?: SourceFormat; sourceUrl?: string };

/** `gongkai check <file>`: the consistency findings as a readable table; exit 1 on a strict ERROR. */
export function createCheckCommand(parse: ParseFn = defaultParse): CliCommand {
  return {
    name: 'check',
    register: (program, io) => {
      program
        .command('check')
        .description('检查一份年度报告的勾稽关系，打印发现的问题 (check a report against the consistency rules)')
        .argument('<file>', '报告文件：txt、html、docx、pdf，或 doc、wps、rtf、odt（需 LibreOffice）(report file)')
        .addOption(langOption())
        .addOption(formatOption())
        .option('--source-url <url>', '报告的下载地址，帮助识别地区 (where the report was downloaded from)')
        .addHelpText('after', `\n${EXIT_CODES_HELP_ZH_EN}`)
        .action(async (file: string, options: CheckCommandOptions) => {
          try {
            const report = await loadReport(parse, file, io.cwd, options);
            const { text, summary } = renderCheck(report, options.lang);
            io.stdout(text);
            io.exitCode = summary.strictErrors > 0 ? EXIT.RULE_ERRORS : EXIT.OK;
          } catch (error) {
            reportFailure(io, error, options.lang);
          }
        });
    },
  };
}

export const checkCommand = createCheckCommand();
