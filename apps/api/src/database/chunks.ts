/** Rows per statement for bulk writes: one JSON parameter each, a few MB at most. */
const WRITE_CHUNK = 1_000;

export const chunks = <T>(items: readonly T[], size = WRITE_CHUNK): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
