// Runs the parser (TypeScript sources, transpiled with swc on load) in a worker thread so the fuzz suite
// can enforce a per-case time bound: the test thread waits on a shared flag with a timeout and
// terminates the worker when a case hangs. Plain JS because worker threads do not go through Jest.
const { parentPort, workerData } = require('node:worker_threads');
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');

const root = workerData.root;
const aliases = {
  '@gongkai/domain': 'libs/domain/src/index.ts',
  '@gongkai/report-parser': 'libs/report-parser/src/index.ts',
  '@gongkai/regions': 'libs/regions/src/index.ts',
};
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (aliases[request]) return path.join(root, aliases[request]);
  return resolve.call(this, request, parent, ...rest);
};
Module._extensions['.ts'] = function (module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = swc.transformSync(source, {
    filename,
    jsc: { target: 'es2022', parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true } },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};

const { parseReportSync, isReportParseError } = require('@gongkai/report-parser');
const { port, signal } = workerData;

parentPort.postMessage('ready');
port.on('message', (job) => {
  let result;
  try {
    const parsed = parseReportSync(job.bytes, { format: job.format });
    result = {
      kind: 'report',
      values: Object.values(parsed.values).map((v) => ({
        key: v.key,
        value: v.value,
        raw: v.raw,
        state: v.state,
        money: v.printedUnit !== undefined,
        hasProvenance: v.provenance !== null,
      })),
    };
  } catch (error) {
    result = isReportParseError(error)
      ? { kind: 'typed-error', code: error.code }
      : { kind: 'untyped-error', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  port.postMessage({ id: job.id, result });
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});
