import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/dist/**/*.test.ts'],
    // The content tests run whole builds one after another; the machine may be small.
    fileParallelism: false,
    testTimeout: 120_000,
  },
});
