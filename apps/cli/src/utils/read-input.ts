import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';

/** The file named on the command line could not be read at all (before any parsing). */
export class InputFileError extends Error {
  readonly code: 'FILE_NOT_FOUND' | 'IS_A_DIRECTORY' | 'FILE_UNREADABLE';
  readonly messageZh: string;
  readonly messageEn: string;

  constructor(code: InputFileError['code'], path: string, cause?: unknown) {
    const text = {
      FILE_NOT_FOUND: { zh: `找不到文件：${path}`, en: `No such file: ${path}` },
      IS_A_DIRECTORY: { zh: `这是一个目录，不是文件：${path}`, en: `This is a directory, not a file: ${path}` },
      FILE_UNREADABLE: { zh: `无法读取文件：${path}`, en: `Cannot read the file: ${path}` },
    }[code];
    super(text.en, { cause });
    this.name = 'InputFileError';
    this.code = code;
    this.messageZh = text.zh;
    this.messageEn = text.en;
  }
}

export type InputFile = { path: string; fileName: string; bytes: Uint8Array };

function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }

  return undefined;
}

/** Reads a whole file as bytes; the parser detects the format and encoding itself. */
export async function readInputFile(path: string, cwd: string): Promise<InputFile> {
  const absolute = resolve(cwd, path);
  try {
    const bytes = await readFile(absolute);

    return { path: absolute, fileName: basename(absolute), bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT') throw new InputFileError('FILE_NOT_FOUND', path, error);
    if (code === 'EISDIR') throw new InputFileError('IS_A_DIRECTORY', path, error);
    throw new InputFileError('FILE_UNREADABLE', path, error);
  }
}
