import { frameworkLabel, humanize, type PolicyVersion } from '@mmt/domain';
import { formatDate, formatDateTime, formatFrameworks } from '../../lib/format';

/** One policy version in full: its dates, frameworks and allowances with their reasons. */
export function PolicyVersionView({ policy }: { policy: PolicyVersion }) {
  return (
    <>
      <dl className="details">
        <div className="details-row">
          <dt>In force from</dt>
          <dd>{formatDate(policy.inForceFrom)}</dd>
        </div>
        <div className="details-row">
          <dt>New projects from</dt>
          <dd>{formatDate(policy.newProjectsFrom)}</dd>
        </div>
        <div className="details-row">
          <dt>Preferred framework</dt>
          <dd>{frameworkLabel(policy.preferredFramework)}</dd>
        </div>
        <div className="details-row">
          <dt>Legacy frameworks</dt>
          <dd>{formatFrameworks(policy.legacyFrameworks)}</dd>
        </div>
        <div className="details-row">
          <dt>Governed frameworks</dt>
          <dd>{formatFrameworks(policy.governedFrameworks)}</dd>
        </div>
        <div className="details-row">
          <dt>Added</dt>
          <dd>
            {formatDateTime(policy.createdAt)}
            {policy.createdBy ? ` by ${policy.createdBy}` : ''}
          </dd>
        </div>
      </dl>
      <h3>Allowances</h3>
      {policy.allowances.length === 0 ? (
        <p className="muted">No allowances: every governed model is judged by the rules alone.</p>
      ) : (
        <ul className="allowances">
          {policy.allowances.map((allowance, index) => (
            <li key={index} className="allowance">
              <p className="allowance-match">
                {[
                  allowance.frameworks && `Frameworks: ${formatFrameworks(allowance.frameworks)}`,
                  allowance.deploymentTargets && `Deployed to: ${allowance.deploymentTargets.map(humanize).join(', ')}`,
                  allowance.servingStacks && `Served by: ${allowance.servingStacks.join(', ')}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <p className="allowance-reason">{allowance.reason}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
