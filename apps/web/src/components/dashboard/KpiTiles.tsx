import { Link } from 'react-router';
import type { Dashboard } from '@mmt/domain';
import { kpiTiles, sinceReviewText, withAsOf } from '../../lib/dashboard';

/** The seven headline numbers with their change since the last review. */
export function KpiTiles({ data, asOf }: { data: Dashboard; asOf: string }) {
  const since = sinceReviewText(data.lastReview);
  return (
    <ul className="kpi-tiles" aria-label="Key figures">
      {kpiTiles(data.kpis).map((tile) => (
        <li key={tile.name} className="kpi-tile panel" data-kpi={tile.name}>
          <span className="kpi-label">
            {tile.link ? <Link to={withAsOf(tile.link, asOf)}>{tile.label}</Link> : tile.label}
          </span>
          <span className="kpi-value">{tile.value}</span>
          {tile.note && <span className="kpi-note">{tile.note}</span>}
          <span className={`kpi-change kpi-${tile.change.tone}`}>
            {tile.change.text ? (
              <>
                <span aria-hidden="true">{tile.change.text}</span>
                <span className="visually-hidden">{tile.change.spoken}</span> <span className="kpi-since">{since}</span>
              </>
            ) : (
              <span className="kpi-since">{since}</span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
