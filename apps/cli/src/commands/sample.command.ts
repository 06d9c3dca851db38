import { resolve } from 'node:path';

import { Presets, SingleBar } from 'cli-progress';
import { Option } from 'commander';

import { resolveRegions, type SampleFormat, type SampleRegion } from '@gongkai/sample-corpus';

import { EXIT, EXIT_CODES_HELP_ZH_EN } from '../exit-codes';
import { type CliIo } from '../io';
import { type Lang, langOption } from '../utils/lang';
import { parseFormats, parsePrefecture, parseRate, parseSeed, parseYears } from '../utils/sample-options';
import { type WriteCorpusFn, writeCorpusInSteps } from '../utils/write-corpus-in-steps';
import { type CliCommand } from './cli-command';

type SampleCommandOptions = {
  prefecture?: string;
  all?: boolean;
  years: number[];
  formats: SampleFormat[];
  out: string;
  seed: number | string;
  errorRate?: number;
  missingRate?: number;
  lang: Lang;
};

const HELP = `
地区 (regions): --prefecture 取该地级区划（或直辖市）下的全部县级区划；--all 取全国全部县级区划；
都不给时为林芝市（540400）的7个县区。
  --prefecture takes every county-level division of that prefecture; --all every county in the
  country; with neither, the 7 counties of 林芝市 (540400).

输出 (output): <out>/<县区代码>/<年份>.<格式>，旁边是 <年份>.expected.json（正确的解析结果），
以及 <out>/manifest.json。同样的参数和种子生成完全相同的文件。生成的文件都注明是样例数据。
  <out>/<county code>/<year>.<format> with <year>.expected.json beside it, and <out>/manifest.json.
  The same options and seed give byte-identical files. Every document says it is sample data.

示例 (example):
  gongkai sample --prefecture 540400 --years 2019-2025 --formats txt,html,docx --out data/samples --seed 7
`;

function summary(result: ReturnType<WriteCorpusFn>, lang: Lang): string {
  const mb = (result.bytes / 1024 / 1024).toFixed(1);
  const seconds = (result.elapsedMs / 1000).toFixed(1);
  if (lang === 'zh') {
    return [
      `已生成 ${result.regions} 个县级区划的 ${result.reports} 份报告（${result.files} 个文件，${mb} MB，用时 ${seconds} 秒），其中 ${result.withErrors} 份含故意设置的错误。`,
      `清单：${result.manifest}`,
      '注意：这些是生成的样例数据，不是真实报告。',
    ].join('\n');
  }

  return [
    `Wrote ${result.reports} reports for ${result.regions} county-level regions (${result.files} files, ${mb} MB, ${seconds} s); ${result.withErrors} carry deliberate errors.`,
    `Manifest: ${result.manifest}`,
    'Note: this is generated sample data, not real reports.',
  ].join('\n');
}

function progress(io: CliIo, total: number): { tick: (done: number, region: SampleRegion) => void; stop: () => void } {
  // A bar only on a terminal and only when there is more than a moment of work.
  if (!io.stderrIsTTY || !io.stderrStream || total < 2) return { tick: () => undefined, stop: () => undefined };
  const bar = new SingleBar({ stream: io.stderrStream, format: ' {bar} {value}/{total} {region}', hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  bar.start(total, 0, { region: '' });

  return { tick: (done, region) => bar.update(done, { region: `${region.code} ${region.name}` }), stop: () => bar.stop() };
}

export function createSampleCommand(write?: WriteCorpusFn): CliCommand {
  return {
    name: 'sample',
    register: (program, io) => {
      program
        .command('sample')
        .description('生成样例报告及其正确解析结果 (write generated sample reports with their expected values)')
        .addOption(new Option('--prefecture <code>', '地级区划代码，如 540400 (prefecture code)').argParser(parsePrefecture).conflicts('all'))
        .addOption(new Option('--all', '全国全部县级区划 (every county-level region)'))
        .addOption(new Option('--years <years>', '年份 (years)').argParser(parseYears).default(parseYears('2019-2025'), '2019-2025'))
        .addOption(new Option('--formats <formats>', '格式 (formats)').argParser(parseFormats).default(parseFormats('txt,html,docx'), 'txt,html,docx'))
        .requiredOption('--out <dir>', '输出目录 (output directory)')
        .addOption(new Option('--seed <seed>', '随机种子 (seed)').argParser(parseSeed).default(1))
        .addOption(new Option('--error-rate <share>', '含故意错误的报告比例 (share of documents with a deliberate error)').argParser(parseRate))
        .addOption(new Option('--missing-rate <share>', '缺失（未发布）年份的比例 (share of years left out)').argParser(parseRate))
        .addOption(langOption())
        .addHelpText('after', `${HELP}\n${EXIT_CODES_HELP_ZH_EN}`)
        .action((options: SampleCommandOptions) => {
          let regions: SampleRegion[];
          try {
            regions = resolveRegions({ prefecture: options.prefecture, all: options.all });
          } catch (error) {
            const detail = error instanceof Error ? error.message : String(error);
            io.stderr(options.lang === 'zh' ? `未知的地区：${detail}\n` : `Unknown region: ${detail}\n`);
            io.exitCode = EXIT.USAGE;

            return;
          }
          const outDir = resolve(io.cwd, options.out);
          const bar = progress(io, regions.length);
          try {
            const result = writeCorpusInSteps(
              {
                regions,
                years: options.years,
                formats: options.formats,
                outDir,
                seed: options.seed,
                ...(options.errorRate !== undefined ? { errorRate: options.errorRate } : {}),
                ...(options.missingRate !== undefined ? { missingRate: options.missingRate } : {}),
              },
              (done, _total, region) => bar.tick(done, region),
              write,
            );
            bar.stop();
            io.stdout(`${summary(result, options.lang)}\n`);
          } catch (error) {
            bar.stop();
            const detail = error instanceof Error ? error.message : String(error);
            io.stderr(options.lang === 'zh' ? `无法写入样例：${detail}\n` : `Cannot write the samples: ${detail}\n`);
            io.exitCode = EXIT.CANNOT_WRITE;
          }
        });
    },
  };
}

export const sampleCommand = createSampleCommand();
