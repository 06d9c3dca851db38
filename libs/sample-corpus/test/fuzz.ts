import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as iconv from 'iconv-lite';

import { Prng, renderSample, type SampleFormat } from '../src';
import { manySamples } from './helpers';

export type FuzzFormat = SampleFormat;
export type FuzzSeed = { id: string; format: FuzzFormat; bytes: Uint8Array };
export type FuzzCase = { id: string; format: FuzzFormat; bytes: Uint8Array };
export type FuzzFailure = { case: string; problem: string };

/** Where the real corpus lives relative to this file (../shared/corpus/real from the repo root). */
export const REAL_CORPUS = join(__dirname, '../../../../shared/corpus/real');

/** Real documents the sync parser reads (txt and HTML; the PDFs need the async path). */
export function realSeeds(): FuzzSeed[] {
  if (!existsSync(REAL_CORPUS)) return [];
  const seeds: FuzzSeed[] = [];
  for (const dir of readdirSync(REAL_CORPUS).sort()) {
    for (const [file, format] of [
      ['report.txt', 'txt'],
      ['page.html', 'html'],
    ] as const) {
      const path = join(REAL_CORPUS, dir, file);
      if (existsSync(path)) seeds.push({ id: `real:${dir}/${file}`, format, bytes: new Uint8Array(readFileSync(path)) });
    }
  }

  return seeds;
}

export function generatedSeeds(count: number, seed: string): FuzzSeed[] {
  const formats: FuzzFormat[] = ['txt', 'html', 'docx'];

  return manySamples(count, seed).map((s, i) => {
    const format = formats[i % 3] as FuzzFormat;
    return { id: `gen:${s.id}.${format}`, format, bytes: renderSample(s, format) };
  });
}

// ------------------------------------------------------------------ mutations

type Mutation = { name: string; apply: (seed: FuzzSeed, rng: Prng) => Uint8Array };

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');
const utf8 = (b: Uint8Array) => Buffer.from(b).toString('utf8');

/** Applies a text edit to a document whatever its container: txt/HTML bytes or docx word/document.xml. */
function editText(seed: FuzzSeed, edit: (text: string) => string): Uint8Array {
  if (seed.format === 'docx') {
    const files = unzipSync(seed.bytes);
    const doc = files['word/document.xml'];
    if (!doc) return seed.bytes;
    files['word/document.xml'] = strToU8(edit(strFromU8(doc)));

    return zipSync(files, { level: 1, mtime: new Date(Date.UTC(2020, 0, 1)) });
  }
  const gbk = /charset=gb/i.test(latin1(seed.bytes.subarray(0, 2048)));
  const text = gbk ? iconv.decode(Buffer.from(seed.bytes), 'gbk') : utf8(seed.bytes);
  const out = edit(text);

  return gbk ? new Uint8Array(iconv.encode(out, 'gbk')) : new Uint8Array(Buffer.from(out, 'utf8'));
}

/** Table rows as the container marks them: <tr>…</tr>, <w:tr>…</w:tr>, or blank-line blocks in txt. */
function editRows(seed: FuzzSeed, rng: Prng, op: 'shuffle' | 'drop'): Uint8Array {
  return editText(seed, (text) => {
    const pattern = seed.format === 'docx' ? /<w:tr>[\s\S]*?<\/w:tr>/g : seed.format === 'html' ? /<tr[\s>][\s\S]*?<\/tr>/gi : /(?:^\t[^\n]*\n(?:[^\t\n][^\n]*\n)*)+\n/gm;
    const rows = [...text.matchAll(pattern)].map((m) => ({ start: m.index ?? 0, text: m[0] }));
    if (rows.length < 2) return text;
    const from = rng.int(0, rows.length - 2);
    const to = Math.min(rows.length, from + rng.int(2, 12));
    const window = rows.slice(from, to);
    const replacement = window.map((r) => r.text);
    if (op === 'shuffle') {
      for (let i = replacement.length - 1; i > 0; i--) {
        const j = rng.int(0, i);
        [replacement[i], replacement[j]] = [replacement[j] as string, replacement[i] as string];
      }
    } else {
      replacement.forEach((_, i) => {
        if (rng.chance(0.5)) replacement[i] = '';
      });
    }
    // Keep everything between the rows as it was; put the window's rows back in their new order.
    const first = window[0] as { start: number };
    let out = text.slice(0, first.start);
    let pos = first.start;
    window.forEach((r, k) => {
      out += text.slice(pos, r.start) + (replacement[k] ?? '');
      pos = r.start + r.text.length;
    });

    return out + text.slice(pos);
  });
}

