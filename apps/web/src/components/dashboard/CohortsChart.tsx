import {
  CHART_DESCRIPTIONS,
  CHART_EMPTY_TEXTS,
  CHART_INK,
  CHART_TITLES,
  FAMILY_COLORS,
  FRAMEWORK_FAMILIES,
  frameworkLabel,
  nonEmptyKeys,
  type Framework,
  type FrameworkFamily,
  type Dashboard,
} from '@mmt/domain';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { modelsLink, referenceLabelPosition } from '../../lib/dashboard';
import { ChartCard } from './ChartCard';
import { CHART_MARGIN, GRID_PROPS } from './chartParts';

interface Props {
  cohorts: Dashboard['cohorts'];
  preferredFramework: Framework;
  asOf: string;
}

/** Two short lines beside the policy line, on the side with room, so it fits a narrow chart. */
function PolicyLabel({ x, y, preferred, side }: { x: number; y: number; preferred: string; side: string }) {
  const left = side === 'insideTopRight';
  const textX = left ? x - 6 : x + 6;
  return (
    <text x={textX} y={y + 16} textAnchor={left ? 'end' : 'start'} className="chart-reference-label">
      <tspan x={textX}>{'policy: '}</tspan>
      <tspan x={textX} dy="1.2em">
        new projects on {preferred}
      </tspan>
    </text>
  );
}

export function CohortsChart({ cohorts, preferredFramework, asOf }: Props) {
  const navigate = useNavigate();
  const keys = nonEmptyKeys<FrameworkFamily>(cohorts.rows, FRAMEWORK_FAMILIES);
  const preferred = frameworkLabel(preferredFramework);
  return (
    <ChartCard
      id="cohorts"
      title={CHART_TITLES.cohorts}
      description={`${CHART_DESCRIPTIONS.cohorts} The line marks ${cohorts.newProjectsFrom}, from when new projects start on ${preferred}. Click a bar to open that family's models.`}
      empty={keys.length === 0}
      emptyText={CHART_EMPTY_TEXTS.cohorts}
      legend={keys.map((key) => ({
        key,
        label: key,
        color: FAMILY_COLORS[key],
        to: modelsLink({ family: key, asOf }),
      }))}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={cohorts.rows} margin={CHART_MARGIN}>
          <CartesianGrid {...GRID_PROPS} vertical={false} />
          <XAxis dataKey="key" minTickGap={20} />
          <YAxis allowDecimals={false} width={40} />
          <Tooltip labelFormatter={(value) => `Started in ${String(value)}`} cursor={{ fill: '#eef1f5' }} />
          <ReferenceLine
            x={cohorts.policyQuarter}
            stroke={CHART_INK}
            strokeDasharray="6 4"
            strokeWidth={2}
            label={(props: { viewBox?: { x?: number; y?: number } }) => (
              <PolicyLabel
                x={props.viewBox?.x ?? 0}
                y={props.viewBox?.y ?? 0}
                preferred={preferred}
                side={referenceLabelPosition(cohorts.rows, cohorts.policyQuarter)}
              />
            )}
          />
          {keys.map((key) => (
            <Bar
              key={key}
              dataKey={key}
              name={key}
              stackId="all"
              fill={FAMILY_COLORS[key]}
              cursor="pointer"
              onClick={() => void navigate(modelsLink({ family: key, asOf }))}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
