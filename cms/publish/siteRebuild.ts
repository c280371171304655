import type { PayloadRequest } from 'payload'
import { SITE_QUEUE } from './rebuildSiteTask'

/** The quiet period after the last publish before the rebuild starts (SITE_REBUILD_DEBOUNCE_MS, default 30 s). */
const quietPeriodMs = () => Number(process.env.SITE_REBUILD_DEBOUNCE_MS ?? 30_000)

/**
 * Publishing or unpublishing asks for export + site build: a rebuild job on the site queue, due
 * after the quiet period. It is written in the same transaction as the publish (a publish the
 * editor saw succeed has its rebuild on disk), and each new one supersedes the one still waiting,
 * so a burst of publishes gives one rebuild after the last of them.
 */
export const siteRebuild = {
  async request(req: PayloadRequest) {
    await req.payload.jobs.queue({ task: 'rebuildSite', input: {}, queue: SITE_QUEUE, waitUntil: new Date(Date.now() + quietPeriodMs()), req })
  },
}
