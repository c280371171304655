import { lexicalEditor, EXPERIMENTAL_TableFeature } from '@payloadcms/richtext-lexical'
import { SafeLinkFeature } from './fields/safeLinks'
import { nl } from '@payloadcms/translations/languages/nl'
import { nlOverrides } from './i18n/nl'
import path from 'node:path'
import { buildConfig } from 'payload'
import { GuideChapters } from './collections/GuideChapters'
import { Lessons } from './collections/Lessons'
import { PeerReviews } from './collections/PeerReviews'
import { Media } from './collections/Media'
import { MvpParts } from './collections/MvpParts'
import { Proeftuinen } from './collections/Proeftuinen'
import { Programmes } from './collections/Programmes'
import { Questions } from './collections/Questions'
import { Tools } from './collections/Tools'
import { Users } from './collections/Users/index'
import { withAuthorHistory } from './fields/history'
import { RateLimitHits } from './collections/RateLimitHits'
import { Mails } from './collections/Mails'
import { JoinRequests } from './collections/JoinRequests'
import { takeOverScanEndpoint } from './endpoints/takeOverScan'
import { sendMailTask } from './mail/sendMailTask'
import { MAIL_QUEUE } from './mail/queueMail'
import { DAILY_QUEUE, newQuestionDigestTask, privacyPurgeTask } from './jobs/dailyTasks'
import { HOUSEKEEPING_QUEUE, releaseStaleJobs, releaseStaleJobsTask } from './jobs/releaseStaleJobs'
import { siteOrigin } from './endpoints/origin'
import { clientErrorsAre4xx, quietErrorNames } from './hooks/clientErrors'
import { databaseAdapter } from './env/database'
import { emailAdapter } from './env/email'
import { rootDir } from './env/paths'
import { ownLocksOnly } from './access/ownLocks'
import { payloadSecret } from './env/secret'
import { rebuildSiteTask, SITE_QUEUE } from './publish/rebuildSiteTask'
import { settings } from './env/settings'

const markSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#08324f"/><path d="M9 21c2 2 4 3 7 3 4 0 7-2 7-5 0-6-13-3-13-9 0-2 3-4 6-4 2 0 4 1 6 2" fill="none" stroke="#ffdd00" stroke-width="3" stroke-linecap="round"/></svg>'
// Every setting is checked at start: a bad value stops here with one line naming it.
settings()

// Locks are written only by and for the user themselves (access/ownLocks.ts).
export default buildConfig({
  serverURL: process.env.CMS_URL || undefined,
  secret: payloadSecret(),
  db: databaseAdapter(),
  email: emailAdapter(),
  // Every versioned collection records who made each version (fields/history.ts).
  collections: [GuideChapters, Tools, MvpParts, Proeftuinen, PeerReviews, Lessons, Programmes, Questions, JoinRequests, Mails, Users, Media, RateLimitHits].map(withAuthorHistory),
  // The last feature of a key wins: SafeLinkFeature replaces the default link.
  editor: lexicalEditor({ features: ({ defaultFeatures }) => [...defaultFeatures, EXPERIMENTAL_TableFeature(), SafeLinkFeature()] }),
  // Payload's Dutch with our corrections ("je" instead of "u", a few texts that read wrong): i18n/nl.ts.
  i18n: { supportedLanguages: { nl }, fallbackLanguage: 'nl', translations: { nl: nlOverrides } },
  admin: {
    user: Users.slug,
    // The default avatar is Gravatar: a request to a third party for every admin page.
    avatar: 'default',
    components: {
      beforeDashboard: [
        '/components/SitePublicationStatus#SitePublicationStatus',
        '/components/QuestionDashboard#QuestionDashboard',
        '/components/ReviewDashboard#ReviewDashboard',
        '/components/JoinRequestDashboard#JoinRequestDashboard',
      ],
      // "Zelfscan overnemen": a kwartiermaker's self-scan into their own draft scorecard.
      views: { zelfscan: { Component: '/components/ZelfscanView#ZelfscanView', path: '/zelfscan' } },
      graphics: { Logo: '/components/Brand#Logo', Icon: '/components/Brand#Icon' },
    },
    meta: {
      titleSuffix: ' — SamenBeter Toolbox',
      description: 'De redactie van de SamenBeter Toolbox en de VraagBaak',
      // The site's own mark, not Payload's, inline (the CMS serves no static files of its own).
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: `data:image/svg+xml,${encodeURIComponent(markSvg)}` }],
    },
    // Dutch dates and a 24-hour clock (date-fns format).
    dateFormat: 'd MMMM yyyy, HH:mm',
    importMap: { baseDir: path.join(rootDir, 'cms'), importMapFile: path.join(rootDir, 'cms', 'app', '(payload)', 'admin', 'importMap.js') },
  },
  // The site posts questions to /api/questions/ask: its origin (default http://localhost:4321) must pass preflight.
  cors: [siteOrigin()],
  // Background work lives in the database (payload-jobs), not in a process's memory: a restart
  // loses nothing, and the concurrency key lets one rebuild run at a time across processes.
  // Queues: site rebuilds, the VraagBaak's mails, scheduled publishing (Payload's own task, on the
  // default queue) and the once-a-day work (digest, privacy purge), which Payload's scheduler queues.
  // https://payloadcms.com/docs/jobs-queue/queues
  jobs: {
    tasks: [rebuildSiteTask, sendMailTask, newQuestionDigestTask, privacyPurgeTask, releaseStaleJobsTask],
    enableConcurrencyControl: true,
    deleteJobOnComplete: true,
    autoRun: [
      { cron: '* * * * * *', queue: SITE_QUEUE, limit: 1 },
      { cron: '*/2 * * * * *', queue: MAIL_QUEUE, limit: 20 },
      { cron: '*/5 * * * * *', queue: 'default', limit: 10 },
      { cron: '0 * * * * *', queue: DAILY_QUEUE, limit: 5 },
      { cron: '*/30 * * * * *', queue: HOUSEKEEPING_QUEUE, limit: 1 },
      // Errors are logged; "Running 3 jobs." every two seconds is not.
    ].map((run) => ({ ...run, silent: { info: true } })),
    // In a CMS server (Next.js sets NEXT_RUNTIME), unless JOBS_AUTORUN=0 hands the jobs to another
    // process; never in scripts or tests, which run the queue themselves when they mean to.
    shouldAutoRun: () => Boolean(process.env.NEXT_RUNTIME) && settings().JOBS_AUTORUN,
  },
  // A REST read returns the document and its relations as links (fields/populateAsLink.ts), not
  // the relationship graph two levels deep; deeper is refused rather than served slowly.
  // Jobs a crashed process left marked as running are taken up again (jobs/releaseStaleJobs.ts).
  onInit: async (payload) => {
    await releaseStaleJobs(payload)
  },
  // POST /api/zelfscan-overnemen (endpoints/takeOverScan.ts).
  endpoints: [takeOverScanEndpoint],
  defaultDepth: 1,
  maxDepth: 3,
  telemetry: false,
  // Malformed requests answer 400 with one log line (hooks/clientErrors.ts); the hook logs the rest in full.
  hooks: { afterError: [clientErrorsAre4xx] },
  loggingLevels: Object.fromEntries(quietErrorNames.map((name) => [name, false])),
  typescript: { outputFile: path.join(rootDir, 'cms', 'payload-types.ts') },
}).then(ownLocksOnly)
