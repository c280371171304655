import path from 'node:path'
import { fileURLToPath } from 'node:url'

const cmsDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)))

/** The repository root, whatever the working directory of the process that loads the config. */
export const rootDir = path.dirname(cmsDir)

/**
 * Where the embedded database, the generated secret and uploads live: DATA_DIR or .data/.
 * Read when asked, not at import, so a test or script can point it elsewhere first.
 */
export const dataDir = () => path.resolve(rootDir, process.env.DATA_DIR || '.data')

/** The committed migrations; MIGRATION_DIR only lets the drift test look at a copy. */
export const migrationDir = process.env.MIGRATION_DIR || path.join(cmsDir, 'migrations')
