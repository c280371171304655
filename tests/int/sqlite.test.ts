/**
 * The embedded database is set up as a server's: WAL (reads go on while questions are written),
 * a busy timeout (a second writer waits instead of failing) and full sync (an acknowledged write
 * is on disk).
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempPayload } from '../helpers/tempPayload'

let payload: Payload
let cleanup: () => Promise<void>
const sqlite = !process.env.DATABASE_URL?.startsWith('mongodb')

beforeAll(async () => {
  ;({ payload, cleanup } = await tempPayload())
})
afterAll(async () => cleanup?.())

const pragma = async (name: string) => {
  const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> } }).client
  return Object.values((await client.execute(`PRAGMA ${name};`)).rows[0])[0]
}

describe.runIf(sqlite)('the SQLite database', () => {
  it('runs in WAL mode with full sync and a busy timeout', async () => {
    expect(await pragma('journal_mode')).toBe('wal')
    // 2 = FULL
    expect(Number(await pragma('synchronous'))).toBe(2)
    expect(Number(await pragma('busy_timeout'))).toBe(5000)
  })

  it('reads the sources of a page of documents by their parent, not by scanning the table', async () => {
    const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> } }).client
    for (const table of ['lessons_texts', 'questions_texts', '_tools_v_texts']) {
      const plan = await client.execute(`EXPLAIN QUERY PLAN SELECT * FROM ${table} WHERE parent_id IN (1, 2, 3) ORDER BY "order"`)
      expect(plan.rows.map((r) => String(r.detail)).join(' | '), table).toContain(`${table}_parent_order_idx`)
    }
  })
})
