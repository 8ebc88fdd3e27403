import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import {
  changeLine,
  evaluate,
  groupBy,
  REPORT_SCHEMA_VERSION,
  REPORT_TITLE,
  reportCsvRow,
  reportFileName,
  toIsoDate,
  toReportModel,
  type PolicyVersion,
  type ReportFormat,
  type ReportModel,
} from '@mmt/domain';
import { ChartsService } from '../charts/charts.service.js';
import { PrismaService } from '../database/prisma.service.js';
import { AnswerCache, type DataArea } from '../database/answer-cache.js';
import { CodeDriftRepository } from '../drift/code-drift.repository.js';
import { toModel } from '../models/model.mapper.js';
import { ReviewsService } from '../reviews/reviews.service.js';
import { VerdictService } from '../verdicts/verdict.service.js';
import { csvChunks } from './csv.writer.js';
import { writeJsonReport } from './json.writer.js';
import { writeMarkdownZip } from './markdown-zip.writer.js';
import { writeMarkdown } from './markdown.writer.js';
import { writePdf } from './pdf.writer.js';
import { ReportPortfolioRepository, type PortfolioItem } from './report-portfolio.repository.js';
import { reportOverview, type ReportSource, type Write } from './report-source.js';

// Models (or changes) read per statement: one page of a file.
const PAGE_SIZE = 100;
/** Models whose changes since the last review are asked for at once (the CSV's last column). */
const CHANGES_BATCH = 1_000;
const REPORT_READS: readonly DataArea[] = ['models', 'exceptions', 'policy', 'reviews', 'scans'];

export interface ReportFile {
  fileName: string;
  contentType: string;
  body: Readable;
  /** Known when the file was ready before the request. */
  length: number | null;
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  'md-zip': 'application/zip',
  json: 'application/json; charset=utf-8',
  pdf: 'application/pdf',
};

@Injectable()
export class ReportsService {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly verdicts: VerdictService,
    private readonly portfolio: ReportPortfolioRepository,
    private readonly cache: AnswerCache,
    private readonly charts: ChartsService,
    private readonly prisma: PrismaService,
    private readonly drift: CodeDriftRepository,
  ) {}

  /**
   * The report as a file to download, every format streamed: written page by page from one
   * snapshot into a file each client reads at its own pace, so memory stays flat however large
   * the portfolio and the first bytes leave at once.
   */
  async export(format: ReportFormat, asOf?: Date): Promise<ReportFile> {
    const instant = asOf ?? new Date();
    const written = await this.cache.file(
      `status report ${format} ${asOf?.toISOString() ?? 'now'}`,
      (write) => this.prisma.readSnapshot(() => this.write(format, asOf, instant, write)),
      // The changes since the last review make every format read the reviews and the scans too;
      // they are judged now whatever the asOf, and the models are listed by their names now.
      { asOf, reads: REPORT_READS, readsOfToday: REPORT_READS },
    );
    return {
      fileName: reportFileName(toIsoDate(instant), format),
      contentType: CONTENT_TYPES[format],
      body: written.body,
      length: written.length,
    };
  }

  private async write(format: ReportFormat, asOf: Date | undefined, instant: Date, write: Write): Promise<void> {
    if (format === 'csv') {
      for await (const chunk of csvChunks(this.csvPages(asOf, instant))) await write(chunk);
      return;
    }
    const source = await this.source(asOf, instant);
    // The charts open the PDF and travel with the Markdown in its zip: drawn over the range the Overview opens on.
    const charts = () => this.charts.all({ asOf, weeks: undefined });
    switch (format) {
      case 'json':
        return writeJsonReport(source, write);
      case 'md':
        return writeMarkdown(source, write);
      case 'md-zip':
        return writeMarkdownZip(source, write, await charts());
      case 'pdf':
        return writePdf(source, write, charts());
    }
  }

  /** The status report at `asOf` as its files read it: a head, then pages read as they are written. */
  private async source(asOf: Date | undefined, instant: Date): Promise<ReportSource> {
    const { policy } = await this.verdicts.policyAt(instant);
    const models = () => this.reportModels(asOf, instant, policy);
    return {
      head: {
        schemaVersion: REPORT_SCHEMA_VERSION,
        title: REPORT_TITLE,
        asOf: instant.toISOString(),
        date: toIsoDate(instant),
        generatedAt: new Date().toISOString(),
        policy,
      },
      overview: async () =>
        reportOverview(models(), { codeDisagrees: await this.drift.disagreementCount(asOf ?? null) }),
      models,
      changes: () => this.changesSinceLastReview(),
    };
  }

  /** Every model at `asOf` (or now) judged under `policy`, a page at a time by name. */
  private async *reportModels(
    asOf: Date | undefined,
    instant: Date,
    policy: PolicyVersion,
  ): AsyncGenerator<ReportModel[]> {
    for await (const items of this.portfolioPages(asOf))
      yield items.map((item) => this.reportModel(item, policy, instant));
  }

  /** A model of the page as the report shows it: judged by the same rule and inputs as VerdictService.judge, the policy read once. */
  private reportModel({ meta, state, exceptions }: PortfolioItem, policy: PolicyVersion, instant: Date): ReportModel {
    const verdict = evaluate(state, policy, toIsoDate(instant), exceptions, instant);
    return toReportModel(toModel(meta, state, verdict), policy);
  }

  private async *portfolioPages(asOf: Date | undefined): AsyncGenerator<PortfolioItem[]> {
    let after: string | null = null;
    for (;;) {
      const page = await this.portfolio.page(asOf, after, PAGE_SIZE);
      if (page.last === null) return;
      yield page.items;
      after = page.last;
    }
  }

  /**
   * The CSV rows, a page of models at a time, each row with its model's changes since the last
   * review as the review's groups list them (judged now whatever the report's asOf).
   */
  private async *csvPages(asOf: Date | undefined, instant: Date): AsyncGenerator<string[][]> {
    const [{ policy }, changesOf] = await Promise.all([
      this.verdicts.policyAt(instant),
      this.reviews.modelChanges(new Date()),
    ]);
    const context = { asOf: instant.toISOString(), policyVersion: policy.id };
    const rowsOf = async (items: PortfolioItem[]) => {
      const changes = groupBy(await changesOf(items.map((item) => item.meta.id)), (change) => change.modelId);
      return items.map((item) =>
        reportCsvRow(this.reportModel(item, policy, instant), {
          ...context,
          changes: (changes.get(item.meta.id) ?? []).map(changeLine),
          code: item.code,
        }),
      );
    };
    // Each question of the changes reads the review's groups once: asked per 1,000 models, not per page.
    let batch: PortfolioItem[] = [];
    for await (const items of this.portfolioPages(asOf)) {
      batch.push(...items);
      if (batch.length >= CHANGES_BATCH) {
        yield await rowsOf(batch);
        batch = [];
      }
    }
    if (batch.length > 0) yield await rowsOf(batch);
  }

  /** Every change since the last review, judged now whatever the report's asOf. */
  private async changesSinceLastReview(): Promise<Awaited<ReturnType<ReportSource['changes']>>> {
    const { since, total, pages } = await this.reviews.allChanges(new Date(), PAGE_SIZE);
    async function* reportChanges() {
      for await (const page of pages) {
        yield page.map(({ kind, modelId, modelName, at, summary }) => ({ kind, modelId, modelName, at, summary }));
      }
    }
    return { since, total, pages: reportChanges() };
  }
}
