import { type FamilyPoint, FRAMEWORK_FAMILIES, type FrameworkFamily } from '@mmt/domain';
import { useNavigate } from 'react-router';
import { FAMILY_COLORS } from '../../lib/chartColors';
import { drillAsOf, modelsLink, nonEmptyKeys } from '../../lib/dashboard';
import { todayIso } from '../../lib/format';
import { ChartCard } from './ChartCard';
import { WeeklyStackedArea } from './WeeklyStackedArea';

export function FamiliesChart({ rows, asOf }: { rows: FamilyPoint[]; asOf: string }) {
  const navigate = useNavigate();
  const keys = nonEmptyKeys<FrameworkFamily>(rows, FRAMEWORK_FAMILIES);
  return (
    <ChartCard
      id="families"
      title="Framework families over time"
      description="Models not yet retired, by framework family, at the end of each week. Click a band to open its models."
      empty={keys.length === 0}
      emptyText="No models in this period."
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
