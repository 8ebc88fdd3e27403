import {
  KPI_LABELS,
  VERDICT_LABELS,
  frameworkLabel,
  humanize,
  type CompliancePage as ComplianceData,
} from '@mmt/domain';
import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCompliance } from '../api/compliance';
import { ModelFilterForm } from '../components/ModelFilterForm';
import { Pagination } from '../components/Pagination';
import { QueryState } from '../components/QueryStates';
import { ReportDownloads } from '../components/ReportDownloads';
import { VerdictBadge } from '../components/VerdictBadge';
import { verdictTiles } from '../lib/compliance';
import {
  COMPLIANCE_PAGE_SIZES,
  parseComplianceParams,
  toComplianceParams,
  type ComplianceFilters,
} from '../lib/complianceParams';
import { expiryNote } from '../lib/exceptions';
import { formatDate, formatPercent, plural, policyStart, todayIso } from '../lib/format';
import { updateModelListFilters } from '../lib/modelListParams';

export default function CompliancePage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseComplianceParams(searchParams), [searchParams]);
  const compliance = useCompliance(filters);
  const update = useCallback(
    (change: Partial<ComplianceFilters>) => {
      setSearchParams((current) => toComplianceParams(updateModelListFilters(parseComplianceParams(current), change)));
    },
    [setSearchParams],
  );
  return (
    <section className="page">
      <title>Compliance · Model Migration Tracker</title>
      <div className="page-heading">
        <h1>Compliance</h1>
        <ReportDownloads asOf={filters.asOf} />
      </div>
      <ModelFilterForm filters={filters} update={update} label="Filter the compliance report" />
      <QueryState query={compliance} loading="Loading compliance" errorTitle="Could not load compliance">
        {(data) => <ComplianceReport data={data} filters={filters} update={update} busy={compliance.isFetching} />}
      </QueryState>
    </section>
  );
}

function ComplianceReport({
  data,
  filters,
  update,
  busy,
}: {
  data: ComplianceData;
  filters: ComplianceFilters;
  update: (change: Partial<ComplianceFilters>) => void;
  busy: boolean;
}) {
  const { asOf } = filters;
  // Expiry is counted from the as-of date when one is chosen.
  const reference = asOf || todayIso();
  return (
    <>
      <p className="lede">
        {asOf ? `At the end of ${asOf}` : 'Now'}, under the policy in force from {policyStart(data.policy)} (new
        projects from {formatDate(data.policy.newProjectsFrom)}). <Link to="/policy">See the policy</Link>
      </p>

      <section aria-labelledby="counts-title" className="section">
        <h2 id="counts-title">Models by verdict</h2>
        <ul className="tiles">
          {verdictTiles(data.counts).map(({ status, count }) => (
            <li key={status} className={`tile tile-${status}`}>
              <span className="tile-count">{count}</span>
              <span className="tile-label">{VERDICT_LABELS[status]}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="rate-title" className="rate-row">
        <div className="panel rate-card">
          <h2 id="rate-title">{KPI_LABELS.newProjectComplianceRate}</h2>
          <p className="rate-value" aria-describedby="rate-explained">
            {formatPercent(data.newProjectComplianceRate)}
          </p>
          <p id="rate-explained" className="muted">
            {data.newProjectComplianceRate === null
              ? 'No new projects to judge yet.'
              : `${data.newProjects.compliant} compliant of ${data.newProjects.compliant + data.newProjects.violation} new projects (compliant + violation).`}
          </p>
        </div>
        <div className="panel rate-card rate-card-side">
          <h2>Exceptions among new projects</h2>
          <p className="rate-value rate-value-side">{data.newProjects.exception}</p>
          <p className="muted">
            Shown beside the rate, not counted in it. {plural(data.newProjects.total, 'new project')} in all.
          </p>
        </div>
      </section>

      <section aria-labelledby="expiring-title" className="section">
        <h2 id="expiring-title">{KPI_LABELS.exceptionsExpiringSoon}</h2>
        {data.expiringExceptions.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          <ul className="expiring panel panel-warning">
            {data.expiringExceptions.map((exception) => (
              <ExpiringException key={exception.id} exception={exception} reference={reference} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="models-title" className="section">
        <h2 id="models-title">Models, violations first</h2>
        <div className="table-scroll" aria-busy={busy}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Verdict</th>
                <th scope="col">Name</th>
                <th scope="col">Team</th>
                <th scope="col">Framework</th>
                <th scope="col">Lifecycle</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {data.models.map((model) => (
                <tr key={model.id} className={`row-${model.verdict.status}`}>
                  <td>
                    <VerdictBadge status={model.verdict.status} />
                  </td>
                  <th scope="row" className="name-cell">
                    <Link to={`/models/${model.id}`}>{model.name}</Link>
                  </th>
                  <td>{model.team}</td>
                  <td className="nowrap">{frameworkLabel(model.framework, model.frameworkVersion)}</td>
                  <td>{humanize(model.lifecycle)}</td>
                  <td className="reason-cell">{model.verdict.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pagination
          total={data.total}
          page={filters.page}
          pageSize={filters.pageSize}
          sizes={COMPLIANCE_PAGE_SIZES}
          onPage={(page) => update({ page })}
          onPageSize={(pageSize) => update({ pageSize })}
        />
      </section>
    </>
  );
}

function ExpiringException({
  exception,
  reference,
}: {
  exception: ComplianceData['expiringExceptions'][number];
  reference: string;
}) {
  const note = expiryNote(exception.state ?? 'active', exception.expiresOn, reference);
  return (
    <li>
      <Link to={`/models/${exception.modelId}`}>{exception.modelName}</Link>: {exception.reason} — expires on{' '}
      {formatDate(exception.expiresOn)}
      {note && <strong> ({note})</strong>}
    </li>
  );
}