export const MUTATIONS: readonly Mutation[] = [
  { name: 'truncate', apply: (s, rng) => s.bytes.slice(0, rng.int(0, s.bytes.length - 1)) },
  {
    name: 'byte-flips',
    apply: (s, rng) => {
      const out = s.bytes.slice();
      const flips = rng.int(1, 24);
      for (let i = 0; i < flips && out.length > 0; i++) {
        const at = rng.int(0, out.length - 1);
        out[at] = (out[at] as number) ^ (1 << rng.int(0, 7));
      }
      return out;
    },
  },
  { name: 'shuffle-rows', apply: (s, rng) => editRows(s, rng, 'shuffle') },
  { name: 'drop-rows', apply: (s, rng) => editRows(s, rng, 'drop') },
  {
    name: 'enormous-cell',
    apply: (s, rng) => {
      const filler = rng.pick(['9', '零', '1,', ' ', '一、本年新收']).repeat(rng.int(200_000, 1_000_000));
      if (s.format === 'txt') return editText(s, (t) => t.replace(/\n\t(\d+)\n/, `\n\t$1${filler}\n`));
      if (s.format === 'html') return editText(s, (t) => t.replace(/<td([^>]*)>/i, `<td$1>${filler}`));
      return editText(s, (t) => t.replace('<w:t xml:space="preserve">', `<w:t xml:space="preserve">${filler}`));
    },
  },
  {
    name: 'deep-nesting',
    apply: (s, rng) => {
      const depth = rng.int(5_000, 60_000);
      if (s.format === 'txt') return editText(s, (t) => `${'\t'.repeat(depth)}\n${t}`);
      if (s.format === 'html') return editText(s, (t) => t.replace(/<table/i, `${'<div><span>'.repeat(depth)}<table`));
      return editText(s, (t) => t.replace('<w:body>', `<w:body>${'<w:sdt><w:sdtContent>'.repeat(depth)}`));
    },
  },
  {
    name: 'wrong-encoding',
    apply: (s, rng) => {
      if (s.format === 'docx') return s.bytes.slice(0, Math.max(0, s.bytes.length - rng.int(1, 200)));
      const gbk = /charset=gb/i.test(latin1(s.bytes.subarray(0, 2048)));
      const text = gbk ? iconv.decode(Buffer.from(s.bytes), 'gbk') : utf8(s.bytes);
      const target = rng.pick(['gbk', 'big5', 'utf16le', 'utf16be', 'latin1-mojibake'] as const);
      if (target === 'latin1-mojibake') return new Uint8Array(Buffer.from(Buffer.from(text, 'utf8').toString('latin1'), 'utf8'));
      // Encoded one way, declared (if at all) another.
      return new Uint8Array(iconv.encode(text, target));
    },
  },
];

/** A deterministic list of cases: each seed document under each mutation, cycling, with its own stream. */
export function fuzzCases(seeds: readonly FuzzSeed[], count: number, seed: string): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (let i = 0; i < count && seeds.length > 0; i++) {
    // Every seed document goes through every mutation in turn.
    const mutation = MUTATIONS[i % MUTATIONS.length] as Mutation;
    const source = seeds[Math.floor(i / MUTATIONS.length) % seeds.length] as FuzzSeed;
    const rng = new Prng(seed, `fuzz:${i}`);
    cases.push({ id: `#${i} ${mutation.name} of ${source.id}`, format: source.format, bytes: mutation.apply(source, rng) });
  }

  return cases;
}

// ------------------------------------------------------------------ checks

