import { type SourceFormat } from '@gongkai/report-parser';

import { EXIT_CODES_HELP_ZH_EN } from '../exit-codes';
import { type Lang, langOption } from '../utils/lang';
import { defaultParse, formatOption, loadReport, type ParseFn } from '../utils/load-report';
import { reportFailure } from '../utils/report-failure';
import { toReportJson, VALUE_RULE_HELP } from '../utils/to-report-json';
import { type CliCommand } from './cli-command';

type ParseCommandOptions = { pretty?: boolean; lang: Lang; format?: SourceFormat; sourceUrl?: string };

/** `gongkai parse <file>`: the ParsedReport as JSON on stdout. */
export function createParseCommand(parse: ParseFn = defaultParse): CliCommand {
  return {
    name: 'parse',
    register: (program, io) => {
      program
        .command('parse')
        .description('解析一份年度报告，在标准输出打印 JSON (parse a report and print it as JSON)')
        .argument('<file>', '报告文件：txt、html、docx、pdf，或 doc、wps、rtf、odt（需 LibreOffice）(report file)')
        .option('--pretty', '缩进输出 JSON (indent the JSON)')
        .addOption(langOption().default('zh', 'zh; issues[].message in this language'))
        .addOption(formatOption())
        .option('--source-url <url>', '报告的下载地址，帮助识别地区 (where the report was downloaded from)')
        .addHelpText('after', `\n${VALUE_RULE_HELP}\n\n${EXIT_CODES_HELP_ZH_EN}`)
        .action(async (file: string, options: ParseCommandOptions) => {
          try {
            const report = await loadReport(parse, file, io.cwd, options);
            const json = toReportJson(report, options.lang);
            io.stdout(`${JSON.stringify(json, null, options.pretty ? 2 : undefined)}\n`);
          } catch (error) {
            reportFailure(io, error, options.lang);
          }
        });
    },
  };
}

export const parseCommand = createParseCommand();
