import { spawn } from 'node:child_process'
import { rootDir } from '../env/paths'

/**
 * Publishing an answer runs export + site build. A burst of publishes gives one rebuild: each
 * request restarts the quiet period, and a request during a running rebuild queues exactly one
 * more after it (that one sees everything published meanwhile).
 *
 * SITE_REBUILD_COMMAND is the shell command (default: export, then build). Unset outside
 * production, nothing runs: a development server or a test must not rebuild the site by accident.
 * SITE_REBUILD_DEBOUNCE_MS is the quiet period (default 30 s).
 */
export const DEFAULT_REBUILD_COMMAND = 'npm run content:export && npm run build'

type Logger = { info: (msg: string) => void; error: (msg: string) => void }

export function createRebuilder(options: { command: () => string | undefined; debounceMs: () => number; log?: Logger }) {
  const log = options.log ?? { info: console.log, error: console.error }
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let again = false

  const runOnce = (command: string) =>
    new Promise<void>((resolve) => {
      log.info(`site rebuild: ${command}`)
      const child = spawn(command, { cwd: rootDir, shell: true, stdio: 'inherit' })
      child.on('error', (e) => (log.error(`site rebuild failed to start: ${e.message}`), resolve()))
      child.on('exit', (code) => {
        if (code === 0) log.info('site rebuild: done')
        else log.error(`site rebuild failed (exit ${code})`)
        resolve()
      })
    })

  const start = () => {
    timer = undefined
    const command = options.command()
    if (!command) return
    if (running) {
      again = true
      return
    }
    running = runOnce(command).finally(() => {
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

const commandFromEnv = () => {
  const configured = process.env.SITE_REBUILD_COMMAND
  if (configured !== undefined) return configured.trim() || undefined
  // Only the CMS server rebuilds by default (Next.js sets NEXT_RUNTIME): scripts run in production mode too.
  return process.env.NODE_ENV === 'production' && process.env.NEXT_RUNTIME ? DEFAULT_REBUILD_COMMAND : undefined
}

export const siteRebuild = createRebuilder({
  command: commandFromEnv,
  debounceMs: () => Number(process.env.SITE_REBUILD_DEBOUNCE_MS ?? 30_000),
})
