import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { chmod, cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { createClient } from '@libsql/client'

export const DATABASE_FILE = 'samenbeter.db'
const MANIFEST = 'manifest.json'

export interface Manifest {
  createdAt: string
  /** Relative path → sha256 of every file in the backup (the manifest itself aside). */
  files: Record<string, string>
}

const sha256 = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex')

const filesUnder = async (dir: string): Promise<string[]> =>
  existsSync(dir)
    ? (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
    : []

/** `backups/2026-12-01T21-30-00Z`: sorts by time, and holds no character a file system refuses. */
export const backupName = (at = new Date()) => at.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')

/**
 * A consistent snapshot of the data folder into `target`: the SQLite database through VACUUM INTO
 * (SQLite's own copy of a live database, safe while the CMS writes to it), the uploads, and a
 * manifest with a checksum of every file. The session secret stays out (a restored CMS gets a new
 * one; everybody logs in again).
 * https://www.sqlite.org/lang_vacuum.html#vacuuminto
 */
export async function backupDataDir(dataDir: string, target: string): Promise<Manifest> {
  const database = join(dataDir, DATABASE_FILE)
  if (!existsSync(database)) throw new Error(`${database} bestaat niet: niets om te bewaren`)
  if (existsSync(target)) throw new Error(`${target} bestaat al: een backup overschrijft niets`)
  await mkdir(target, { recursive: true, mode: 0o700 })
  const client = createClient({ url: `file:${database}` })
  try {
    await client.execute({ sql: 'VACUUM INTO ?', args: [join(target, DATABASE_FILE)] })
  } finally {
    client.close()
  }
  if (existsSync(join(dataDir, 'media'))) await cp(join(dataDir, 'media'), join(target, 'media'), { recursive: true })
  const manifest: Manifest = { createdAt: new Date().toISOString(), files: {} }
  for (const file of (await filesUnder(target)).sort()) manifest.files[relative(target, file)] = await sha256(file)
  await writeFile(join(target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

/**
 * Brings a backup back into an empty data folder, after checking every file against the
 * manifest; a damaged backup or a folder that already holds a database is refused, and nothing
 * is written then.
 */
export async function restoreDataDir(backup: string, dataDir: string) {
  const manifest = JSON.parse(await readFile(join(backup, MANIFEST), 'utf8').catch(() => 'null')) as Manifest | null
  if (!manifest?.files?.[DATABASE_FILE]) throw new Error(`${backup} is geen backup (geen ${MANIFEST} met ${DATABASE_FILE})`)
  if (existsSync(join(dataDir, DATABASE_FILE))) throw new Error(`${join(dataDir, DATABASE_FILE)} bestaat al: zet een backup alleen terug in een lege map`)
  for (const [file, hash] of Object.entries(manifest.files)) {
    if (!existsSync(join(backup, file)) || (await sha256(join(backup, file))) !== hash) throw new Error(`${join(backup, file)} klopt niet met de manifest: de backup is beschadigd`)
  }
  await mkdir(dataDir, { recursive: true, mode: 0o700 })
  for (const file of Object.keys(manifest.files)) {
    await mkdir(join(dataDir, file, '..'), { recursive: true })
    await cp(join(backup, file), join(dataDir, file))
  }
  // The database holds the askers' addresses: the owner's alone.
  await chmod(join(dataDir, DATABASE_FILE), 0o600)
  return manifest
}
