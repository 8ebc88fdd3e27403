import type { CodeDrift } from '@mmt/domain';
import { KPI_LABELS } from '@mmt/domain';
import { driftSentence } from '../../lib/scans';

/** The drift finding, shown above everything else on the model page while it holds. */
export function CodeDriftPanel({ drift }: { drift: CodeDrift }) {
  return (
    <section className="panel panel-warning" aria-labelledby="drift-title" data-testid="code-drift">
      <h2 id="drift-title">{KPI_LABELS.codeDisagrees}</h2>
      <p>{driftSentence(drift)}</p>
      <p className="muted">
        The verdict still judges the registry entry; <code>mmt check</code> judges the code. Update the entry or the
        code so they agree.
      </p>
    </section>
  );
}
