/** Exit codes scripts can rely on; the help of every command lists them. */
export const EXIT = {
  OK: 0,
  /** `check`: an ERROR rule fails in strict mode. */
  RULE_ERRORS: 1,
  /** The file is not a readable report (ReportParseError) or cannot be read at all. */
  UNREADABLE: 2,
  /** Wrong options or arguments (sysexits EX_USAGE). */
  USAGE: 64,
  /** A bug: something threw that should not have (sysexits EX_SOFTWARE). */
  INTERNAL: 70,
  /** Output could not be written (sysexits EX_CANTCREAT / EX_IOERR). */
  CANNOT_WRITE: 73,
  /** The database stopped answering mid-way; what was stored is whole, re-run to finish (EX_TEMPFAIL). */
  INTERRUPTED: 75,
} as const;

export const EXIT_CODES_HELP_ZH_EN = [
  '退出码 (exit codes):',
  '  0   成功 (success)',
  '  1   check：严格模式下有 ERROR 级规则未通过 (an ERROR rule fails in strict mode)',
  '  2   文件不是可读取的年度报告，或无法读取 (not a readable report, or the file cannot be read)',
  '  64  参数错误 (usage error)',
  '  70  内部错误 (internal error)',
  '  73  无法写入输出 (cannot write the output)',
  '  75  数据库中断，可重新运行继续 (the database stopped; run again to continue)',
].join('\n');
