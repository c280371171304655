import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

/**
 * Payload on a throw-away SQLite file (or on the MongoDB of DATABASE_URL, when the suite is run
 * against one). Call once per test file: Payload keeps one instance per process.
 */
export async function tempPayload(): Promise<{ payload: Payload; dataDir: string; cleanup: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbeter-test-'))
  process.env.DATA_DIR = dataDir
  process.env.PAYLOAD_SECRET ||= 'test-secret-not-for-production'
  const mongo = process.env.DATABASE_URL?.startsWith('mongodb')
  if (mongo) {
    // One database per run, so parallel files and earlier runs never meet.
    const url = new URL(process.env.DATABASE_URL!)
    url.pathname = `/samenbeter_test_${path.basename(dataDir).replace(/\W/g, '_')}`
    process.env.DATABASE_URL = url.toString()
  } else {
    delete process.env.DATABASE_URL
  }
  const { localPayload } = await import('../../scripts/lib/payload')
  const payload = await localPayload()
  return {
    payload,
    dataDir,
    cleanup: async () => {
      // The suite's own MongoDB database goes; SQLite's file goes with the folder below.
      if (mongo) await (payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }).connection.dropDatabase()
      await payload.destroy?.()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
