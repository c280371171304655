/**
 * The migration that moves questions onto Payload's drafts (20261202_065040_questions_drafts_body)
 * carries the data over: a published question becomes answered + `_status: published` with its
 * answer in `body`, an open one stays a draft at its step, and each question's newest version
 * becomes the latest. Runs the committed migrations' SQL on a real SQLite file.
 */
import { createClient } from '@libsql/client'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { migrations } from '../../cms/migrations'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbeter-migration-'))
const client = createClient({ url: `file:${path.join(dir, 'test.db')}` })
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

// The migrations hand drizzle `sql` templates to `db.run`; these carry no parameters, so their text is the statement.
type Chunk = { value?: string[] }
const db = { run: (query: { queryChunks: Chunk[] }) => client.execute(query.queryChunks.map((c) => c.value?.join('') ?? '').join('')) }
const runUp = async (name: string) => {
  const migration = migrations.find((m) => m.name === name)!
  await migration.up({ db, payload: {}, req: {} } as never)
}

it('moves published questions to _status and answers to body', async () => {
  const target = '20261202_065040_questions_drafts_body'
  const before = migrations.slice(0, migrations.findIndex((m) => m.name === target))
  for (const m of before) await runUp(m.name)
  const answer = JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Bel het wijkteam.' }] }] } })
  await client.execute({ sql: `INSERT INTO questions (id, title, status, answer, slug) VALUES (1, 'Gepubliceerd', 'published', ?, 'a'), (2, 'Open', 'accepted', NULL, 'b')`, args: [answer] })
  await client.execute({
    sql: `INSERT INTO _questions_v (id, parent_id, version_title, version_status, version_answer) VALUES (1, 1, 'Gepubliceerd', 'answered', ?), (2, 1, 'Gepubliceerd', 'published', ?), (3, 2, 'Open', 'accepted', NULL)`,
    args: [answer, answer],
  })

  await runUp(target)

  const { rows } = await client.execute('SELECT id, status, _status, body FROM questions ORDER BY id')
  expect(rows.map((r) => ({ ...r }))).toEqual([
    { id: 1, status: 'answered', _status: 'published', body: answer },
    { id: 2, status: 'accepted', _status: 'draft', body: null },
  ])
  const versions = await client.execute('SELECT id, version_status, version__status, version_body IS NOT NULL AS has_body, latest FROM _questions_v ORDER BY id')
  expect(versions.rows.map((r) => ({ ...r }))).toEqual([
    { id: 1, version_status: 'answered', version__status: 'draft', has_body: 1, latest: null },
    { id: 2, version_status: 'answered', version__status: 'published', has_body: 1, latest: 1 },
    { id: 3, version_status: 'accepted', version__status: 'draft', has_body: 0, latest: 1 },
  ])
})
