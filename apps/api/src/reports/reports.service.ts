import type { Readable } from 'node:stream';
import { Readable as ReadableStream } from 'node:stream';
import { Injectable } from '@nestjs/common';
import {
  buildStatusReport,
  evaluate,
  changeLine,
  reportCsvRow,
  reportFileName,
  toIsoDate,
  toReportModel,
  type ChangesSinceLastReview,
  type ReportFormat,
  type StatusReport,
} from '@mmt/domain';
import { ChartsService } from '../charts/charts.service.js';
import { ComplianceService, type ComplianceReport } from '../compliance/compliance.service.js';
import { SnapshotCache } from '../database/snapshot-cache.js';
import { toModel } from '../models/model.mapper.js';
import { ReviewsService } from '../reviews/reviews.service.js';
import { VerdictService } from '../verdicts/verdict.service.js';
import { csvChunks } from './csv.writer.js';
import { renderMarkdownZip } from './markdown-zip.writer.js';
import { renderMarkdown } from './markdown.writer.js';
import { renderPdf } from './pdf.writer.js';
import { groupByModel, PageChangesQuery } from './page-changes.query.js';
import { ReportPortfolioQuery } from './report-portfolio.query.js';

const CSV_PAGE_SIZE = 100;

export interface ReportFile {
  fileName: string;
  contentType: string;
  /** Streamed, or whole when it was ready (then sent with its length). */
  body: Readable | Buffer;
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
    private readonly portfolio: ReportPortfolioQuery,
    private readonly pageChanges: PageChangesQuery,
    private readonly cache: SnapshotCache,
    private readonly charts: ChartsService,
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
    const file = (date: string, body: Readable | Buffer) => ({
      fileName: reportFileName(date, format),
      contentType: CONTENT_TYPES[format],
      body,
    });
    if (format === 'csv') {
      const instant = asOf ?? new Date();
      const csv = await this.cache.stream(
        `status report csv ${asOf?.toISOString() ?? 'now'}`,
        () => csvChunks(this.csvPages(asOf, instant)),
        { aboutNow: asOf === undefined },
      );
      return file(toIsoDate(instant), csv);
    }
    // The charts open the PDF and travel with the Markdown in its zip: drawn over the range the Overview opens on.
    const withCharts = format === 'pdf' || format === 'md-zip';
    const [report, charts] = await Promise.all([
      this.statusReport(asOf),
      withCharts ? this.charts.all({ asOf, weeks: undefined }) : [],
    ]);
    const fileOf = (body: Readable | Buffer) => file(report.date, body);
    switch (format) {
      case 'json':
        return fileOf(ReadableStream.from([JSON.stringify(report, null, 2)]));
      case 'md':
        return fileOf(ReadableStream.from([renderMarkdown(report)]));
      case 'md-zip':
        return fileOf(renderMarkdownZip(report, charts));
      case 'pdf':
        return fileOf(renderPdf(report, charts));
    }
  }

  /**
   * The CSV rows, a page of models at a time, so memory stays flat however large the portfolio;
   * each page's changes since the last review are worked out for that page alone.
   */
  private async *csvPages(asOf: Date | undefined, instant: Date): AsyncGenerator<string[][]> {
    const [{ policy }, changes] = await Promise.all([
      this.verdicts.policyAt(instant),
      this.pageChanges.context(new Date()),
    ]);
    const context = { asOf: instant.toISOString(), policyVersion: policy.id };
    const date = toIsoDate(instant);
    let after: string | null = null;
    for (;;) {
      const { items, last } = await this.portfolio.page(asOf, after, CSV_PAGE_SIZE, changes.windowStart);
      if (last === null) return;
      const changesByModel = groupByModel(this.pageChanges.forModels(changes, items));
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

  private async changesSinceLastReview(complianceNow?: Promise<ComplianceReport>): Promise<ChangesSinceLastReview> {
    const { since, items } = await this.reviews.changesSinceLastReview(complianceNow);
    return {
      since,
      items: items.map(({ kind, modelId, modelName, at, summary }) => ({ kind, modelId, modelName, at, summary })),
    };
  }
}
