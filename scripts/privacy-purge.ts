/**
 * `npm run privacy:purge`: removes askers' names and e-mails, and the contact person of handled
 * join requests, once the retention period
 * (PRIVACY_RETENTION_MONTHS, default 12) is over. Published questions and answers stay. Run it
 * daily (cron or a scheduled job).
 */
import { localPayload } from './lib/payload'
import { purgeAskers, purgeJoinContacts, retentionMonths } from './lib/privacyPurge'

async function main() {
  const months = retentionMonths()
  const payload = await localPayload()
  try {
    const { cutoff, purged } = await purgeAskers(payload, { months })
    console.log(`privacy:purge: removed name and e-mail from ${purged} question(s) asked before ${cutoff.toISOString().slice(0, 10)} (retention ${months} months).`)
    const joins = await purgeJoinContacts(payload, { months })
    console.log(`privacy:purge: removed the contact person of ${joins.purged} join request(s) handled before ${cutoff.toISOString().slice(0, 10)}.`)
  } finally {
    await payload.destroy?.()
  }
}

main().catch((error) => {
  console.error(`privacy:purge failed: ${error instanceof Error ? error.message : error}`)
  process.exitCode = 1
})
