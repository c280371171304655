import { lexicalEditor, EXPERIMENTAL_TableFeature } from '@payloadcms/richtext-lexical'
import { SafeLinkFeature } from './fields/safeLinks'
import { nl } from '@payloadcms/translations/languages/nl'
import path from 'node:path'
import { buildConfig } from 'payload'
import { GuideChapters } from './collections/GuideChapters'
import { Lessons } from './collections/Lessons'
import { Media } from './collections/Media'
import { MvpParts } from './collections/MvpParts'
import { Proeftuinen } from './collections/Proeftuinen'
import { Programmes } from './collections/Programmes'
import { Questions } from './collections/Questions'
import { Tools } from './collections/Tools'
import { Users } from './collections/Users'
import { siteOrigin } from './endpoints/origin'
import { databaseAdapter } from './env/database'
import { emailAdapter } from './env/email'
import { rootDir } from './env/paths'
import { payloadSecret } from './env/secret'
import { buildCommandFromEnv, rebuildSiteTask, SITE_QUEUE } from './publish/rebuildSiteTask'

export default buildConfig({
  serverURL: process.env.CMS_URL || undefined,
  secret: payloadSecret(),
  db: databaseAdapter(),
  email: emailAdapter(),
  collections: [GuideChapters, Tools, MvpParts, Proeftuinen, Lessons, Programmes, Questions, Users, Media],
  // The last feature of a key wins: SafeLinkFeature replaces the default link.
  editor: lexicalEditor({ features: ({ defaultFeatures }) => [...defaultFeatures, EXPERIMENTAL_TableFeature(), SafeLinkFeature()] }),
  i18n: { supportedLanguages: { nl }, fallbackLanguage: 'nl' },
  admin: {
    user: Users.slug,
    // The default avatar is Gravatar: a request to a third party for every admin page.
    avatar: 'default',
    components: { beforeDashboard: ['/components/SitePublicationStatus#SitePublicationStatus', '/components/QuestionDashboard#QuestionDashboard'] },
    meta: { titleSuffix: ' — SamenBeter Toolbox' },
    // Dutch dates and a 24-hour clock (date-fns format).
    dateFormat: 'd MMMM yyyy, HH:mm',
    importMap: { baseDir: path.join(rootDir, 'cms'), importMapFile: path.join(rootDir, 'cms', 'app', '(payload)', 'admin', 'importMap.js') },
  },
  // The site posts questions to /api/questions/ask: its origin (default http://localhost:4321) must pass preflight.
  cors: [siteOrigin()],
  // Background work lives in the database (payload-jobs), not in a process's memory: a restart
  // loses nothing, and the concurrency key lets one rebuild run at a time across processes.
  // https://payloadcms.com/docs/jobs-queue/queues
  jobs: {
    tasks: [rebuildSiteTask],
    enableConcurrencyControl: true,
    deleteJobOnComplete: true,
    // Every second, in a CMS server that may rebuild the site (not in scripts or tests).
    autoRun: [{ cron: '* * * * * *', queue: SITE_QUEUE, limit: 1 }],
    shouldAutoRun: () => Boolean(buildCommandFromEnv()),
  },
  telemetry: false,
  typescript: { outputFile: path.join(rootDir, 'cms', 'payload-types.ts') },
})
