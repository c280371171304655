import type { Payload } from 'payload'
import { contentCollections, type ContentCollection } from '../../model/collections'
import { importContent } from './content/import'
import { importSummary } from './content/summary'

/** True when no content collection holds a single document (drafts included). */
export async function isContentEmpty(payload: Payload): Promise<boolean> {
  for (const collection of Object.keys(contentCollections) as ContentCollection[]) {
    if ((await payload.count({ collection })).totalDocs > 0) return false
  }
  return true
}

/**
 * Imports a content folder into a database that holds no content yet (npm run seed, and npm start
 * on first run); a database with content is left alone. Returns false when the content has problems.
 */
export async function seedIfEmpty(payload: Payload, dir: string, log: (line: string) => void = console.log): Promise<boolean> {
  if (!(await isContentEmpty(payload))) {
    log('Content: de database bevat al content; bijwerken gaat met npm run content:import.')
    return true
  }
  log(`Content: de database is leeg, ${dir} wordt ingelezen…`)
  const report = await importContent(payload, { dir, log })
  for (const line of report.problems) console.error(line)
  if (report.problems.length > 0) return false
  for (const line of importSummary(report)) log(line)
  return true
}
