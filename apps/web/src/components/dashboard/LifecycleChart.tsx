import {
  CHART_DESCRIPTIONS,
  CHART_EMPTY_TEXTS,
  CHART_TITLES,
  LIFECYCLE_COLORS,
  LIFECYCLES,
  humanize,
  nonEmptyKeys,
  type Lifecycle,
  type Dashboard,
} from '@mmt/domain';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { modelsLink, nonEmptyRows } from '../../lib/dashboard';
import { ChartCard } from './ChartCard';
import { CHART_MARGIN, GRID_PROPS } from './chartParts';

export function LifecycleChart({ rows, asOf }: { rows: Dashboard['lifecycleByFamily']; asOf: string }) {
  const navigate = useNavigate();
  const keys = nonEmptyKeys<Lifecycle>(rows, LIFECYCLES);
  // Families with no models at all leave the axis.
  const shown = nonEmptyRows(rows, LIFECYCLES);
  return (
    <ChartCard
      id="lifecycle"
      title={CHART_TITLES.lifecycle}
      description={`${CHART_DESCRIPTIONS.lifecycle} Click a segment to open those models.`}
      empty={keys.length === 0}
      emptyText={CHART_EMPTY_TEXTS.lifecycle}
      legend={keys.map((key) => ({
        key,
        label: humanize(key),
        color: LIFECYCLE_COLORS[key],
        to: modelsLink({ lifecycle: key, asOf }),
      }))}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={shown} margin={CHART_MARGIN}>
          <CartesianGrid {...GRID_PROPS} vertical={false} />
          <XAxis dataKey="key" interval={0} />
          <YAxis allowDecimals={false} width={40} />
          <Tooltip cursor={{ fill: '#eef1f5' }} />
          {keys.map((key) => (
            <Bar
              key={key}
              dataKey={key}
              name={humanize(key)}
              stackId="all"
              fill={LIFECYCLE_COLORS[key]}
              cursor="pointer"
              onClick={(bar) => {
                const family = (bar.payload as { key?: string } | undefined)?.key;
                if (family) void navigate(modelsLink({ family, lifecycle: key, asOf }));
              }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
