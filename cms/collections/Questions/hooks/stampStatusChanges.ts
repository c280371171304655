import type { Question } from '../../../payload-types'
import type { CollectionBeforeChangeHook } from 'payload'
import { hasText } from '../../../fields/hasText'
import { answerDueAt } from '../../../../model/answerPromise'

/** The timestamps a step implies: a question published with its answer in one step was answered then too. */
type Stamp = 'acceptedAt' | 'answeredAt' | 'publishedAt' | 'rejectedAt'
const stampsOf: Record<string, Stamp[]> = {
  accepted: ['acceptedAt'],
  answered: ['answeredAt'],
  published: ['answeredAt', 'publishedAt'],
  rejected: ['rejectedAt'],
}

/**
 * Keeps the moderation timeline: an answer written on an accepted question makes it answered, a
 * published question is answered, and every step reached gets its timestamp once (the dashboard
 * measures the one-day promise on them). An import brings its own dates (or none): it is history,
 * not a moderation step.
 */
export const stampStatusChanges: CollectionBeforeChangeHook<Question> = ({ data, originalDoc, context }) => {
  const publishing = data._status === 'published'
  if (publishing && (data.status ?? originalDoc?.status) !== 'rejected') data.status = 'answered'
  if (context?.importing) return data
  const status = data.status ?? originalDoc?.status
  if (status === 'accepted' && hasText(data.body) && !hasText(originalDoc?.body)) data.status = 'answered'
  for (const stamp of stampsOf[publishing ? 'published' : (data.status ?? status ?? 'new')] ?? []) {
    if (!(data[stamp] ?? originalDoc?.[stamp])) data[stamp] = new Date().toISOString()
  }
  const askedAt = data.askedAt ?? originalDoc?.askedAt
  if (askedAt && !(data.answerDueAt ?? originalDoc?.answerDueAt)) data.answerDueAt = answerDueAt(askedAt).toISOString()
  return data
}
