/**
 * Production and `npm start` build the database from cms/migrations/ only, so a change to a
 * collection without a new migration would break them. Asks Payload to create a migration against
 * a copy of the committed ones: there must be nothing to create.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'

it('the committed migrations match the collections (run `npm run migrate:create` after a schema change)', () => {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbeter-migrations-'))
  fs.cpSync('cms/migrations', copy, { recursive: true })
  const before = fs.readdirSync(copy).sort()
  const result = spawnSync('npx', ['payload', 'migrate:create', 'drift', '--skip-empty'], {
    env: { ...process.env, NODE_ENV: 'development', MIGRATION_DIR: copy, DATA_DIR: copy, PAYLOAD_CONFIG_PATH: 'cms/payload.config.ts', PAYLOAD_SECRET: 'x' },
    encoding: 'utf8',
    timeout: 120_000,
  })
  expect(result.status, result.stderr).toBe(0)
  const after = fs.readdirSync(copy).filter((f) => f !== 'samenbeter.db' && f !== 'payload-secret').sort()
  expect(after).toEqual(before)
  fs.rmSync(copy, { recursive: true, force: true })
})
