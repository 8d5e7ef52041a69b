import { defineConfig } from 'vitest/config'

/**
 * Integration tests whose outcome no database can change: they check the built site's
 * bytes, headers and build folders, or the Stripe stand-in and the production start's
 * refusals, and read the CMS (if at all) only to build a site, as every other file reads
 * it too. CI's second integration run, against PostgreSQL (TEST_DATABASE_URL), leaves
 * them out; every other file runs on both.
 */
const sameOnEveryDatabase = ['compression', 'pageBudgets', 'staticHostFiles', 'securityHeaders', 'localStripe', 'productionStart', 'siteBuild', 'secondProfile', 'concurrentSiteBuilds']

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
        // The admin's server components (cms/, whose tsconfig leaves JSX to Next) rendered to HTML in tests.
        oxc: { jsx: { runtime: 'automatic' } },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          exclude: process.env.TEST_DATABASE_URL ? sameOnEveryDatabase.map((name) => `tests/integration/${name}.test.ts`) : [],
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
