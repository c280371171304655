/**
 * `npm start`: the whole thing on one machine. Checks the configuration, creates and migrates the
 * database, seeds content/ into an empty one, creates the first admin when ADMIN_EMAIL and
 * ADMIN_PASSWORD are given, builds the CMS and the site when they are missing or out of date,
 * then serves both. Publishing in the CMS rebuilds the site being served. Ctrl-C stops all.
 */
import { checkDatabaseReachable } from './lib/checkDatabase'
import { buildCmsIfStale, serveCms, type CmsStoppedError } from './lib/cmsServer'
import { ensureFirstAdmin } from './lib/firstAdmin'
import { localPayload } from './lib/payload'
import { seedIfEmpty } from './lib/seedIfEmpty'
import { buildSiteIfStale, distDir } from './lib/buildSiteIfStale'
import { describeStartupError } from './lib/startupError'
import { serveDir } from './lib/staticServer'

const cmsPort = Number(process.env.CMS_PORT || 3000)
const sitePort = Number(process.env.SITE_PORT || 4321)

async function main() {
  await checkDatabaseReachable()
  // Opening the database creates and migrates it on first run, and fails fast on bad configuration.
  const payload = await localPayload()
  if (!(await seedIfEmpty(payload, process.env.SITE_CONTENT_DIR || 'content'))) throw new Error('content/ has problems (listed above): nothing was imported')
  const hasAccount = await ensureFirstAdmin(payload)
  await payload.destroy?.()

  // The CMS links to the site and accepts questions from it only; the site posts questions to the CMS.
  process.env.SITE_URL ||= `http://localhost:${sitePort}`
  process.env.CMS_URL ||= `http://localhost:${cmsPort}`
  process.env.SITE_REBUILD_DEBOUNCE_MS ||= '5000'

  await buildCmsIfStale()
  await buildSiteIfStale()

  let cms = await serveCms(cmsPort)
  const site = await serveDir(distDir, { port: sitePort })

  console.log(`
  SamenBeter Toolbox is running.
    Site:  ${process.env.SITE_URL}/
    CMS:   ${process.env.CMS_URL}/admin   (REST: ${process.env.CMS_URL}/api)
  ${hasAccount ? '' : `No account yet: register the first admin at ${process.env.CMS_URL}/admin/create-first-user\n  `}Ctrl-C stops both.
`)

  let stopping = false
  const stop = async (code = 0) => {
    if (stopping) return
    stopping = true
    cms.kill('SIGTERM')
    await site.close()
    process.exit(code)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
  // Whatever goes wrong here, the CMS never stays behind on its own.
  process.on('uncaughtException', (error) => {
    console.error(`npm start: ${error.message}; both servers stop.`)
    void stop(1)
  })
  process.on('exit', () => cms.kill('SIGTERM'))

  // A CMS that dies is started again (a crash loses nothing: the database is on disk), also one
  // that dies while it is starting again; one that keeps dying stops the whole thing with one line
  // rather than leave the site without its CMS.
  const crashes: number[] = []
  const crashed = (how: string) => {
    if (stopping) return
    crashes.push(Date.now())
    if (crashes.filter((t) => Date.now() - t < 60_000).length >= 3) {
      console.error(`CMS stopped (${how}) three times within a minute; the site stops too.`)
      return void stop(1)
    }
    console.error(`CMS stopped (${how}); starting it again…`)
    serveCms(cmsPort, process.env, (child) => (cms = child)).then(
      (next) => {
        supervise(next)
        console.log(`CMS: running again on ${process.env.CMS_URL}`)
      },
      (error: Error & Partial<CmsStoppedError>) => {
        if (error.stoppedBy) return crashed(error.stoppedBy)
        console.error(`CMS could not start again: ${error.message.split('\n')[0]}; the site stops too.`)
        void stop(1)
      },
    )
  }
  const supervise = (child: typeof cms) => child.on('exit', (code, signal) => crashed(signal ?? `exit ${code}`))
  supervise(cms)
}

main().catch((error) => {
  console.error(describeStartupError(error))
  process.exit(1)
})
