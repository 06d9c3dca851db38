import { isConvertError } from '@gongkai/document-convert';
import { isReportParseError } from '@gongkai/report-parser';

import { EXIT } from '../exit-codes';
import { type CliIo } from '../io';
import { InputFileError } from './read-input';
import { type Lang } from './lang';

/**
 * Prints why a command could not read its input and sets the exit code: 2 for a file that is not a
 * readable report (typed ReportParseError), cannot be converted (ConvertError: LibreOffice missing, a timeout, a
 * failed conversion) or cannot be read, 70 for anything else (a bug).
 */
export function reportFailure(io: CliIo, error: unknown, lang: Lang): void {
  if (isReportParseError(error) || isConvertError(error) || error instanceof InputFileError) {
    const message = lang === 'zh' ? error.messageZh : error.messageEn;
    io.stderr(lang === 'zh' ? `无法读取报告：${message}（代码 ${error.code}）\n` : `Cannot read the report: ${message} (code ${error.code})\n`);
    io.exitCode = EXIT.UNREADABLE;

    return;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr(lang === 'zh' ? `内部错误（请报告此问题）：${detail}\n` : `Internal error (please report it): ${detail}\n`);
  io.exitCode = EXIT.INTERNAL;
}
