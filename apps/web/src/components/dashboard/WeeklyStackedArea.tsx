import { useRef } from 'react';
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatWeek, weekTick } from '@mmt/domain';
import { CHART_MARGIN, GRID_PROPS, clickedIndex } from './chartParts';

interface Props<K extends string> {
  rows: readonly ({ weekEnd: string } & Record<K, number>)[];
  keys: readonly K[];
  colors: Record<K, string>;
  labels: (key: K) => string;
  /** Clicking a band: its key and the week end under the pointer. */
  onOpen: (key: K, weekEnd: string) => void;
}

/** Weekly counts stacked by category; clicking a band opens the models behind it that week. */
export function WeeklyStackedArea<K extends string>({ rows, keys, colors, labels, onOpen }: Props<K>) {
  // The band's own click says which series; the chart's click (fired after it) says which week.
  const clickedKey = useRef<K | null>(null);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <AreaChart
        data={rows as ({ weekEnd: string } & Record<K, number>)[]}
        margin={CHART_MARGIN}
        onClick={(state) => {
          const key = clickedKey.current;
          clickedKey.current = null;
          const index = clickedIndex(state);
          const row = index === null ? undefined : rows[index];
          if (key && row) onOpen(key, row.weekEnd);
        }}
        style={{ cursor: 'pointer' }}
      >
        <CartesianGrid {...GRID_PROPS} />
        <XAxis dataKey="weekEnd" tickFormatter={(value: string) => weekTick(value, rows.length)} minTickGap={28} />
        <YAxis allowDecimals={false} width={40} />
        <Tooltip
          labelFormatter={(value) => `Week ending ${formatWeek(String(value))}`}
          // Top band first, as the stack reads.
          itemSorter={(item) => -keys.indexOf(item.dataKey as K)}
        />
        {keys.map((key) => (
          <Area
            key={key}
            type="monotone"
            dataKey={key}
            name={labels(key)}
            stackId="all"
            stroke={colors[key]}
            fill={colors[key]}
            fillOpacity={0.85}
            onClick={() => {
              clickedKey.current = key;
            }}
          />
        ))}
      </AreaChart>
    </ResponsiveContainer>
  );
}
