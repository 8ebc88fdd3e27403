import type { ReportSource, Write } from './report-source.js';

const pad = (depth: number) => ' '.repeat(depth);
const indented = (value: unknown, depth: number) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad(depth)}`);
const property = (key: string, value: unknown, depth: number) =>
  `${pad(depth)}${JSON.stringify(key)}: ${indented(value, depth)}`;

/** The rest of a JSON array opened at `depth` (after its `[`), its items as they come, then `]`. */
async function writeItems(write: Write, pages: AsyncIterable<readonly unknown[]>, depth: number): Promise<void> {
  let empty = true;
  for await (const page of pages) {
    if (page.length === 0) continue;
    const items = page.map((item) => `${pad(depth + 2)}${indented(item, depth + 2)}`).join(',\n');
    await write(`${empty ? '\n' : ',\n'}${items}`);
    empty = false;
  }
  await write(empty ? ']' : `\n${pad(depth)}]`);
}

/**
 * The JSON report (`statusReportSchema`) written as it is read: the same text as
 * `JSON.stringify(report, null, 2)`, the models and changes a page at a time.
 */
export async function writeJsonReport(source: ReportSource, write: Write): Promise<void> {
  const head = Object.entries(source.head).map(([key, value]) => property(key, value, 2));
  await write(`{\n${head.join(',\n')},\n`);
  const { summary, findings } = await source.overview();
  await write(`${property('summary', summary, 2)},\n${property('findings', findings, 2)},\n  "models": [`);
  await writeItems(write, source.models(), 2);
  const changes = await source.changes();
  await write(`,\n  "changesSinceLastReview": {\n${property('since', changes.since, 4)},\n    "items": [`);
  await writeItems(write, changes.pages, 4);
  await write('\n  }\n}');
}
