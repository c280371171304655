import fs from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter, type SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { DatabaseAdapterObj } from 'payload'
import { ConfigError } from './configError'
import { migrations } from '../migrations'
import { dataDir, migrationDir } from './paths'

/** How long to look for a MongoDB server before giving up (the driver's default is 30 s). */
const MONGO_SERVER_SELECTION_MS = 4000

/**
 * DATABASE_URL picks the database: unset → SQLite at .data/samenbeter.db; `file:…` → SQLite there;
 * `mongodb://` or `mongodb+srv://` → MongoDB. Production takes its schema from cms/migrations/.
 */
/**
 * The lists of a document (`sources` and other hasMany text fields) live in `<table>_texts`, which
 * Payload indexes on (order, parent_id) only: reading the lists of a page of 20 documents then
 * scanned the whole table per document (1.1–1.4 s per lessons list at 10,000 documents; 0.01 s
 * with this index). Payload's fields cannot say a composite index on a table it generates.
 */
const indexListsByParent: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_texts')) continue
    extendTable({ table, extraConfig: (t) => ({ parentOrder: index(`${name}_parent_order_idx`).on(t.parent, t.order) }) })
  }
  return schema
}

export function databaseAdapter(env: NodeJS.ProcessEnv = process.env): DatabaseAdapterObj {
  const url = env.DATABASE_URL || `file:${path.join(dataDir(), 'samenbeter.db')}`
  const production = env.NODE_ENV === 'production'
  const scheme = /^([a-z+]+):/i.exec(url)?.[1]?.toLowerCase()

  if (scheme === 'file') {
    const file = url.slice('file:'.length)
    // The database holds askers' names and e-mails: readable by the owner of the process only.
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
    if (path.resolve(path.dirname(file)) === dataDir()) fs.chmodSync(dataDir(), 0o700)
    if (file !== ':memory:') {
      fs.closeSync(fs.openSync(file, 'a', 0o600))
      fs.chmodSync(file, 0o600)
    }
    return sqliteAdapter({
      client: { url },
      // A server's settings: readers do not wait for writers (WAL), a writer waits for another
      // instead of failing (busy timeout), and a write is on disk before it is acknowledged
      // (synchronous FULL), so an acknowledged publish or question survives a crash.
      // https://www.sqlite.org/wal.html
      wal: { synchronous: 'FULL' },
      busyTimeout: 5000,
      afterSchemaInit: [indexListsByParent],
      migrationDir,
      push: !production,
      prodMigrations: production ? migrations : undefined,
    })
  }
  if (scheme === 'mongodb' || scheme === 'mongodb+srv') {
    return mongooseAdapter({
      url,
      // MongoDB keeps no schema: the committed migrations are SQL for the SQLite default.
      connectOptions: { serverSelectionTimeoutMS: MONGO_SERVER_SELECTION_MS, connectTimeoutMS: MONGO_SERVER_SELECTION_MS },
    })
  }
  throw new ConfigError(
    `DATABASE_URL has an unknown scheme "${scheme ?? url}": use file:<path> (SQLite) or mongodb://… (MongoDB).`,
  )
}
