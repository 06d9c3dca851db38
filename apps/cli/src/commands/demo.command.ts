import { removeSampleReports } from '@gongkai/report-store';

import { type CliIo } from '../io';
import { type Lang, langOption } from '../utils/lang';
import { withStore } from '../store/open-store';
import { type CliCommand } from './cli-command';
import { CLI_ACTOR } from '../store/cli-actor';

type DemoRemoveOptions = { databaseUrl?: string; lang: Lang };

const HELP = `
删除演示数据：删除所有标记为样例数据的报告（林芝市演示数据集，或 gongkai sample 生成后入库的文件），真实报告保留；
被样例报告取代的真实报告恢复为当前版本。服务器正在使用内嵌数据库时，由该服务器执行。
  Removes every report marked as sample data (the demo set, or generated files that were ingested); real
  reports stay, and a real report a sample one had superseded is current again. With an embedded database a
  running api owns, that api does it.
`;

/** `gongkai demo remove`: the demo set out of the database, through the report store's one delete path. */
export const demoCommand: CliCommand = {
  name: 'demo',
  register: (program, io) => {
    const demo = program.command('demo').description('演示数据 (demo data)');
    demo
      .command('remove')
      .description('删除全部样例数据，保留真实报告 (remove all sample data, keep real reports)')
      .option('--database-url <url>', 'PostgreSQL URL (default: embedded in DATA_DIR)')
      .addOption(langOption())
      .addHelpText('after', HELP)
      .action(async (options: DemoRemoveOptions) => {
        await removeDemo(io, options);
      });
  },
};

async function removeDemo(io: CliIo, options: DemoRemoveOptions): Promise<void> {
  await withStore(io, { databaseUrl: options.databaseUrl, command: 'gongkai demo remove', writers: 1 }, async (store) => {
    const removed = store.kind === 'api' ? await store.api.removeSampleData() : await removeSampleReports(store.connections, CLI_ACTOR);
    io.stdout(
      options.lang === 'zh'
        ? `已删除 ${removed} 份样例数据报告（${store.description}）；真实报告未改动。\n`
        : `Removed ${removed} sample-data reports (${store.description}); real reports are untouched.\n`,
    );
  });
}
