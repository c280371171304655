import type { Payload } from 'payload'
import { defaultBuildCommand, publishSite } from './publishSite'

/**
 * Publishing or unpublishing runs export + site build (publishSite). A burst of publishes gives
 * one rebuild: each request restarts the quiet period, and a request during a running rebuild
 * queues exactly one more after it (that one sees everything published meanwhile).
 *
 * SITE_REBUILD_COMMAND is the shell command that builds the site (default: the project's build);
 * empty: no rebuild. Outside the production CMS server nothing runs unless it is set: a
 * development server or a test must not rebuild the site by accident.
 * SITE_REBUILD_DEBOUNCE_MS is the quiet period (default 30 s).
 */
type Logger = { info: (msg: string) => void; error: (msg: string) => void }

export function createRebuilder(options: { run: () => Promise<unknown> | undefined; debounceMs: () => number }) {
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let again = false

  const start = () => {
    timer = undefined
    if (running) {
      again = true
      return
    }
    const work = options.run()
    if (!work) return
    running = work
      .then(() => undefined, () => undefined)
      .finally(() => {
        running = undefined
        if (again) {
          again = false
          start()
        }
      })
  }

  return {
    /** Asks for a rebuild after the quiet period. */
    request() {
      if (timer) clearTimeout(timer)
      timer = setTimeout(start, options.debounceMs())
      // A pending rebuild must not keep a script (seed, import) alive.
      timer.unref?.()
    },
    /** Resolves when no rebuild is pending or running (tests). */
    async idle() {
      while (timer || running) await (running ?? new Promise((r) => setTimeout(r, 50)))
    },
  }
}

const buildCommandFromEnv = () => {
  const configured = process.env.SITE_REBUILD_COMMAND
  if (configured !== undefined) return configured.trim() || undefined
  // Only the CMS server rebuilds by default (Next.js sets NEXT_RUNTIME): scripts run in production mode too.
  return process.env.NODE_ENV === 'production' && process.env.NEXT_RUNTIME ? defaultBuildCommand() : undefined
}

let payloadForRebuild: Payload | undefined
let log: Logger = { info: console.log, error: console.error }

const rebuilder = createRebuilder({
  run: () => {
    const buildCommand = buildCommandFromEnv()
    if (!buildCommand || !payloadForRebuild) return undefined
    return publishSite(payloadForRebuild, {
      contentDir: process.env.SITE_CONTENT_DIR || 'content',
      outDir: process.env.SITE_OUT_DIR || 'dist',
      buildCommand,
      log,
    })
  },
  debounceMs: () => Number(process.env.SITE_REBUILD_DEBOUNCE_MS ?? 30_000),
})

export const siteRebuild = {
  /** Asks for export + build after the quiet period, with the Payload of the request that published. */
  request(payload: Payload) {
    payloadForRebuild = payload
    log = { info: (msg) => payload.logger.info(msg), error: (msg) => payload.logger.error(msg) }
    rebuilder.request()
  },
  idle: rebuilder.idle,
}
