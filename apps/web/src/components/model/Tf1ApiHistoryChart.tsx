import { CHART_GRID, TF1_API_COLOR } from '@mmt/domain';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Tf1ApiPoint } from '../../lib/scans';

/** The model's TF1 API count over its scans: a small line, oldest scan first. */
export function Tf1ApiHistoryChart({ points }: { points: Tf1ApiPoint[] }) {
  return (
    <figure className="scan-history" aria-labelledby="scan-history-title">
      <figcaption id="scan-history-title">TF1 API uses over the last {points.length} scans</figcaption>
      <div className="scan-history-body">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke={CHART_GRID} />
            <XAxis dataKey="label" minTickGap={24} />
            <YAxis allowDecimals={false} width={40} />
            <Tooltip />
            <Line
              type="monotone"
              dataKey="total"
              name="TF1 API uses"
              stroke={TF1_API_COLOR}
              strokeWidth={2}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
