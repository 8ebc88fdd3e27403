import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Command, Option } from 'commander';
import { REPORT_FORMATS, type ReportFormat } from '@mmt/domain';
import { answered } from '../api/api-errors.js';
import type { ConnectionOptions } from '../api/connection.js';
import { CliError, EXIT } from '../cli-error.js';
import { printJson } from '../output.js';
import { reasonOf } from '../scan/walk.js';
import { connect, withServerOptions } from './server-options.js';

interface ReportOptions extends ConnectionOptions {
  format?: ReportFormat;
  asOf?: string;
  output?: string;
  json?: boolean;
}

const BINARY_FORMATS: readonly ReportFormat[] = ['pdf', 'md-zip'];
const FORMAT_OF_EXTENSION: Record<string, ReportFormat> = {
  '.csv': 'csv',
  '.md': 'md',
  '.zip': 'md-zip',
  '.json': 'json',
  '.pdf': 'pdf',
};

/** `--format`, else the one `-o`'s extension names, else JSON. */
const formatOf = (options: ReportOptions): ReportFormat =>
  options.format ?? FORMAT_OF_EXTENSION[extname(options.output ?? '').toLowerCase()] ?? 'json';

function checkUsage(format: ReportFormat, options: ReportOptions): void {
  if (options.output !== undefined) return;
  if (options.json && format !== 'json') {
    throw new CliError(
      `--json prints a JSON document: with --format ${format}, write the report with -o FILE`,
      EXIT.usage,
    );
  }
  if (BINARY_FORMATS.includes(format) && process.stdout.isTTY) {
    throw new CliError(`a ${format} report is not for a terminal: pass -o FILE or redirect the output`, EXIT.usage);
  }
}

/** Writes the body as it arrives; a file left half-written by an error is removed. */
async function save(body: WebReadableStream<Uint8Array>, output: string | undefined): Promise<void> {
  const source = Readable.fromWeb(body);
  if (output === undefined) {
    await pipeline(source, process.stdout as Writable, { end: false });
    return;
  }
  try {
    await pipeline(source, createWriteStream(output));
  } catch (error) {
    await rm(output, { force: true });
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code && !code.startsWith('UND_ERR'))
      throw new CliError(`cannot write ${output}: ${reasonOf(error)}`, EXIT.usage);
    throw new CliError(`the report stopped arriving (${reasonOf(error)}): try again`, EXIT.server);
  }
}

/** `mmt report`: the status report, streamed to a file or to stdout. */
export function reportCommand(): Command {
  return withServerOptions(
    new Command('report')
      .description('download the status report (CSV, Markdown, JSON or PDF) to a file or stdout')
      .addOption(
        new Option('--format <format>', 'the report’s format (default: from -o’s extension, else json)').choices(
          REPORT_FORMATS,
        ),
      )
      .option('--as-of <date>', 'the report as of a date (YYYY-MM-DD, the end of that day UTC) or an ISO timestamp')
      .option('-o, --output <file>', 'write the report to this file instead of stdout')
      .option('--json', 'with -o: print what was written as one JSON document'),
  ).action(async (options: ReportOptions) => {
    const format = formatOf(options);
    checkUsage(format, options);
    const api = connect(options);
    const body = await answered(
      api.GET('/api/reports/status', { params: { query: { format, asOf: options.asOf } }, parseAs: 'stream' }),
    );
    await save(body, options.output);
    if (options.output === undefined) return;
    const { size } = await stat(options.output);
    if (options.json) printJson({ file: options.output, format, asOf: options.asOf ?? null, bytes: size });
    else process.stderr.write(`mmt: wrote ${options.output} (${format}, ${size} bytes)\n`);
  });
}
