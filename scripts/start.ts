/**
 * `npm start`: checks the configuration, prepares the database, builds the CMS when needed and
 * serves it. Bad configuration stops here with one line naming the variable or host.
 */
import { checkDatabaseReachable } from './lib/checkDatabase'
import { buildCmsIfStale, serveCms } from './lib/cmsServer'
import { localPayload } from './lib/payload'
import { describeStartupError } from './lib/startupError'

const cmsPort = Number(process.env.CMS_PORT || 3000)

async function main() {
  await checkDatabaseReachable()
  // Opens the database (creating and migrating it on first run) and fails fast on bad configuration.
  const payload = await localPayload()
  await payload.destroy?.()

  await buildCmsIfStale()
  const cms = await serveCms(cmsPort)
  console.log(`\nSamenBeter CMS: http://localhost:${cmsPort}/admin  (REST: http://localhost:${cmsPort}/api)\n`)

  const stop = () => cms.kill('SIGTERM')
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  cms.on('exit', (code) => process.exit(code ?? 0))
}

main().catch((error) => {
  console.error(describeStartupError(error))
  process.exit(1)
})
