import { useSearchParams } from 'react-router';
import { useDashboard } from '../api/dashboard';
import type { Dashboard as DashboardData } from '@mmt/domain';
import { CohortsChart } from '../components/dashboard/CohortsChart';
import { FamiliesChart } from '../components/dashboard/FamiliesChart';
import { KpiTiles } from '../components/dashboard/KpiTiles';
import { LegacyChart } from '../components/dashboard/LegacyChart';
import { LifecycleChart } from '../components/dashboard/LifecycleChart';
import { Tf1ApisChart } from '../components/dashboard/Tf1ApisChart';
import { VerdictsChart } from '../components/dashboard/VerdictsChart';
import { QueryState } from '../components/QueryStates';
import { ReportDownloads } from '../components/ReportDownloads';
import { RANGE_OPTIONS, parseRange, rangeOption, type DashboardRange } from '../lib/dashboard';
import { formatDate } from '../lib/format';
import { useAsOf } from '../lib/useAsOf';

export default function OverviewPage() {
  const [asOf] = useAsOf();
  const [params, setParams] = useSearchParams();
  // No range in the URL: the API picks the one that tells the story, and the picker shows which.
  const asked = parseRange(params.get('weeks'));
  const dashboard = useDashboard(asOf, asked ?? '');
  const range = asked ?? (dashboard.data ? rangeOption(dashboard.data.range) : null);

  const setRange = (next: DashboardRange) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        updated.set('weeks', next);
        return updated;
      },
      { replace: true },
    );

  return (
    <section className="page overview">
      <title>Overview · Model Migration Tracker</title>
      <div className="page-heading">
        <h1>Overview</h1>
        <RangePicker value={range} onChange={setRange} busy={dashboard.isFetching} />
      </div>
      <ReportDownloads asOf={asOf} />
      <QueryState query={dashboard} loading="Loading the dashboard" errorTitle="Could not load the dashboard">
        {(data) => <Dashboard data={data} asOf={asOf} />}
      </QueryState>
    </section>
  );
}

function RangePicker({
  value,
  onChange,
  busy,
}: {
  value: DashboardRange | null;
  onChange: (next: DashboardRange) => void;
  busy: boolean;
}) {
  return (
    <fieldset className="range-picker" aria-busy={busy}>
      <legend>Charts cover</legend>
      {RANGE_OPTIONS.map((option) => (
        <label key={option.value} className={value === option.value ? 'range-option range-option-on' : 'range-option'}>
          <input
            type="radio"
            name="range"
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

function Dashboard({ data, asOf }: { data: DashboardData; asOf: string }) {
  // The API's own date for "now" (UTC), so the projection joins the weekly series exactly.
  const shownDate = data.legacyProjection.points[0]?.date ?? data.asOf.slice(0, 10);
  return (
    <>
      <p className="lede">
        {asOf ? (
          <span className="as-of-banner">The portfolio as it was at the end of {asOf}.</span>
        ) : (
          'The portfolio now.'
        )}{' '}
        {data.lastReview
          ? `Changes are counted since the review of ${formatDate(data.lastReview.heldOn)}.`
          : 'No review has been recorded yet, so there are no changes to show.'}
      </p>
      <KpiTiles data={data} asOf={asOf} />
      <div className="chart-grid">
        <FamiliesChart rows={data.series.families} asOf={asOf} />
        <CohortsChart cohorts={data.cohorts} preferredFramework={data.policy.preferredFramework} asOf={asOf} />
        <LegacyChart
          actual={data.series.legacyInProduction}
          projection={data.legacyProjection}
          shownDate={shownDate}
          asOf={asOf}
        />
        <Tf1ApisChart series={data.series.tf1ApiUses} />
        <VerdictsChart rows={data.series.verdicts} asOf={asOf} />
        <LifecycleChart rows={data.lifecycleByFamily} asOf={asOf} />
      </div>
    </>
  );
}
