import { type Readable } from 'node:stream';

import { IngestionException, IngestionExceptionCode } from '../ingestion.exception';

/** Reads a stream into memory, refusing (and discarding the rest) once it passes `maxBytes`. */
export async function readStreamLimited(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    total += buffer.byteLength;
    if (total > maxBytes) {
      stream.destroy();
      throw new IngestionException(IngestionExceptionCode.FILE_TOO_LARGE, `The file exceeds ${maxBytes} bytes`);
    }
    chunks.push(buffer);
  }

  return Buffer.concat(chunks, total);
}
