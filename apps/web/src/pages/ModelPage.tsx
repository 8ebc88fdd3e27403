import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useModel } from '../api/models';
import type { ModelDetail } from '@mmt/domain';
import { BadgeMarkdown } from '../components/BadgeMarkdown';
import { CodeDriftPanel } from '../components/model/CodeDriftPanel';
import { ExceptionsSection } from '../components/model/ExceptionsSection';
import { EditModelForm } from '../components/model/EditModelForm';
import { HistoryList } from '../components/model/HistoryList';
import { LatestScan } from '../components/model/LatestScan';
import { ModelDetails } from '../components/model/ModelDetails';
import { QueryState } from '../components/QueryStates';
import { VerdictWithReason } from '../components/VerdictBadge';
import { useCan } from '../lib/session';
import { asOfSearch, useAsOf } from '../lib/useAsOf';

export default function ModelPage() {
  const { id = '' } = useParams();
  const [asOf] = useAsOf();
  // The model page always shows (and edits) the model as it is now.
  const model = useModel(id);
  return (
    <QueryState
      query={model}
      loading="Loading model"
      errorTitle="Could not load the model"
      errorNote={
        <p>
          <Link to={{ pathname: '/models', search: asOfSearch(asOf) }}>Back to models</Link>
        </p>
      }
    >
      {(data) => <ModelView data={data} asOf={asOf} />}
    </QueryState>
  );
}

function ModelView({ data, asOf }: { data: ModelDetail; asOf: string }) {
  const [editing, setEditing] = useState(false);
  const canEdit = useCan('editModel');
  const canManageExceptions = useCan('manageExceptions');
  const [savedNotice, setSavedNotice] = useState<string | null>(null);

  return (
    <article className="page">
      <title>{`${data.name} · Model Migration Tracker`}</title>
      <p className="breadcrumb">
        <Link to={{ pathname: '/models', search: asOfSearch(asOf) }}>Models</Link> / {data.name}
      </p>
      <h1>{data.name}</h1>
      {asOf && (
        <p className="as-of-banner">This page shows the model as it is now; the as-of date applies to the lists.</p>
      )}
      <section className="panel verdict-panel" aria-labelledby="verdict-title">
        <h2 id="verdict-title">Verdict</h2>
        <VerdictWithReason verdict={data.verdict} />
      </section>
      {data.codeDrift && <CodeDriftPanel drift={data.codeDrift} />}

      <div className="model-columns">
        <section aria-labelledby="details-title" className="section">
          <div className="section-heading">
            <h2 id="details-title">{editing ? `Edit ${data.name}` : 'Details'}</h2>
            {canEdit && !editing && (
              <button
                type="button"
                onClick={() => {
                  setSavedNotice(null);
                  setEditing(true);
                }}
              >
                Edit
              </button>
            )}
          </div>
          {savedNotice && (
            <p className="panel panel-success" role="status">
              {savedNotice}
            </p>
          )}
          {canEdit && editing ? (
            <EditModelForm
              model={data}
              onDone={(saved) => {
                setEditing(false);
                if (saved) setSavedNotice(`Saved as version ${saved.version}.`);
              }}
            />
          ) : (
            <ModelDetails model={data} />
          )}
        </section>

        <section aria-labelledby="scan-title" className="section">
          <h2 id="scan-title">Latest scan</h2>
          <LatestScan modelId={data.id} />
        </section>
      </div>

      <section aria-labelledby="exceptions-title" className="section">
        <h2 id="exceptions-title">Exceptions</h2>
        <ExceptionsSection modelId={data.id} exceptions={data.exceptions} canChange={canManageExceptions} />
      </section>

      <section aria-labelledby="history-title" className="section">
        <h2 id="history-title">History</h2>
        <HistoryList modelId={data.id} />
      </section>

      <div className="section">
        <BadgeMarkdown kind="models" subject={data.id} title="Badge" />
      </div>
    </article>
  );
}
