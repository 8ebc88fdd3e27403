import { CHART_GRID } from '@mmt/domain';
import type { MouseHandlerDataParam } from 'recharts';

// Shared axis and tooltip settings: sizes are set in CSS (rem) so they grow on a projector.
export const GRID_PROPS = { strokeDasharray: '3 3', stroke: CHART_GRID } as const;
export const CHART_MARGIN = { top: 8, right: 16, bottom: 4, left: 0 } as const;

/** The row under the pointer when a chart is clicked, or null outside the plot. */
export function clickedIndex(state: MouseHandlerDataParam): number | null {
  const index = Number(state.activeTooltipIndex ?? state.activeIndex);
  return Number.isInteger(index) && index >= 0 ? index : null;
}