/** Text the numbers must come from: ASCII digits are the same bytes in UTF-8, GBK and latin1; docx XML. */
function searchableText(c: FuzzCase): string | null {
  if (c.format !== 'docx') {
    // UTF-16 puts NULs between ASCII digits; drop them so digits stay findable.
    return latin1(c.bytes).replace(/\0/g, '');
  }
  try {
    return Object.values(unzipSync(c.bytes))
      .map((f) => strFromU8(f, true))
      .join('\n');
  } catch {
    return null;
  }
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

/** True when `digits` occurs in `text` as a whole number (no digit directly before or after it). */
function occursAsNumber(text: string, digits: string): boolean {
  for (let at = text.indexOf(digits); at !== -1; at = text.indexOf(digits, at + 1)) {
    if (!isDigit(text[at - 1]) && !isDigit(text[at + digits.length])) return true;
  }

  return false;
}

const short = (s: string) => (s.length > 40 ? `${s.slice(0, 20)}…(${s.length} chars)` : s);

type WorkerResult =
  | { kind: 'report'; values: { key: string; value: string | null; raw: string; state: string; money: boolean; hasProvenance: boolean }[] }
  | { kind: 'typed-error'; code: string }
  | { kind: 'untyped-error'; message: string };

/** How long an answer may take to become readable after the worker has flagged it. */
const ANSWER_GRACE_MS = 2_000;

/**
 * The parser in a worker thread with a per-case watchdog: the calling thread blocks on a shared flag for
 * at most `boundMs`; a case that runs longer fails and the worker is terminated and replaced.
 */
export class ParserWatchdog {
  private worker: Worker | null = null;
  private port: MessagePort | null = null;
  private signal = new Int32Array(new SharedArrayBuffer(4));

  constructor(private readonly boundMs: number) {}

  private start(): void {
    const { port1, port2 } = new MessageChannel();
    const ready = new Int32Array(new SharedArrayBuffer(4));
    this.signal = ready;
    this.worker = new Worker(join(__dirname, 'fuzz-worker.js'), {
      workerData: { root: join(__dirname, '../../..'), port: port2, signal: ready },
      transferList: [port2],
    });
    this.worker.unref();
    this.port = port1;
  }

  run(c: FuzzCase): { result: WorkerResult | null; ms: number } {
    if (!this.worker) this.start();
    Atomics.store(this.signal, 0, 0);
    const started = process.hrtime.bigint();
    (this.port as MessagePort).postMessage({ id: c.id, bytes: c.bytes, format: c.format });
    // The first case also pays for loading the parser; give it a generous start-up allowance.
    const status = Atomics.wait(this.signal, 0, 0, this.boundMs + (this.warm ? 0 : 30_000));
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (status === 'timed-out') {
      void this.worker?.terminate();
      this.worker = null;
      this.warm = false;

      return { result: null, ms };
    }
    this.warm = true;

    return { result: this.answerTo(c.id), ms };
  }

  /**
   * The worker's answer to case `id`. The flag can be seen set a moment before the message is readable on the
   * port (seen on a busy machine), and a late answer to an earlier case must never be taken for this one's:
   * so read until this case's id shows up, dropping older answers, for at most ANSWER_GRACE_MS.
   */
  private answerTo(id: string): WorkerResult | null {
    const until = Date.now() + ANSWER_GRACE_MS;
    const pause = new Int32Array(new SharedArrayBuffer(4));
    for (;;) {
      const message = receiveMessageOnPort(this.port as MessagePort)?.message as { id: string; result: WorkerResult } | undefined;
      if (message?.id === id) return message.result;
      if (message) continue;
      if (Date.now() > until) return null;
      Atomics.wait(pause, 0, 0, 1);
    }
  }

  private warm = false;

  close(): void {
    void this.worker?.terminate();
    this.port?.close();
    this.worker = null;
  }
}

/** Runs one case under the watchdog and returns what is wrong with the outcome (empty when fine). */
export function checkCase(c: FuzzCase, watchdog: ParserWatchdog, boundMs: number): FuzzFailure[] {
  const failures: FuzzFailure[] = [];
  const { result, ms } = watchdog.run(c);
  if (result === null) {
    const problem = ms >= boundMs ? `watchdog: no answer within ${boundMs} ms (${ms.toFixed(0)} ms waited)` : `the worker flagged an answer that never arrived (after ${ms.toFixed(0)} ms)`;

    return [{ case: c.id, problem }];
  }
  if (result.kind === 'untyped-error') return [{ case: c.id, problem: `threw an untyped error: ${short(result.message)}` }];
  if (result.kind === 'typed-error') return failures;

  const text = searchableText(c);
  for (const v of result.values) {
    if (v.state === 'derived' || v.value === null) continue;
    if (!v.hasProvenance) failures.push({ case: c.id, problem: `${v.key} = ${short(v.value)} has no provenance` });
    if (text === null) continue;
    // The number as printed (raw) must occur in the input as a whole number, and a count must be that
    // number (money is converted to 元, so only its printed form is checked).
    const printed = v.raw.replace(/\s+/g, '').match(/[0-9]+(?:\.[0-9]+)?/)?.[0] ?? '';
    const same = v.money || (printed !== '' && BigInt(printed.split('.')[0] as string) === BigInt(v.value.replace(/^[-+]/, '').split('.')[0] as string));
    if (printed === '' || !occursAsNumber(text, printed) || !same) {
      failures.push({ case: c.id, problem: `${v.key} = ${short(v.value)} (raw '${short(v.raw)}') does not occur in the input` });
    }
  }

  return failures;
}
