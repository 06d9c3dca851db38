import { Option } from 'commander';

import {
  type CreatedToken,
  ROLES,
  type Role,
  type TokenSummary,
  TokenStoreError,
  createToken,
  listTokens,
  poolConnectionsQuery,
  revokeToken,
  withTransaction,
} from '@gongkai/database';

import { type CliIo } from '../io';
import { CLI_ACTOR } from '../store/cli-actor';
import { withStore } from '../store/open-store';
import { type CliCommand } from './cli-command';

type DbOptions = { databaseUrl?: string };

/** What the token sub-commands need, whichever way the database is reached. */
type Tokens = { create(input: { name: string; role: Role; regionCode: string | null }): Promise<CreatedToken>; list(): Promise<TokenSummary[]>; revoke(id: string): Promise<void> };

/**
 * `gongkai token create|list|revoke`: API bearer tokens. The secret is printed once, on its own line. With an
 * embedded database that a running api owns, the api makes the token (so that server knows it).
 */
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
        await withTokens(io, options, 'gongkai token create', async (tokens) => {
          const created = await tokens.create({ name: options.name, role: options.role, regionCode: options.region ?? null });
          io.stderr(`token ${created.id} (${created.role}${created.regionCode ? ` ${created.regionCode}` : ''}) — store it now, it cannot be shown again:\n`);
          io.stdout(`${created.secret}\n`);
        });
      });
    token
      .command('list')
      .description('列出令牌 (list tokens)')
      .option('--database-url <url>', 'PostgreSQL URL (default: embedded in DATA_DIR)')
      .action(async (options: DbOptions) => {
        await withTokens(io, options, 'gongkai token list', async (tokens) => {
          for (const t of await tokens.list()) {
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
        await withTokens(io, options, 'gongkai token revoke', async (tokens) => {
          await tokens.revoke(id);
          io.stdout(`revoked ${id}\n`);
        });
      });
  },
};

async function withTokens(io: CliIo, options: DbOptions, command: string, fn: (tokens: Tokens) => Promise<void>): Promise<void> {
  await withStore(io, { databaseUrl: options.databaseUrl, command, writers: 1, usageErrors: [TokenStoreError] }, async (store) => {
    if (store.kind === 'api') {
      io.stderr(`服务器正在使用该内嵌数据库：令牌由服务器 ${store.api.url} 管理。\n`);
      const api = store.api;
      await fn({ create: (input) => api.createToken(input), list: () => api.listTokens(), revoke: (id) => api.revokeToken(id) });
    } else {
      const db = poolConnectionsQuery(store.connections);
      const cli = CLI_ACTOR;
      await fn({
        create: (input) => withTransaction(store.connections, (client) => createToken(client, input, cli)),
        list: () => listTokens(db),
        revoke: (id) => withTransaction(store.connections, (client) => revokeToken(client, id, cli)),
      });
    }
  });
}
