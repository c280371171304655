/**
 * `npm run restore -- DIR`: brings a backup made by `npm run backup` back into an empty data
 * folder (DATA_DIR, default .data/), after checking every file against its manifest.
 */
import { resolve } from 'node:path'
import { dataDir } from '../cms/env/paths'
import { restoreDataDir } from './lib/backup'

const source = process.argv.slice(2).find((a) => !a.startsWith('--'))
try {
  if (!source) throw new Error('welke backup? npm run restore -- backups/<datum>')
  const manifest = await restoreDataDir(resolve(source), dataDir())
  console.log(`restore: ${Object.keys(manifest.files).length} bestanden van ${manifest.createdAt} teruggezet in ${dataDir()}`)
} catch (error) {
  console.error(`restore failed: ${error instanceof Error ? error.message : error}`)
  process.exitCode = 1
}
