/**
 * Bad configuration stops `npm start` at once with one line that names the variable or host.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

function start(env: Record<string, string>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbeter-start-'))
  const { NODE_ENV, DATABASE_URL, PAYLOAD_SECRET, ...rest } = process.env
  const result = spawnSync('npx', ['tsx', 'scripts/start.ts'], {
    env: { ...rest, DATA_DIR: dataDir, CMS_PORT: '3999', ...env } as unknown as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 60_000,
  })
  fs.rmSync(dataDir, { recursive: true, force: true })
  const lines = result.stderr.split('\n').filter((l) => l.trim() && !l.startsWith('npm warn'))
  return { status: result.status, lines }
}

describe('npm start with bad configuration', () => {
  it('refuses production without PAYLOAD_SECRET', () => {
    const { status, lines } = start({ NODE_ENV: 'production' })
    expect(status).toBe(1)
    expect(lines).toEqual([expect.stringMatching(/^PAYLOAD_SECRET is not set/)])
  })

  it('refuses a DATABASE_URL of an unknown scheme', () => {
    const { status, lines } = start({ DATABASE_URL: 'postgres://db.example:5432/samenbeter' })
    expect(status).toBe(1)
    expect(lines).toEqual([expect.stringMatching(/^DATABASE_URL has an unknown scheme "postgres"/)])
  })

  it('names the host of a MongoDB that does not answer', () => {
    const { status, lines } = start({ DATABASE_URL: 'mongodb://127.0.0.1:9/samenbeter' })
    expect(status).toBe(1)
    expect(lines).toEqual([expect.stringMatching(/^DATABASE_URL: no MongoDB answered at 127\.0\.0\.1:9 within 4 s/)])
  })

  it('refuses a setting that is not a number, naming it', () => {
    const { status, lines } = start({ ASK_RATE_LIMIT: 'abc' })
    expect(status).toBe(1)
    expect(lines).toEqual([expect.stringMatching(/^ASK_RATE_LIMIT="abc" is not a number/)])
  })

  it('refuses a timing setting that would silently switch the check off', () => {
    const { status, lines } = start({ ASK_MIN_SECONDS: 'abc' })
    expect(status).toBe(1)
    expect(lines).toEqual([expect.stringMatching(/^ASK_MIN_SECONDS="abc" is not a number/)])
  })
})
