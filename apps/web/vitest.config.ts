import { defineConfig } from 'vitest/config';

// Pure transforms of the web app (no DOM). Run: npx vitest run --config apps/web/vitest.config.ts
export default defineConfig({
  test: {
    name: 'web',
    root: new URL('.', import.meta.url).pathname,
    include: ['src/**/*.test.ts'],
  },
});
