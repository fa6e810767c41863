import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['sim-core/src/**/*.test.ts', 'src/**/*.test.ts', 'tests/content/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
  },
});
