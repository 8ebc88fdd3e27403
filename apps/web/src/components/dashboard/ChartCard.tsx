import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface LegendEntry {
  key: string;
  label: string;
  color: string;
  /** Where the models of this series are listed; the legend doubles as a keyboard way in. */
  to?: string;
  dashed?: boolean;
}

interface Props {
  id: string;
  title: string;
  description?: ReactNode;
  legend: LegendEntry[];
  /** When true the chart is replaced by `emptyText`. */
  empty: boolean;
  emptyText: string;
  footer?: ReactNode;
  children: ReactNode;
}

/** A chart with its title, a sentence on what it shows, an HTML legend and an empty state. */
export function ChartCard({ id, title, description, legend, empty, emptyText, footer, children }: Props) {
  return (
    <figure className="chart-card panel" aria-labelledby={`${id}-title`} data-chart={id}>
      <figcaption>
        <h2 id={`${id}-title`} className="chart-title">
          {title}
        </h2>
        {description && <p className="chart-description muted">{description}</p>}
      </figcaption>
      {empty ? (
        <p className="chart-empty">{emptyText}</p>
      ) : (
        <>
          <div className="chart-body">{children}</div>
          <ul className="chart-legend" aria-label={`${title}: legend`}>
            {legend.map((entry) => (
              <li key={entry.key}>
                <span
                  className={`legend-swatch${entry.dashed ? ' legend-swatch-dashed' : ''}`}
                  style={{ background: entry.dashed ? undefined : entry.color, borderColor: entry.color }}
                  aria-hidden="true"
                />
                {entry.to ? <Link to={entry.to}>{entry.label}</Link> : entry.label}
              </li>
            ))}
          </ul>
        </>
      )}
      {footer}
    </figure>
  );
}
