import type { Readable } from 'node:stream';
import { Readable as ReadableStream } from 'node:stream';
import { Injectable } from '@nestjs/common';
import {
  buildStatusReport,
  changesWindowStart,
  evaluate,
  changeLine,
  reportCsvRow,
  reportFileName,
  toIsoDate,
  toReportModel,
  type ChangesSinceLastReview,
  type ComplianceReport,
  type ReportFormat,
  type StatusReport,
} from '@mmt/domain';
import { ChartsService } from '../charts/charts.service.js';
import { ComplianceService } from '../compliance/compliance.service.js';
import { PrismaService } from '../database/prisma.service.js';
import { SnapshotCache } from '../database/snapshot-cache.js';
import { toModel } from '../models/model.mapper.js';
import { ReviewsService } from '../reviews/reviews.service.js';
import { VerdictService } from '../verdicts/verdict.service.js';
import { csvChunks } from './csv.writer.js';
import { renderMarkdownZip } from './markdown-zip.writer.js';
import { renderMarkdown } from './markdown.writer.js';
import { renderPdf } from './pdf.writer.js';
import { groupByModel, pageChanges, type ChangesContext } from './page-changes.js';
import { ReportPortfolioRepository } from './report-portfolio.repository.js';

const CSV_PAGE_SIZE = 100;

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
    private readonly compliance: ComplianceService,
    private readonly reviews: ReviewsService,
    private readonly verdicts: VerdictService,
    private readonly portfolio: ReportPortfolioRepository,
    private readonly cache: SnapshotCache,
    private readonly charts: ChartsService,
    private readonly prisma: PrismaService,
  ) {}

  /** The status report at `asOf` (default now): the one source of every format. */
  async statusReport(asOf?: Date): Promise<StatusReport> {
    // The changes are judged now: without an asOf, the report's own compliance is that judgement.
    const report = this.compliance.report(asOf);
    const [compliance, changes] = await Promise.all([report, this.changesSinceLastReview(asOf ? undefined : report)]);
    return buildStatusReport({
      asOf: new Date(compliance.asOf),
      generatedAt: new Date(),
      policy: compliance.policy,
      models: compliance.models,
      changesSinceLastReview: changes,
    });
  }

  /** The report as a file to download. CSV is streamed page by page; the others are written from the whole report. */
  async export(format: ReportFormat, asOf?: Date): Promise<ReportFile> {
    const file = (date: string, body: Readable, length: number | null = null) => ({
      fileName: reportFileName(date, format),
      contentType: CONTENT_TYPES[format],
      body,
      length,
    });
    if (format === 'csv') {
      const instant = asOf ?? new Date();
      // Written to a file in one snapshot at the database's pace, read by each client at its own.
      const csv = await this.cache.file(
        `status report csv ${asOf?.toISOString() ?? 'now'}`,
        (write) =>
          this.prisma.readSnapshot(async () => {
            for await (const chunk of csvChunks(this.csvPages(asOf, instant))) await write(chunk);
          }),
        { aboutNow: asOf === undefined, reads: ['models', 'exceptions', 'policy'] },
      );
      return file(toIsoDate(instant), csv.body, csv.length);
    }
    // The charts open the PDF and travel with the Markdown in its zip: drawn over the range the Overview opens on.
    const withCharts = format === 'pdf' || format === 'md-zip';
    const [report, charts] = await Promise.all([
      this.statusReport(asOf),
      withCharts ? this.charts.all({ asOf, weeks: undefined }) : [],
    ]);
    const fileOf = (stream: Readable) => file(report.date, stream);
    switch (format) {
      case 'json':
        return fileOf(ReadableStream.from([JSON.stringify(report, null, 2)]));
      case 'md':
        return fileOf(ReadableStream.from([renderMarkdown(report)]));
      case 'md-zip': {
        const zip = renderMarkdownZip(report, charts);
        return file(report.date, ReadableStream.from([zip]), zip.length);
      }
      case 'pdf':
        return fileOf(renderPdf(report, charts));
    }
  }

  /**
   * The CSV rows, a page of models at a time, so memory stays flat however large the portfolio;
   * each page's changes since the last review are worked out for that page alone.
   */
  private async *csvPages(asOf: Date | undefined, instant: Date): AsyncGenerator<string[][]> {
    const [{ policy }, changes] = await Promise.all([this.verdicts.policyAt(instant), this.changesContext(new Date())]);
    const context = { asOf: instant.toISOString(), policyVersion: policy.id };
    const date = toIsoDate(instant);
    let after: string | null = null;
    for (;;) {
      const { items, last } = await this.portfolio.page(asOf, after, CSV_PAGE_SIZE, changes.windowStart);
      if (last === null) return;
      const changesByModel = groupByModel(pageChanges(changes, items));
      yield items.map(({ meta, state, exceptions }) => {
        // The same rule and inputs as VerdictService.judge, with the policy read once for the whole file.
        const verdict = evaluate(state, policy, date, exceptions, instant);
        return reportCsvRow(toReportModel(toModel(meta, state, verdict), policy), {
          ...context,
          changes: (changesByModel.get(meta.id) ?? []).map(changeLine),
        });
      });
      after = last;
    }
  }

  /** What each page's changes are judged against: the last review (its time, its frozen statuses), the policy now. */
  private async changesContext(now: Date): Promise<ChangesContext> {
    const [review, { policy }] = await Promise.all([this.reviews.lastStatuses(now), this.verdicts.policyAt(now)]);
    const since = review?.createdAt ?? null;
    return { now, since, windowStart: changesWindowStart(since, now), policy, before: review?.statuses ?? null };
  }

  private async changesSinceLastReview(complianceNow?: Promise<ComplianceReport>): Promise<ChangesSinceLastReview> {
    const { since, items } = await this.reviews.changesSinceLastReview(complianceNow);
    return {
      since,
      items: items.map(({ kind, modelId, modelName, at, summary }) => ({ kind, modelId, modelName, at, summary })),
    };
  }
}
