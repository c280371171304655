/**
 * `npm run backup [-- DIR]`: a consistent snapshot of the data folder (the SQLite database, the
 * uploads) and an export of the published content, into DIR/<date and time>/ (default backups/).
 * Safe while the CMS runs. On MongoDB use mongodump (README).
 */
import { join, resolve } from 'node:path'
import { dataDir } from '../cms/env/paths'
import { backupDataDir, backupName } from './lib/backup'
import { exportContent } from './lib/content/export'
import { localPayload } from './lib/payload'
import { exitWhenFlushed } from './lib/exitWhenFlushed'

async function main() {
  if (process.env.DATABASE_URL?.startsWith('mongodb')) throw new Error('DATABASE_URL is MongoDB: use mongodump (see the README)')
  const target = join(resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'backups'), backupName())
  const manifest = await backupDataDir(dataDir(), target)
  const payload = await localPayload()
  try {
    const report = await exportContent(payload, { dir: join(target, 'content') })
    console.log(`backup: ${Object.keys(manifest.files).length} bestanden en ${report.written.length} contentbestanden in ${target}`)
  } finally {
    await payload.destroy?.()
  }
}

main().then(
  () => exitWhenFlushed(),
  (error) => {
    console.error(`backup failed: ${error instanceof Error ? error.message : error}`)
    exitWhenFlushed(1)
  },
)
