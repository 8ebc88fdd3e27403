import { MIGRATION_LABELS, frameworkLabel, humanize, type Model } from '@mmt/domain';
import type { ReactNode } from 'react';
import { formatDate, formatDateTime, formatValue } from '../../lib/format';

/** Every recorded field of a model, read-only. */
export function ModelDetails({ model }: { model: Model }) {
  const rows: [string, ReactNode][] = [
    ['Team', model.team],
    ['Task', formatValue(model.task)],
    ['Framework', frameworkLabel(model.framework, model.frameworkVersion)],
    ['Family', model.family],
    ['Lifecycle', humanize(model.lifecycle)],
    ['Deployment target', humanize(model.deploymentTarget)],
    ['Serving stack', formatValue(model.servingStack)],
    ['Serialization', formatValue(model.serialization)],
    ['Started on', formatDate(model.startedOn)],
    ['Migration', MIGRATION_LABELS[model.migration]],
    ['Migration target', model.migrationTarget ? frameworkLabel(model.migrationTarget) : '—'],
    ['Retire by', formatDate(model.retireBy)],
    [
      'Repository',
      model.repoUrl ? (
        <a href={model.repoUrl} target="_blank" rel="noreferrer">
          {model.repoUrl}
        </a>
      ) : (
        '—'
      ),
    ],
    [
      'Tags',
      model.tags.length
        ? model.tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))
        : '—',
    ],
    ['Version', String(model.version)],
    ['Registered', formatDateTime(model.createdAt)],
    ['Last updated', formatDateTime(model.updatedAt)],
  ];
  return (
    <>
      <dl className="details">
        {rows.map(([label, value]) => (
          <div key={label} className="details-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {model.description && (
        <div className="description">
          <h3>Description</h3>
          <p>{model.description}</p>
        </div>
      )}
    </>
  );
}
