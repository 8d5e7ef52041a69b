import { defineConfig } from 'vitest/config'

/**
 * Unit tests: pure functions, no I/O. Integration tests: a real database (SQLite in a
 * temporary folder, or a scratch PostgreSQL database when TEST_DATABASE_URL is set),
 * real files, real builds; one file at a time, since each opens its own Payload.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          // The whole app under bursts and crashes (`npm run test:load`): slow, so apart from `npm test`.
          name: 'load',
          include: ['tests/load/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
})
