import {
  CHART_DESCRIPTIONS,
  CHART_EMPTY_TEXTS,
  CHART_TITLES,
  nonEmptyKeys,
  VERDICT_COLORS,
  VERDICT_LABELS,
  VERDICT_STATUSES,
  type VerdictStatus,
  type VerdictPoint,
} from '@mmt/domain';
import { useNavigate } from 'react-router';
import { drillAsOf, modelsLink } from '../../lib/dashboard';
import { todayIso } from '../../lib/format';
import { ChartCard } from './ChartCard';
import { WeeklyStackedArea } from './WeeklyStackedArea';

export function VerdictsChart({ rows, asOf }: { rows: VerdictPoint[]; asOf: string }) {
  const navigate = useNavigate();
  const keys = nonEmptyKeys<VerdictStatus>(rows, VERDICT_STATUSES);
  return (
    <ChartCard
      id="verdicts"
      title={CHART_TITLES.verdicts}
      description={`${CHART_DESCRIPTIONS.verdicts} Click a band to open its models.`}
      empty={keys.length === 0}
      emptyText={CHART_EMPTY_TEXTS.verdicts}
      legend={keys.map((key) => ({
        key,
        label: VERDICT_LABELS[key],
        color: VERDICT_COLORS[key],
        to: modelsLink({ verdict: key, asOf }),
      }))}
    >
      <WeeklyStackedArea
        rows={rows}
        keys={keys}
        colors={VERDICT_COLORS}
        labels={(key) => VERDICT_LABELS[key]}
        onOpen={(verdict, weekEnd) =>
          void navigate(modelsLink({ verdict, asOf: drillAsOf(weekEnd, asOf, todayIso()) }))
        }
      />
    </ChartCard>
  );
}
