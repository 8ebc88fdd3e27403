import {
  reportFindings,
  summarizeReport,
  type ReportChange,
  type ReportFinding,
  type ReportModel,
  type ReportSummary,
  type StatusReport,
} from '@mmt/domain';

/** Writes a chunk of a file; resolves when it is written. */
export type Write = (chunk: string | Buffer) => Promise<void>;

/** What a report says before any model is read. */
export type ReportHead = Pick<StatusReport, 'schemaVersion' | 'title' | 'asOf' | 'date' | 'generatedAt' | 'policy'>;

/** The KPIs and findings: read from every model before the listing, which they open. */
export type ReportOverview = Pick<StatusReport, 'summary' | 'findings'>;

/**
 * The status report in the order a file is written, read a page at a time from one snapshot:
 * every format is written from this, so none holds the whole portfolio.
 */
export interface ReportSource {
  head: ReportHead;
  /** Reads every model once for the KPIs and findings. */
  overview(): Promise<ReportOverview>;
  /** Every model at the report's asOf, by name, a page at a time. */
  models(): AsyncIterable<ReportModel[]>;
  /** The changes since the last review: how many, and then every one, group after group. */
  changes(): Promise<{ since: string | null; total: number; pages: AsyncIterable<ReportChange[]> }>;
}

type SummaryInput = Parameters<typeof summarizeReport>[0][number];

/**
 * The report's KPIs and findings from its models read a page at a time: the domain's own rules
 * (`summarizeReport`, `reportFindings`) over what they read of each model. Models that count alike
 * share one entry, so memory grows with the findings only.
 */
export async function reportOverview(
  pages: AsyncIterable<ReportModel[]>,
  evidence: Pick<ReportSummary, 'codeDisagrees'>,
): Promise<ReportOverview> {
  const alike = new Map<string, { model: SummaryInput; count: number }>();
  const flagged: Pick<ReportModel, 'id' | 'name' | 'team' | 'verdict'>[] = [];
  for await (const page of pages) {
    for (const { id, name, team, verdict, family, lifecycle, newProject, legacyInProduction } of page) {
      const key = `${family} ${lifecycle} ${newProject} ${legacyInProduction} ${verdict.status}`;
      const entry = alike.get(key);
      if (entry) entry.count += 1;
      else
        alike.set(key, {
          model: { family, lifecycle, newProject, legacyInProduction, verdict: { status: verdict.status } },
          count: 1,
        });
      if (verdict.status === 'violation' || verdict.status === 'warning') flagged.push({ id, name, team, verdict });
    }
  }
  const summary: ReportSummary = summarizeReport(
    [...alike.values()].flatMap(({ model, count }) => Array<SummaryInput>(count).fill(model)),
    evidence,
  );
  const findings: ReportFinding[] = reportFindings(flagged);
  return { summary, findings };
}
