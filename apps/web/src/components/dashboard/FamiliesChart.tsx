import {
  CHART_DESCRIPTIONS,
  CHART_EMPTY_TEXTS,
  CHART_TITLES,
  FAMILY_COLORS,
  FRAMEWORK_FAMILIES,
  nonEmptyKeys,
  type FrameworkFamily,
  type FamilyPoint,
} from '@mmt/domain';
import { useNavigate } from 'react-router';
import { drillAsOf, modelsLink } from '../../lib/dashboard';
import { todayIso } from '../../lib/format';
import { ChartCard } from './ChartCard';
import { WeeklyStackedArea } from './WeeklyStackedArea';

export function FamiliesChart({ rows, asOf }: { rows: FamilyPoint[]; asOf: string }) {
  const navigate = useNavigate();
  const keys = nonEmptyKeys<FrameworkFamily>(rows, FRAMEWORK_FAMILIES);
  return (
    <ChartCard
      id="families"
      title={CHART_TITLES.families}
      description={`${CHART_DESCRIPTIONS.families} Click a band to open its models.`}
      empty={keys.length === 0}
      emptyText={CHART_EMPTY_TEXTS.families}
      legend={keys.map((key) => ({
        key,
        label: key,
        color: FAMILY_COLORS[key],
        to: modelsLink({ family: key, asOf }),
      }))}
    >
      <WeeklyStackedArea
        rows={rows}
        keys={keys}
        colors={FAMILY_COLORS}
        labels={(key) => key}
        onOpen={(family, weekEnd) => void navigate(modelsLink({ family, asOf: drillAsOf(weekEnd, asOf, todayIso()) }))}
      />
    </ChartCard>
  );
}
