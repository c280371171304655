import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', 'cms/.next/**'],
    // Suites boot Payload, build sites and drive Chromium: seconds, not milliseconds.
    globalSetup: ['tests/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Files run in their own processes; two at a time fits the 2-core machines.
    pool: 'forks',
    maxWorkers: 2,
  },
})
