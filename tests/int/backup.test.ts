/**
 * Backup then restore into an empty folder: every table (documents, versions, questions with
 * their askers, users, jobs) and every upload comes back, with equal counts and checksums. A
 * damaged backup, or a folder that already has a database, is refused and nothing is written.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backupDataDir, DATABASE_FILE } from '../../scripts/lib/backup'
import { importContent } from '../../scripts/lib/content/import'
import { tempPayload } from '../helpers/tempPayload'

const root = resolve(import.meta.dirname, '../..')
const work = mkdtempSync(join(tmpdir(), 'backup-test-'))
let payload: Payload
let dataDir: string
let cleanup: () => Promise<void>
const sqlite = !process.env.DATABASE_URL?.startsWith('mongodb')

/** Per table: its row count and a hash of all its rows in rowid order. */
const fingerprint = async (database: string) => {
  const client = createClient({ url: `file:${database}` })
  try {
    const tables = (await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")).rows.map((r) => String(r.name))
    const out: Record<string, { rows: number; hash: string }> = {}
    for (const table of tables) {
      const { rows } = await client.execute(`SELECT * FROM "${table}" ORDER BY rowid`)
      out[table] = { rows: rows.length, hash: createHash('sha256').update(JSON.stringify(rows)).digest('hex') }
    }
    return out
  } finally {
    client.close()
  }
}

const filesOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [e.name, createHash('sha256').update(readFileSync(join(e.parentPath, e.name))).digest('hex')]),
  )

const restoreCli = (backup: string, into: string) =>
  promisify(execFile)(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/restore.ts', backup], { cwd: root, env: { ...process.env, DATA_DIR: into } })

beforeAll(async () => {
  ;({ payload, dataDir, cleanup } = await tempPayload())
  if (!sqlite) return
  expect((await importContent(payload, { dir: join(root, 'content') })).problems).toEqual([])
  await payload.create({ collection: 'questions', data: { title: 'Wie bewaart mijn vraag?', askerName: 'Bea Vrager', askerEmail: 'bea@example.org' } as never })
  const png = readFileSync(join(root, 'site/public/og.png'))
  await payload.create({ collection: 'media', data: { alt: 'Het deelplaatje' }, file: { data: png, mimetype: 'image/png', name: 'deelplaatje.png', size: png.length } })
}, 300_000)
afterAll(async () => {
  await cleanup?.()
  rmSync(work, { recursive: true, force: true })
})

describe.runIf(sqlite)('npm run backup and npm run restore', () => {
  const backup = join(work, 'backup')
  const restored = join(work, 'restored')

  it('back up the live database and the uploads, and restore them into an empty folder unchanged', async () => {
    await backupDataDir(dataDir, backup)
    await restoreCli(backup, restored)
    const before = await fingerprint(join(dataDir, DATABASE_FILE))
    const after = await fingerprint(join(restored, DATABASE_FILE))
    expect(after).toEqual(before)
    expect(before.questions.rows).toBeGreaterThan(10)
    expect(before._tools_v.rows).toBeGreaterThan(0)
    const restoredDb = createClient({ url: `file:${join(restored, DATABASE_FILE)}` })
    const askers = (await restoredDb.execute('SELECT asker_email FROM questions WHERE asker_email IS NOT NULL')).rows
    restoredDb.close()
    expect(JSON.stringify(askers)).toContain('bea@example.org')
    expect(filesOf(join(restored, 'media'))).toEqual(filesOf(join(dataDir, 'media')))
    expect(Object.keys(filesOf(join(restored, 'media'))).some((f) => f.startsWith('deelplaatje'))).toBe(true)
    expect(statSync(join(restored, DATABASE_FILE)).mode & 0o077).toBe(0)
  })

  it('refuses to restore over a database, and writes nothing', async () => {
    const before = readFileSync(join(restored, DATABASE_FILE))
    await expect(restoreCli(backup, restored)).rejects.toMatchObject({ stderr: expect.stringContaining('bestaat al: zet een backup alleen terug in een lege map') })
    expect(readFileSync(join(restored, DATABASE_FILE)).equals(before)).toBe(true)
  })

  it('refuses a damaged backup, and writes nothing', async () => {
    appendFileSync(join(backup, DATABASE_FILE), 'beschadigd')
    const into = join(work, 'elsewhere')
    await expect(restoreCli(backup, into)).rejects.toMatchObject({ stderr: expect.stringContaining('klopt niet met de manifest') })
    expect(existsSync(into)).toBe(false)
  })
})
