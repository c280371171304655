// Fills an empty database with content/ (what `npm start` does on first run). Refuses a database that holds content.
// Usage: npm run seed
import { importContent } from './lib/content/import'
import { importSummary } from './lib/content/summary'
import { localPayload } from './lib/payload'
import { isContentEmpty } from './lib/seedIfEmpty'

const dir = process.argv[2] ?? process.env.SITE_CONTENT_DIR ?? 'content'
const payload = await localPayload()
try {
  if (!(await isContentEmpty(payload))) {
    console.log('De database bevat al content; seed slaat over (npm run content:import werkt bij).')
  } else {
    const report = await importContent(payload, { dir, log: (line) => console.log(line) })
    for (const line of report.problems) console.error(line)
    if (report.problems.length > 0) process.exitCode = 1
    else for (const line of importSummary(report)) console.log(line)
  }
} finally {
  await payload.destroy?.()
}
process.exit()
