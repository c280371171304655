import type { TaskConfig } from 'payload'
import { defaultBuildCommand, publishSite } from './publishSite'

/** The queue the site rebuilds run on: one job at a time, across every CMS process. */
export const SITE_QUEUE = 'site'

/**
 * The shell command that builds the site (SITE_REBUILD_COMMAND, default the project's build);
 * undefined: no rebuild. Outside the production CMS server nothing runs unless it is set: a
 * development server, a script or a test must not rebuild the site by accident.
 */
export const buildCommandFromEnv = () => {
  const configured = process.env.SITE_REBUILD_COMMAND
  if (configured !== undefined) return configured.trim() || undefined
  // Only the CMS server rebuilds by default (Next.js sets NEXT_RUNTIME): scripts run in production mode too.
  return process.env.NODE_ENV === 'production' && process.env.NEXT_RUNTIME ? defaultBuildCommand() : undefined
}

/**
 * Export + site build as a job of Payload's queue (stored in the database with the publish that
 * asked for it, so a restart loses nothing). Concurrency: jobs share one key, so only one runs at
 * a time in all CMS processes together, and a new one replaces those still waiting (a burst of
 * publishes gives one rebuild, which sees all of them). A failed build is not retried: the
 * dashboard shows it, and the next publish queues a fresh one.
 * https://payloadcms.com/docs/jobs-queue/tasks
 */
export const rebuildSiteTask: TaskConfig<'rebuildSite'> = {
  slug: 'rebuildSite',
  label: 'Site opnieuw bouwen',
  retries: 0,
  concurrency: { key: () => 'site-rebuild', exclusive: true, supersedes: true },
  handler: async ({ req }) => {
    const buildCommand = buildCommandFromEnv()
    if (!buildCommand) return { output: {} }
    await publishSite(req.payload, {
      contentDir: process.env.SITE_CONTENT_DIR || 'content',
      outDir: process.env.SITE_OUT_DIR || 'dist',
      buildCommand,
      log: { info: (msg) => req.payload.logger.info(msg), error: (msg) => req.payload.logger.error(msg) },
    })
    return { output: {} }
  },
}
