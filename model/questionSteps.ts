import type { questionStatuses } from './vocabulary'

/**
 * Where a question is on its way. Its `status` records the moderation steps (new → accepted with
 * an expert → answered, or rejected); whether it is public is Payload's `_status`, as for every
 * other collection. These are the only places that combine the two.
 */
export type QuestionStep = keyof typeof questionStatuses

type Stepped = { status?: string | null; _status?: string | null }

export const isPublished = (q: Stepped) => q._status === 'published'

/** The step shown to people (dashboard, status lookup): "published" once public. */
export const stepOf = (q: Stepped): QuestionStep => (isPublished(q) ? 'published' : ((q.status ?? 'new') as QuestionStep))

/** Open work of the moderation queue: to accept or reject, waiting for the expert, to publish. */
export const openSteps = ['new', 'accepted', 'answered'] as const

/** The steps at which the assigned expert writes: accepted (to answer) and answered (to improve it). */
export const expertSteps = ['accepted', 'answered'] as const

/** Waiting for an answer, so the promise's clock runs: new, or accepted and not yet answered. */
export const awaitsAnswer = (q: Stepped) => !isPublished(q) && (q.status === 'new' || q.status === 'accepted')

/** Payload `where` clauses for the same. */
export const notPublished = { _status: { not_equals: 'published' } } as const
export const openWorkWhere = { and: [{ status: { in: [...openSteps] } }, notPublished] }
export const publishedWhere = { _status: { equals: 'published' } } as const
