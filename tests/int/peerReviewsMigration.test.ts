/**
 * The migration that makes peer reviews documents of their own (20261202_135549_peer_reviews)
 * carries the proeftuinen's old lists over: each review a proeftuin had received becomes a peer
 * review about it, by the proeftuin that wrote it, with its text as the body (as text: nothing
 * typed becomes markup), public when the proeftuin was. Runs the committed migrations on a real
 * SQLite file, through drizzle as Payload does.
 */
import { createClient } from '@libsql/client'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { migrations } from '../../cms/migrations'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbeter-migration-'))
const client = createClient({ url: `file:${path.join(dir, 'test.db')}` })
const db = drizzle(client)
afterAll(() => {
  client.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

it('turns each proeftuin\'s list of received reviews into peer reviews about it', async () => {
  const target = '20261202_135549_peer_reviews'
  for (const m of migrations.slice(0, migrations.findIndex((m) => m.name === target))) await m.up({ db, payload: {}, req: {} } as never)
  await client.execute(`INSERT INTO proeftuinen (id, title, city, slug, _status, updated_at) VALUES
    (1, 'Roermond', 'Roermond', 'roermond', 'published', '2026-11-30T10:00:00.000Z'),
    (2, 'Westerpark', 'Amsterdam', 'westerpark', 'published', '2026-11-29T10:00:00.000Z'),
    (3, 'Nieuw', 'Ergens', 'nieuw', 'draft', '2026-11-28T10:00:00.000Z')`)
  await client.execute(`INSERT INTO proeftuinen_peer_reviews (_order, _parent_id, id, by_id, text) VALUES
    (1, 1, 'a', 2, 'De eCommunity werkt.

Maar <script>alert(1)</script> is geen plan.'),
    (1, 3, 'b', 1, 'Nog vroeg.')`)

  await migrations.find((m) => m.name === target)!.up({ db, payload: {}, req: {} } as never)

  const { rows } = await client.execute('SELECT title, about_id, by_id, date, slug, _status, body FROM peer_reviews ORDER BY id')
  expect(rows.map((r) => ({ ...r, body: JSON.parse(String(r.body)).root.children.map((p: { children: { text: string }[] }) => p.children[0].text) }))).toEqual([
    { title: 'Review van Roermond door Westerpark', about_id: 1, by_id: 2, date: '2026-11-30', slug: 'review-van-roermond-door-westerpark', _status: 'published', body: ['De eCommunity werkt.', 'Maar <script>alert(1)</script> is geen plan.'] },
    { title: 'Review van Nieuw door Roermond', about_id: 3, by_id: 1, date: '2026-11-28', slug: 'review-van-nieuw-door-roermond', _status: 'draft', body: ['Nog vroeg.'] },
  ])
  const versions = await client.execute('SELECT parent_id, version_slug, version__status, latest FROM _peer_reviews_v ORDER BY id')
  expect(versions.rows.map((r) => ({ ...r }))).toEqual([
    { parent_id: 1, version_slug: 'review-van-roermond-door-westerpark', version__status: 'published', latest: 1 },
    { parent_id: 2, version_slug: 'review-van-nieuw-door-roermond', version__status: 'draft', latest: 1 },
  ])
  const old = await client.execute(`SELECT name FROM sqlite_master WHERE name LIKE '%proeftuinen%peer_reviews%'`)
  expect(old.rows).toEqual([])
})
