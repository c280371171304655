import type { Payload } from 'payload'

/** Months an asker's name and e-mail are kept after asking (PRIVACY_RETENTION_MONTHS, default 12). */
export const retentionMonths = (env: NodeJS.ProcessEnv = process.env) => {
  // Unset or blank means the default: Number('') is 0, which would purge every asker at once.
  const raw = env.PRIVACY_RETENTION_MONTHS?.trim()
  const months = raw ? Number(raw) : 12
  if (!Number.isFinite(months) || months < 0) throw new Error(`PRIVACY_RETENTION_MONTHS must be a number of months ≥ 0, not "${env.PRIVACY_RETENTION_MONTHS}"`)
  return months
}

export const cutoffDate = (months: number, now = new Date()) => {
  const cutoff = new Date(now)
  cutoff.setMonth(cutoff.getMonth() - months)
  return cutoff
}

/**
 * Removes the name and e-mail of everyone who asked before the cutoff, from the questions and from
 * their stored versions (which hold copies). The question, its answer and its status stay.
 */
export async function purgeAskers(payload: Payload, options: { months: number; now?: Date }) {
  const cutoff = cutoffDate(options.months, options.now)
  const { docs } = await payload.find({
    collection: 'questions',
    where: {
      and: [
        { askedAt: { less_than: cutoff.toISOString() } },
        { or: [{ askerName: { exists: true } }, { askerEmail: { exists: true } }, { askerContext: { exists: true } }] },
      ],
    },
    pagination: false,
    depth: 0,
    select: { askerName: true, askerEmail: true, askerContext: true },
    overrideAccess: true,
  })
  const purged = docs.filter((d) => d.askerName || d.askerEmail || d.askerContext)
  for (const doc of purged) {
    const started = new Date().toISOString()
    await payload.update({
      collection: 'questions',
      id: doc.id,
      data: { askerName: null, askerEmail: null, askerContext: null },
      overrideAccess: true,
      context: { skipRebuild: true, skipMail: true },
    })
    // Older versions hold the asker as it was; the version just written holds none.
    await payload.db.deleteVersions({
      collection: 'questions',
      where: { and: [{ parent: { equals: doc.id } }, { createdAt: { less_than: started } }] },
    })
  }
  return { cutoff, purged: purged.length }
}

/**
 * Forgets the contact person (name, e-mail, toelichting) of join requests handled before the
 * cutoff. A request still waiting keeps its contact: an editor still has to answer it. An
 * approved request's contact lives on as the kwartiermaker's own account (their login), which
 * this leaves alone. Join requests have no versions, so there are no copies to remove.
 */
export async function purgeJoinContacts(payload: Payload, options: { months: number; now?: Date }) {
  const cutoff = cutoffDate(options.months, options.now)
  const { docs } = await payload.find({
    collection: 'join-requests',
    where: {
      and: [
        { status: { not_equals: 'new' } },
        { handledAt: { less_than: cutoff.toISOString() } },
        { or: [{ contactName: { exists: true } }, { contactEmail: { exists: true } }, { motivation: { exists: true } }] },
      ],
    },
    pagination: false,
    depth: 0,
    select: { contactName: true, contactEmail: true, motivation: true },
    overrideAccess: true,
  })
  const purged = docs.filter((d) => d.contactName || d.contactEmail || d.motivation)
  for (const doc of purged) {
    await payload.update({ collection: 'join-requests', id: doc.id, data: { contactName: null, contactEmail: null, motivation: null }, overrideAccess: true, context: { skipMail: true } })
  }
  return { cutoff, purged: purged.length }
}
