// Imports content files into the CMS: every file is checked first; nothing is written when one is wrong.
// Usage: npm run content:import [-- DIR] [--prune]
import { importContent } from './lib/content/import'
import { importSummary } from './lib/content/summary'
import { localPayload } from './lib/payload'
import { exitWhenFlushed } from './lib/exitWhenFlushed'

const args = process.argv.slice(2)
const prune = args.includes('--prune')
const dir = args.find((a) => !a.startsWith('--')) ?? process.env.SITE_CONTENT_DIR ?? 'content'

const payload = await localPayload()
const started = performance.now()
try {
  const report = await importContent(payload, { dir, prune, log: (line) => console.log(line) })
  if (report.problems.length > 0) {
    for (const line of report.problems) console.error(line)
    console.error(`${report.problems.length} problemen gevonden; er is niets geïmporteerd.`)
    process.exitCode = 1
  } else {
    for (const line of importSummary(report, prune)) console.log(line)
    console.log(`Klaar in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  }
} finally {
  await payload.destroy?.()
}
exitWhenFlushed()
