import { type AuditActor } from '@gongkai/database';

/** The audit trail's actor for a command writing to the database itself (through the api, the token speaks). */
export const CLI_ACTOR: AuditActor = Object.freeze({ tokenId: null, name: 'cli', role: null, address: null, requestId: null });
