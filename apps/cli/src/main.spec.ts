import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ReportParseError, type ParsedReport } from '@gongkai/report-parser';

import { COMMANDS } from './commands';
import { createCheckCommand } from './commands/check.command';
import { createParseCommand } from './commands/parse.command';
import { findingFixture, parsedReportFixture, valueFixture } from './fixtures/parsed-report.fixture';
import { memoryIo } from './io';
import { run } from './main';
import { type ParseFn } from './utils/load-report';

/** The CLI with a stand-in parser, so these tests pin the CLI's own behaviour. */
function cliWith(parse: ParseFn) {
  const commands = [createParseCommand(parse), createCheckCommand(parse)];

  return async (...args: string[]) => {
    const io = memoryIo(dir);
    const code = await run(args, io, commands);

    return { code, out: io.out(), err: io.err() };
  };
}

const returning = (report: ParsedReport): ParseFn => async () => report;
const throwing = (error: unknown): ParseFn => async () => {
  throw error;
};

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongkai-cli-'));
  writeFileSync(join(dir, 'report.txt'), 'text');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gongkai parse', () => {
  const report = parsedReportFixture({ values: { t3_granted_np: valueFixture('t3_granted_np', '7') }, findings: [findingFixture()] });

  it('prints the report as one line of JSON, or indented with --pretty', async () => {
    const compact = await cliWith(returning(report))('parse', 'report.txt');
    expect(compact.code).toBe(0);
    expect(compact.out.trimEnd().split('\n')).toHaveLength(1);
    const json: unknown = JSON.parse(compact.out);
    expect(json).toMatchObject({ title: report.title, values: { t3_granted_np: { value: 7, state: 'number', raw: '7' } } });
    expect(json).toMatchObject({ issues: [{ rule: 'T3_BALANCE', severity: 'ERROR', modes: ['strict', 'lenient'], message: findingFixture().messageZh }] });

    const pretty = await cliWith(returning(report))('parse', 'report.txt', '--pretty', '--lang', 'en');
    expect(pretty.out).toContain('\n  "title": ');
    expect(pretty.out).toContain(findingFixture().messageEn);
  });

  it('hands the parser the bytes, the file name and the forced format', async () => {
    const calls: unknown[] = [];
    const spy: ParseFn = async (input, options) => {
      calls.push([Buffer.from(input).toString(), options]);

      return report;
    };
    await cliWith(spy)('parse', 'report.txt', '--format', 'html', '--source-url', 'http://www.example.gov.cn/x.html');
    expect(calls).toEqual([['text', { fileName: 'report.txt', format: 'html', sourceUrl: 'http://www.example.gov.cn/x.html' }]]);
  });

  it('documents the value rule and the exit codes in --help', async () => {
    const help = await cliWith(returning(report))('parse', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('money is an exact decimal string in 元');
    expect(help.out).toContain('退出码 (exit codes)');
  });
});

describe('gongkai check', () => {
  it('exits 1 when an ERROR rule fails in strict mode', async () => {
    const result = await cliWith(returning(parsedReportFixture({ findings: [findingFixture()] })))('check', 'report.txt');
    expect(result.code).toBe(1);
    expect(result.out).toContain('T3_BALANCE');
    expect(result.out.trimEnd().split('\n').at(-1)).toBe('1 项错误（严格口径），0 项警告');
  });

  it('exits 0 when only warnings or lenient-mode errors are found', async () => {
    const findings = [findingFixture({ modes: ['lenient'] }), findingFixture({ rule: 'T2_REG_LEVEL', severity: 'WARN' })];
    const result = await cliWith(returning(parsedReportFixture({ findings })))('check', 'report.txt', '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.out.trimEnd().split('\n').at(-1)).toBe('0 errors (strict mode), 1 more error in lenient mode only, 1 warning');
  });
});

describe('unreadable input', () => {
  it('exits 2 with the Chinese message and the code of a ReportParseError', async () => {
    const result = await cliWith(throwing(new ReportParseError('BINARY_INPUT')))('check', 'report.txt');
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toBe('无法读取报告：文件不是文本、网页、Word 或 PDF 文档。（代码 BINARY_INPUT）\n');
  });

  it('speaks English with --lang en', async () => {
    const result = await cliWith(throwing(new ReportParseError('EMPTY_INPUT')))('parse', 'report.txt', '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.err).toBe('Cannot read the report: The file is empty. (code EMPTY_INPUT)\n');
  });

  it('exits 2 for a file that does not exist or is a directory, without calling the parser', async () => {
    const parse = jest.fn<ReturnType<ParseFn>, Parameters<ParseFn>>();
    const missing = await cliWith(parse)('check', 'nope.pdf');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('FILE_NOT_FOUND');
    const directory = await cliWith(parse)('parse', '.', '--lang', 'en');
    expect(directory.code).toBe(2);
    expect(directory.err).toContain('IS_A_DIRECTORY');
    expect(parse).not.toHaveBeenCalled();
  });

  it('exits 70 when the parser breaks its contract by throwing something untyped', async () => {
    const result = await cliWith(throwing(new TypeError('boom')))('check', 'report.txt');
    expect(result.code).toBe(70);
    expect(result.err).toContain('TypeError: boom');
  });
});

describe('the program', () => {
  const cli = cliWith(returning(parsedReportFixture()));

  it('exits 64 on a usage error and says what was wrong', async () => {
    const unknown = await cli('check', 'report.txt', '--colour');
    expect(unknown.code).toBe(64);
    expect(unknown.err).toContain("unknown option '--colour'");
    const badLang = await cli('check', 'report.txt', '--lang', 'fr');
    expect(badLang.code).toBe(64);
    expect((await cli('parse')).code).toBe(64);
  });

  it('lists every registered command in --help and exits 0', async () => {
    const io = memoryIo();
    expect(await run(['--help'], io)).toBe(0);
    for (const command of COMMANDS) expect(io.out()).toMatch(new RegExp(`^  ${command.name} `, 'm'));
    expect(COMMANDS.map((c) => c.name)).toEqual(expect.arrayContaining(['parse', 'check', 'sample']));
  });
});
