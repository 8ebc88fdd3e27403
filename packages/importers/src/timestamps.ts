import { isPlaceholder } from './text.js';

// Before this no ML registry existed; a smaller number is not a timestamp of ours (or a unit error).
const EARLIEST = Date.UTC(2000, 0, 1);

/**
 * An instant the source recorded, as an ISO timestamp: epoch milliseconds (MLflow's
 * `creation_timestamp`, as a number or a numeric string), or a date and time written out
 * (`2023-05-21 19:16:51.054335`, UTC as MLflow writes it). Anything else is noted and ignored.
 */
export function readInstant(value: unknown, what: string, notes: string[]): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' && isPlaceholder(value)) {
    notes.push(`${what} is a template placeholder ("${value.trim()}"): ignored`);
    return undefined;
  }
  const instant = toDate(value);
  if (!instant || instant.getTime() < EARLIEST) {
    notes.push(`${what} "${String(value)}" is not a date: ignored`);
    return undefined;
  }
  return instant.toISOString();
}

function toDate(value: unknown): Date | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? new Date(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d{10,16}$/.test(text)) return new Date(Number(text));
  // A date and time with no zone: MLflow writes UTC. Fractions beyond milliseconds are dropped.
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (match) {
    const fraction = (match[3] ?? '').slice(0, 4);
    const date = new Date(`${match[1]}T${match[2]}${fraction}${match[4] ?? 'Z'}`);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const date = new Date(`${text}T00:00:00.000Z`);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
}

/** The earliest of some ISO instants, or undefined. */
export function earliest(instants: readonly (string | undefined)[]): string | undefined {
  return instants.filter((instant): instant is string => instant !== undefined).sort()[0];
}
