import {
  CHART_DESCRIPTIONS,
  CHART_EMPTY_TEXTS,
  CHART_TITLES,
  formatWeek,
  TF1_API_COLOR,
  type Dashboard,
} from '@mmt/domain';
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { fromFirstCount } from '../../lib/dashboard';
import { ChartCard } from './ChartCard';
import { CHART_MARGIN, GRID_PROPS } from './chartParts';

const SERIES_LABEL = 'TF1 API uses';

/** The burn-down of the rewrite itself: TF1 API uses across each model's latest scan, week by week. */
export function Tf1ApisChart({ series }: { series: Dashboard['series']['tf1ApiUses'] }) {
  const rows = fromFirstCount(series);
  return (
    <ChartCard
      id="tf1Apis"
      title={CHART_TITLES.tf1Apis}
      description={CHART_DESCRIPTIONS.tf1Apis}
      empty={rows.length === 0}
      emptyText={CHART_EMPTY_TEXTS.tf1Apis}
      legend={[{ key: 'count', label: SERIES_LABEL, color: TF1_API_COLOR }]}
    >
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={rows} margin={CHART_MARGIN}>
          <CartesianGrid {...GRID_PROPS} />
          <XAxis dataKey="weekEnd" tickFormatter={formatWeek} minTickGap={36} />
          <YAxis allowDecimals={false} width={48} />
          <Tooltip labelFormatter={(weekEnd) => formatWeek(String(weekEnd))} />
          <Area
            type="stepAfter"
            dataKey="count"
            name={SERIES_LABEL}
            stroke={TF1_API_COLOR}
            fill={TF1_API_COLOR}
            fillOpacity={0.25}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </AreaChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
