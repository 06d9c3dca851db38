// pg-copy-streams ships no types: the one function used here.
declare module 'pg-copy-streams' {
  import { type Writable } from 'node:stream';

  export function from(sql: string): Writable & { submit(connection: unknown): void };
}
