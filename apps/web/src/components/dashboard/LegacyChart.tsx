import {
  CHART_DESCRIPTIONS,
  CHART_EMPTY_TEXTS,
  CHART_TITLES,
  formatWeek,
  LEGACY_COLORS,
  LEGACY_SERIES_LABELS,
  legacyChartRows,
  projectionNotes,
  type LegacyChartRow,
  type Dashboard,
} from '@mmt/domain';
import { useNavigate } from 'react-router';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { drillAsOf, modelsLink } from '../../lib/dashboard';
import { todayIso } from '../../lib/format';
import { ChartCard } from './ChartCard';
import { CHART_MARGIN, GRID_PROPS, clickedIndex } from './chartParts';

// What the models list can filter on; the legacy frameworks as a whole are not one filter (yet).
const LEGACY_FAMILY = 'TensorFlow 1.x';

interface Props {
  actual: Dashboard['series']['legacyInProduction'];
  projection: Dashboard['legacyProjection'];
  /** The date the dashboard shows (the as-of date, or today). */
  shownDate: string;
  asOf: string;
}

function LegacyTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as LegacyChartRow | undefined;
  if (!active || !row) return null;
  const count = row.actual ?? row.projected;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{formatWeek(row.date)}</p>
      <p>
        {row.actual !== null ? 'In production' : 'Still in production (planned)'}: <strong>{count}</strong>
      </p>
      {row.retiring.length > 0 && <p>Retiring: {row.retiring.join(', ')}</p>}
    </div>
  );
}

export function LegacyChart({ actual, projection, shownDate, asOf }: Props) {
  const navigate = useNavigate();
  const rows = legacyChartRows(actual, projection, shownDate);
  const hasProjection = rows.some((row) => row.projected !== null);
  const now = rows.find((row) => row.date === shownDate)?.actual ?? 0;
  const everAny = rows.some((row) => (row.actual ?? 0) > 0);
  const ticks = (time: number) => formatWeek(new Date(time).toISOString().slice(0, 10));
  return (
    <ChartCard
      id="legacy"
      title={CHART_TITLES.legacy}
      description={`${CHART_DESCRIPTIONS.legacy} Click to open them.`}
      empty={!everAny}
      emptyText={CHART_EMPTY_TEXTS.legacy}
      legend={[
        {
          key: 'actual',
          label: LEGACY_SERIES_LABELS.actual,
          color: LEGACY_COLORS.actual,
          to: modelsLink({ lifecycle: 'production', family: LEGACY_FAMILY, asOf }),
        },
        ...(hasProjection
          ? [{ key: 'projected', label: LEGACY_SERIES_LABELS.projected, color: LEGACY_COLORS.projected, dashed: true }]
          : []),
      ]}
      footer={
        everAny ? (
          <div className="chart-notes">
            {projectionNotes(projection, now).map((note) => (
              <p key={note}>{note}</p>
            ))}
          </div>
        ) : null
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart
          data={rows}
          margin={CHART_MARGIN}
          style={{ cursor: 'pointer' }}
          onClick={(state) => {
            const index = clickedIndex(state);
            const row = index === null ? undefined : rows[index];
            if (!row) return;
            // A week in the past opens the models as they were then; the projection opens today's.
            const when = row.actual !== null ? drillAsOf(row.date, asOf, todayIso()) : asOf;
            void navigate(modelsLink({ lifecycle: 'production', family: LEGACY_FAMILY, asOf: when }));
          }}
        >
          <CartesianGrid {...GRID_PROPS} />
          <XAxis
            dataKey="time"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={ticks}
            minTickGap={36}
          />
          <YAxis allowDecimals={false} width={40} />
          <Tooltip content={LegacyTooltip} />
          <Area
            type="stepAfter"
            dataKey="actual"
            name={LEGACY_SERIES_LABELS.actual}
            stroke={LEGACY_COLORS.actual}
            fill={LEGACY_COLORS.actual}
            fillOpacity={0.25}
            strokeWidth={2}
            connectNulls={false}
          />
          <Line
            type="stepAfter"
            dataKey="projected"
            name="Projection"
            stroke={LEGACY_COLORS.projected}
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={{ r: 4 }}
            connectNulls
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
