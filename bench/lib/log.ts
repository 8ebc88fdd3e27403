const started = performance.now();

const clock = () => {
  const seconds = Math.floor((performance.now() - started) / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
};

/** Progress on stderr-free stdout, with the time since the run started. */
export const step = (message: string) => console.log(`\n[${clock()}] ▶ ${message}`);
export const info = (message: string) => console.log(`[${clock()}]   ${message}`);
export const fmt = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
