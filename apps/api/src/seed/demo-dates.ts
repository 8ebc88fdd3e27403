import { addDays } from '@mmt/domain';

/** The last day of the month `months` months after `today`'s (negative: before): where plans land. */
export function endOfMonthIn(today: string, months: number): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1 + months;
  const firstOfNext = new Date(Date.UTC(year, month + 1, 1)).toISOString().slice(0, 10);
  return addDays(firstOfNext, -1);
}
