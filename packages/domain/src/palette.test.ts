import { describe, expect, it } from 'vitest';
import { FAMILY_COLORS, LIFECYCLE_COLORS, VERDICT_COLORS } from './palette.js';

describe('the palette', () => {
  it.each([
    ['framework families', FAMILY_COLORS],
    ['verdicts', VERDICT_COLORS],
    ['lifecycles (deprecated and retired share the verdicts’ warning and retired)', LIFECYCLE_COLORS],
  ])('gives each of the %s its own colour', (_, colors) => {
    const values = Object.values(colors);
    expect(values.every((color) => /^#[0-9a-f]{6}$/.test(color))).toBe(true);
    expect(new Set(values).size).toBe(values.length);
  });
});
