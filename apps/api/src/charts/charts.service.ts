import { Injectable } from '@nestjs/common';
import { CHART_DESCRIPTIONS, CHART_TITLES, projectionNotes, REPORT_CHARTS, type ReportChart } from '@mmt/domain';
import { DashboardService } from '../dashboard/dashboard.service.js';
import type { DashboardQuery } from '@mmt/domain';
import { CHART_SIZE, chartOption, type ChartInput } from './chart-options.js';
import { renderSvg } from './svg-renderer.js';

export interface RenderedChart {
  name: ReportChart;
  title: string;
  /** Sentences to print beside the chart (when the burn-down ends, which models are overdue). */
  notes: string[];
  svg: string;
}

/** The sentences a chart carries: what it shows, when, and for the burn-down how it ends. */
function notesOf(name: ReportChart, input: ChartInput): string[] {
  if (name !== 'legacy') return [];
  return projectionNotes(input.legacyProjection, input.legacyProjection.points[0]?.count ?? 0);
}

/** The report charts as SVG, drawn on the server from the series the dashboard answers with. */
@Injectable()
export class ChartsService {
  constructor(private readonly dashboard: DashboardService) {}

  /** One chart, at `asOf` over `weeks` (by default the range the Overview opens on). */
  async svg(name: ReportChart, query: DashboardQuery): Promise<string> {
    const [chart] = await this.render([name], query);
    return chart!.svg;
  }

  /** Every report chart from one reading of the dashboard's series. */
  all(query: DashboardQuery): Promise<RenderedChart[]> {
    return this.render(REPORT_CHARTS, query);
  }

  private async render(names: readonly ReportChart[], query: DashboardQuery): Promise<RenderedChart[]> {
    const input: ChartInput = await this.dashboard.dashboard(query);
    const date = input.asOf.slice(0, 10);
    const charts: RenderedChart[] = [];
    for (const name of names) {
      const notes = notesOf(name, input);
      const description = [CHART_DESCRIPTIONS[name], `As of ${input.asOf}.`, ...notes].join(' ');
      const svg = await renderSvg(chartOption(name, input), CHART_SIZE, { title: CHART_TITLES[name], description });
      charts.push({ name, title: `${CHART_TITLES[name]} (${date})`, notes, svg });
    }
    return charts;
  }
}
