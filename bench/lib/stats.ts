export interface LatencyStats {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Nearest-rank percentiles of latencies (ms) collected over `seconds`. */
export function summarize(latencies: number[], seconds: number): LatencyStats {
  const sorted = Float64Array.from(latencies).sort();
  const at = (percent: number) =>
    sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((percent / 100) * sorted.length) - 1)]!;
  return { requests: sorted.length, rps: sorted.length / seconds, p50: at(50), p95: at(95), p99: at(99) };
}
