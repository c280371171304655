import path from 'node:path'
import type { Payload } from 'payload'
import { rootDir } from '../../cms/env/paths'
import { contentCollections, type ContentCollection } from '../../cms/schemas/collections'
import { run } from './run'

/** True when no content collection holds a single document (drafts included). */
export async function isContentEmpty(payload: Payload): Promise<boolean> {
  for (const collection of Object.keys(contentCollections) as ContentCollection[]) {
    if ((await payload.count({ collection })).totalDocs > 0) return false
  }
  return true
}

/** Imports content/ (npm run seed) into the database. */
export const seed = (env: NodeJS.ProcessEnv = process.env) =>
  run(path.join(rootDir, 'node_modules', '.bin', 'tsx'), ['scripts/seed.ts'], { cwd: rootDir, env })
