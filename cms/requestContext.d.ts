// The flags our scripts pass to Payload's operations (`context`), typed once for every hook.
// https://payloadcms.com/docs/hooks/context#typing-context
import 'payload'

declare module 'payload' {
  export interface RequestContext {
    /** An import writes history, not moderation steps: no timestamps, no mails (scripts/lib/content/import.ts). */
    importing?: boolean
    /** Imports and seeding rebuild the site themselves: no rebuild job per document. */
    skipRebuild?: boolean
    /** Mails no one (imports, seeding, tests that check other things). */
    skipMail?: boolean
  }
}
