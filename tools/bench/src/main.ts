import { writeSection } from './lib/benchmarks-doc';
import { benchmarksDocPath, realCorpusDir } from './lib/paths';
import { CLI_INGEST_USAGE, runCliIngestCommand } from './ingest-cli.bench';
import { INGEST_USAGE, IngestInterruptedError, runIngestCommand } from './ingest.bench';
import { LOAD_USAGE, runLoadCommand } from './load.bench';
import { DEFAULT_PARSE_BENCH_OPTIONS, renderParseMarkdown, runParseBench } from './parse.bench';
import { QUERY_USAGE, runQueryCommand } from './query.bench';

const USAGE = `usage: npm run bench -- <benchmark> [options]    (or: node tools/bench/dist/main.js <benchmark> [options])

benchmarks:
  parse     parse time per document and format (real corpus + generated samples)
${INGEST_USAGE}
${CLI_INGEST_USAGE}
${QUERY_USAGE}
${LOAD_USAGE}

options:
  --write           update this benchmark's section of docs/BENCHMARKS.md
  --runs <n>        timed runs per txt/html document (default ${DEFAULT_PARSE_BENCH_OPTIONS.runs})
  --docx-runs <n>   timed runs per docx document (default ${DEFAULT_PARSE_BENCH_OPTIONS.docxRuns})
  --pdf-runs <n>    timed runs per PDF (default ${DEFAULT_PARSE_BENCH_OPTIONS.pdfRuns})
  --samples <n>     generated documents per format (default ${DEFAULT_PARSE_BENCH_OPTIONS.samplesPerFormat})
  --seed <n>        generator seed (default ${DEFAULT_PARSE_BENCH_OPTIONS.seed})
  --extra <dir>     also measure every document in <dir> (e.g. real-producer variants, see libs/report-parser/src/producers.spec.ts);
                    .doc/.rtf/.odt/.wps files there are converted by LibreOffice first (libs/document-convert/src/corpus-variants.spec.ts)
  --convert-runs <n> LibreOffice conversions per office document of --extra (default ${DEFAULT_PARSE_BENCH_OPTIONS.convertRuns})
`;

type Args = { name: string | undefined; write: boolean; numbers: Map<string, number>; extra?: string };

const NUMBER_FLAGS = new Set(['--runs', '--docx-runs', '--pdf-runs', '--samples', '--seed', '--convert-runs']);

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { name: undefined, write: false, numbers: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--write') args.write = true;
    else if (arg === '--extra') {
      const dir = argv[++i];
      if (!dir) throw new Error('--extra needs a folder');
      args.extra = dir;
    } else if (NUMBER_FLAGS.has(arg)) {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${arg} needs a positive integer`);
      args.numbers.set(arg, value);
    } else if (!arg.startsWith('-') && args.name === undefined) args.name = arg;
    else throw new Error(`unknown argument ${arg}`);
  }

  return args;
}

async function main(argv: readonly string[]): Promise<number> {
  // ingest/query/load parse their own options (tools/bench/src/{ingest,query,load}.bench.ts).
  const own = { ingest: runIngestCommand, 'ingest-cli': runCliIngestCommand, query: runQueryCommand, load: runLoadCommand }[argv[0] ?? ''];
  if (own) {
    const log = (line: string) => process.stderr.write(`${line}\n`);
    const { markdown, write } = await own(argv, log);
    process.stdout.write(markdown);
    if (write) writeSection(benchmarksDocPath(), argv[0] as string, markdown);

    return 0;
  }
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);

    return 64;
  }
  if (args.name !== 'parse') {
    process.stderr.write(args.name ? `unknown benchmark ${args.name}\n\n${USAGE}` : USAGE);

    return args.name ? 64 : 0;
  }
  const defaults = DEFAULT_PARSE_BENCH_OPTIONS;
  const options = {
    runs: args.numbers.get('--runs') ?? defaults.runs,
    docxRuns: args.numbers.get('--docx-runs') ?? defaults.docxRuns,
    pdfRuns: args.numbers.get('--pdf-runs') ?? defaults.pdfRuns,
    samplesPerFormat: args.numbers.get('--samples') ?? defaults.samplesPerFormat,
    seed: args.numbers.get('--seed') ?? defaults.seed,
    convertRuns: args.numbers.get('--convert-runs') ?? defaults.convertRuns,
    corpusDir: realCorpusDir(),
    ...(args.extra ? { extraDir: args.extra } : {}),
    log: (line: string) => process.stderr.write(`${line}\n`),
  };
  const result = await runParseBench(options);
  // The command that reproduces these figures, as it would be typed from the repository root.
  const extra = argv.filter((a) => a !== 'parse' && a !== '--write');
  const command = ['npm run bench -- parse', ...extra, '--write'].join(' ');
  const markdown = renderParseMarkdown(result, command);
  process.stdout.write(markdown);
  if (args.write) {
    writeSection(benchmarksDocPath(), 'parse', markdown);
    process.stderr.write(`updated ${benchmarksDocPath()}\n`);
  }

  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // An interrupted ingest is an expected outcome (the database went away): its one line, exit 75 (EX_TEMPFAIL:
      // try again, with --resume). Anything else is a bug: the stack.
      if (error instanceof IngestInterruptedError) {
        process.stderr.write(`${error.message}\n`);
        process.exitCode = 75;

        return;
      }
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 70;
    },
  );
}
