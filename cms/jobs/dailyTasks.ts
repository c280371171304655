import type { TaskConfig } from 'payload'
import { purgeAskers, purgeJoinContacts, retentionMonths } from '../../scripts/lib/privacyPurge'
import { settings } from '../env/settings'
import { queueMail } from '../mail/queueMail'

/** The queue of the once-a-day work; Payload's scheduler queues it at DAILY_HOUR (server time). */
export const DAILY_QUEUE = 'daily'
const daily = () => [{ cron: `0 0 ${settings().DAILY_HOUR} * * *`, queue: DAILY_QUEUE }]

/** With NEW_QUESTION_MAIL=daily: one mail to the editors listing the questions still to moderate. */
export const newQuestionDigestTask: TaskConfig<'newQuestionDigest'> = {
  slug: 'newQuestionDigest',
  label: 'Dagoverzicht nieuwe vragen',
  schedule: daily(),
  handler: async ({ req }) => {
    if (settings().NEW_QUESTION_MAIL !== 'daily') return { output: {} }
    await queueMail(req, { kind: 'digest', key: `digest:${new Date().toISOString().slice(0, 10)}` })
    return { output: {} }
  },
}

/** The privacy purge of `npm run privacy:purge`, every day by itself. */
export const privacyPurgeTask: TaskConfig<'privacyPurge'> = {
  slug: 'privacyPurge',
  label: 'Gegevens van vragers opruimen',
  schedule: daily(),
  handler: async ({ req }) => {
    const { purged } = await purgeAskers(req.payload, { months: retentionMonths() })
    const joins = await purgeJoinContacts(req.payload, { months: retentionMonths() })
    req.payload.logger.info(`privacy purge: removed name and e-mail from ${purged} question(s) and ${joins.purged} handled join request(s)`)
    return { output: {} }
  },
}
