import type { CollectionBeforeChangeHook } from 'payload'

const stampOf = { accepted: 'acceptedAt', answered: 'answeredAt', published: 'publishedAt', rejected: 'rejectedAt' } as const

/**
 * Keeps the moderation timeline: an answer written on an accepted question makes it answered, and
 * every status reached gets its timestamp once (the dashboard measures the one-day promise on them).
 * An import brings its own dates (or none): it is history, not a moderation step.
 */
export const stampStatusChanges: CollectionBeforeChangeHook = ({ data, originalDoc, context }) => {
  if (context?.importing) return data
  const status = data.status ?? originalDoc?.status
  if (status === 'accepted' && data.answer && !originalDoc?.answer) data.status = 'answered'
  const stamp = stampOf[(data.status ?? status) as keyof typeof stampOf]
  if (stamp && !(data[stamp] ?? originalDoc?.[stamp])) data[stamp] = new Date().toISOString()
  return data
}
