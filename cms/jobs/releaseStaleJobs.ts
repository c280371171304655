import type { Payload, TaskConfig } from 'payload'
import { settings } from '../env/settings'

/** The queue of the job system's own upkeep. */
export const HOUSEKEEPING_QUEUE = 'housekeeping'

/**
 * Payload marks a job `processing` while a process runs it and never looks at it again if that
 * process dies mid-run (a crash, a SIGKILL, a machine that goes away): the rebuild or the mail
 * would wait forever. A job still marked processing but untouched for JOBS_STALE_SECONDS (longer
 * than any task runs) is released, so the next run takes it again. Run when a CMS process starts
 * and every 30 seconds as a job of its own.
 */
export async function releaseStaleJobs(payload: Payload) {
  const before = new Date(Date.now() - settings().JOBS_STALE_SECONDS * 1000).toISOString()
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: { and: [{ processing: { equals: true } }, { updatedAt: { less_than: before } }] },
    data: { processing: false },
    overrideAccess: true,
    depth: 0,
  })
  if (docs.length > 0) payload.logger.warn(`jobs: released ${docs.length} job(s) left processing by a process that stopped`)
  return docs.length
}

export const releaseStaleJobsTask: TaskConfig<'releaseStaleJobs'> = {
  slug: 'releaseStaleJobs',
  label: 'Achtergebleven taken vrijgeven',
  schedule: [{ cron: '*/30 * * * * *', queue: HOUSEKEEPING_QUEUE }],
  handler: async ({ req }) => {
    await releaseStaleJobs(req.payload)
    return { output: {} }
  },
}
