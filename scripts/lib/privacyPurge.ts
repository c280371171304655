import type { Payload, Where } from 'payload'

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
 * Empties `fields` of the documents `where` selects, and removes their stored versions from
 * before (which hold copies) when the collection has versions. The rest of each document stays.
 */
async function forget(payload: Payload, o: { collection: 'questions' | 'join-requests'; fields: string[]; where: Where[]; versions: boolean }) {
  const { docs } = await payload.find({
    collection: o.collection,
    where: { and: [...o.where, { or: o.fields.map((f) => ({ [f]: { exists: true } })) }] },
    pagination: false,
    depth: 0,
    select: Object.fromEntries(o.fields.map((f) => [f, true])),
    overrideAccess: true,
  })
  const holding = (docs as unknown as Record<string, unknown>[]).filter((d) => o.fields.some((f) => d[f]))
  for (const doc of holding) {
    const started = new Date().toISOString()
    await payload.update({
      collection: o.collection,
      id: doc.id as number,
      data: Object.fromEntries(o.fields.map((f) => [f, null])),
      overrideAccess: true,
      context: { skipRebuild: true, skipMail: true },
    })
    // Older versions hold the data as it was; the version just written holds none.
    if (o.versions) await payload.db.deleteVersions({ collection: o.collection, where: { and: [{ parent: { equals: doc.id } }, { createdAt: { less_than: started } }] } })
  }
  return holding.length
}

/**
 * Removes the name, e-mail and context of everyone who asked before the cutoff, from the
 * questions and their stored versions. The question, its answer and its status stay.
 */
export async function purgeAskers(payload: Payload, options: { months: number; now?: Date }) {
  const cutoff = cutoffDate(options.months, options.now)
  const purged = await forget(payload, {
    collection: 'questions',
    fields: ['askerName', 'askerEmail', 'askerContext'],
    where: [{ askedAt: { less_than: cutoff.toISOString() } }],
    versions: true,
  })
  return { cutoff, purged }
}

/**
 * Forgets the contact person (name, e-mail, toelichting) of join requests handled before the
 * cutoff. A request still waiting keeps its contact: an editor still has to answer it. An
 * approved request's contact lives on as the kwartiermaker's own account (their login), which
 * this leaves alone. Join requests have no versions, so there are no copies to remove.
 */
export async function purgeJoinContacts(payload: Payload, options: { months: number; now?: Date }) {
  const cutoff = cutoffDate(options.months, options.now)
  const purged = await forget(payload, {
    collection: 'join-requests',
    fields: ['contactName', 'contactEmail', 'motivation'],
    where: [{ status: { not_equals: 'new' } }, { handledAt: { less_than: cutoff.toISOString() } }],
    versions: false,
  })
  return { cutoff, purged }
}
