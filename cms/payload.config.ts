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
import { RateLimitHits } from './collections/RateLimitHits'
import { siteOrigin } from './endpoints/origin'
import { clientErrorsAre4xx, quietErrorNames } from './hooks/clientErrors'
import { databaseAdapter } from './env/database'
import { emailAdapter } from './env/email'
import { rootDir } from './env/paths'
import { ownLocksOnly } from './access/ownLocks'
import { payloadSecret } from './env/secret'
import { settings } from './env/settings'

// Every setting is checked at start: a bad value stops here with one line naming it.
settings()

// Locks are written only by and for the user themselves (access/ownLocks.ts).
export default buildConfig({
  serverURL: process.env.CMS_URL || undefined,
  secret: payloadSecret(),
  db: databaseAdapter(),
  email: emailAdapter(),
  collections: [GuideChapters, Tools, MvpParts, Proeftuinen, Lessons, Programmes, Questions, Users, Media, RateLimitHits],
  // The last feature of a key wins: SafeLinkFeature replaces the default link.
  editor: lexicalEditor({ features: ({ defaultFeatures }) => [...defaultFeatures, EXPERIMENTAL_TableFeature(), SafeLinkFeature()] }),
  i18n: { supportedLanguages: { nl }, fallbackLanguage: 'nl' },
  admin: {
    user: Users.slug,
    // The default avatar is Gravatar: a request to a third party for every admin page.
    avatar: 'default',
    components: { beforeDashboard: ['/components/QuestionDashboard#QuestionDashboard'] },
    meta: { titleSuffix: ' — SamenBeter Toolbox' },
    // Dutch dates and a 24-hour clock (date-fns format).
    dateFormat: 'd MMMM yyyy, HH:mm',
    importMap: { baseDir: path.join(rootDir, 'cms'), importMapFile: path.join(rootDir, 'cms', 'app', '(payload)', 'admin', 'importMap.js') },
  },
  // The site posts questions to /api/questions/ask: its origin (default http://localhost:4321) must pass preflight.
  cors: [siteOrigin()],
  telemetry: false,
  // Malformed requests answer 400 with one log line (hooks/clientErrors.ts); the hook logs the rest in full.
  hooks: { afterError: [clientErrorsAre4xx] },
  loggingLevels: Object.fromEntries(quietErrorNames.map((name) => [name, false])),
  typescript: { outputFile: path.join(rootDir, 'cms', 'payload-types.ts') },
}).then(ownLocksOnly)
