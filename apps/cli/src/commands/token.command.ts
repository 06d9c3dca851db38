import { Option } from 'commander';

import { AuthException, ROLES, type Role, openApiContext } from '@gongkai/api/dist/cli-support';

import { EXIT } from '../exit-codes';
import { type CliIo } from '../io';
import { type CliCommand } from './cli-command';

type DbOptions = { databaseUrl?: string };

/** `gongkai token create|list|revoke`: API bearer tokens. The secret is printed once, on its own line. */
export const tokenCommand: CliCommand = {
  name: 'token',
  register: (program, io) => {
    const token = program.command('token').description('管理 API 访问令牌 (manage API tokens)');
    token
      .command('create')
      .description('创建令牌；令牌只显示这一次 (create a token; it is shown only once)')
      .addOption(new Option('--role <role>', '角色 (role)').choices([...ROLES]).makeOptionMandatory())
      .option('--region <code>', '编辑者可写入的地区（含下级）(editor scope: region code)')
      .option('--name <name>', '名称 (name)', '')
      .option('--database-url <url>', 'PostgreSQL URL (default: embedded in DATA_DIR)')
      .action(async (options: DbOptions & { role: Role; region?: string; name: string }) => {
        await withContext(io, options, async (context) => {
          const created = await context.tokensService.create({ name: options.name, role: options.role, regionCode: options.region ?? null });
          io.stderr(`token ${created.id} (${created.role}${created.regionCode ? ` ${created.regionCode}` : ''}) — store it now, it cannot be shown again:\n`);
          io.stdout(`${created.secret}\n`);
        });
      });
    token
      .command('list')
      .description('列出令牌 (list tokens)')
      .option('--database-url <url>', 'PostgreSQL URL (default: embedded in DATA_DIR)')
      .action(async (options: DbOptions) => {
        await withContext(io, options, async (context) => {
          for (const t of await context.tokensService.list()) {
            const state = t.revokedAt ? `revoked ${t.revokedAt.toISOString()}` : 'active';
            io.stdout(`${t.id}  ${t.role.padEnd(6)}  ${(t.regionCode ?? '-').padEnd(6)}  ${state}  ${t.lastUsedAt ? `last used ${t.lastUsedAt.toISOString()}` : 'never used'}  ${t.name}\n`);
          }
        });
      });
    token
      .command('revoke')
      .description('撤销令牌 (revoke a token)')
      .argument('<id>', '令牌 id (token id)')
      .option('--database-url <url>', 'PostgreSQL URL (default: embedded in DATA_DIR)')
      .action(async (id: string, options: DbOptions) => {
        await withContext(io, options, async (context) => {
          await context.tokensService.revoke(id);
          io.stdout(`revoked ${id}\n`);
        });
      });
  },
};

async function withContext(io: CliIo, options: DbOptions, fn: (context: Awaited<ReturnType<typeof openApiContext>>) => Promise<void>): Promise<void> {
  let context: Awaited<ReturnType<typeof openApiContext>>;
  try {
    context = await openApiContext(process.env, { databaseUrl: options.databaseUrl });
  } catch (error) {
    io.stderr(`Cannot open the database: ${error instanceof Error ? error.message : String(error)}\n`);
    io.exitCode = EXIT.INTERNAL;

    return;
  }
  try {
    await fn(context);
  } catch (error) {
    if (error instanceof AuthException) {
      io.stderr(`${error.messageZh ?? ''} ${error.message}\n`);
      io.exitCode = EXIT.USAGE;
    } else {
      io.stderr(`Internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      io.exitCode = EXIT.INTERNAL;
    }
  } finally {
    await context.close();
  }
}
