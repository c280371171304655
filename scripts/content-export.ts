// Writes the CMS's published documents as content files (deterministic: unchanged content changes no byte).
// Usage: npm run content:export [-- DIR]
import { exportContent } from './lib/content/export'
import { exportSummary } from './lib/content/summary'
import { localPayload } from './lib/payload'
import { exitWhenFlushed } from './lib/exitWhenFlushed'

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? process.env.SITE_CONTENT_DIR ?? 'content'
const payload = await localPayload()
try {
  const report = await exportContent(payload, { dir })
  for (const line of exportSummary(report)) console.log(line)
  for (const problem of report.problems) console.error(problem)
  if (report.problems.length > 0) process.exitCode = 1
} finally {
  await payload.destroy?.()
}
exitWhenFlushed()
