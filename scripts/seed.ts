// Fills an empty database with content/ (what `npm start` does on first run). Refuses a database that holds content.
// Usage: npm run seed [-- DIR]
import { localPayload } from './lib/payload'
import { seedIfEmpty } from './lib/seedIfEmpty'
import { exitWhenFlushed } from './lib/exitWhenFlushed'

const dir = process.argv[2] ?? process.env.SITE_CONTENT_DIR ?? 'content'
const payload = await localPayload()
try {
  if (!(await seedIfEmpty(payload, dir))) process.exitCode = 1
} finally {
  await payload.destroy?.()
}
exitWhenFlushed()
