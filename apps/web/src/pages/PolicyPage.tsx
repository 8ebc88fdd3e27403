import { frameworkLabel } from '@mmt/domain';
import { useState } from 'react';
import { usePolicy } from '../api/policy';
import { PolicyVersionForm } from '../components/policy/PolicyVersionForm';
import { PolicyVersionView } from '../components/policy/PolicyVersionView';
import { QueryState } from '../components/QueryStates';
import { formatDate, formatDateTime, formatFrameworks } from '../lib/format';
import { sortVersionsNewestFirst } from '../lib/policyForm';
import { useCan } from '../lib/session';

export default function PolicyPage() {
  const policy = usePolicy();
  const [adding, setAdding] = useState(false);
  const canChange = useCan('changePolicy');
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <section className="page">
      <title>Policy · Model Migration Tracker</title>
      <div className="page-heading">
        <h1>Policy</h1>
        {canChange && policy.isSuccess && !adding && (
          <button
            type="button"
            className="button-primary"
            onClick={() => {
              setNotice(null);
              setAdding(true);
            }}
          >
            Add a new version
          </button>
        )}
      </div>
      <QueryState query={policy} loading="Loading policy" errorTitle="Could not load the policy">
        {({ current, versions }) => (
          <>
            {notice && (
              <p className="panel panel-success" role="status">
                {notice}
              </p>
            )}
            {canChange && adding && (
              <div className="panel">
                <PolicyVersionForm
                  current={current}
                  onDone={(added) => {
                    setAdding(false);
                    if (added) setNotice(`Policy version added, in force from ${formatDate(added.inForceFrom)}.`);
                  }}
                />
              </div>
            )}
            <section className="panel section" aria-labelledby="current-title">
              <h2 id="current-title">In force now</h2>
              <PolicyVersionView policy={current} />
            </section>
            <section className="section" aria-labelledby="versions-title">
              <h2 id="versions-title">All versions, newest first</h2>
              <div className="table-scroll">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">In force from</th>
                      <th scope="col">New projects from</th>
                      <th scope="col">Preferred</th>
                      <th scope="col">Legacy</th>
                      <th scope="col">Governed</th>
                      <th scope="col">Allowances</th>
                      <th scope="col">Added</th>
                    </tr>
                  </thead>
                  <tbody>
                    {sortVersionsNewestFirst(versions).map((version) => (
                      <tr key={version.id} aria-current={version.id === current.id ? 'true' : undefined}>
                        <th scope="row" className="nowrap">
                          {formatDate(version.inForceFrom)}
                          {version.id === current.id && <span className="badge badge-current">In force</span>}
                        </th>
                        <td className="nowrap">{formatDate(version.newProjectsFrom)}</td>
                        <td>{frameworkLabel(version.preferredFramework)}</td>
                        <td>{formatFrameworks(version.legacyFrameworks)}</td>
                        <td>{formatFrameworks(version.governedFrameworks)}</td>
                        <td>
                          {version.allowances.length === 0
                            ? 'None'
                            : version.allowances.map((allowance, index) => <div key={index}>{allowance.reason}</div>)}
                        </td>
                        <td className="nowrap">
                          {formatDateTime(version.createdAt)}
                          {version.createdBy ? ` by ${version.createdBy}` : ''}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          </>
        )}
      </QueryState>
    </section>
  );
}
